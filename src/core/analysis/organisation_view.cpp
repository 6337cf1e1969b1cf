// The organisation in one round.
#include "analysis/organisation_view.h"

#include "analysis/statistics.h"
#include "common/i18n.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace hs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

OrganisationRoundResult organisation_round(const Round& round, std::shared_ptr<const Questionnaire> q, const std::vector<Team>& teams,
                                     const std::vector<ResponseRecord>& responses, const AnalysisOptions& options)
{
    OrganisationRoundResult org;
    org.round = round;
    org.questionnaire = q;
    std::map<RowId, std::vector<const ResponseRecord*>> by_team;
    for (const auto& r : responses)
        if (r.info.round_id == round.id)
            by_team[r.info.team_id].push_back(&r);
    std::vector<std::vector<double>> per_dimension(q->dimensions.size());
    for (const auto& team : teams) {
        auto it = by_team.find(team.id);
        if (it == by_team.end())
            continue;
        TeamScoresInRound t{team, analyse_group(q, it->second, options)};
        bool any = false;
        for (std::size_t d = 0; d < t.result.dimensions.size(); ++d)
            if (t.result.dimensions[d].score.available()) {
                per_dimension[d].push_back(t.result.dimensions[d].score.mean);
                any = true;
            }
        if (any)
            ++org.teams_with_numbers;
        org.teams.push_back(std::move(t));
    }
    for (const auto& values : per_dimension)
        org.organisation_mean.push_back(values.empty() ? kNaN : stats::mean(values));
    return org;
}

} // namespace hs
