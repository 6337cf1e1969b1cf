#pragma once
// The analysis fed from the store: the selections the GUI and the workbooks ask for.
#include "analysis/change.h"
#include "analysis/group_result.h"
#include "analysis/organisation_view.h"
#include "store/store.h"

namespace hs {

// ---- a team across rounds ----
struct TeamRoundResult {
    Round round;
    GroupResult result;
    std::vector<Change> changes; // against the previous round with data; empty for the first
};
struct TeamTrend {
    Team team;
    std::vector<TeamRoundResult> rounds; // in date order; only rounds in which the team has completed responses
};

// Every round in which the team has completed responses, in date order, each compared with the one before.
TeamTrend team_trend(Store& store, RowId team, const AnalysisOptions& options);
// The same from the team's completed responses the caller already loaded (ResponseQuery{team}).
TeamTrend team_trend(Store& store, RowId team, const std::vector<ResponseRecord>& responses, const AnalysisOptions& options);

// All teams side by side in one round, with the organisation mean.
OrganisationRoundResult organisation_round(Store& store, RowId round, const AnalysisOptions& options);

// The organisation round by round (for the trend across rounds).
std::vector<OrganisationRoundResult> organisation_trend(Store& store, const AnalysisOptions& options);

// What the organisation comparison shows and nothing more: per round (every round, or only `round`) each team's
// respondents, mode and dimension scores (AnalysisOptions::dimensions_only), read from the answers as plain
// numbers one round at a time. The same numbers as organisation_trend; a 400-team organisation in a fraction.
std::vector<OrganisationRoundResult> organisation_dimension_scores(Store& store, const AnalysisOptions& options,
                                                                   std::optional<RowId> round = {});

} // namespace hs
