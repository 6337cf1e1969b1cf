#pragma once
// What changed between two results of a group, with a 95% interval and a verdict; items matched by id across
// questionnaire versions.
#include "analysis/group_result.h"

#include <string>
#include <vector>

namespace hs {

// ---- change between rounds ----
enum class Verdict { Improved, Declined, NoClearChange, NotComparable };
std::string verdict_label(Verdict v); // translated

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
    std::string note; // why not comparable, or that the dimension's items differ between versions
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
