#pragma once
// What a trainer looks at first: where the team and its clients or relatives see it most differently (when the
// round has a mirror), strongest and weakest themes, disagreement, the largest changes.
#include "analysis/change.h"
#include "analysis/group_result.h"
#include "analysis/mirror_gap.h"

#include <cstddef>
#include <vector>

namespace hs {

// ---- coaching ----
struct Ranked {
    Level level = Level::Dimension;
    std::string id;
    double value = 0;
};

// One shown gap of the mirror: the team's mean minus that of its clients or relatives on a dimension.
struct RankedGap {
    std::string dimension_id;
    Perspective other = Perspective::Client;
    double team = 0, other_mean = 0;
    double gap = 0, low = 0, high = 0; // Welch 95% interval; low and high equal gap when not estimable
    bool interval_estimable = false;
    const char* verdict = "";          // catalogue key of the verdict's sentence
    bool indicative = false;           // the other group has fewer respondents than a firm result needs
};

// How many gaps a coaching summary names first.
inline constexpr std::size_t kCoachingGaps = 3;

struct CoachingSummary {
    std::vector<RankedGap> largest_gaps; // the largest shown gaps, biggest first; empty without a mirror
    std::vector<Ranked> strongest_dimensions;
    std::vector<Ranked> weakest_dimensions;
    std::vector<Ranked> strongest_items;
    std::vector<Ranked> weakest_items;
    std::vector<Ranked> largest_disagreements; // items by lowest agreement (rwg)
    std::vector<Change> largest_changes;       // by size of change, those with a clear verdict first
};

// `mirror`: the same round's mirror, whose largest gaps (at most kCoachingGaps) the summary names first.
CoachingSummary coaching_summary(const GroupResult& latest, const std::vector<Change>& since_previous, std::size_t top = 3,
                                 const MirrorResult* mirror = nullptr);

} // namespace hs
