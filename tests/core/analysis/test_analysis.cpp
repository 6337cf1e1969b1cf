// The analysis against cases computed by hand (see the comments for the arithmetic).
#include "analysis/analysis.h"
#include "analysis/team_trend.h"
#include "questionnaire/questionnaire_loader.h"
#include "analysis/statistics.h"
#include "../test_helpers.h"

#include "analysis/reason_text.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs;
using Catch::Detail::Approx;

namespace {

std::shared_ptr<const Questionnaire> small_q(const std::string& version = "1.0")
{
    return std::make_shared<const Questionnaire>(load_questionnaire(test::small_questionnaire_xml(version), "small.xml"));
}

constexpr AnswerCode N = kNotApplicable, D = kDontKnow, U = kUnanswered;

ResponseRecord response(std::vector<AnswerCode> answers, Role role = Role::Practitioner, bool consensus = false)
{
    ResponseRecord r;
    r.info.role = role;
    r.info.consensus = consensus;
    r.info.status = ResponseStatus::Complete;
    r.answers = std::move(answers);
    return r;
}

// Items: hoop.a hoop.b hoop.c(reverse) | tempo.a tempo.b | scholing.a scholing.b
std::vector<ResponseRecord> three_respondents()
{
    auto r1 = response({4, 5, 2, 3, N, 5, 4});
    r1.remarks[0] = "Zo doen we het";
    auto r2 = response({2, 3, 4, D, U, 3, 3});
    auto r3 = response({3, 4, N, 4, 5, 4, 5});
    r3.remarks[0] = "Aandacht voor hoop";
    r3.remarks[2] = "Meer scholing";
    return {r1, r2, r3};
}

// The anonymity threshold `t`; remarks from the same size (the remark rule has its own test).
AnalysisOptions threshold(int t)
{
    AnalysisOptions o;
    o.anonymity_threshold = t;
    o.remark_threshold = std::max(t, anonymity::kMinimumRemarkThreshold);
    return o;
}

} // namespace

TEST_CASE("statistics: mean, median, sd, rwg and the Welch interval")
{
    CHECK(stats::mean({4, 2, 3}) == Approx(3));
    CHECK(stats::median({4, 2, 3}) == Approx(3));
    CHECK(stats::median({4, 2, 3, 5}) == Approx(3.5));
    CHECK(stats::sample_sd({4, 2, 3}) == Approx(1));
    CHECK(std::isnan(stats::sample_sd({4})));
    // rwg = 1 - s^2 / ((A^2 - 1) / 12) = 1 - 1 / 2 on a five-point scale
    CHECK(stats::rwg({4, 2, 3}, 5) == Approx(0.5));
    CHECK(stats::rwg({4, 4, 4}, 5) == Approx(1));
    CHECK(stats::rwg({1, 5, 1, 5}, 5) == Approx(0)); // more spread than random: clamped
    // means 3 and 4, sd 1, n 3: se = sqrt(2/3), df = 4, t(0.975; 4) = 2.776445
    auto i = stats::welch_difference_interval(3, 1, 3, 4, 1, 3);
    CHECK(i.low == Approx(1 - 2.776445 * std::sqrt(2.0 / 3.0)).epsilon(1e-5));
    CHECK(i.high == Approx(1 + 2.776445 * std::sqrt(2.0 / 3.0)).epsilon(1e-5));
    // Unequal groups, a fractional df: n 4 and 6, sd 1 and 1, se = sqrt(5/12), df = 18000/2736 = 6.5789...,
    // t(0.975; df) = 2.39565145263073946 (mpmath, 40 digits: the root of the regularized incomplete beta), so the
    // half width is 1.54638636322607673.
    auto u = stats::welch_difference_interval(3, 1, 4, 4, 1, 6);
    CHECK(u.high - 1 == Approx(1.54638636322607673).epsilon(1e-13));
    CHECK(1 - u.low == Approx(1.54638636322607673).epsilon(1e-13));
}

