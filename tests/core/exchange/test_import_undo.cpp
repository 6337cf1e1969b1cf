// An import shown before it is stored (preview_response_file) and taken back exactly afterwards (Store::take_back).
#include "exchange/response_exchange.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;
using hs::test::TempDir;

namespace {

NewResponse response_of(const std::string& team, AnswerCode first)
{
    NewResponse r;
    r.team = team;
    r.role = Role::Practitioner;
    r.answers = {first, 5, 1, kNotApplicable, kDontKnow, 3, kUnanswered};
    r.remarks[0] = "opmerking van " + team;
    return r;
}

// A response file from another machine: round "2026-najaar", two responses of team "A" and one of the new team "C".
std::string laptop_file(TempDir& dir)
{
    Store laptop(test::new_store_location(dir));
    const auto round = laptop.add_round("2026-najaar", "2026-10-01", test::small_questionnaire());
    laptop.insert_responses(round, {response_of("A", 1), response_of("A", 2), response_of("C", 3)});
    const auto file = dir.file("najaar.hsr.xml");
    REQUIRE(write_response_file(laptop, round, std::nullopt, file) == 3);
    return file;
}

} // namespace

TEST_CASE("an import is previewed without storing anything, then taken back exactly", "[store]")
{
    TempDir dir;
    const auto file = laptop_file(dir);
    Store office(test::new_store_location(dir));
    const auto spring = office.add_round("2026-voorjaar", "2026-03-01", test::small_questionnaire());
    office.insert_responses(spring, {response_of("A", 4), response_of("B", 4)});
    const auto before = office.load_responses({});
    REQUIRE(before.size() == 2);

    const InsertResult preview = preview_response_file(office, file);
    CHECK(preview.inserted == 3);
    CHECK(preview.already_present == 0);
    CHECK(preview.round_label == "2026-najaar");
    CHECK(preview.round_created);
    CHECK(preview.inserted_per_team == std::map<std::string, int>{{"A", 2}, {"C", 1}});
    CHECK(preview.teams_created.size() == 1);
    // Nothing of it was stored.
    CHECK(office.load_responses({}).size() == 2);
    CHECK_FALSE(office.find_round("2026-najaar"));
    CHECK_FALSE(office.find_team("C"));

    const InsertResult done = import_response_file(office, file);
    CHECK(done.inserted == preview.inserted);
    CHECK(done.inserted_per_team == preview.inserted_per_team);
    CHECK(done.round_created);
    REQUIRE(done.added.size() == 1); // one range of ids
    CHECK(done.added[0].second - done.added[0].first == 2);
    CHECK(office.load_responses({}).size() == 5);

    // Another import after it: a second file's responses stay when the first is taken back.
    const auto other = office.insert_responses(spring, {response_of("B", 2)});
    CHECK(other.inserted == 1);

    CHECK(office.take_back({done}) == 3);
    const auto after = office.load_responses({});
    REQUIRE(after.size() == 3);
    for (const auto& r : after)
        CHECK(r.info.round_id == spring);
    CHECK_FALSE(office.find_round("2026-najaar")); // the round and the team the import created are gone
    CHECK_FALSE(office.find_team("C"));
    CHECK(office.find_team("A")); // the team that was there before stays
    // Taken back means: as if it never came; the same file imports again.
    CHECK(import_response_file(office, file).inserted == 3);
    CHECK(office.load_responses({}).size() == 6);
}

TEST_CASE("an import is not taken back once its round has been closed, and a refused preview says why", "[store]")
{
    TempDir dir;
    const auto file = laptop_file(dir);
    Store office(test::new_store_location(dir));
    const InsertResult done = import_response_file(office, file);
    office.set_round_status(done.round, RoundStatus::Closed);
    CHECK_THROWS_AS(office.take_back({done}), StoreError);
    CHECK(office.load_responses({}).size() == 3);
    // A closed round takes no import either: the preview refuses it with the import's own reason.
    CHECK_THROWS_AS(preview_response_file(office, file), StoreError);
    office.set_round_status(done.round, RoundStatus::Open);
    const InsertResult again = preview_response_file(office, file);
    CHECK(again.inserted == 0);
    CHECK(again.already_present == 3);
    CHECK_FALSE(again.round_created);
    CHECK(office.take_back({done}) == 3);
    CHECK(office.load_responses({}).empty());
}
