// The bulk insert across its batches: on SQLite the response rows wait and are written many to one statement
// (bulk_insert.cpp, 64 a statement), so every rule of an insert must hold for rows that still wait, at a batch
// boundary and in the last, partial batch.
#include "questionnaire/questionnaire_loader.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace hs;
using hs::test::TempDir;

namespace {

constexpr int kBatch = 64; // the rows of one INSERT on SQLite (ResponseRows::kRows)
constexpr int kMany = 2 * kBatch + 1; // two full batches and a last row on its own

NewResponse numbered(int n, const std::string& team = "Team A")
{
    NewResponse r;
    r.uid = "bulk-" + std::to_string(n);
    r.code = "C" + std::to_string(n);
    r.team = team;
    r.role = Role::Practitioner;
    r.answers = {AnswerCode(1 + n % 5), 2, 3, 4, 5, kNotApplicable, n % 2 ? kUnanswered : AnswerCode(1)};
    return r;
}

std::vector<NewResponse> numbered_range(int first, int count)
{
    std::vector<NewResponse> all;
    for (int n = first; n < first + count; ++n)
        all.push_back(numbered(n));
    return all;
}

// The stored responses by uid, with their ids.
std::vector<ResponseRecord> stored(Store& store)
{
    auto all = store.load_responses({});
    std::sort(all.begin(), all.end(), [](const ResponseRecord& a, const ResponseRecord& b) { return a.info.id < b.info.id; });
    return all;
}

} // namespace

TEST_CASE("a bulk insert larger than a batch stores every response, with consecutive ids after the stored ones", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    const auto before = store.insert_responses(round, {numbered(0)});
    REQUIRE(before.added.size() == 1);
    const RowId first = before.added[0].first;

    std::vector<NewResponse> many = numbered_range(1, kMany);
    // Remarks on the last row of a batch, the first of the next and the row on its own: remarks reference their
    // response, which must be stored before them.
    for (int n : {kBatch - 1, kBatch, kMany - 1})
        many[static_cast<std::size_t>(n)].remarks[1] = "opmerking " + std::to_string(n);
    const auto result = store.insert_responses(round, many);
    CHECK(result.inserted == kMany);
    CHECK(result.already_present == 0);
    REQUIRE(result.added.size() == 1);
    CHECK(result.added[0] == std::make_pair(first + 1, first + kMany));

    const auto all = stored(store);
    REQUIRE(all.size() == static_cast<std::size_t>(kMany + 1));
    for (std::size_t i = 1; i < all.size(); ++i) {
        const NewResponse& sent = many[i - 1];
        INFO("response " << i);
        CHECK(all[i].info.id == first + static_cast<RowId>(i));
        CHECK(all[i].info.uid == sent.uid);
        CHECK(all[i].info.code == sent.code);
        CHECK(all[i].answers == sent.answers);
        CHECK(all[i].remarks == sent.remarks);
    }
}

TEST_CASE("a uid twice in one bulk insert is stored once, within a batch and across batches", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    std::vector<NewResponse> many = numbered_range(0, kMany);
    many[3] = many[2];                                      // right after the first, both waiting
    many[static_cast<std::size_t>(kBatch + 5)] = many[1];   // the first is stored already, the second in the next batch
    many.back() = many[static_cast<std::size_t>(kBatch + 1)]; // the last row, its first in the batch before
    const auto result = store.insert_responses(round, many);
    CHECK(result.inserted == kMany - 3);
    CHECK(result.already_present == 3);
    const auto all = stored(store);
    CHECK(all.size() == static_cast<std::size_t>(kMany - 3));
    std::set<std::string> uids;
    for (const auto& r : all)
        uids.insert(r.info.uid);
    CHECK(uids.size() == all.size());
    // The ids stay one range: a response already present takes none.
    REQUIRE(result.added.size() == 1);
    CHECK(result.added[0].second - result.added[0].first + 1 == kMany - 3);
}

TEST_CASE("the same bulk insert twice finds every response present the second time", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    const std::vector<NewResponse> many = numbered_range(0, kMany);
    CHECK(store.insert_responses(round, many).inserted == kMany);
    const auto again = store.insert_responses(round, many);
    CHECK(again.inserted == 0);
    CHECK(again.already_present == kMany);
    CHECK(again.added.empty());
    CHECK(store.load_responses({}).size() == static_cast<std::size_t>(kMany));
}

