// Where the invulstation stands and what it keeps: the newest open round that asks the perspective, refusals with a
// reason, one kiosk response per person (handed in, with its perspective and collection mode, answers by the
// client version's statements), and the PIN kept only as a salted hash in the store's settings.
#include "frontend/kiosk_station.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

TEST_CASE("the invulstation's place: the newest open round that asks clients, refusals with a reason")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& team_q = test::small_questionnaire();
    const Questionnaire& client_q = test::small_client_questionnaire();
    const RowId team = store.add_team("Team A");
    const RowId only_team = store.add_round("R0", "2026-01-01", team_q);
    CHECK(test::store_error_kind([&] { find_kiosk_place(store, "Team A", Perspective::Client); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { check_kiosk_place(store, team, only_team, Perspective::Client); }) == StoreError::Kind::Refused);
    const RowId r1 = store.add_round("R1", "2026-03-01", team_q, {&client_q});
    const RowId r2 = store.add_round("R2", "2026-06-01", team_q, {&client_q});
    CHECK(test::store_error_kind([&] { find_kiosk_place(store, "Team B", Perspective::Client); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { find_kiosk_place(store, "Team A", Perspective::Team); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { find_kiosk_place(store, "Team A", Perspective::Relative); }) == StoreError::Kind::Refused);
    KioskPlace place = find_kiosk_place(store, "Team A", Perspective::Client);
    CHECK(place.team == team);
    CHECK(place.round == r2);
    CHECK(kiosk_questionnaire(store, place)->perspective == Perspective::Client);
    store.set_round_status(r2, RoundStatus::Closed);
    CHECK(find_kiosk_place(store, "Team A", Perspective::Client).round == r1);
    CHECK(test::store_error_kind([&] { check_kiosk_place(store, team, r2, Perspective::Client); }) == StoreError::Kind::Refused);
    CHECK(check_kiosk_place(store, team, r1, Perspective::Client).round == r1);
}

TEST_CASE("the invulstation saves one handed-in kiosk response per person, and keeps only a salted PIN")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& client_q = test::small_client_questionnaire();
    store.add_team("Team A");
    store.add_round("R1", "2026-03-01", test::small_questionnaire(), {&client_q});
    const KioskPlace place = find_kiosk_place(store, "Team A", Perspective::Client);
    std::vector<AnswerCode> answers(client_q.items.size(), kUnanswered);
    answers[0] = 4;
    answers[2] = kDontKnow;
    save_kiosk_response(store, place, answers);
    ResponseQuery all;
    all.perspective.reset();
    const auto saved = store.load_responses(all);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].info.status == ResponseStatus::Complete);
    CHECK(saved[0].info.perspective == Perspective::Client);
    CHECK(saved[0].info.collection == CollectionMode::Kiosk);
    CHECK(saved[0].answers == answers);
    CHECK(store.unfinished_responses().empty());
    // The team's analysis does not read it.
    CHECK(store.load_responses({}).empty());

    CHECK_FALSE(kiosk_pin_of(store));
    CHECK_THROWS_AS(set_kiosk_pin(store, "12"), std::invalid_argument);
    set_kiosk_pin(store, "4821");
    const auto record = kiosk_pin_of(store);
    REQUIRE(record);
    CHECK(record->find("4821") == std::string::npos);
    CHECK(kiosk_pin_matches(*record, "4821"));
    CHECK_FALSE(kiosk_pin_matches(*record, "4812"));
}
