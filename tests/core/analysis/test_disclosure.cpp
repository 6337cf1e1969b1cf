// A property test of the anonymity rule, with a small linear solver playing the curious reader. Random teams with
// random role mixes, answers and thresholds are analysed as every output shows them: each team's result (the GUI's
// result model, the workbooks' overview, dimension, item and distribution sheets), its roles (the perspectives
// sheet) and the organisation's mean of the teams (the comparison workbook). Every number shown is a linear
// equation over the respondents' unknown scores: a group's mean with its N gives the sum of its members' scores,
// the organisation mean a weighted sum over teams. The reader wins when the indicator of a group smaller than the
// threshold (one person, a hidden role, or a union of hidden roles) lies in the span of what is shown: then that
// group's sum, and so its mean, can be computed. With suppression it must never happen; without the complementary
// step it must happen (the solver can see a leak).
#include "analysis/analysis.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <map>
#include <random>

using namespace hs;

namespace {

// The span of some vectors, kept in reduced row echelon form (doubles; the coefficients are 0, 1 and 1/n).
class Span {
public:
    explicit Span(std::size_t n) : n_(n) {}

    void add(std::vector<double> v)
    {
        reduce(v);
        std::size_t pivot = n_;
        for (std::size_t j = 0; j < n_; ++j)
            if (std::fabs(v[j]) > kTolerance) {
                pivot = j;
                break;
            }
        if (pivot == n_)
            return;
        const double p = v[pivot];
        for (double& x : v)
            x /= p;
        for (auto& row : rows_) // keep the rows reduced against the new pivot
            if (std::fabs(row.second[pivot]) > kTolerance) {
                const double f = row.second[pivot];
                for (std::size_t j = 0; j < n_; ++j)
                    row.second[j] -= f * v[j];
            }
        rows_.emplace_back(pivot, std::move(v));
    }

