#pragma once
// The program's one anonymity rule, applied by every output (GUI, workbooks, CLI, raw export): the thresholds
// and their bounds, and the complementary suppression that keeps a hidden group hidden when the parts of a whole
// are shown next to it. Nothing else in the program restates these numbers or decides what may be shown.
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

// Clears every number, share, distribution and remark of a group (it falls under the threshold).
void withhold(GroupResult& group);

} // namespace hs