TEST_CASE("items: scores, reverse scoring, distribution, shares and agreement")
{
    auto g = analyse_group(small_q(), three_respondents(), threshold(3));
    CHECK(g.availability == Availability::Available);
    CHECK(g.respondents == 3);
    const ItemResult& a = *g.item("hoop.a"); // 4, 2, 3
    CHECK(a.score.available());
    CHECK(a.score.n == 3);
    CHECK(a.score.mean == Approx(3));
    CHECK(a.score.median == Approx(3));
    CHECK(a.score.sd == Approx(1));
    CHECK(a.distribution == std::vector<int>{0, 1, 1, 1, 0});
    CHECK(a.agreement == Approx(0.5));
    // hoop.c is reverse scored: 2 -> 4, 4 -> 2, n.v.t. does not count: only two scores, below the threshold.
    const ItemResult& c = *g.item("hoop.c");
    CHECK(c.score.availability == Availability::TooFewRespondents);
    CHECK(c.distribution.empty());
    CHECK(c.shares.not_applicable == Approx(1.0 / 3));
    // tempo.b: n.v.t., unanswered, 5
    const ItemResult& tb = *g.item("tempo.b");
    CHECK(tb.shares.not_applicable == Approx(1.0 / 3));
    CHECK(tb.shares.unanswered == Approx(1.0 / 3));
    CHECK(tb.shares.dont_know == Approx(0));
}

TEST_CASE("dimensions: a respondent's mean over answered items, counted with at least half answered")
{
    auto g = analyse_group(small_q(), three_respondents(), threshold(3));
    // hoop: R1 (4+5+4)/3, R2 (2+3+2)/3, R3 (3+4)/2 (two of three answered)
    const auto& hoop = *g.dimension("hoop");
    CHECK(hoop.score.n == 3);
    CHECK(hoop.score.mean == Approx((13.0 / 3 + 7.0 / 3 + 3.5) / 3));
    CHECK(hoop.score.median == Approx(3.5));
    // tempo: R1 3, R2 none (weet niet + unanswered), R3 4.5: two scores, below the threshold
    const auto& tempo = *g.dimension("tempo");
    CHECK(tempo.score.n == 2);
    CHECK(tempo.score.availability == Availability::TooFewRespondents);
    CHECK(tempo.shares.answers == 6);
    CHECK(tempo.shares.not_applicable == Approx(1.0 / 6));
    CHECK(tempo.shares.dont_know == Approx(1.0 / 6));
    CHECK(tempo.shares.unanswered == Approx(1.0 / 6));
    // scholing: 4.5, 3, 4.5
    const auto& scholing = *g.dimension("scholing");
    CHECK(scholing.score.mean == Approx(4));
    CHECK(scholing.score.median == Approx(4.5));
    CHECK(scholing.score.sd == Approx(std::sqrt(0.75)));
    // parts: houding R1 mean(13/3, 3), R2 7/3, R3 mean(3.5, 4.5); organisatie as scholing
    CHECK(g.parts[0].score.mean == Approx((11.0 / 3 + 7.0 / 3 + 4.0) / 3));
    CHECK(g.parts[1].score.mean == Approx(4));
    // remarks, sorted within a dimension so their order says nothing about who wrote them
    REQUIRE(g.remarks.size() == 3);
    CHECK(g.remarks[0].text == "Aandacht voor hoop");
    CHECK(g.remarks[1].text == "Zo doen we het");
    CHECK(g.remarks[2].dimension_id == "scholing");
}

