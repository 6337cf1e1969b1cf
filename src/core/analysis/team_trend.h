#pragma once
// The analysis fed from the store: the selections the GUI and the workbooks ask for.
#include "analysis/analysis.h"
#include "store/store.h"

namespace hs {

// Every round in which the team has completed responses, in date order, each compared with the one before.
TeamTrend team_trend(Store& store, RowId team, const AnalysisOptions& options);
// The same from the team's completed responses the caller already loaded (ResponseQuery{team}).
TeamTrend team_trend(Store& store, RowId team, const std::vector<ResponseRecord>& responses, const AnalysisOptions& options);

// All teams side by side in one round, with the organisation mean.
OrganisationRound organisation_round(Store& store, RowId round, const AnalysisOptions& options);

// The organisation round by round (for the trend across rounds).
std::vector<OrganisationRound> organisation_trend(Store& store, const AnalysisOptions& options);

} // namespace hs
