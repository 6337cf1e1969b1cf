// Layout of the trend chart: scale on the left, rounds along the bottom, legend at the right.
#include "chart/trend_chart.h"

#include <algorithm>
#include <cmath>

namespace hs::chart {

Colour series_colour(std::size_t index)
{
    static const unsigned char palette[][3] = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44},  {214, 39, 40},
                                               {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127},
                                               {188, 189, 34},  {23, 190, 207}, {0, 0, 128},    {128, 0, 0}};
    const auto& c = palette[index % 12];
    return {c[0] / 255.0, c[1] / 255.0, c[2] / 255.0};
}

Scene trend_chart(const TrendSpec& spec, double width, double height, const TextMeasure& measure)
{
    constexpr double kText = 7.5, kLegendRow = 12, kSwatch = 6;
    Scene scene;
    scene.width = width;
    scene.height = height;
    if (spec.rounds.empty())
        return scene;
    const double legend_width = std::min(190.0, width * 0.36);
    const double left = 18, right = width - legend_width - 16, top = 10, bottom = height - 18;
    const double span = spec.scale_max - spec.scale_min;
    auto y_of = [&](double v) { return bottom - (v - spec.scale_min) / span * (bottom - top); };
    const std::size_t n = spec.rounds.size();
    auto x_of = [&](std::size_t i) {
        return n > 1 ? left + 12 + (right - left - 24) * static_cast<double>(i) / static_cast<double>(n - 1) : (left + right) / 2;
    };
    for (double v = std::ceil(spec.scale_min); v <= spec.scale_max + 1e-9; v += 1) {
        scene.lines.push_back({left, y_of(v), right, y_of(v), kGrid, 0.5, false});
        scene.texts.push_back({left - 6, y_of(v) + 2.5, std::to_string(static_cast<int>(v)), kText, false, Anchor::End, kMuted, {}});
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::string label = fit_text(spec.rounds[i], n > 1 ? (right - left) / static_cast<double>(n) : right - left, kText, false, measure);
        scene.texts.push_back({x_of(i), bottom + 12, label, kText, false, Anchor::Middle, kInk,
                               label == spec.rounds[i] ? std::string() : spec.rounds[i]});
    }
    auto breaks_before = [&](std::size_t i) {
        return std::any_of(spec.breaks.begin(), spec.breaks.end(), [&](const TrendBreak& b) { return b.index == i; });
    };
    for (const auto& b : spec.breaks) {
        if (b.index == 0 || b.index >= n)
            continue;
        const double x = (x_of(b.index - 1) + x_of(b.index)) / 2;
        scene.lines.push_back({x, top, x, bottom, kMuted, 0.6, true});
        scene.texts.push_back({x + 3, top + 7, b.label, kText, false, Anchor::Start, kMuted, {}});
    }
    for (std::size_t s = 0; s < spec.series.size(); ++s) {
        const Colour c = series_colour(s);
        const auto& v = spec.series[s].values;
        for (std::size_t i = 0; i < v.size() && i < n; ++i) {
            if (!v[i])
                continue;
            if (i > 0 && v[i - 1] && !breaks_before(i))
                scene.lines.push_back({x_of(i - 1), y_of(*v[i - 1]), x_of(i), y_of(*v[i]), c, 1.4, false});
            scene.markers.push_back({x_of(i), y_of(*v[i]), 2.4, c});
        }
        // Legend: a swatch and the theme's name, its full text under the pointer where it had to be cut.
        const double ly = top + kLegendRow * static_cast<double>(s);
        scene.rects.push_back({right + 16, ly, kSwatch, kSwatch, c});
        const std::string name = fit_text(spec.series[s].name, legend_width - kSwatch - 6, kText, false, measure);
        scene.texts.push_back({right + 16 + kSwatch + 4, ly + kSwatch, name, kText, false, Anchor::Start, kInk, {}});
        scene.regions.push_back({right + 16, ly - 2, legend_width, kLegendRow, spec.series[s].name});
    }
    return scene;
}

} // namespace hs::chart
