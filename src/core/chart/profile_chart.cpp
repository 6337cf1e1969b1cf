// Layout of the profile chart: labels left, the scale's axis on top, one bar per theme, legend below.
#include "chart/profile_chart.h"

#include <charconv>
#include <cmath>

namespace hs::chart {

namespace {

std::string one_decimal(double value, const std::string& point)
{
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1);
    std::string out = ec == std::errc{} ? std::string(buffer, end) : "?";
    if (auto dot = out.find('.'); dot != std::string::npos)
        out.replace(dot, 1, point);
    return out;
}

} // namespace

Scene profile_chart(const ProfileSpec& spec, double width, const TextMeasure& measure)
{
    constexpr double kRow = 14, kHeadingRow = 18, kAxis = 16, kLegend = 18, kValueColumn = 26, kTextSize = 7.5;
    Scene scene;
    scene.width = width;
    const double label_width = width * 0.42;
    const double bar_left = label_width + 6;
    const double bar_right = width - kValueColumn;
    const double span = spec.scale_max - spec.scale_min;
    auto x_of = [&](double v) { return bar_left + (v - spec.scale_min) / span * (bar_right - bar_left); };

    double y = kAxis;
    double rows_height = 0;
    for (const auto& row : spec.rows)
        rows_height += row.heading ? kHeadingRow : kRow;
    // Axis: a tick label and a vertical grid line for every whole scale point.
    for (double v = std::ceil(spec.scale_min); v <= spec.scale_max + 1e-9; v += 1) {
        scene.lines.push_back({x_of(v), y - 2, x_of(v), y + rows_height, kGrid, 0.5, false});
        scene.texts.push_back({x_of(v), y - 5, one_decimal(v, spec.decimal_point).substr(0, 1), kTextSize, false,
                               Anchor::Middle, kMuted, {}});
    }
    for (const auto& row : spec.rows) {
        scene.regions.push_back({0, y, width, row.heading ? kHeadingRow : kRow, row.tooltip.empty() ? row.label : row.tooltip});
        if (row.heading) {
            scene.texts.push_back({0, y + kHeadingRow - 5, fit_text(row.label, width, 8.5, true, measure), 8.5, true,
                                   Anchor::Start, kInk, row.label});
            y += kHeadingRow;
            continue;
        }
        const std::string label = fit_text(row.label, label_width, kTextSize, false, measure);
        scene.texts.push_back({0, y + kRow - 4, label, kTextSize, false, Anchor::Start, kInk,
                               label == row.label ? std::string() : row.label});
        if (row.value) {
            const double v = *row.value;
            scene.rects.push_back({bar_left, y + 3, x_of(v) - bar_left, kRow - 6,
                                   diverging_colour(v, spec.scale_min, spec.scale_max)});
            scene.texts.push_back({width, y + kRow - 4, one_decimal(v, spec.decimal_point), kTextSize, true, Anchor::End,
                                   kInk, {}});
        } else {
            scene.texts.push_back({bar_left + 2, y + kRow - 4, row.missing_reason, kTextSize, false, Anchor::Start, kMuted, {}});
        }
        if (row.previous)
            scene.markers.push_back({x_of(*row.previous), y + kRow / 2, 2.4, kInk});
        y += kRow;
    }
    // Legend.
    y += 6;
    scene.rects.push_back({bar_left, y + 3, 14, 6, diverging_colour(spec.scale_max, spec.scale_min, spec.scale_max)});
    scene.texts.push_back({bar_left + 18, y + 9, spec.legend_current, kTextSize, false, Anchor::Start, kInk, {}});
    if (!spec.legend_previous.empty()) {
        const double at = bar_left + 28 + measure(spec.legend_current, kTextSize, false);
        scene.markers.push_back({at, y + 6, 2.4, kInk});
        scene.texts.push_back({at + 6, y + 9, spec.legend_previous, kTextSize, false, Anchor::Start, kInk, {}});
    }
    scene.height = y + kLegend;
    return scene;
}

} // namespace hs::chart
