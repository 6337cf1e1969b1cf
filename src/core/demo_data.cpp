#include "demo_data.h"

#include "common/i18n.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace hs {

namespace {

const std::vector<std::string>& team_names()
{
    static const std::vector<std::string> names = {
        "FACT Noord", "FACT Zuid", "Beschermd Wonen De Linde", "Kliniek Herstel & Participatie", "IHT Oost",
        "Ambulant Team Centrum", "Wijkteam GGZ West", "Beschermd Wonen Het Anker", "FACT Jeugd", "Verslavingszorg Kliniek",
        "Herstelteam Dagbesteding", "RIBW Woonbegeleiding Noord"};
    return names;
}

const std::vector<std::string>& remark_texts()
{
    static const std::vector<std::string> texts = {
        "We hebben het hier vaak over, maar in drukke weken schiet het erbij in.",
        "De ervaringsdeskundige in ons team maakt echt verschil.",
        "Intervisie wordt regelmatig afgezegd vanwege de wachtlijst.",
        "Nieuwe collega's kennen de herstelvisie nog niet goed.",
        "Familie betrekken gaat goed bij de ene collega en niet bij de andere.",
        "Meer tijd voor gewoon contact zou helpen.",
        "De samenwerking met het wijkteam is het afgelopen halfjaar verbeterd.",
        "=Niet alles is in cijfers te vangen.",
    };
    return texts;
}

std::string round_label(int k) // k rounds before the last one: 2026-najaar, 2026-voorjaar, 2025-najaar, ...
{
    const int year = 2026 - k / 2;
    return std::to_string(year) + (k % 2 == 0 ? "-najaar" : "-voorjaar");
}

std::string round_date(int k)
{
    const int year = 2026 - k / 2;
    return std::to_string(year) + (k % 2 == 0 ? "-10-01" : "-04-01");
}

AnswerCode clamp_score(double v, const Scale& s)
{
    const int r = static_cast<int>(std::lround(v));
    return static_cast<AnswerCode>(std::clamp(r, s.min_value(), s.max_value()));
}

} // namespace

