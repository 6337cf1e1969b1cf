#pragma once
// The mirror: how the team sees itself next to how its clients and their relatives see it, per dimension of the
// team questionnaire. Each perspective is analysed as a group of its own under the one anonymity rule
// (analyse_group): a perspective below the threshold shows no numbers, and since nothing here adds perspectives
// together (no total of team and clients, no organisation mean of clients), a hidden group cannot be derived by
// subtraction. A gap (team minus clients, team minus relatives) is given only where both groups are shown, with a
// Welch 95% interval and a verdict. Teams are never ranked on the scores of their clients: the organisation view
// keeps the order of the teams' names. Texts: msgids for the one catalogue; front ends translate.
#include "analysis/group_result.h"
#include "store/store.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

struct TeamTrend; // team_trend.h

// Client and relative results from fewer respondents than this are shown, but labelled as indicative.
inline constexpr int kMirrorIndicativeBelow = 10;
// A gap from a consensus response of the team (no spread, so no interval) counts as a gap from this size on, as a
// change does (analysis/change.cpp).
inline constexpr double kMirrorConsensusGap = 0.5;

// One perspective's score on one dimension of the team questionnaire.
struct MirrorScore {
    Perspective perspective = Perspective::Team;
    // The round's version for this perspective has statements on the dimension. False: "no client perspective"
    // (a dimension clients or relatives cannot judge): never a score, never a gap.
    bool asked = false;
    ScoreSummary score; // the anonymity rule applied (availability); numbers only when available
    double low = 0, high = 0; // 95% interval of the mean (t); equal to the mean when not estimable
    bool interval_estimable = false;
    bool indicative = false; // a client or relative score shown from fewer than kMirrorIndicativeBelow respondents
    bool shown() const { return asked && score.available(); }
};

enum class GapVerdict {
    TeamHigher,        // the team sees itself clearly more positively than they do
    PerspectiveHigher, // they see the team clearly more positively than the team sees itself
    NoClearGap,        // the interval includes zero (or, for a consensus, less than kMirrorConsensusGap)
    NotComparable,     // not both shown, or not asked
};

// team - client or team - relative on one dimension.
struct MirrorGap {
    Perspective perspective = Perspective::Client; // whose score is subtracted from the team's
    bool shown = false;                             // both groups are shown: only then are the numbers set
    double difference = 0;                          // team mean - their mean
    double low = 0, high = 0;                       // Welch 95% interval; equal to difference when not estimable
    bool interval_estimable = false;
    bool indicative = false; // their score is indicative
    GapVerdict verdict = GapVerdict::NotComparable;
    // The same gap in the team's previous round (the one "previous round" of analysis/team_trend.h), when it was
    // shown there too; change = difference - previous.
    std::optional<double> previous;
    std::optional<double> change;
};

// The catalogue key of a verdict's sentence, e.g. "the team sees itself clearly more positively than its clients do".
const char* gap_verdict_msgid(GapVerdict verdict, Perspective perspective);
// The catalogue key for a dimension the perspective's version does not ask about: "no client perspective", ...
const char* not_asked_msgid(Perspective perspective);

struct MirrorDimension {
    std::string id;        // the team questionnaire's dimension id
    std::size_t index = 0; // in the team questionnaire
    std::vector<MirrorScore> scores; // one per perspective of the round: team first, then client, relative
    std::vector<MirrorGap> gaps;     // one per client or relative perspective of the round
    const MirrorScore* score(Perspective p) const;
    const MirrorGap* gap(Perspective p) const;
    // The largest |difference| of its shown gaps; nullopt when none is shown.
    std::optional<double> largest_gap() const;
};

// One perspective's group, with its items for showing the statements of both versions per dimension.
struct MirrorGroup {
    Perspective perspective = Perspective::Team;
    std::shared_ptr<const Questionnaire> questionnaire; // the round's version for it
    GroupResult result;
};

struct MirrorResult {
    Team team;
    Round round;
    std::vector<Perspective> perspectives; // the round's: team first
    std::vector<MirrorGroup> groups;       // one per perspective, same order
    // Every dimension of the team questionnaire: those with a shown gap first, by the largest gap (absolute, then
    // questionnaire order), then the rest in questionnaire order.
    std::vector<MirrorDimension> dimensions;
    std::optional<Round> previous_round; // the team's previous round, whose gaps `change` compares with
    const MirrorGroup* group(Perspective p) const;
};

// The mirror from responses already loaded (pure: tests and callers with their own selection). `responses` holds
// each perspective's completed responses of one team in one round; `versions` the round's version per perspective
// (team required). `previous`: the same team's result of its previous round, for the change of the gaps.
MirrorResult mirror_of(const Team& team, const Round& round,
                       const std::map<Perspective, std::shared_ptr<const Questionnaire>>& versions,
                       const std::map<Perspective, std::vector<ResponseRecord>>& responses, const AnalysisOptions& options,
                       const MirrorResult* previous = nullptr);

// One team in one round, with the change of each gap since the team's previous round.
MirrorResult mirror_for(Store& store, RowId team, RowId round, const AnalysisOptions& options);
// The same with the team's trend (team_trend with the same options) already at hand: a workbook with a mirror for
// every round computes the trend once, not once per round.
MirrorResult mirror_for(Store& store, RowId team, RowId round, const AnalysisOptions& options, const TeamTrend& trend);

// The team's mirror of every round that asks more than the team (by date), each with the change since the team's
// previous round: the team trend workbook's. `trend` is team_trend with the same options.
std::vector<MirrorResult> team_mirrors(Store& store, RowId team, const AnalysisOptions& options, const TeamTrend& trend);
// The same from the team's responses already read (every round and perspective, as load_responses with the team
// and no perspective gives them): a workbook that needs them too reads them once.
std::vector<MirrorResult> team_mirrors(Store& store, RowId team, const AnalysisOptions& options, const TeamTrend& trend,
                                       std::vector<ResponseRecord> responses);

// Every team with completed responses of any perspective in the round, in the order of their names (never by
// score), without the change since the previous round: for the organisation's heat map of gaps. Dimension scores
// and gaps only: the groups' item, part and remark results are left empty.
std::vector<MirrorResult> organisation_mirror(Store& store, RowId round, const AnalysisOptions& options);

} // namespace hs
