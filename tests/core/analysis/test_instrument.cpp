// Instrument quality against values computed by hand (the arithmetic is in the comments).
#include "analysis/instrument.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace hs;
using Catch::Detail::Approx;

namespace {

constexpr AnswerCode N = kNotApplicable, D = kDontKnow;

ResponseRecord response(RowId team, std::vector<AnswerCode> answers, bool consensus = false)
{
    ResponseRecord r;
    r.info.team_id = team;
    r.info.consensus = consensus;
    r.info.status = ResponseStatus::Complete;
    r.info.role = Role::Practitioner;
    r.answers = std::move(answers);
    return r;
}

// Items: hoop.a hoop.b hoop.c(reverse) | tempo.a tempo.b | scholing.a scholing.b
// hoop, effective scores (hoop.c answered 6 - score):   team 1: 4 5 4 | 3 3 3 | 5 4 4   team 2: 2 2 3 | 3 2 2 | 1 2 1
std::vector<ResponseRecord> round_responses()
{
    return {
        response(1, {4, 5, 2, N, 4, 5, 3}),
        response(1, {3, 3, 3, D, 3, 5, 2}),
        response(1, {5, 4, 2, 4, 5, 5, 4}),
        response(2, {2, 2, 3, 2, 2, 5, 2}),
        response(2, {3, 2, 4, 3, 2, 5, 3}),
        response(2, {1, 2, 5, 1, 1, 5, 1}),
        // Left out: a team under the threshold, and a consensus response.
        response(3, {5, 5, 1, 5, 5, 1, 5}),
        response(3, {5, 5, 1, 5, 5, 1, 5}),
        response(4, {5, 5, 1, 5, 5, 1, 5}, true),
    };
}

InstrumentReport report()
{
    AnalysisOptions options;
    options.anonymity_threshold = 3;
    return instrument_report(std::make_shared<const Questionnaire>(test::small_questionnaire()), round_responses(), options);
}

bool advises(const std::vector<InstrumentAdvice>& advice, InstrumentAdvice a)
{
    return std::find(advice.begin(), advice.end(), a) != advice.end();
}

} // namespace

TEST_CASE("instrument: only teams at or above the threshold count, consensus responses never")
{
    auto r = report();
    CHECK(r.teams_counted == 2);
    CHECK(r.teams_below == 1);
    CHECK(r.respondents == 6);
    CHECK(r.items[0].answers == 6);
    CHECK(r.dimensions[0].teams == 2);
}

TEST_CASE("instrument: Cronbach's alpha, item-rest correlations and omega of a dimension")
{
    auto r = report();
    const DimensionQuality& hoop = r.dimensions[0];
    CHECK(hoop.complete_cases == 6);
    // Item variances (n - 1): a 4,3,5,2,3,1 -> 10/5 = 2.0; b 5,3,4,2,2,2 -> 8/5 = 1.6; c 4,3,4,3,2,1 -> 6.8333/5 = 1.3667.
    // Totals 13,9,13,7,7,4: mean 53/6, sum of squares 64.8333, variance 12.9667.
    // alpha = 3/2 * (1 - (2.0 + 1.6 + 1.3667) / 12.9667) = 0.92545
    CHECK(hoop.alpha == Approx(0.925450).epsilon(1e-5));
    // Item-rest: a against b + c = 9,6,8,5,4,3 -> r = 0.85465
    CHECK(r.items[0].item_rest == Approx(0.854655).epsilon(1e-5));
    CHECK(r.items[1].item_rest == Approx(0.827729).epsilon(1e-5));
    CHECK(r.items[2].item_rest == Approx(0.879128).epsilon(1e-5));
    // Three statements: the one-factor model is exactly identified, loading_a = sqrt(r_ab * r_ac / r_bc) etc.
    // r_ab = 0.782624, r_ac = 0.846802, r_bc = 0.811503 -> loadings 0.903696, 0.866025, 0.937043;
    // omega = (sum of loadings)^2 / ((sum)^2 + sum of (1 - loading^2)) = 0.929549
    CHECK(hoop.omega == Approx(0.929549).epsilon(1e-4));
    // Two statements: alpha is defined, omega is not.
    CHECK_FALSE(std::isnan(r.dimensions[1].alpha));
    CHECK(std::isnan(r.dimensions[1].omega));
}

TEST_CASE("instrument: between-team share of variance and ICC(1)")
{
    auto r = report();
    const DimensionQuality& hoop = r.dimensions[0];
    // Respondent means: team 1 13/3, 3, 13/3 (mean 35/9); team 2 7/3, 7/3, 4/3 (mean 2); grand mean 53/18.
    // SSB = 3 (35/9 - 53/18)^2 + 3 (2 - 53/18)^2 = 5.35185; SSW = 1.18519 + 0.66667 = 1.85185.
    // MSB = 5.35185, MSW = 1.85185 / 4 = 0.46296, n0 = 3: ICC(1) = (MSB - MSW) / (MSB + 2 MSW) = 0.778761.
    CHECK(hoop.icc1 == Approx(0.778761).epsilon(1e-5));
    CHECK(hoop.between_share == Approx(5.35185 / (5.35185 + 1.85185)).epsilon(1e-4));
    CHECK(hoop.respondents == 6);
}

