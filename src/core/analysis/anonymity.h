#pragma once
// The program's one anonymity rule, applied by every output (GUI, workbooks, CLI, raw export): the thresholds
// and their bounds, and the complementary suppression that keeps a hidden group hidden when the parts of a whole
// are shown next to it (roles within a team, items within a dimension, answer patterns within both). Nothing
// else in the program restates these numbers or decides what may be shown. tests/core/analysis/test_disclosure
// checks the whole with a linear solver.
#include <map>
#include <string>
#include <vector>

namespace hs {

struct GroupResult;

namespace anonymity {
// The field's convention: numbers for groups of at least five; never fewer than three, whoever configures it.
constexpr int kDefaultThreshold = 5;
constexpr int kMinimumThreshold = 3;
constexpr int kMaximumThreshold = 1000;
// Remarks are free text, easier to attribute than a mean: shown only for groups of at least this size.
constexpr int kDefaultRemarkThreshold = 5;
constexpr int kMinimumRemarkThreshold = 3;
} // namespace anonymity

struct AnalysisOptions {
    int anonymity_threshold = anonymity::kDefaultThreshold;
    int remark_threshold = anonymity::kDefaultRemarkThreshold;
    // Only what the organisation comparison shows: respondents, mode, availability and dimension scores. Items,
    // parts, agreement, answer shares and remarks are left empty (a 400-team comparison then computes a tenth).
    bool dimensions_only = false;
    // Throws std::invalid_argument (translated message) for a threshold outside its bounds.
    void validate() const;
};

// The parts of one whole whose total is also shown (the roles within a team, ...), analysed each on its own with
// the threshold applied. Hides further parts, each number separately (group, every item, dimension and part
// score), so that no hidden part and no union of hidden parts smaller than the threshold follows from the
// whole minus the parts that are shown: whenever something is hidden, the hidden parts together hold at least
// `threshold` respondents, or everything is hidden. The smallest parts are hidden first.
void suppress_complementary(const std::vector<GroupResult*>& parts, const AnalysisOptions& options);

// Answer patterns within one group. A dimension score is the mean of the items a respondent scored, a part score
// the mean of their dimension scores, so respondents who skipped different numbers of items (n.v.t., weet niet)
// weigh their answers differently: the dimension's total against its items' totals then isolates one such class
// of respondents. `dimension_classes[d]` counts the respondents per class (key: items scored of dimension d, or 0
// for those who scored some but too few to get a dimension score); `part_classes[p]` the same for the dimensions
// of part p. When a dimension has two classes or more and one of them is smaller than the threshold, one of its
// items is hidden (the least answered), so the items no longer add up; such a part score is hidden.
// Counted by key in a vector (keys are small whole numbers; an empty class counts 0): a group has a few classes,
// and a map node per class meant millions of allocations in a 400-team comparison.
using PatternClasses = std::vector<int>;
inline void count_in_class(PatternClasses& classes, std::size_t key, int n = 1)
{
    if (key >= classes.size())
        classes.resize(key + 1, 0);
    classes[key] += n;
}
void suppress_partial_patterns(GroupResult& group, const std::vector<PatternClasses>& dimension_classes,
                               const std::vector<PatternClasses>& part_classes,
                               const std::vector<std::vector<std::size_t>>& dimension_items, const AnalysisOptions& options);

// Items within a dimension: the dimension's total minus its shown items' totals is the hidden items' total. When
// the respondents who scored any hidden item of a dimension are fewer than the threshold, the next least answered
// item is hidden too, until they are enough or every item is hidden. `scored[r][i]`: respondent r scored item i.
void suppress_within_dimensions(GroupResult& group, const std::vector<std::vector<std::size_t>>& dimension_items,
                                const std::vector<std::vector<bool>>& scored, const AnalysisOptions& options);

// Clears every number, share, distribution and remark of a group (it falls under the threshold).
void withhold(GroupResult& group);

} // namespace hs
