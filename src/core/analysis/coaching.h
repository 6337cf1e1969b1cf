#pragma once
// What a trainer looks at first: strongest and weakest themes, disagreement, the largest changes.
#include "analysis/change.h"
#include "analysis/group_result.h"

#include <cstddef>
#include <vector>

namespace hs {

// ---- coaching ----
struct Ranked {
    Level level = Level::Dimension;
    std::string id;
    double value = 0;
};

struct CoachingSummary {
    std::vector<Ranked> strongest_dimensions;
    std::vector<Ranked> weakest_dimensions;
    std::vector<Ranked> strongest_items;
    std::vector<Ranked> weakest_items;
    std::vector<Ranked> largest_disagreements; // items by lowest agreement (rwg)
    std::vector<Change> largest_changes;       // by size of change, those with a clear verdict first
};

CoachingSummary coaching_summary(const GroupResult& latest, const std::vector<Change>& since_previous, std::size_t top = 3);

} // namespace hs
