#pragma once
// The analysis fed from the store: the selections the GUI and the workbooks ask for.
#include "analysis/change.h"
#include "analysis/group_result.h"
#include "analysis/instrument.h"
#include "analysis/organisation_view.h"
#include "store/store.h"

#include <functional>
#include <optional>

namespace hs {

// ---- a team across rounds ----
// A round whose questionnaire (id or version) differs from the team's round before it: the trend breaks here.
// Statements are compared by id only, so only `comparable` of them carry on; dimension scores across the break
// rest on different statements wherever the dimension's statements changed.
struct VersionBreak {
    std::string previous_version;
    std::string version;
    int comparable = 0; // statements with the same id in both versions
    int added = 0;      // new in this version
    int retired = 0;    // in the previous version only
};

struct TeamRoundResult {
    Round round;
    GroupResult result;
    // The program's one "previous round": the latest earlier round in which the team has numbers (an index into
    // TeamTrend::rounds); empty when there is none. GUI, workbooks and CLI read it here and nowhere else.
    std::optional<std::size_t> previous;
    std::vector<Change> changes; // against `previous`; empty when there is none (and, for ChangesOf::LatestRound, in
                                 // every round but the latest with numbers)
    std::optional<VersionBreak> version_break; // set when the questionnaire changed since the team's previous round
};
// The break between two questionnaires, or nothing when they are the same id and version.
std::optional<VersionBreak> version_break(const Questionnaire& previous, const Questionnaire& current);

struct TeamTrend {
    Team team;
    std::vector<TeamRoundResult> rounds; // in date order; only rounds in which the team has completed responses

    const TeamRoundResult* previous_of(const TeamRoundResult& rr) const { return rr.previous ? &rounds[*rr.previous] : nullptr; }
    // The latest round in which the team has numbers; nullptr when there is none.
    const TeamRoundResult* latest_with_numbers() const;
};

// Which rounds get their changes against their previous round: every round (the windows show any round), or only
// the latest with numbers (the trend workbook shows that one; the others' changes were most of its analysis).
enum class ChangesOf { EveryRound, LatestRound };

// Every round in which the team has completed responses, in date order, each compared with its previous round.
TeamTrend team_trend(Store& store, RowId team, const AnalysisOptions& options);
// The same from the team's completed responses the caller already loaded (ResponseQuery{team}).
TeamTrend team_trend(Store& store, RowId team, const std::vector<ResponseRecord>& responses, const AnalysisOptions& options,
                     ChangesOf changes_of = ChangesOf::EveryRound);

// All teams side by side in one round, with the organisation mean.
OrganisationRoundResult organisation_round(Store& store, RowId round, const AnalysisOptions& options);

// How well the questionnaire works, from every team's answers in one round.
InstrumentReport instrument_round(Store& store, RowId round, const AnalysisOptions& options);

// The organisation round by round (for the trend across rounds).
std::vector<OrganisationRoundResult> organisation_trend(Store& store, const AnalysisOptions& options);

// Sees each round's completed responses (as Store::load_scores reads them) while organisation_dimension_scores
// holds them, so a sheet that needs them too does not read them again. Called once per round, possibly on
// another thread and at the same time as for another round.
using RoundRecordsVisitor = std::function<void(const OrganisationRoundResult&, const std::vector<ResponseRecord>&)>;

// What the organisation comparison shows and nothing more: per round (every round; only `round`; or with
// `earlier_too` the trend up to `round`: it and every round before it by date) each team's respondents, mode and
// dimension scores (AnalysisOptions::dimensions_only), read from the answers as plain numbers one round at a time. The same numbers as organisation_trend; a 400-team organisation in a fraction.
// Rounds are independent: on a computer with more than one core a second, read-only connection reads and
// analyses rounds meanwhile, each thread taking the next round left (reading the answers is most of the time).
std::vector<OrganisationRoundResult> organisation_dimension_scores(Store& store, const AnalysisOptions& options,
                                                                   std::optional<RowId> round = {}, bool earlier_too = false,
                                                                   const RoundRecordsVisitor& visit = {});

} // namespace hs