TEST_CASE("a bulk insert refused after whole batches were written leaves nothing", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());

    SECTION("a bad answer in the last row")
    {
        std::vector<NewResponse> many = numbered_range(0, kMany);
        many.back().answers[0] = 9;
        many.back().team = "Nieuw team";
        CHECK(test::store_error_kind([&] { store.insert_responses(round, many); }) == StoreError::Kind::Refused);
    }
    SECTION("the consensus rule broken across the batches")
    {
        // Team B answers individually in the first batch and with a consensus response in the last row: the
        // rule is checked over what is stored, so the waiting rows must be stored before it is checked.
        std::vector<NewResponse> many = numbered_range(0, kMany);
        many[0].team = "Team B";
        many.back().team = "Team B";
        many.back().consensus = true;
        CHECK(test::store_error_kind([&] { store.insert_responses(round, many); }) == StoreError::Kind::Refused);
    }
    CHECK(store.load_responses({}).empty());
    CHECK(store.teams().empty());
    // Nothing was stored, so the same responses go in afterwards, from the first id on.
    const auto result = store.insert_responses(round, numbered_range(0, kMany));
    CHECK(result.inserted == kMany);
    REQUIRE(result.added.size() == 1);
    CHECK(result.added[0].second - result.added[0].first + 1 == kMany);
}

TEST_CASE("the consensus rule sees the rows of a bulk insert that still wait", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    NewResponse consensus = numbered(1, "Samen");
    consensus.consensus = true;
    NewResponse other = numbered(2, "Samen");

    // Both in one batch that is written only when the insert ends.
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {consensus, other}); }) == StoreError::Kind::Refused);
    CHECK(store.load_responses({}).empty());

    // A trial shows what would be stored, the waiting rows included, and stores nothing.
    {
        auto bulk = store.begin_insert(round);
        bulk->add(consensus);
        const auto trial = bulk->trial();
        CHECK(trial.inserted == 1);
        REQUIRE(trial.added.size() == 1);
        CHECK(trial.added[0].first == trial.added[0].second);
    }
    CHECK(store.load_responses({}).empty());

    // One consensus response alone is taken; another response of the team later is refused.
    CHECK(store.insert_responses(round, {consensus}).inserted == 1);
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {other}); }) == StoreError::Kind::Refused);
    CHECK(store.load_responses({}).size() == 1);
}

TEST_CASE("a database failure in the middle of a many-row statement leaves nothing of the insert", "[store][sqlite]")
{
    if (test::testing_postgresql())
        return; // the responses (with their answers) are written many to a statement on SQLite only
    TempDir dir;
    const std::string path = test::new_store_location(dir);
    Store store(path);
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    // The 100th response fails, in the middle of a statement of response rows whose rows before it are written
    // (RAISE(FAIL) keeps them): the insert must still end with nothing stored.
    test::sql_rows(path, "CREATE TRIGGER fail_once BEFORE INSERT ON responses WHEN NEW.id = 100 "
                         "BEGIN SELECT RAISE(FAIL, 'test failure'); END");
    CHECK_NOTHROW(test::store_error_kind([&] { store.insert_responses(round, numbered_range(0, kMany)); }));
    CHECK(store.load_responses({}).empty());
    CHECK(store.teams().empty());
    test::sql_rows(path, "DROP TRIGGER fail_once");
    CHECK(store.insert_responses(round, numbered_range(0, kMany)).inserted == kMany);
}

TEST_CASE("a bulk insert whose caller goes on after a refusal can only be rolled back", "[store]")
{
    // A many-row statement that breaks may keep the rows before the bad one: a caller that catches the refusal and
    // goes on must not be able to commit half an import.
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    {
        auto insert = store.begin_insert(round);
        for (const auto& r : numbered_range(0, kBatch - 1))
            insert->add(r);
        NewResponse bad = numbered(500);
        bad.answers[0] = 9;
        CHECK(test::store_error_kind([&] { insert->add(bad); }) == StoreError::Kind::Refused);
        CHECK(test::store_error_kind([&] { insert->add(numbered(501)); }) == StoreError::Kind::Refused);
        CHECK(test::store_error_kind([&] { insert->trial(); }) == StoreError::Kind::Refused);
        CHECK(test::store_error_kind([&] { insert->commit(); }) == StoreError::Kind::Refused);
    }
    CHECK(store.load_responses({}).empty());
}

TEST_CASE("an import rolled back forgets its questionnaires: a row id handed out again names the new one", "[store]")
{
    // The store remembers parsed questionnaires by row id. An import that opens its round adds the questionnaire's
    // row in its own transaction; rolled back, that id is free again, and the next questionnaire stored gets it.
    TempDir dir;
    Store store(test::new_store_location(dir));
    {
        auto import = store.begin_import("R1", "2026-03-01", test::small_questionnaire());
        import->add(numbered(1));
        CHECK(import->round().label == "R1");
    } // not committed: rolled back
    CHECK(store.rounds().empty());
    const Questionnaire other = load_questionnaire(test::replaced(test::small_questionnaire_xml("1.0"), "id=\"test-q\"", "id=\"ander-q\""), "ander");
    const RowId round = store.add_round("R2", "2026-04-01", other);
    CHECK(store.questionnaire_of(round)->id == "ander-q");
    CHECK(store.questionnaire_of(round)->definition_text == other.definition_text);
}
