#pragma once
// The organisation in one round: every team's result and the organisation's mean per dimension.
#include "analysis/group_result.h"

#include <memory>
#include <vector>

namespace hs {

// ---- the organisation in one round ----
struct TeamScoresInRound {
    Team team;
    GroupResult result;
};
struct OrganisationRoundResult {
    Round round;
    std::shared_ptr<const Questionnaire> questionnaire;
    std::vector<TeamScoresInRound> teams;
    // Per dimension (questionnaire order): mean of the dimension scores of the teams with numbers, each team
    // weighing once; NaN when no team has one.
    std::vector<double> organisation_mean;
    int teams_with_numbers = 0;
};
OrganisationRoundResult organisation_round(const Round& round, std::shared_ptr<const Questionnaire> questionnaire,
                                     const std::vector<Team>& teams, const std::vector<ResponseRecord>& responses,
                                     const AnalysisOptions& options);

} // namespace hs