TEST_CASE("anonymity: below the threshold there are no numbers and no remarks at all")
{
    auto two = three_respondents();
    two.pop_back();
    auto g = analyse_group(small_q(), two, threshold(3));
    CHECK(g.availability == Availability::TooFewRespondents);
    for (const auto& i : g.items) {
        CHECK(i.score.availability == Availability::TooFewRespondents);
        CHECK(i.distribution.empty());
        CHECK(std::isnan(i.agreement));
        CHECK(i.shares.answers == 0);
    }
    for (const auto& d : g.dimensions)
        CHECK_FALSE(d.score.available());
    for (const auto& p : g.parts)
        CHECK_FALSE(p.score.available());
    CHECK(g.remarks.empty());
    // The threshold is configurable, never below 3; by default 5.
    CHECK(AnalysisOptions{}.anonymity_threshold == 5);
    CHECK(AnalysisOptions{}.remark_threshold == 5);
    CHECK_THROWS_AS(analyse_group(small_q(), two, threshold(2)), std::invalid_argument);
    CHECK_THROWS_AS(analyse_group(small_q(), two, threshold(1)), std::invalid_argument);
    AnalysisOptions low_remarks;
    low_remarks.remark_threshold = 2;
    CHECK_THROWS_AS(low_remarks.validate(), std::invalid_argument);
    CHECK(analyse_group(small_q(), three_respondents(), threshold(4)).availability == Availability::TooFewRespondents);
}

TEST_CASE("a consensus response is the team's one voice: numbers without spread")
{
    std::vector<ResponseRecord> one{response({4, 4, 2, 3, 3, 5, 5}, Role::Unspecified, true)};
    auto g = analyse_group(small_q(), one, threshold(3));
    CHECK(g.consensus);
    CHECK(g.availability == Availability::Available);
    CHECK(g.dimension("hoop")->score.mean == Approx(4)); // 4, 4, reverse 2 -> 4
    CHECK(std::isnan(g.item("hoop.a")->agreement));
}

TEST_CASE("change between rounds: an interval suited to small teams and a plain verdict")
{
    std::vector<ResponseRecord> before, after, same;
    for (int i : {2, 3, 2, 3, 2}) {
        auto v = static_cast<AnswerCode>(i);
        before.push_back(response({v, v, static_cast<AnswerCode>(6 - v), v, v, 3, 3}));
        same.push_back(response({v, v, static_cast<AnswerCode>(6 - v), v, v, 3, 3}));
    }
    for (int i : {4, 5, 4, 5, 4}) {
        auto v = static_cast<AnswerCode>(i);
        after.push_back(response({v, v, static_cast<AnswerCode>(6 - v), v, v, 3, 3}));
    }
    auto g1 = analyse_group(small_q(), before, threshold(3));
    auto g2 = analyse_group(small_q(), after, threshold(3));
    auto changes = compare(g1, g2);
    auto find = [&](const std::vector<Change>& cs, const std::string& id) {
        for (const auto& c : cs)
            if (c.id == id)
                return c;
        FAIL("no change for " << id);
        return Change{};
    };
    // hoop: 2.4 -> 4.4; sd of {2,3,2,3,2} = sd of {4,5,4,5,4} = sqrt(0.3); Welch df = 8, t = 2.306004
    Change hoop = find(changes, "hoop");
    CHECK(hoop.level == Level::Dimension);
    CHECK(hoop.difference == Approx(2.0));
    const double half = 2.306004 * std::sqrt(0.3 / 5 * 2);
    CHECK(hoop.low == Approx(2.0 - half).epsilon(1e-5));
    CHECK(hoop.high == Approx(2.0 + half).epsilon(1e-5));
    CHECK(hoop.verdict == Verdict::Improved);
    CHECK(find(compare(g2, g1), "hoop").verdict == Verdict::Declined);
    CHECK(find(changes, "scholing").verdict == Verdict::NoClearChange);
    CHECK(find(compare(g1, analyse_group(small_q(), same, threshold(3))), "hoop.a").verdict == Verdict::NoClearChange);

    // A small, noisy difference is no clear change: 3 respondents each.
    std::vector<ResponseRecord> a{response({2, 3, 3, 3, 3, 3, 3}), response({4, 3, 3, 3, 3, 3, 3}), response({3, 3, 3, 3, 3, 3, 3})};
    std::vector<ResponseRecord> b{response({3, 3, 3, 3, 3, 3, 3}), response({5, 3, 3, 3, 3, 3, 3}), response({4, 3, 3, 3, 3, 3, 3})};
    CHECK(find(compare(analyse_group(small_q(), a, threshold(3)), analyse_group(small_q(), b, threshold(3))), "hoop.a").verdict ==
          Verdict::NoClearChange);

    // Below the threshold: not comparable.
    auto small = before;
    small.resize(2);
    Change nc = find(compare(analyse_group(small_q(), small, threshold(3)), g2), "hoop");
    CHECK(nc.verdict == Verdict::NotComparable);
    CHECK(nc.reasons == static_cast<unsigned>(Reason::BelowThreshold));
    // Facts, not prose: the catalogue key is the front ends' business.
    REQUIRE(reason_msgids(nc).size() == 1);
    CHECK(std::string(reason_msgids(nc)[0]) == "too few respondents");
}

