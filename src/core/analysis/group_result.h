#pragma once
// One group (a team in a round, a role within it) analysed: scores per item, dimension and part, with the
// anonymity threshold applied. See README "How scores are computed" for the rules.
#include "analysis/anonymity.h"
#include "common/records.h"
#include "questionnaire/questionnaire.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

enum class Availability {
    Available,
    TooFewRespondents, // group smaller than the threshold: no numbers, ever
    NoScores,          // nobody gave a score (all n.v.t., weet niet or unanswered)
};

// A summary of scores; the numbers are meaningful only when `availability == Available`.
struct ScoreSummary {
    Availability availability = Availability::NoScores;
    int n = 0; // respondents whose answers produced a score
    double mean = 0;
    double median = 0;
    double sd = 0; // NaN when n < 2
    // Hidden although its own group is large enough: shown, it would let a smaller group's answers be worked out
    // (the anonymity rule's complement). Only what a reader is told differs; it is hidden all the same.
    bool protects_others = false;
    bool available() const { return availability == Availability::Available; }
};

struct AnswerShares {
    int answers = 0; // respondents x items considered
    double not_applicable = 0;
    double dont_know = 0;
    double unanswered = 0;
};

struct ItemResult {
    std::string id;
    std::size_t index = 0; // in the round's questionnaire
    ScoreSummary score;
    AnswerShares shares;
    // Respondents per scale point by what they answered (before reverse scoring: the statement as it was put to
    // them, under the answer's own label); empty when suppressed. Only means use the reverse-scored value.
    std::vector<int> distribution;
    double agreement = 0;          // rwg; NaN when not computable (n < 2 or suppressed)
};

struct DimensionResult {
    std::string id;
    std::size_t index = 0;
    ScoreSummary score;
    AnswerShares shares;
    double agreement = 0; // mean rwg of the dimension's items that have one; NaN if none
};

struct PartResult {
    std::string id;
    ScoreSummary score;
};

struct Remark {
    std::string dimension_id;
    std::string text;
};

// One group (a team in a round, a role within it, ...) analysed.
struct GroupResult {
    std::shared_ptr<const Questionnaire> questionnaire;
    int respondents = 0;    // completed responses in the group
    bool consensus = false; // the group is one consensus response of the team
    Availability availability = Availability::Available; // TooFewRespondents: every number below is withheld
    std::vector<ItemResult> items;           // questionnaire order
    std::vector<DimensionResult> dimensions; // questionnaire order
    std::vector<PartResult> parts;
    std::vector<Remark> remarks; // only for groups at the remark threshold or a consensus; questionnaire order
    // Per dimension, how many respondents scored how many of its items (anonymity.h, suppress_partial_patterns):
    // for the anonymity rule across the parts of a whole, never shown.
    std::vector<PatternClasses> dimension_patterns;

    const ItemResult* item(const std::string& id) const;
    const DimensionResult* dimension(const std::string& id) const;
};

// One respondent's effective item scores (reverse-scored items mirrored; NaN where there is no score), and their
// score on dimension `d`: the mean of the answered items when at least half of them are answered, else NaN.
std::vector<double> effective_item_scores(const Questionnaire& q, const ResponseRecord& response);
double respondent_dimension_score(const Questionnaire& q, const std::vector<double>& item_scores, std::size_t d);

GroupResult analyse_group(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<const ResponseRecord*>& responses,
                          const AnalysisOptions& options);
GroupResult analyse_group(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<ResponseRecord>& responses,
                          const AnalysisOptions& options);


// ---- perspectives ----
struct RoleResult {
    Role role = Role::Unspecified;
    // TooFewRespondents when the role has fewer respondents than the threshold, or when it is hidden with a
    // smaller role so that the small one cannot be computed from the team's total (suppress_complementary).
    GroupResult result;
};
std::vector<RoleResult> by_role(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<ResponseRecord>& responses,
                                const AnalysisOptions& options);

} // namespace hs
