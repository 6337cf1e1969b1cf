#pragma once
// A team's profile: one horizontal bar per theme on the scale, the previous round as a marker, themes without
// numbers said in words. Used by the coaching report and the results view.
#include "chart/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace hs::chart {

struct ProfileRow {
    std::string label;              // the theme's title
    std::optional<double> value;    // empty: no number may be shown
    std::optional<double> previous; // the previous round's value, when shown
    std::string missing_reason;     // shown instead of a bar when there is no value
    bool heading = false;           // a part's heading row instead of a theme
    std::string tooltip;            // what the row's region explains; empty: the label
};

struct ProfileSpec {
    double scale_min = 1, scale_max = 5;
    std::vector<ProfileRow> rows;
    std::string legend_current;  // e.g. "deze ronde"
    std::string legend_previous; // e.g. "vorige ronde"; empty: no legend entry
    std::string decimal_point = ".";
};

// The profile laid out in a box `width` points wide; the height follows from the rows.
Scene profile_chart(const ProfileSpec& spec, double width, const TextMeasure& measure);

} // namespace hs::chart