TEST_CASE("across versions: items matched by id; retired and new items are named, never mixed")
{
    auto v1 = small_q();
    std::string text = test::small_questionnaire_xml("1.1");
    text.replace(text.find("id=\"tempo.b\""), 12, "id=\"tempo.c\"");
    auto v2 = std::make_shared<const Questionnaire>(load_questionnaire(text, "v2"));
    auto matches = match_items(*v1, *v2);
    int both = 0, fresh = 0, retired = 0;
    for (const auto& m : matches) {
        if (m.presence == ItemPresence::Both)
            ++both;
        if (m.presence == ItemPresence::New) {
            ++fresh;
            CHECK(m.id == "tempo.c");
        }
        if (m.presence == ItemPresence::Retired) {
            ++retired;
            CHECK(m.id == "tempo.b");
        }
    }
    CHECK(both == 6);
    CHECK(fresh == 1);
    CHECK(retired == 1);
    auto g1 = analyse_group(v1, three_respondents(), threshold(3));
    auto g2 = analyse_group(v2, three_respondents(), threshold(3));
    auto changes = compare(g1, g2);
    for (const auto& c : changes) {
        CHECK(c.id != "tempo.b");
        CHECK(c.id != "tempo.c");
        if (c.id == "tempo")
            CHECK(c.has(Reason::ItemsDiffer));
        if (c.id == "hoop")
            CHECK_FALSE(c.has(Reason::ItemsDiffer));
    }
}

TEST_CASE("coaching summary: strengths, weak points, disagreements, changes")
{
    std::vector<ResponseRecord> before, after;
    for (int i = 0; i < 4; ++i)
        before.push_back(response({3, 3, 3, 3, 3, 3, 3}));
    // hoop.a high and unanimous, hoop.b split, scholing low
    after = {response({5, 1, 3, 4, 4, 1, 2}), response({5, 5, 3, 4, 4, 2, 1}), response({5, 1, 3, 4, 4, 1, 1}),
             response({5, 5, 3, 4, 4, 2, 2})};
    auto g1 = analyse_group(small_q(), before, threshold(3));
    auto g2 = analyse_group(small_q(), after, threshold(3));
    auto s = coaching_summary(g2, compare(g1, g2), 2);
    REQUIRE(s.strongest_dimensions.size() == 2);
    CHECK(s.strongest_dimensions[0].id == "tempo");
    CHECK(s.weakest_dimensions[0].id == "scholing");
    CHECK(s.strongest_items[0].id == "hoop.a");
    CHECK(s.weakest_items[0].id == "scholing.a"); // 1.5 vs scholing.b 1.5: stable order keeps the first
    CHECK(s.largest_disagreements[0].id == "hoop.b");
    REQUIRE_FALSE(s.largest_changes.empty());
    CHECK(s.largest_changes[0].verdict != Verdict::NoClearChange);
}

