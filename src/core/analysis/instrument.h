#pragma once
// How well the questionnaire works, from the organisation's own answers in one round: per dimension its internal
// consistency (Cronbach's alpha, McDonald's omega from a one-factor model) and how well it tells teams apart
// (ICC(1), the share of variance between teams); per statement its item-rest correlation, the share of answers at
// the best end of the scale (ceiling) and the shares of n.v.t. and weet niet. Only teams at or above the anonymity
// threshold count, and consensus responses never do (one voice per team is no spread between members).
// Facts and advice codes only; front ends turn them into sentences.
#include "analysis/group_result.h"

#include <memory>
#include <string>
#include <vector>

namespace hs {

// What a number suggests to change; front ends say it in words.
enum class InstrumentAdvice {
    Ceiling,               // a statement: most answers at the best end; it cannot show improvement
    ManyNotApplicable,     // a statement: often n.v.t.; it may not fit many teams
    ManyDontKnow,          // a statement: often weet niet; team members cannot judge it
    LowItemRest,           // a statement: goes its own way within its dimension
    LowReliability,        // a dimension: its statements do not measure one thing together
    TeamsNotDistinguished, // a dimension: nearly all variation is within teams, not between them
};

struct InstrumentThresholds {
    double ceiling = 0.5;       // share of scored answers at the best end
    double not_applicable = 0.2;
    double dont_know = 0.15;
    double item_rest = 0.3;
    double reliability = 0.6;   // alpha
    double icc = 0.05;
};

struct ItemQuality {
    std::string id;
    std::size_t index = 0;
    int answers = 0; // respondents counted (in teams at or above the threshold)
    int scored = 0;
    double mean = 0, sd = 0;      // of the effective scores; NaN without scores
    double not_applicable = 0;    // shares of answers
    double dont_know = 0;
    double ceiling = 0;           // share of scored answers at the best end (after reverse scoring)
    int ceiling_answer = 0;       // the answer that is the best end: the top point, or the bottom one when reversed
    double item_rest = 0;         // correlation with the sum of the dimension's other statements; NaN if not computable
    std::vector<InstrumentAdvice> advice;
};

struct DimensionQuality {
    std::string id;
    std::size_t index = 0;
    int complete_cases = 0; // respondents with a score on every statement of the dimension (alpha, omega, item-rest)
    double alpha = 0;       // NaN with fewer than 2 statements or 3 complete cases, or no variance
    double omega = 0;       // NaN with fewer than 3 statements, or when a one-factor model does not fit
    int teams = 0;          // teams with at least one dimension score
    int respondents = 0;    // with a dimension score
    double icc1 = 0;        // NaN with fewer than 2 teams
    double between_share = 0; // eta squared: between-team sum of squares over total; NaN as icc1
    std::vector<InstrumentAdvice> advice;
};

struct InstrumentReport {
    std::shared_ptr<const Questionnaire> questionnaire;
    int teams_counted = 0;  // at or above the threshold
    int teams_below = 0;    // left out: too few respondents
    int respondents = 0;    // counted
    std::vector<ItemQuality> items;           // questionnaire order
    std::vector<DimensionQuality> dimensions; // questionnaire order
};

// The responses of one round (every team); grouped by team here.
InstrumentReport instrument_report(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<ResponseRecord>& responses,
                                   const AnalysisOptions& options, const InstrumentThresholds& thresholds = {});

namespace stats {
// Cronbach's alpha of the columns of `cases` (each case one respondent's scores, all present); NaN when not defined.
double cronbach_alpha(const std::vector<std::vector<double>>& cases);
// McDonald's omega (total) from a one-factor model fitted to the correlations by iterated principal axes; NaN
// with fewer than three columns, or when a loading is not positive (one factor does not fit).
double mcdonald_omega(const std::vector<std::vector<double>>& cases);
// Pearson correlation; NaN when either side has no variance.
double correlation(const std::vector<double>& a, const std::vector<double>& b);
// ICC(1) and eta squared from one-way ANOVA of `groups` (each a group's values); NaN with fewer than 2 groups.
struct GroupVariance {
    double icc1;
    double eta_squared;
};
GroupVariance group_variance(const std::vector<std::vector<double>>& groups);
} // namespace stats

} // namespace hs
