// The Spiegel tab's content from a real store: the dimensions in the analysis's order (largest gap first), each
// perspective's score or the reason it has none, the gap with its verdict, and the statements of both versions.
#include "frontend/mirror_view.h"
#include "analysis/reason_text.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

namespace {
NewResponse response(Perspective p, std::vector<AnswerCode> answers)
{
    NewResponse r;
    r.team = "T";
    r.perspective = p;
    r.collection = p == Perspective::Team ? CollectionMode::Wizard : CollectionMode::Kiosk;
    r.answers = std::move(answers);
    return r;
}
} // namespace

TEST_CASE("the Spiegel tab: largest gap first, 'no client perspective', hidden small groups, statements of both versions")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& client_q = test::small_client_questionnaire();
    const Questionnaire& relative_q = test::small_relative_questionnaire();
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire(), {&client_q, &relative_q});
    store.add_team("T");
    std::vector<NewResponse> batch;
    for (int i = 0; i < 5; ++i) // the team: 3 everywhere (the reverse-scored hoop.c stays 3)
        batch.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
    for (AnswerCode a : {AnswerCode{1}, AnswerCode{2}, AnswerCode{1}, AnswerCode{2}, AnswerCode{1}}) // clients: hope 1 or 2, pace 3 (hoop.a, hoop.b, tempo.a)
        batch.push_back(response(Perspective::Client, {a, a, 3}));
    for (int i = 0; i < 2; ++i) // two relatives: below the threshold
        batch.push_back(response(Perspective::Relative, {4, 4}));
    REQUIRE(store.insert_responses(round, batch).inserted == 12);

    const RowId team = store.find_team("T")->id;
    const MirrorView view = mirror_view(mirror_for(store, team, round, AnalysisOptions{}), "nl");
    CHECK(view.perspectives == std::vector<Perspective>{Perspective::Team, Perspective::Client, Perspective::Relative});
    CHECK_FALSE(view.team_only());
    REQUIRE(view.rows.size() == 3);
    // Hope has the largest gap: first. Then the rest in questionnaire order.
    CHECK(view.rows[0].dimension_id == "hoop");
    CHECK(view.rows[0].title == "Hoop");
    CHECK(view.rows[1].dimension_id == "tempo");
    CHECK(view.rows[2].dimension_id == "scholing");

    const MirrorViewRow& hope = view.rows[0];
    REQUIRE(hope.scores.size() == 3);
    REQUIRE(hope.scores[0].mean);
    CHECK(*hope.scores[0].mean == Approx(3.0));
    CHECK(hope.scores[0].n == 5);
    REQUIRE(hope.scores[1].mean);
    CHECK(*hope.scores[1].mean == Approx(1.4));
    CHECK(hope.scores[1].indicative); // 5 clients: fewer than 10
    CHECK_FALSE(hope.scores[2].mean); // 2 relatives: no numbers
    CHECK(hope.scores[2].note == availability_msgid(Availability::TooFewRespondents));
    REQUIRE(hope.gaps.size() == 2);
    REQUIRE(hope.gaps[0].difference);
    CHECK(*hope.gaps[0].difference == Approx(1.6));
    REQUIRE(hope.gaps[0].low);
    CHECK(*hope.gaps[0].low > 0);
    CHECK(hope.gaps[0].verdict == gap_verdict_msgid(GapVerdict::TeamHigher, Perspective::Client));
    CHECK_FALSE(hope.gaps[1].difference); // never a gap with a hidden group
    // The statements of every version on the dimension, to read what was asked on both sides.
    REQUIRE(hope.statements.size() == 3);
    CHECK(hope.statements[0].texts == std::vector<std::string>{"Hoop A", "Hoop B", "Hoop C"});
    CHECK(hope.statements[1].texts ==
          std::vector<std::string>{"Mijn begeleiders geven mij hoop.", "Mijn begeleiders zien mijn kracht."});

    // Training is not something clients or relatives can judge: a note, never a score or a gap.
    const MirrorViewRow& training = view.rows[2];
    CHECK_FALSE(training.scores[1].mean);
    CHECK(training.scores[1].note == not_asked_msgid(Perspective::Client));
    CHECK(training.scores[2].note == not_asked_msgid(Perspective::Relative));
    CHECK_FALSE(training.gaps[0].difference);
    CHECK(training.statements[1].texts.empty());
}

TEST_CASE("the Spiegel tab: the change of each gap since the team's previous round, only where both rounds show it")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& client_q = test::small_client_questionnaire();
    const RowId r1 = store.add_round("R1", "2026-03-01", test::small_questionnaire(), {&client_q});
    const RowId r2 = store.add_round("R2", "2026-09-01", test::small_questionnaire(), {&client_q});
    store.add_team("T");
    // The team 3 everywhere in both rounds. Clients on hope: 2 each in R1 (a gap of 1.0), then 1,2,1,2,1 in R2
    // (mean 1.4, a gap of 1.6): the gap grew by 0.6. Pace: 3 in R1, and in R2 only four clients answer it (the fifth
    // says "weet ik niet"): shown in R1, hidden in R2, so no change.
    std::vector<NewResponse> first, second;
    for (int i = 0; i < 5; ++i) {
        first.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
        second.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
        first.push_back(response(Perspective::Client, {2, 2, 3}));
    }
    for (AnswerCode a : {AnswerCode{1}, AnswerCode{2}, AnswerCode{1}, AnswerCode{2}})
        second.push_back(response(Perspective::Client, {a, a, 4}));
    second.push_back(response(Perspective::Client, {1, 1, kDontKnow}));
    REQUIRE(store.insert_responses(r1, first).inserted == 10);
    REQUIRE(store.insert_responses(r2, second).inserted == 10);

    const RowId team = store.find_team("T")->id;
    const MirrorView view = mirror_view(mirror_for(store, team, r2, AnalysisOptions{}), "nl");
    const MirrorViewRow* hope = nullptr;
    const MirrorViewRow* pace = nullptr;
    for (const auto& row : view.rows) {
        if (row.dimension_id == "hoop")
            hope = &row;
        if (row.dimension_id == "tempo")
            pace = &row;
    }
    REQUIRE(hope);
    REQUIRE(pace);
    REQUIRE(hope->gaps.size() == 1);
    REQUIRE(hope->gaps[0].difference);
    CHECK(*hope->gaps[0].difference == Approx(1.6));
    REQUIRE(hope->gaps[0].change);
    CHECK(*hope->gaps[0].change == Approx(0.6));
    // Four clients on pace in R2: no numbers, so no gap and no change, although R1 had a gap there.
    CHECK_FALSE(pace->gaps[0].difference);
    CHECK_FALSE(pace->gaps[0].change);
    // The first round has nothing before it.
    const MirrorView first_view = mirror_view(mirror_for(store, team, r1, AnalysisOptions{}), "nl");
    for (const auto& row : first_view.rows)
        for (const auto& g : row.gaps)
            CHECK_FALSE(g.change);
}