TEST_CASE("perspectives: per role, each only with enough respondents")
{
    std::vector<ResponseRecord> rs;
    for (int i = 0; i < 3; ++i)
        rs.push_back(response({4, 4, 2, 4, 4, 4, 4}, Role::Practitioner));
    rs.push_back(response({2, 2, 4, 2, 2, 2, 2}, Role::ExpertByExperience));
    rs.push_back(response({4, 4, 2, 4, 4, 4, 4}, Role::ExpertByExperience));
    rs.push_back(response({4, 4, 2, 4, 4, 4, 4}, Role::ExpertByExperience));
    rs.push_back(response({2, 2, 4, 2, 2, 2, 2}, Role::Manager));
    // 3 practitioners, 3 experts, 1 manager: the manager is hidden, and with it the next smallest role.
    auto roles = by_role(small_q(), rs, threshold(3));
    REQUIRE(roles.size() == 3);
    CHECK(roles[0].role == Role::Practitioner);
    CHECK(roles[0].result.dimension("hoop")->score.mean == Approx(4));
    CHECK(roles[2].result.availability == Availability::TooFewRespondents);
    CHECK(roles[1].role == Role::ExpertByExperience);
    CHECK(roles[1].result.availability == Availability::TooFewRespondents);
}

TEST_CASE("anonymity: a hidden role takes the next smallest with it, so the team's total gives nothing away")
{
    // Team of 9: 6 practitioners, 2 experts by experience, 1 manager; threshold 3. The manager and the experts
    // (3 together) are hidden; the practitioners may show. The team total minus the practitioners describes three.
    std::vector<ResponseRecord> rs;
    for (int i = 0; i < 6; ++i)
        rs.push_back(response({4, 4, 2, 4, 4, 4, 4}, Role::Practitioner));
    rs.push_back(response({2, 2, 4, 2, 2, 2, 2}, Role::ExpertByExperience));
    rs.push_back(response({1, 1, 5, 1, 1, 1, 1}, Role::ExpertByExperience));
    rs.push_back(response({5, 5, 1, 5, 5, 5, 5}, Role::Manager));
    auto roles = by_role(small_q(), rs, threshold(3));
    REQUIRE(roles.size() == 3);
    CHECK(roles[0].result.availability == Availability::Available);
    CHECK(roles[1].result.availability == Availability::TooFewRespondents);
    CHECK(roles[2].result.availability == Availability::TooFewRespondents);

    // With only the manager small (1) and 4 experts: hiding the manager alone would give the manager's score as
    // team minus the rest; the next smallest role (experts, 4) is hidden with it.
    rs.pop_back();
    rs.pop_back();
    rs.pop_back();
    for (int i = 0; i < 4; ++i)
        rs.push_back(response({3, 3, 3, 3, 3, 3, 3}, Role::ExpertByExperience));
    rs.push_back(response({5, 5, 1, 5, 5, 5, 5}, Role::Manager));
    roles = by_role(small_q(), rs, threshold(3));
    REQUIRE(roles.size() == 3);
    CHECK(roles[0].result.availability == Availability::Available);   // 6 practitioners
    CHECK(roles[1].result.availability == Availability::TooFewRespondents); // 4 experts, hidden with the manager
    CHECK(roles[2].result.availability == Availability::TooFewRespondents); // the manager
    for (const auto& d : roles[1].result.dimensions)
        CHECK_FALSE(d.score.available());
    CHECK(roles[1].result.items[0].distribution.empty());

    // Per number too: in a role large enough to show, an item scored by fewer than the threshold hides the same
    // item in the next smallest role.
    std::vector<ResponseRecord> mixed;
    for (int i = 0; i < 4; ++i)
        mixed.push_back(response({4, 4, 2, 4, 4, 4, 4}, Role::Practitioner));
    for (int i = 0; i < 4; ++i)
        mixed.push_back(response({i < 2 ? N : AnswerCode{3}, 3, 3, 3, 3, 3, 3}, Role::ExpertByExperience));
    roles = by_role(small_q(), mixed, threshold(3));
    REQUIRE(roles.size() == 2);
    CHECK_FALSE(roles[1].result.item("hoop.a")->score.available()); // two scores
    CHECK_FALSE(roles[0].result.item("hoop.a")->score.available()); // hidden with it
    CHECK(roles[0].result.item("hoop.b")->score.available());
}