    bool contains(std::vector<double> v) const
    {
        reduce(v);
        for (double x : v)
            if (std::fabs(x) > kTolerance)
                return false;
        return true;
    }

private:
    void reduce(std::vector<double>& v) const
    {
        for (const auto& [pivot, row] : rows_)
            if (std::fabs(v[pivot]) > kTolerance) {
                const double f = v[pivot];
                for (std::size_t j = 0; j < n_; ++j)
                    v[j] -= f * row[j];
            }
    }
    static constexpr double kTolerance = 1e-9;
    std::size_t n_;
    std::vector<std::pair<std::size_t, std::vector<double>>> rows_;
};

TEST_CASE("solver: finds what subtraction reveals, and only that")
{
    Span s(3);
    s.add({1, 1, 1}); // a team of three
    s.add({1, 1, 0}); // two of them shown as a role
    CHECK(s.contains({0, 0, 1}));  // the third follows
    CHECK_FALSE(s.contains({1, 0, 0}));
    Span w(4);
    w.add({0.5, 0.5, 1.0 / 2, 1.0 / 2}); // a mean of two team means
    w.add({1, 1, 0, 0});
    CHECK(w.contains({0, 0, 1, 1}));
}

// One number per statistic: an item, a dimension or a part score.
struct Statistic {
    enum Kind { Item, Dimension, Part } kind;
    std::size_t index;
};

const ScoreSummary& summary_of(const GroupResult& g, Statistic s)
{
    switch (s.kind) {
    case Statistic::Item: return g.items[s.index].score;
    case Statistic::Dimension: return g.dimensions[s.index].score;
    case Statistic::Part: break;
    }
    return g.parts[s.index].score;
}

// Whether a respondent's answers give them a value for the statistic (the analysis's "at least half" rule).
bool has_value(const Questionnaire& q, const ResponseRecord& r, Statistic s)
{
    auto item = [&](std::size_t i) { return i < r.answers.size() && is_score(r.answers[i]); };
    auto dimension = [&](std::size_t d) {
        std::size_t answered = 0;
        for (std::size_t i : q.dimensions[d].items)
            answered += item(i) ? 1 : 0;
        return answered > 0 && answered >= (q.dimensions[d].items.size() + 1) / 2;
    };
    switch (s.kind) {
    case Statistic::Item: return item(s.index);
    case Statistic::Dimension: return dimension(s.index);
    case Statistic::Part: break;
    }
    std::size_t with = 0;
    for (std::size_t d : q.parts[s.index].dimensions)
        with += dimension(d) ? 1 : 0;
    return with > 0 && with >= (q.parts[s.index].dimensions.size() + 1) / 2;
}

struct Organisation {
    std::vector<Team> teams;
    std::vector<ResponseRecord> responses;
    int threshold = 5;
};

Organisation random_organisation(std::mt19937& random)
{
    Organisation org;
    org.threshold = std::uniform_int_distribution<int>(anonymity::kMinimumThreshold, 6)(random);
    const int n_teams = std::uniform_int_distribution<int>(1, 4)(random);
    // Roles skewed as in real teams: mostly practitioners, a few experts by experience, one manager.
    std::discrete_distribution<int> role({2, 8, 3, 1.5, 1});
    std::uniform_int_distribution<int> score(1, 5), percent(0, 99);
    for (int t = 0; t < n_teams; ++t) {
        org.teams.push_back({t + 1, "T" + std::to_string(t + 1)});
        const int size = std::uniform_int_distribution<int>(1, 12)(random);
        for (int k = 0; k < size; ++k) {
            ResponseRecord r;
            r.info.team_id = t + 1;
            r.info.round_id = 1;
            r.info.status = ResponseStatus::Complete;
            r.info.role = all_roles()[static_cast<std::size_t>(role(random))];
            for (std::size_t i = 0; i < test::small_questionnaire().items.size(); ++i) {
                const int p = percent(random);
                r.answers.push_back(p < 8 ? kNotApplicable : p < 12 ? kDontKnow : static_cast<AnswerCode>(score(random)));
            }
            org.responses.push_back(std::move(r));
        }
    }
    return org;
}

// Roles of a team as the outputs show them, with or without the complementary step.
using RolesOf = std::function<std::vector<RoleResult>(std::shared_ptr<const Questionnaire>, const std::vector<ResponseRecord>&,
                                                       const AnalysisOptions&)>;

std::vector<RoleResult> roles_without_complementary_suppression(std::shared_ptr<const Questionnaire> q,
                                                                const std::vector<ResponseRecord>& rs, const AnalysisOptions& o)
{
    std::vector<RoleResult> out;
    for (Role role : all_roles()) {
        std::vector<const ResponseRecord*> group;
        for (const auto& r : rs)
            if (r.info.role == role)
                group.push_back(&r);
        if (!group.empty())
            out.push_back({role, analyse_group(q, group, o)});
    }
    return out;
}

// Everything shown about `org`, per statistic, as equations; then every small group the reader could target.
// Returns a description of the first group found derivable, or "" when none is.
std::string find_disclosure(const Organisation& org, const RolesOf& roles_of)
{
    auto q = std::make_shared<const Questionnaire>(test::small_questionnaire());
    AnalysisOptions options;
    options.anonymity_threshold = org.threshold;
    Round round;
    round.id = 1;
    const OrganisationRoundResult shown = organisation_round(round, q, org.teams, org.responses, options);
    std::map<RowId, std::vector<std::size_t>> members; // respondents (indexes into org.responses) per team
    for (std::size_t r = 0; r < org.responses.size(); ++r)
        members[org.responses[r].info.team_id].push_back(r);
    std::map<RowId, std::vector<RoleResult>> roles;
    for (const auto& t : org.teams) {
        std::vector<ResponseRecord> rs;
        for (std::size_t r : members[t.id])
            rs.push_back(org.responses[r]);
        roles[t.id] = roles_of(q, rs, options);
    }

    std::vector<Statistic> statistics;
    for (std::size_t i = 0; i < q->items.size(); ++i)
        statistics.push_back({Statistic::Item, i});
    for (std::size_t d = 0; d < q->dimensions.size(); ++d)
        statistics.push_back({Statistic::Dimension, d});
    for (std::size_t p = 0; p < q->parts.size(); ++p)
        statistics.push_back({Statistic::Part, p});

    const std::size_t n = org.responses.size();
    for (const Statistic& stat : statistics) {
        std::vector<bool> valued(n);
        for (std::size_t r = 0; r < n; ++r)
            valued[r] = has_value(*q, org.responses[r], stat);
        auto indicator = [&](const std::vector<std::size_t>& who, double weight) {
            std::vector<double> v(n, 0.0);
            for (std::size_t r : who)
                if (valued[r])
                    v[r] = weight;
            return v;
        };
        auto of_role = [&](RowId team, Role role) {
            std::vector<std::size_t> who;
            for (std::size_t r : members[team])
                if (org.responses[r].info.role == role)
                    who.push_back(r);
            return who;
        };
        Span span(n);
        // Each team: the GUI's result model and the team workbook (means, Ns, distributions: all sums over the
        // same members); each role shown on the perspectives sheet.
        for (const auto& t : shown.teams) {
            if (summary_of(t.result, stat).available())
                span.add(indicator(members[t.team.id], 1.0));
            for (const auto& rr : roles[t.team.id])
                if (summary_of(rr.result, stat).available())
                    span.add(indicator(of_role(t.team.id, rr.role), 1.0));
        }
        // The organisation mean of a dimension: the mean of the team means that are shown.
        if (stat.kind == Statistic::Dimension) {
            std::vector<double> mean(n, 0.0);
            for (const auto& t : shown.teams) {
                const ScoreSummary& s = summary_of(t.result, stat);
                if (s.available())
                    for (std::size_t r : members[t.team.id])
                        if (valued[r])
                            mean[r] = 1.0 / s.n;
            }
            span.add(mean);
        }

        // The reader's targets: every respondent alone, and every union of role groups within a team (shown
        // numbers are constant on these cells, so this covers every small group a linear combination can reach
        // inside a team), and each whole team that falls under the threshold.
        auto size_of = [&](const std::vector<double>& v) {
            int k = 0;
            for (double x : v)
                k += x != 0.0 ? 1 : 0;
            return k;
        };
        auto reveals = [&](const std::vector<double>& v) { return size_of(v) > 0 && size_of(v) < org.threshold && span.contains(v); };
        for (std::size_t r = 0; r < n; ++r) {
            std::vector<double> one(n, 0.0);
            one[r] = 1.0;
            if (valued[r] && reveals(one))
                return "respondent " + std::to_string(r);
        }
        for (const auto& t : org.teams) {
            if (reveals(indicator(members[t.id], 1.0)))
                return "team " + t.name;
            const auto& rs = roles[t.id];
            for (unsigned mask = 1; mask < (1u << rs.size()); ++mask) {
                std::vector<std::size_t> who;
                for (std::size_t k = 0; k < rs.size(); ++k)
                    if (mask & (1u << k))
                        for (std::size_t r : of_role(t.id, rs[k].role))
                            who.push_back(r);
                if (reveals(indicator(who, 1.0)))
                    return "roles " + std::to_string(mask) + " of team " + t.name;
            }
        }
    }
    return "";
}

} // namespace