DemoSummary generate_demo(Store& store, const Questionnaire& q, const DemoSpec& spec,
                          const std::function<void(int, int)>& progress)
{
    if (spec.teams < 1 || spec.rounds < 1 || spec.respondents < 1)
        throw StoreError(StoreError::Kind::Refused, tr(N_("Demo data needs at least one team, round and respondent.")));
    for (int k = 0; k < spec.rounds; ++k)
        if (store.find_round(round_label(k)))
            throw StoreError(StoreError::Kind::Refused, trf(N_("The database already has a round '%1'; demo data goes into an empty database."), {round_label(k)}));

    std::mt19937_64 rng(spec.seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);

    // Per team: a level, a pace of change per round, and a size.
    struct TeamProfile {
        std::string name;
        double level;
        double pace;
        int size;
        bool consensus_round;
    };
    std::vector<TeamProfile> teams;
    for (int t = 0; t < spec.teams; ++t) {
        std::string name = team_names()[static_cast<std::size_t>(t) % team_names().size()];
        if (t >= static_cast<int>(team_names().size()))
            name += " " + std::to_string(t / static_cast<int>(team_names().size()) + 1);
        const double pace = uniform(rng) < 0.2 ? -0.05 : 0.04 + 0.08 * uniform(rng);
        const int size = std::max(2, static_cast<int>(std::lround(spec.respondents * (0.6 + 0.8 * uniform(rng)))));
        teams.push_back({name, 0.4 * normal(rng), pace, size, t == 2 && spec.rounds > 2});
    }
    // Per dimension: where organisations usually stand (preconditions lag behind attitudes).
    std::vector<double> dim_level(q.dimensions.size());
    for (std::size_t d = 0; d < q.dimensions.size(); ++d)
        dim_level[d] = (q.dimensions[d].part_id == q.parts.front().id ? 3.5 : 2.9) + 0.3 * normal(rng);
    // Per item: how often it is n.v.t. or weet niet, whether it divides teams, where it sits (a few sit near the
    // top: a ceiling for the instrument report to find) and how strongly it follows its dimension (a few hardly).
    std::vector<std::size_t> dimension_of(q.items.size());
    for (std::size_t i = 0; i < q.items.size(); ++i)
        dimension_of[i] = *q.dimension_index(q.items[i].dimension_id);
    std::vector<double> nvt_rate(q.items.size()), dk_rate(q.items.size()), split(q.items.size()), offset(q.items.size()),
        loading(q.items.size());
    for (std::size_t i = 0; i < q.items.size(); ++i) {
        nvt_rate[i] = uniform(rng) < 0.15 ? 0.15 + 0.2 * uniform(rng) : 0.01;
        dk_rate[i] = uniform(rng) < 0.1 ? 0.15 + 0.1 * uniform(rng) : 0.015;
        split[i] = uniform(rng) < 0.12 ? 1.0 : 0.0;
        offset[i] = uniform(rng) < 0.12 ? 1.2 : 0.3 * normal(rng);
        loading[i] = uniform(rng) < 0.1 ? 0.1 : 0.6 + 0.5 * uniform(rng);
    }
    // Per team and dimension: teams differ per theme, not only overall, so dimensions tell teams apart.
    std::vector<std::vector<double>> team_dim(teams.size(), std::vector<double>(q.dimensions.size()));
    for (auto& t : team_dim)
        for (auto& v : t)
            v = 0.35 * normal(rng);

    DemoSummary summary;
    summary.teams = spec.teams;
    summary.rounds = spec.rounds;
    for (int r = 0; r < spec.rounds; ++r) {
        const int k = spec.rounds - 1 - r;
        const RowId round = store.add_round(round_label(k), round_date(k), q);
        std::vector<NewResponse> responses;
        for (std::size_t t = 0; t < teams.size(); ++t) {
            const TeamProfile& team = teams[t];
            const bool consensus = team.consensus_round && r == 1;
            int n = consensus ? 1 : std::max(1, team.size + static_cast<int>(std::lround(1.5 * normal(rng))));
            for (int p = 0; p < n; ++p) {
                NewResponse resp;
                resp.team = team.name;
                resp.consensus = consensus;
                const double u = uniform(rng);
                resp.role = consensus ? Role::Unspecified
                            : p == 0 ? Role::Manager
                            : u < 0.15 ? Role::ExpertByExperience
                            : u < 0.2 ? Role::Other
                                      : Role::Practitioner;
                const double person = 0.25 * normal(rng);
                // How this person sees the team on each theme: shared by the theme's statements.
                std::vector<double> view(q.dimensions.size());
                for (auto& v : view)
                    v = 0.6 * normal(rng);
                resp.answers.resize(q.items.size());
                for (std::size_t i = 0; i < q.items.size(); ++i) {
                    const Item& item = q.items[i];
                    const std::size_t d = dimension_of[i];
                    const Scale& scale = q.scale_of(item);
                    const double x = uniform(rng);
                    if (scale.allows_not_applicable && x < nvt_rate[i]) {
                        resp.answers[i] = kNotApplicable;
                        continue;
                    }
                    if (x > 0.985) {
                        resp.answers[i] = kUnanswered;
                        continue;
                    }
                    if (scale.allows_dont_know && x > 0.985 - dk_rate[i]) {
                        resp.answers[i] = kDontKnow;
                        continue;
                    }
                    double v = dim_level[d] + offset[i] + team.level + team_dim[t][d] + team.pace * r + person +
                               loading[i] * view[d] + 0.5 * normal(rng);
                    if (split[i] > 0)
                        v += (uniform(rng) < 0.5 ? -1.2 : 1.2);
                    AnswerCode effective = clamp_score(v, scale);
                    // Reverse-scored items are answered mirrored.
                    resp.answers[i] = item.reverse ? static_cast<AnswerCode>(scale.min_value() + scale.max_value() - effective) : effective;
                    ++summary.answers;
                }
                if (uniform(rng) < 0.1) {
                    const auto& texts = remark_texts();
                    resp.remarks[static_cast<std::size_t>(uniform(rng) * static_cast<double>(q.dimensions.size()))] =
                        texts[static_cast<std::size_t>(uniform(rng) * static_cast<double>(texts.size()))];
                }
                responses.push_back(std::move(resp));
            }
        }
        summary.responses += static_cast<long long>(responses.size());
        store.insert_responses(round, responses);
        if (r < spec.rounds - 1)
            store.set_round_status(round, RoundStatus::Closed);
        if (progress)
            progress(r + 1, spec.rounds);
    }
    return summary;
}

} // namespace hs
