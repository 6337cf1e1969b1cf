#pragma once
// What changed between two results of a group, with a 95% interval and a verdict; items matched by id across
// questionnaire versions.
#include "analysis/group_result.h"

#include <string>
#include <vector>

namespace hs {

// ---- change between rounds ----
enum class Verdict { Improved, Declined, NoClearChange, NotComparable };

// Why a change reads as it does. Facts, not prose: each front end renders them in its own language through the
// one catalogue (analysis/reason_text.h).
enum class Reason : unsigned {
    BelowThreshold = 1u << 0,      // one of the two results has too few respondents
    NoScores = 1u << 1,            // one of the two results has no scores at all
    ConsensusNoInterval = 1u << 2, // a consensus response (or n < 2): no interval; a change of 0.5 counts
    ItemsDiffer = 1u << 3,         // the dimension's items differ between the questionnaire versions
};

enum class Level { Part, Dimension, Item };

struct Change {
    Level level = Level::Dimension;
    std::string id;
    double previous = 0;
    double current = 0;
    double difference = 0; // current - previous
    double low = 0, high = 0; // 95% interval of the difference; equal to difference when not estimable
    bool interval_estimable = false;
    Verdict verdict = Verdict::NotComparable;
    unsigned reasons = 0; // Reason flags: why not comparable, how the verdict was reached, what differs
    bool has(Reason r) const { return (reasons & static_cast<unsigned>(r)) != 0; }
    void add(Reason r) { reasons |= static_cast<unsigned>(r); }
};

// Changes of every part, dimension and item present in both results (matched by id).
std::vector<Change> compare(const GroupResult& previous, const GroupResult& current);

// ---- across versions ----
enum class ItemPresence { Both, Retired, New };
struct ItemMatch {
    std::string id;
    ItemPresence presence;
};
// Items of `earlier` and `later` matched by id: in both, only earlier (retired) or only later (new).
std::vector<ItemMatch> match_items(const Questionnaire& earlier, const Questionnaire& later);

} // namespace hs