TEST_CASE("anonymity property: no group under the threshold can be derived from everything shown")
{
    std::mt19937 random(20261130);
    int leaks_without = 0;
    for (int iteration = 0; iteration < 300; ++iteration) {
        const Organisation org = random_organisation(random);
        INFO("iteration " << iteration << ", threshold " << org.threshold << ", " << org.responses.size() << " respondents");
        CHECK(find_disclosure(org, by_role) == "");
        if (!find_disclosure(org, roles_without_complementary_suppression).empty())
            ++leaks_without;
    }
    // The solver is not blind: with the complementary step switched off, it finds small groups in many cases.
    CHECK(leaks_without > 30);
}

TEST_CASE("anonymity property: the issue's case, a manager of one next to larger roles")
{
    Organisation org;
    org.threshold = 3;
    org.teams = {{1, "FACT"}};
    auto add = [&](Role role, AnswerCode v) {
        ResponseRecord r;
        r.info.team_id = 1;
        r.info.round_id = 1;
        r.info.status = ResponseStatus::Complete;
        r.info.role = role;
        r.answers.assign(test::small_questionnaire().items.size(), v);
        org.responses.push_back(r);
    };
    for (int i = 0; i < 6; ++i)
        add(Role::Practitioner, 4);
    add(Role::Manager, 1);
    for (int i = 0; i < 4; ++i)
        add(Role::ExpertByExperience, 2);
    // Without the complementary step the manager alone is hidden: team minus practitioners minus experts.
    CHECK(find_disclosure(org, roles_without_complementary_suppression) != "");
    CHECK(find_disclosure(org, by_role) == "");
}
