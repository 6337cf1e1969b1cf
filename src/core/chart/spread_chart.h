#pragma once
// The spread of a round's answers per statement: one bar per statement split by scale point (orange through grey
// to blue), the count in each part that has room for it, and the team's agreement (rwg) in words on the right.
// Used by the results view and the coaching report, so both show where views in the team differ the same way.
#include "chart/scene.h"

#include <string>
#include <vector>

namespace hs::chart {

struct SpreadRow {
    std::string label;          // the statement (shortened to fit; the full text goes to the row's tooltip)
    std::vector<int> counts;    // answers per scale point; empty or all zero: no bar, `missing_reason` instead
    std::string agreement;      // e.g. "0,42  verdeeld"; empty: none shown
    std::string missing_reason; // e.g. "te weinig respondenten"
    std::string tooltip;        // what the row's region explains; empty: the label
};

struct SpreadSpec {
    std::vector<std::string> point_labels; // the legend, one per scale point ("1 Nooit", ...)
    std::string agreement_heading;         // above the agreement column, e.g. "overeenstemming (rwg)"
    std::vector<SpreadRow> rows;
};

// The spread laid out in a box `width` points wide; the height follows from the rows (and from the legend, which
// wraps onto more lines in a narrow box). One region per row, in order, and no others.
Scene spread_chart(const SpreadSpec& spec, double width, const TextMeasure& measure);

} // namespace hs::chart