TEST_CASE("anonymity: remarks only for groups at the remark threshold")
{
    AnalysisOptions o;
    o.anonymity_threshold = 3;
    o.remark_threshold = 4;
    auto g = analyse_group(small_q(), three_respondents(), o);
    CHECK(g.availability == Availability::Available); // numbers for three
    CHECK(g.remarks.empty());                          // but their remarks need four
    o.remark_threshold = 3;
    CHECK(analyse_group(small_q(), three_respondents(), o).remarks.size() == 3);
}

TEST_CASE("reverse-scored statements: distributions as answered, mirrored only in the mean")
{
    // A team answering 1 ("Helemaal oneens") everywhere: hoop.c is reverse scored.
    std::vector<ResponseRecord> ones;
    for (int i = 0; i < 5; ++i)
        ones.push_back(response({1, 1, 1, 1, 1, 1, 1}));
    auto g = analyse_group(small_q(), ones, threshold(5));
    const ItemResult& c = *g.item("hoop.c");
    CHECK(c.distribution == std::vector<int>{5, 0, 0, 0, 0}); // under "1", as they answered
    CHECK(c.score.mean == Approx(5));                         // the mean counts the mirrored score
    CHECK(g.item("hoop.a")->distribution == std::vector<int>{5, 0, 0, 0, 0});
    CHECK(std::string(reverse_scored_msgid()) == "reverse scored");
}

TEST_CASE("organisation view: teams side by side, the organisation mean over teams with numbers")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    auto round_id = store.add_round("R1", "2026-03-01", *small_q());
    auto make = [](std::string team, AnswerCode v, bool consensus = false) {
        NewResponse n;
        n.team = std::move(team);
        n.consensus = consensus;
        n.answers = {v, v, static_cast<AnswerCode>(6 - v), v, v, v, v};
        return n;
    };
    store.insert_responses(round_id, {make("A", 4), make("A", 4), make("A", 5), make("B", 1), make("B", 1), make("C", 2, true)});
    auto org = organisation_round(store, round_id, threshold(3));
    REQUIRE(org.teams.size() == 3);
    CHECK(org.teams_with_numbers == 2);
    const auto& b = org.teams[1];
    CHECK(b.team.name == "B");
    CHECK(b.result.availability == Availability::TooFewRespondents);
    // hoop: A = 13/3, C = 2 (consensus); B withheld and left out
    CHECK(org.organisation_mean[0] == Approx((13.0 / 3 + 2.0) / 2));

    auto trend = organisation_trend(store, threshold(3));
    REQUIRE(trend.size() == 1);
    CHECK(trend[0].organisation_mean[0] == Approx(org.organisation_mean[0]));

    auto a = team_trend(store, store.find_team("A")->id, threshold(3));
    REQUIRE(a.rounds.size() == 1);
    CHECK(a.rounds[0].changes.empty());
    CHECK(a.rounds[0].result.dimension("hoop")->score.mean == Approx(13.0 / 3));
}

