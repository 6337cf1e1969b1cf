#pragma once
// A team's trend: one line per theme across the rounds, a marker on every round with a number (so a round between
// two hidden ones still shows), gaps where a round has none, and a dashed line where the questionnaire changed
// (no line joins points across it: they rest on other statements). Used by the results view.
#include "chart/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace hs::chart {

struct TrendSeries {
    std::string name;
    std::vector<std::optional<double>> values; // one per round; empty: no number may be shown
};

struct TrendBreak {
    std::size_t index = 0; // the break lies before this round
    std::string label;
};

struct TrendSpec {
    double scale_min = 1, scale_max = 5;
    std::vector<std::string> rounds;
    std::vector<TrendSeries> series;
    std::vector<TrendBreak> breaks;
};

// The trend in a box `width` by `height` points, the legend at the right.
Scene trend_chart(const TrendSpec& spec, double width, double height, const TextMeasure& measure);

// A colour per series, readable on white and distinct for up to twelve series.
Colour series_colour(std::size_t index);

} // namespace hs::chart