TEST_CASE("instrument: ceiling, n.v.t. and weet niet shares, with advice")
{
    auto r = report();
    const ItemQuality& a = r.items[0];
    CHECK(a.ceiling == Approx(1.0 / 6)); // one 5 among six scores
    CHECK(a.ceiling_answer == 5);
    CHECK(a.mean == Approx(3.0));
    const ItemQuality& c = r.items[2]; // reverse-scored: the best end is the answer 1, which nobody gave
    CHECK(c.ceiling == Approx(0.0));
    CHECK(c.ceiling_answer == 1);
    const ItemQuality& tempo_a = r.items[3];
    CHECK(tempo_a.not_applicable == Approx(1.0 / 6));
    CHECK(tempo_a.dont_know == Approx(1.0 / 6));
    CHECK(tempo_a.scored == 4);
    CHECK(advises(tempo_a.advice, InstrumentAdvice::ManyDontKnow));      // 17% >= 15%
    CHECK_FALSE(advises(tempo_a.advice, InstrumentAdvice::ManyNotApplicable)); // 17% < 20%
    const ItemQuality& scholing_a = r.items[5]; // everybody in the counted teams answers 5
    CHECK(scholing_a.ceiling == Approx(1.0));
    CHECK(advises(scholing_a.advice, InstrumentAdvice::Ceiling));
    CHECK(std::isnan(scholing_a.item_rest)); // no variance
    CHECK_FALSE(advises(a.advice, InstrumentAdvice::Ceiling));
    CHECK(a.advice.empty());
    CHECK(r.dimensions[0].advice.empty());
}

TEST_CASE("instrument: a dimension whose statements do not hang together, and teams that do not differ")
{
    // Two teams alike, and within each a statement that runs against the others.
    std::vector<ResponseRecord> rs;
    // hoop (effective): 5 1 4 | 1 5 2 | 3 4 3: alpha = -9, item-rest of hoop.a -0.87. tempo: 2, 4, 3 in both teams.
    const std::vector<std::vector<AnswerCode>> members = {{5, 1, 2, 2, 2, 3, 3}, {1, 5, 4, 4, 4, 3, 3}, {3, 4, 3, 3, 3, 3, 3}};
    for (RowId team : {1, 2})
        for (const auto& m : members)
            rs.push_back(response(team, m));
    AnalysisOptions options;
    options.anonymity_threshold = 3;
    auto r = instrument_report(std::make_shared<const Questionnaire>(test::small_questionnaire()), rs, options);
    CHECK(advises(r.dimensions[0].advice, InstrumentAdvice::LowReliability));
    CHECK(r.dimensions[0].alpha == Approx(-9.0));
    CHECK(r.dimensions[1].icc1 == Approx(-0.5)); // equal team means: (0 - MSW) / (0 + 2 MSW)
    CHECK(advises(r.dimensions[1].advice, InstrumentAdvice::TeamsNotDistinguished));
    CHECK(advises(r.items[0].advice, InstrumentAdvice::LowItemRest));
}

TEST_CASE("instrument statistics: correlation, alpha and ICC edge cases")
{
    CHECK(stats::correlation({1, 2, 3}, {2, 4, 6}) == Approx(1.0));
    CHECK(stats::correlation({1, 2, 3}, {3, 2, 1}) == Approx(-1.0));
    CHECK(std::isnan(stats::correlation({1, 1, 1}, {1, 2, 3})));
    CHECK(std::isnan(stats::cronbach_alpha({{1, 2}, {2, 3}})));   // fewer than three cases
    CHECK(std::isnan(stats::cronbach_alpha({{3, 3}, {3, 3}, {3, 3}}))); // no variance
    // Two parallel statements: alpha = 2/1 * (1 - 2 var / 4 var) = 1.
    CHECK(stats::cronbach_alpha({{1, 1}, {2, 2}, {3, 3}}) == Approx(1.0));
    auto one_group = stats::group_variance({{1, 2, 3}});
    CHECK(std::isnan(one_group.icc1));
    // Two groups with the same mean: nothing between teams; ICC(1) = (0 - 1) / (0 + 2 * 1) = -0.5.
    auto same = stats::group_variance({{1, 2, 3}, {1, 2, 3}});
    CHECK(same.eta_squared == Approx(0.0));
    CHECK(same.icc1 == Approx(-0.5));
}