TEST_CASE("previous round: the latest earlier round in which the team has numbers, computed once")
{
    // Three rounds; the middle one has two respondents, under the threshold. Round 3 compares with round 1.
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    auto make = [](AnswerCode v) {
        NewResponse n;
        n.team = "A";
        n.answers = {v, v, static_cast<AnswerCode>(6 - v), v, v, v, v};
        return n;
    };
    const RowId r1 = store.add_round("R1", "2025-10-01", *small_q());
    const RowId r2 = store.add_round("R2", "2026-04-01", *small_q());
    const RowId r3 = store.add_round("R3", "2026-10-01", *small_q());
    store.insert_responses(r1, {make(2), make(2), make(3)});
    store.insert_responses(r2, {make(5), make(5)});
    store.insert_responses(r3, {make(4), make(5), make(4)});
    auto trend = team_trend(store, store.find_team("A")->id, threshold(3));
    REQUIRE(trend.rounds.size() == 3);
    CHECK_FALSE(trend.rounds[0].previous);
    CHECK(trend.rounds[1].previous == std::optional<std::size_t>(0));
    CHECK(trend.rounds[2].previous == std::optional<std::size_t>(0)); // not the hidden round 2
    CHECK(trend.previous_of(trend.rounds[2])->round.label == "R1");
    CHECK(trend.latest_with_numbers() == &trend.rounds[2]);
    bool clear = false;
    for (const auto& c : trend.rounds[2].changes)
        clear = clear || c.verdict == Verdict::Improved;
    CHECK(clear);
    // The hidden round itself compares with round 1 but shows nothing.
    for (const auto& c : trend.rounds[1].changes)
        CHECK(c.verdict == Verdict::NotComparable);

    // The trend workbook shows only the latest round's changes and asks for those alone: the same previous rounds,
    // the same changes for the latest, none computed for the others.
    ResponseQuery query;
    query.team = store.find_team("A")->id;
    const auto latest_only = team_trend(store, *query.team, store.load_responses(query), threshold(3), ChangesOf::LatestRound);
    REQUIRE(latest_only.rounds.size() == 3);
    CHECK(latest_only.rounds[1].previous == trend.rounds[1].previous);
    CHECK(latest_only.rounds[2].previous == trend.rounds[2].previous);
    CHECK(latest_only.rounds[1].changes.empty());
    const auto& all = trend.rounds[2].changes;
    const auto& latest = latest_only.rounds[2].changes;
    REQUIRE(latest.size() == all.size());
    REQUIRE_FALSE(latest.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(latest[i].id == all[i].id);
        CHECK(latest[i].verdict == all[i].verdict);
        CHECK(latest[i].low == all[i].low);
        CHECK(latest[i].high == all[i].high);
    }
}

TEST_CASE("anonymity: within a dimension, the total minus the shown items never isolates a few respondents")
{
    // Six respondents; one says n.v.t. on tempo.b. Each scores tempo as the mean of what they scored, so with both
    // items shown, 2 x the tempo total - tempo.a - tempo.b would be that one person's tempo.a.
    std::vector<ResponseRecord> rs;
    for (int i = 0; i < 5; ++i)
        rs.push_back(response({3, 3, 3, 4, 2, 3, 3}));
    rs.push_back(response({3, 3, 3, 5, N, 3, 3}));
    auto g = analyse_group(small_q(), rs, threshold(3));
    CHECK(g.dimension("tempo")->score.available());
    const bool a = g.item("tempo.a")->score.available(), b = g.item("tempo.b")->score.available();
    CHECK_FALSE((a && b)); // one of them is hidden
    CHECK((a || b));       // but not both: six scored tempo.a, five tempo.b
    // The reader is told why: not too few for itself, but hidden to protect a smaller group.
    const ScoreSummary& hid = g.item(a ? "tempo.b" : "tempo.a")->score;
    CHECK(hid.protects_others);
    CHECK(std::string(score_note_msgid(hid)) == "hidden to protect a smaller group");
    CHECK_FALSE(g.item(a ? "tempo.a" : "tempo.b")->score.protects_others);
    // An item scored by too few is not recoverable from its dimension either: the next item goes with it.
    std::vector<ResponseRecord> few;
    for (int i = 0; i < 4; ++i)
        few.push_back(response({N, 3, 3, 3, 3, 3, 3}));
    few.push_back(response({5, 3, 3, 3, 3, 3, 3}));
    auto h = analyse_group(small_q(), few, threshold(3));
    CHECK_FALSE(h.item("hoop.a")->score.available()); // one score
    CHECK_FALSE(h.item("hoop.a")->score.protects_others); // too few for itself
    CHECK(std::string(score_note_msgid(h.item("hoop.a")->score)) == "too few respondents");
    int hidden = 0;
    for (const char* id : {"hoop.a", "hoop.b", "hoop.c"})
        hidden += h.item(id)->score.available() ? 0 : 1;
    CHECK(hidden >= 2);
}
