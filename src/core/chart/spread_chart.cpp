// Layout of the spread chart: legend on top, statements left, stacked bars in the middle, agreement right.
#include "chart/spread_chart.h"

#include <algorithm>
#include <numeric>

namespace hs::chart {

Scene spread_chart(const SpreadSpec& spec, double width, const TextMeasure& measure)
{
    constexpr double kRow = 16, kLegendLine = 13, kSwatch = 7, kTextSize = 7.5, kGap = 8;
    Scene scene;
    scene.width = width;
    const double label_width = std::min(width * 0.38, 285.0);
    const double bar_left = label_width + kGap;
    // The agreement column is as wide as its widest text, within reason.
    double agreement_width = measure(spec.agreement_heading, kTextSize, false);
    for (const auto& row : spec.rows)
        agreement_width = std::max(agreement_width, measure(row.agreement, kTextSize, false));
    agreement_width = std::min(agreement_width, width * 0.25);
    const double bar_right = std::max(bar_left + 20, width - agreement_width - kGap);
    const std::size_t points = spec.point_labels.size();
    auto colour = [&](std::size_t p) { return diverging_colour(static_cast<double>(p), 0, points > 1 ? static_cast<double>(points - 1) : 1); };

    // Legend: a swatch and the scale point's label, onto the next line when the box is full.
    double x = bar_left, y = 0;
    for (std::size_t p = 0; p < points; ++p) {
        const double w = kSwatch + 3 + measure(spec.point_labels[p], kTextSize, false);
        if (x > bar_left && x + w > width) {
            x = bar_left;
            y += kLegendLine;
        }
        scene.rects.push_back({x, y + 2, kSwatch, kSwatch, colour(p)});
        scene.texts.push_back({x + kSwatch + 3, y + 8.5, spec.point_labels[p], kTextSize, false, Anchor::Start, kInk, {}});
        x += w + 12;
    }
    y += kLegendLine + 4;
    // The agreement column starts at one x, so its numbers stand under each other.
    const double agreement_x = width - agreement_width;
    if (!spec.agreement_heading.empty())
        scene.texts.push_back({agreement_x, y + 8, fit_text(spec.agreement_heading, agreement_width, kTextSize, false, measure),
                               kTextSize, false, Anchor::Start, kMuted, spec.agreement_heading});
    y += 12;

    for (const auto& row : spec.rows) {
        scene.regions.push_back({0, y, width, kRow, row.tooltip.empty() ? row.label : row.tooltip});
        const double baseline = y + kRow - 5;
        const std::string label = fit_text(row.label, label_width, kTextSize, false, measure);
        scene.texts.push_back({0, baseline, label, kTextSize, false, Anchor::Start, kInk, label == row.label ? std::string() : row.label});
        const int total = std::accumulate(row.counts.begin(), row.counts.end(), 0);
        if (total <= 0) {
            scene.texts.push_back({bar_left + 2, baseline, row.missing_reason, kTextSize, false, Anchor::Start, kMuted, {}});
        } else {
            double left = bar_left;
            for (std::size_t p = 0; p < row.counts.size(); ++p) {
                const double w = (bar_right - bar_left) * row.counts[p] / total;
                if (w <= 0)
                    continue;
                scene.rects.push_back({left, y + 2, w, kRow - 4, colour(p)});
                const std::string count = std::to_string(row.counts[p]);
                if (measure(count, kTextSize, false) + 4 <= w)
                    scene.texts.push_back({left + w / 2, baseline, count, kTextSize, false, Anchor::Middle, kInk, {}});
                left += w;
            }
            // A thin white line between neighbouring parts, so two shades close to grey stay apart.
            left = bar_left;
            for (std::size_t p = 0; p + 1 < row.counts.size(); ++p) {
                left += (bar_right - bar_left) * row.counts[p] / total;
                if (row.counts[p] > 0 && left < bar_right - 1e-9)
                    scene.lines.push_back({left, y + 2, left, y + kRow - 2, {1, 1, 1}, 0.8, false});
            }
        }
        if (!row.agreement.empty())
            scene.texts.push_back({agreement_x, baseline, fit_text(row.agreement, agreement_width, kTextSize, false, measure),
                                   kTextSize, false, Anchor::Start, kInk, {}});
        y += kRow;
    }
    scene.height = y + 4;
    return scene;
}

} // namespace hs::chart
