// Agreements followed into the next round, against numbers worked out by hand.
#include "analysis/agreement_followup.h"
#include "analysis/statistics.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs;
using Catch::Detail::Approx;

namespace {

// Items: hoop.a hoop.b hoop.c(reverse) | tempo.a tempo.b | scholing.a scholing.b. Every respondent gives `tempo`
// to both tempo items and 3 elsewhere, so a respondent's tempo score is `tempo`.
std::vector<NewResponse> respondents(const std::string& team, const std::vector<int>& tempo)
{
    std::vector<NewResponse> out;
    for (int t : tempo) {
        NewResponse r;
        r.team = team;
        r.role = Role::Practitioner;
        r.answers = {3, 3, 3, static_cast<AnswerCode>(t), static_cast<AnswerCode>(t), 3, 3};
        out.push_back(r);
    }
    return out;
}

struct TwoRounds {
    test::TempDir dir;
    Store store{dir.file("hs.db")};
    RowId r1 = store.add_round("2025-najaar", "2025-10-01", test::small_questionnaire());
    RowId r2 = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    RowId team = 0, small = 0;
    TwoRounds()
    {
        store.insert_responses(r1, respondents("FACT Noord", {2, 2, 3}));           // mean 7/3, sd 0.5774
        store.insert_responses(r2, respondents("FACT Noord", {5, 5, 4, 5, 5}));     // mean 4.8, sd 0.4472
        store.insert_responses(r1, respondents("Klein", {1, 2}));                   // under the threshold
        store.insert_responses(r2, respondents("Klein", {4, 4, 5}));
        team = store.find_team("FACT Noord")->id;
        small = store.find_team("Klein")->id;
    }
    RowId agree(RowId t, RowId round, const std::string& dimension, const std::string& due = "",
                AgreementStatus status = AgreementStatus::Open)
    {
        Agreement a;
        a.team_id = t;
        a.round_id = round;
        a.dimension_id = dimension;
        a.action = "afspraak over " + dimension;
        a.due = due;
        a.status = status;
        return store.add_agreement(a);
    }
};

} // namespace

TEST_CASE("an agreement shows its dimension when made, in the latest round, and the change with its interval")
{
    TwoRounds t;
    const RowId tempo = t.agree(t.team, t.r1, "tempo", "2026-02-01");
    const RowId later = t.agree(t.team, t.r2, "hoop", "2026-12-31");
    const RowId done = t.agree(t.team, t.r1, "scholing", "2026-01-15", AgreementStatus::Done);
    AnalysisOptions options;
    options.anonymity_threshold = 3; // the small test teams: three respondents are enough here
    const TeamTrend trend = team_trend(t.store, t.team, options);
    const auto f = follow_up_agreements(t.store, trend, "2026-05-01");
    REQUIRE(f.size() == 3);
    // In the store's order: by the date of the round they were made after, then as made.
    CHECK(f[0].agreement.id == tempo);
    CHECK(f[1].agreement.id == done);
    CHECK(f[2].agreement.id == later);

    const AgreementFollowUp& a = f[0];
    CHECK(a.made_in.label == "2025-najaar");
    REQUIRE(a.latest);
    CHECK(a.latest->label == "2026-voorjaar");
    CHECK(a.state == FollowUpState::Compared);
    CHECK(a.when_made.mean == Approx(7.0 / 3.0));
    CHECK(a.now.mean == Approx(4.8));
    CHECK(a.change.previous == Approx(7.0 / 3.0));
    CHECK(a.change.current == Approx(4.8));
    CHECK(a.change.difference == Approx(4.8 - 7.0 / 3.0));
    // Welch's interval from the two groups: sd sqrt(1/3) with n 3, sd sqrt(0.2) with n 5.
    const auto interval = stats::welch_difference_interval(7.0 / 3.0, std::sqrt(1.0 / 3.0), 3, 4.8, std::sqrt(0.2), 5);
    CHECK(a.change.interval_estimable);
    CHECK(a.change.low == Approx(interval.low));
    CHECK(a.change.high == Approx(interval.high));
    CHECK(a.change.low > 0);
    CHECK(a.change.verdict == Verdict::Improved);
    CHECK(a.overdue); // open, due 2026-02-01, today 2026-05-01

    // Made after the latest round: nothing to compare with yet, and not due.
    CHECK(f[2].state == FollowUpState::NoLaterRound);
    CHECK(f[2].when_made.available());
    CHECK_FALSE(f[2].overdue);
    // Done, and its due date has passed: never overdue. Scholing stayed at 3 in both rounds.
    CHECK_FALSE(f[1].overdue);
    CHECK(f[1].state == FollowUpState::Compared);
    CHECK(f[1].change.difference == Approx(0));
    CHECK(f[1].change.verdict == Verdict::NoClearChange);

    // The open ones, overdue first: what the coaching sheet starts with.
    const auto open = open_agreements_first(f);
    REQUIRE(open.size() == 2);
    CHECK(open[0].agreement.id == tempo);
    CHECK(open[1].agreement.id == later);
    // The day it falls due it is not yet overdue.
    CHECK_FALSE(follow_up_agreements(t.store, trend, "2026-02-01")[0].overdue);
}

TEST_CASE("an agreement made when the team had too few respondents has no starting point")
{
    TwoRounds t;
    t.agree(t.small, t.r1, "tempo");
    AnalysisOptions options;
    options.anonymity_threshold = 3; // the small test teams: three respondents are enough here
    const auto f = follow_up_agreements(t.store, team_trend(t.store, t.small, options), "2026-05-01");
    REQUIRE(f.size() == 1);
    CHECK(f[0].state == FollowUpState::NoNumbersWhenMade);
    CHECK(f[0].when_made.availability == Availability::TooFewRespondents);
    CHECK(f[0].now.mean == Approx(13.0 / 3.0)); // the latest round has numbers
    CHECK(f[0].change.verdict == Verdict::NotComparable);
}

TEST_CASE("an agreement of a team without responses in its round is followed from the next round on")
{
    TwoRounds t;
    const RowId team = t.store.add_team("Nieuw team");
    t.agree(team, t.r1, "hoop");
    AnalysisOptions options;
    options.anonymity_threshold = 3; // the small test teams: three respondents are enough here
    const auto f = follow_up_agreements(t.store, team_trend(t.store, team, options), "2026-05-01");
    REQUIRE(f.size() == 1);
    CHECK(f[0].made_in.label == "2025-najaar");
    CHECK_FALSE(f[0].latest);
    CHECK(f[0].state == FollowUpState::NoLaterRound);
}
