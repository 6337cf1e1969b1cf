// The demo organisation: teams, rounds, responses with the patterns real data shows, and the mirror of clients
// and relatives.
#include "demo_data.h"

#include "common/i18n.h"
#include "questionnaire/mirror_check.h"
#include "questionnaire/mirror_versions.h"
#include "questionnaire/questionnaire_loader.h"

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

// How much more positively the team sees itself than clients (or relatives) do on a dimension, in scale points.
// Clients feel the pace and the say they get most; relatives whether they are involved and supported.
double mirror_gap(const std::string& dimension, Perspective p)
{
    if (p == Perspective::Client) {
        if (dimension == "tempo" || dimension == "zelfregie")
            return 0.9;
        if (dimension == "gelijkwaardigheid" || dimension == "naasten")
            return 0.6;
    } else {
        if (dimension == "naasten" || dimension == "familie")
            return 1.0;
        if (dimension == "zelfregie")
            return 0.4;
    }
    return 0.1;
}

// The built-in client and relatives versions, when `q` is the built-in team questionnaire they mirror.
std::vector<const Questionnaire*> demo_mirrors(const Questionnaire& q, const DemoSpec& spec)
{
    std::vector<const Questionnaire*> out;
    if (!spec.mirror || q.id != builtin_questionnaire().id || q.version != builtin_questionnaire().version)
        return out;
    for (Perspective p : {Perspective::Client, Perspective::Relative})
        if (check_mirror(builtin_version(p), q).empty())
            out.push_back(&builtin_version(p));
    return out;
}

// One client's or relative's answers to `version`: the team's own level on each dimension, lower by the gap, with
// the spread between people and the occasional "past niet bij mij" and "weet ik niet".
NewResponse mirror_response(const Questionnaire& team_q, const Questionnaire& version, const std::string& team,
                            const std::function<double(std::size_t team_dimension)>& team_level, double narrowing,
                            std::mt19937_64& rng)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    NewResponse resp;
    resp.team = team;
    resp.perspective = version.perspective;
    const double c = uniform(rng);
    resp.collection = c < 0.5 ? CollectionMode::Kiosk : c < 0.8 ? CollectionMode::Paper : CollectionMode::FormTool;
    const double person = 0.4 * normal(rng);
    resp.answers.resize(version.items.size());
    for (std::size_t i = 0; i < version.items.size(); ++i) {
        const Item& item = version.items[i];
        const Scale& scale = version.scale_of(item);
        const double x = uniform(rng);
        if (scale.allows_not_applicable && x < 0.05) {
            resp.answers[i] = kNotApplicable;
            continue;
        }
        if (scale.allows_dont_know && x > 0.95) {
            resp.answers[i] = kDontKnow;
            continue;
        }
        const std::size_t d = *team_q.dimension_index(item.dimension_id);
        const double v = team_level(d) - narrowing * mirror_gap(item.dimension_id, version.perspective) + person + 0.6 * normal(rng);
        const AnswerCode effective = clamp_score(v, scale);
        resp.answers[i] = item.reverse ? static_cast<AnswerCode>(scale.min_value() + scale.max_value() - effective) : effective;
    }
    return resp;
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
    const auto mirrors = demo_mirrors(q, spec);
    std::mt19937_64 mirror_rng(spec.seed ^ 0x5350494547454cull); // "SPIEGEL": the team's stream stays as it was
    for (int r = 0; r < spec.rounds; ++r) {
        const int k = spec.rounds - 1 - r;
        const bool mirrored = k < 2 && !mirrors.empty();
        const RowId round = mirrored ? store.add_round(round_label(k), round_date(k), q, mirrors)
                                     : store.add_round(round_label(k), round_date(k), q);
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
        if (mirrored) {
            // Every other team hears its clients and relatives; the gap narrows a little in the last round. One team
            // hears only four clients: too few to show (the anonymity rule), and a few groups stay under ten.
            for (std::size_t t = 0; t < teams.size(); t += 2) {
                auto level = [&](std::size_t d) { return dim_level[d] + teams[t].level + team_dim[t][d] + teams[t].pace * r; };
                for (const Questionnaire* version : mirrors) {
                    const bool clients = version->perspective == Perspective::Client;
                    int n = clients ? 7 + static_cast<int>(mirror_rng() % 9) : 5 + static_cast<int>(mirror_rng() % 5);
                    if (t == 4 && clients)
                        n = 4;
                    for (int p = 0; p < n; ++p)
                        responses.push_back(mirror_response(q, *version, teams[t].name, level, k == 0 ? 0.75 : 1.0, mirror_rng));
                    summary.mirror_responses += n;
                }
            }
        }
        store.insert_responses(round, responses);
        if (r < spec.rounds - 1)
            store.set_round_status(round, RoundStatus::Closed);
        if (progress)
            progress(r + 1, spec.rounds);
    }
    return summary;
}

} // namespace hs
