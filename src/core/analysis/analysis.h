#pragma once
// What a round says and what changed: pure computations over responses, with the anonymity threshold enforced
// here, once, for the GUI and every export. See README "How scores are computed" for the rules.
#include "questionnaire/questionnaire.h"
#include "common/records.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

struct AnalysisOptions {
    int anonymity_threshold = 3;
    static constexpr int kMinimumThreshold = 2;
    // Throws std::invalid_argument for a threshold below the minimum.
    void validate() const;
};

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
    std::vector<int> distribution; // respondents per scale point (after reverse scoring); empty when suppressed
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
    std::vector<Remark> remarks; // only when available; in questionnaire order of dimensions

    const ItemResult* item(const std::string& id) const;
    const DimensionResult* dimension(const std::string& id) const;
};

GroupResult analyse_group(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<const ResponseRecord*>& responses,
                          const AnalysisOptions& options);
GroupResult analyse_group(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<ResponseRecord>& responses,
                          const AnalysisOptions& options);

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

// ---- perspectives ----
struct RoleResult {
    Role role = Role::Unspecified;
    GroupResult result; // TooFewRespondents when the role has fewer respondents than the threshold
};
std::vector<RoleResult> by_role(std::shared_ptr<const Questionnaire> questionnaire, const std::vector<ResponseRecord>& responses,
                                const AnalysisOptions& options);

// ---- a team across rounds ----
struct RoundResult {
    Round round;
    GroupResult result;
    std::vector<Change> changes; // against the previous round with data; empty for the first
};
struct TeamTrend {
    Team team;
    std::vector<RoundResult> rounds; // in date order; only rounds in which the team has completed responses
};

// ---- the organisation in one round ----
struct TeamInRound {
    Team team;
    GroupResult result;
};
struct OrganisationRound {
    Round round;
    std::shared_ptr<const Questionnaire> questionnaire;
    std::vector<TeamInRound> teams;
    // Per dimension (questionnaire order): mean of the dimension scores of the teams with numbers, each team
    // weighing once; NaN when no team has one.
    std::vector<double> organisation_mean;
    int teams_with_numbers = 0;
};
OrganisationRound organisation_round(const Round& round, std::shared_ptr<const Questionnaire> questionnaire,
                                     const std::vector<Team>& teams, const std::vector<ResponseRecord>& responses,
                                     const AnalysisOptions& options);

} // namespace hs
