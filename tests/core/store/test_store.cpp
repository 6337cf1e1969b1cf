#include "questionnaire/questionnaire_loader.h"
#include "store/schema.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <sstream>
#ifdef _WIN32
#include <windows.h>
#else
#include <sys/wait.h>
#endif
#include <algorithm>
#include <thread>
#include <unistd.h>

using namespace hs;
using hs::test::TempDir;

namespace {

const Questionnaire& small_q() { return test::small_questionnaire(); }

// What an old database's test data starts with: the team 'Oud team' and the round 'R-oud' with the small questionnaire.
std::string old_team_and_round()
{
    return "INSERT INTO teams (name) VALUES ('Oud team');"
           "INSERT INTO questionnaires (questionnaire_id, version, definition) VALUES ('test-q', '1.0', " +
           test::sql_text(small_q().definition_text) + ");"
           "INSERT INTO rounds (label, date, questionnaire) SELECT 'R-oud', '2025-10-01', id FROM questionnaires;";
}

void raw_exec(const std::string& path, const std::string& statements)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(db, statements.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

std::string file_bytes(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("a new store is created with its folder and the current schema", "[sqlite]")
{
    TempDir dir;
    const std::string path = dir.file("a/b/hs.db");
    {
        Store store(path);
        CHECK(store.teams().empty());
        CHECK(store.rounds().empty());
        CHECK(store.integrity_check() == "ok");
    }
    CHECK(std::filesystem::exists(path));
    CHECK(schema::migration_texts().size() == static_cast<std::size_t>(Store::kSchemaVersion));
    Store again(path); // reopening an up-to-date store migrates nothing
    CHECK(again.path() == path);
}

TEST_CASE("a database of schema 6 keeps every answer when the answers move into the response rows", "[sqlite]")
{
    TempDir dir;
    const std::string path = dir.file("old.db");
    // Schema 6 as it was used: a response begun without answers; one with gaps, n.v.t. and weet niet; one with a
    // row no version could hold (an item far past any questionnaire's end) and a value no scale holds. Rows past
    // this questionnaire's seven items (readers ignore them) and an answer of a response that is gone.
    test::old_database(
        dir, path, 6,
        old_team_and_round() +
        "INSERT INTO responses (id, uid, code, round, team, status, updated) SELECT 7, 'u-7', 'ABC-1237', r.id, t.id, "
        "'in-progress', '2025-10-02T10:00:00Z' FROM rounds r, teams t;"
        "INSERT INTO responses (id, uid, code, round, team, status, updated) SELECT n, 'u-' || n, 'ABC-123' || n, r.id, "
        "t.id, 'complete', '2025-10-03T10:00:00Z' FROM rounds r, teams t, (SELECT 9 AS n UNION ALL SELECT 11);"
        "INSERT INTO answers (response, item, value) VALUES (9, 6, -2), (9, 0, 4), (9, 2, -1), (11, 1, 5), "
        "(11, 50000, 3), (11, 3, 300), (7, 9, 2), (9, 10, 3), (42, 0, 5);"
        "INSERT INTO remarks (response, dimension, text) VALUES (9, 1, 'Oude opmerking')");
    {
        Store store(path);
        CHECK(store.updated_from() == 6);
        ResponseQuery all;
        all.round = store.find_round("R-oud")->id;
        all.include_unfinished = true;
        const auto kept = store.load_responses(all);
        REQUIRE(kept.size() == 3);
        CHECK(kept[0].answers == std::vector<AnswerCode>(7, kUnanswered));
        CHECK(kept[1].answers == std::vector<AnswerCode>{4, kUnanswered, kNotApplicable, kUnanswered, kUnanswered, kUnanswered, kDontKnow});
        CHECK(kept[1].remarks.at(1) == "Oude opmerking");
        CHECK(kept[2].answers == std::vector<AnswerCode>{kUnanswered, 5, kUnanswered, kUnanswered, kUnanswered, kUnanswered, kUnanswered});
        const auto scores = store.load_scores(all.round);
        REQUIRE(scores.size() == 2);
        CHECK(scores[0].answers == kept[1].answers);
        CHECK(scores[1].answers == kept[2].answers);
        // The migrated database goes on: a page saved into the begun response, a new response inserted.
        store.save_page({7, 1, {{1, 3}, {4, kDontKnow}}, {}});
        CHECK(store.load_response(7).answers == std::vector<AnswerCode>{kUnanswered, 3, kUnanswered, kUnanswered, kDontKnow, kUnanswered, kUnanswered});
        store.save_page({7, 2, {{4, kUnanswered}}, {}});
        CHECK(store.load_response(7).answers == std::vector<AnswerCode>{kUnanswered, 3, kUnanswered, kUnanswered, kUnanswered, kUnanswered, kUnanswered});
        CHECK(store.insert_responses(*all.round, {test::new_response("Oud team", Perspective::Team, CollectionMode::Paper, {1, 2, 3, 4, 5, -1, -2})}).inserted == 1);
        CHECK(store.integrity_check() == "ok");
    }
    // Stored as answer_bytes.h says: a signed byte per item, trailing unanswered items left off; no answers table.
    // (The begun response's row past the seven items went when its page was saved; the gone response's answer with
    // the table.)
    CHECK(test::sql_rows(path, "SELECT hex(answers) FROM responses ORDER BY id") == "0003\n0400FF000000FE00000003\n0005\n0102030405FFFE\n");
    CHECK(test::sql_rows(path, "SELECT count(*) FROM sqlite_master WHERE name = 'answers'") == "0\n");
}

TEST_CASE("a database of schema 5 keeps every response when its responses table is made anew", "[sqlite]")
{
    TempDir dir;
    const std::string path = dir.file("old.db");
    // Schema 5 as it was used: two responses, one of them with a PIN, collected on paper, with a remark.
    test::old_database(
        dir, path, 5,
        old_team_and_round() +
        "INSERT INTO responses (id, uid, code, round, team, role, status, last_page, updated, pin_salt, pin_hash, "
        "pin_failures, collection) SELECT 7, 'u-7', 'ABC-1237', r.id, t.id, 'manager', 'in-progress', 2, "
        "'2025-10-02T10:00:00Z', 'zout', 'hash', 3, 'paper' FROM rounds r, teams t;"
        "INSERT INTO responses (id, uid, code, round, team, status, updated) SELECT 9, 'u-9', 'ABC-1239', r.id, t.id, "
        "'complete', '2025-10-03T10:00:00Z' FROM rounds r, teams t;"
        "INSERT INTO answers (response, item, value) VALUES (7, 0, 2), (9, 0, 4), (9, 1, 5);"
        "INSERT INTO remarks (response, dimension, text) VALUES (9, 1, 'Oude opmerking');"
        // What a hand edit can leave: a view of one's own, and a remark whose response was deleted without keys.
        "CREATE VIEW mijn_overzicht AS SELECT id, status FROM responses;"
        "INSERT INTO remarks (response, dimension, text) VALUES (42, 0, 'Wees')");
    {
        Store store(path);
        ResponseQuery all;
        all.round = store.find_round("R-oud")->id;
        all.include_unfinished = true;
        const auto kept = store.load_responses(all);
        REQUIRE(kept.size() == 2);
        CHECK(kept[0].info.id == 7);
        CHECK(kept[0].info.collection == CollectionMode::Paper);
        CHECK(kept[0].answers[0] == 2);
        CHECK(kept[1].info.id == 9);
        CHECK(kept[1].answers[1] == 5);
        CHECK(kept[1].remarks.at(1) == "Oude opmerking");
        CHECK(store.integrity_check() == "ok");
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "SELECT role, status, last_page, pin_salt, pin_hash, pin_failures, perspective, "
                                   "(SELECT count(*) FROM sqlite_master WHERE tbl_name = 'responses' AND type = 'index') "
                                   "FROM responses WHERE id = 7", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    auto text = [&](int i) { return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i))); };
    CHECK(text(0) == "manager");
    CHECK(text(1) == "in-progress");
    CHECK(sqlite3_column_int(st, 2) == 2);
    CHECK(text(3) == "zout");
    CHECK(text(4) == "hash");
    CHECK(sqlite3_column_int(st, 5) == 3);
    CHECK(text(6) == "team");
    CHECK(sqlite3_column_int(st, 7) == 3); // the two indexes and the one of uid's UNIQUE
    sqlite3_finalize(st);
    // The checks still refuse what they refused, and the remarks still follow their response.
    sqlite3_exec(db, "PRAGMA foreign_keys=ON", nullptr, nullptr, nullptr);
    for (const char* bad : {"UPDATE responses SET perspective = 'buur' WHERE id = 9",
                            "UPDATE responses SET collection = 'fax' WHERE id = 9",
                            "UPDATE responses SET status = 'half' WHERE id = 9"})
        CHECK(sqlite3_exec(db, bad, nullptr, nullptr, nullptr) == SQLITE_CONSTRAINT);
    CHECK(sqlite3_exec(db, "UPDATE responses SET perspective = 'relative', collection = 'import' WHERE id = 9", nullptr,
                       nullptr, nullptr) == SQLITE_OK);
    CHECK(sqlite3_exec(db, "DELETE FROM responses WHERE id = 9", nullptr, nullptr, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM remarks), (SELECT count(*) FROM mijn_overzicht)", -1, &st,
                               nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1); // the orphan of the hand edit, untouched
    CHECK(sqlite3_column_int(st, 1) == 1); // the view reads the new table
    sqlite3_finalize(st);
    sqlite3_close(db);
}

TEST_CASE("a command that only reads a database of an earlier version says how to update it, and upgrade does", "[sqlite]")
{
    TempDir dir;
    const std::string path = dir.file("old.db");
    test::old_database(dir, path, 5, "INSERT INTO teams (name) VALUES ('Oud team')");
    StoreOptions reading;
    reading.read_only = true;
    CHECK(test::store_error_kind([&] { Store s(path, reading); }) == StoreError::Kind::OlderVersion);
#ifndef _WIN32 // the CLI through the shell; under Wine the Windows CLI is run by packaging/windows/build.sh smoke
    const std::string cli = std::string(HS_CLI) + " --db \"" + path + "\" ";
    std::string output;
    CHECK(test::run_command(cli + "list", output) == 3);
    CHECK(output.find("earlier version") != std::string::npos);
    CHECK(output.find("`upgrade`") != std::string::npos);
    // Before it: a backup, checked, that stays of the earlier version, and the check itself.
    CHECK(test::run_command(cli + "check", output) == 0);
    const std::string copy = dir.file("copy.db");
    CHECK(test::run_command(cli + "backup --out \"" + copy + "\"", output) == 0);
    CHECK(test::sql_rows(copy, "PRAGMA user_version") == "5\n");
    CHECK(test::run_command(cli + "upgrade", output) == 0);
    CHECK(output.find("updated from schema 5 to " + std::to_string(Store::kSchemaVersion)) != std::string::npos);
    CHECK(test::run_command(cli + "upgrade", output) == 0);
    CHECK(output.find("up to date (schema " + std::to_string(Store::kSchemaVersion) + ")") != std::string::npos);
    CHECK(test::run_command(cli + "list", output) == 0);
    CHECK(output.find("Oud team") != std::string::npos);
    // upgrade never makes a database
    const std::string missing = dir.file("typo/nieuw.db");
    CHECK(test::run_command(std::string(HS_CLI) + " --db \"" + missing + "\" upgrade", output) == 1);
    CHECK(output.find("does not exist") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(missing));
#else
    Store(path, StoreOptions{}); // a writing open updates it
#endif
    CHECK_NOTHROW(Store(path, reading));
}

TEST_CASE("the default database lives in the user's data folder", "[sqlite]")
{
#ifdef _WIN32
    // %APPDATA%, read as UTF-16: a user name with an accent arrives in UTF-8.
    const std::wstring old = _wgetenv(L"APPDATA") ? _wgetenv(L"APPDATA") : L"";
    _wputenv_s(L"APPDATA", L"C:\\Users\\Jos\u00e9\\AppData\\Roaming");
    CHECK(Store::default_path() == "C:\\Users\\Jos\xC3\xA9\\AppData\\Roaming\\Herstelspiegel\\herstelspiegel.db");
    _wputenv_s(L"APPDATA", old.c_str());
#else
    setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    CHECK(Store::default_path() == "/tmp/xdg-test/herstelspiegel/herstelspiegel.db");
    unsetenv("XDG_DATA_HOME");
    setenv("HOME", "/home/anna", 1);
    CHECK(Store::default_path() == "/home/anna/.local/share/herstelspiegel/herstelspiegel.db");
#endif
}

TEST_CASE("teams have unique, non-empty names", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto a = store.add_team("FACT Noord");
    store.add_team("Beschermd wonen Oost");
    CHECK(store.teams().size() == 2);
    CHECK(store.teams()[0].name == "Beschermd wonen Oost"); // sorted by name
    CHECK(store.find_team("FACT Noord")->id == a);
    CHECK(store.ensure_team("FACT Noord") == a);
    CHECK(test::store_error_kind([&] { store.add_team("FACT Noord"); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.add_team("  "); }) == StoreError::Kind::Refused);
}

TEST_CASE("a round keeps the questionnaire exactly as it was used", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto r1 = store.add_round("2026-voorjaar", "2026-03-01", small_q());
    CHECK(store.round(r1).questionnaire_version == "1.0");
    CHECK(store.round(r1).status == RoundStatus::Open);
    CHECK(store.questionnaire_of(r1)->definition_text == small_q().definition_text);
    CHECK(test::store_error_kind([&] { store.add_round("2026-voorjaar", "2026-03-02", small_q()); }) == StoreError::Kind::Refused);

    // An edited questionnaire under the same version number is refused: old rounds must not change meaning.
    auto edited = load_questionnaire(test::small_questionnaire_xml() + "\n<!-- edit -->\n", "edited.xml");
    CHECK(test::store_error_kind([&] { store.add_round("2026-najaar", "2026-09-01", edited); }) == StoreError::Kind::Refused);
    // A new version is fine, and both are kept.
    auto v2 = load_questionnaire(test::small_questionnaire_xml("1.1"), "v2.xml");
    auto r2 = store.add_round("2026-najaar", "2026-09-01", v2);
    CHECK(store.questionnaire_of(r2)->version == "1.1");
    CHECK(store.questionnaire_of(r1)->version == "1.0");
    CHECK(store.rounds().size() == 2);
    CHECK(store.find_round("2026-najaar")->id == r2);
    CHECK_FALSE(store.find_round("nope"));
}

TEST_CASE("answers are saved page by page and an interrupted response resumes", "[store]")
{
    TempDir dir;
    const std::string path = test::new_store_location(dir);
    RowId response = 0;
    {
        Store store(path);
        auto team = store.add_team("FACT Noord");
        auto round = store.add_round("R1", "2026-03-01", small_q());
        auto info = store.start_response(round, team, Role::ExpertByExperience);
        CHECK(info.code.size() == 7);
        CHECK(info.status == ResponseStatus::InProgress);
        response = info.id;
        store.save_page({response, 1, {{0, 4}, {1, kNotApplicable}, {2, 2}}, {{0, "Goed bezig"}}});
    } // the window closes, the program stops
    Store store(path);
    auto unfinished = store.unfinished_responses();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished[0].id == response);
    CHECK(unfinished[0].last_page == 1);
    CHECK(unfinished[0].role == Role::ExpertByExperience);
    auto rec = store.load_response(response);
    CHECK(rec.answers == std::vector<AnswerCode>{4, kNotApplicable, 2, 0, 0, 0, 0});
    CHECK(rec.remarks.at(0) == "Goed bezig");

    // Changing an answer, clearing another, clearing the remark.
    store.save_page({response, 2, {{0, 5}, {2, kUnanswered}, {3, kDontKnow}}, {{0, ""}}});
    rec = store.load_response(response);
    CHECK(rec.answers == std::vector<AnswerCode>{5, kNotApplicable, 0, kDontKnow, 0, 0, 0});
    CHECK(rec.remarks.empty());

    // Unfinished responses are not analysed.
    CHECK(store.load_responses({}).empty());
    store.complete_response(response);
    CHECK(store.load_responses({}).size() == 1);
    CHECK(store.unfinished_responses().empty());
    CHECK(test::store_error_kind([&] { store.save_page({response, 3, {{0, 1}}, {}}); }) == StoreError::Kind::Refused);
}

TEST_CASE("answers off the scale are refused and change nothing", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    auto info = store.start_response(round, store.add_team("T"), Role::Practitioner);
    store.save_page({info.id, 1, {{0, 3}}, {}});
    CHECK(test::store_error_kind([&] { store.save_page({info.id, 2, {{1, 4}, {2, 6}}, {}}); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.save_page({info.id, 2, {{99, 4}}, {}}); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.save_page({info.id, 2, {}, {{42, "x"}}}); }) == StoreError::Kind::Refused);
    // The one rule for remarks (common/remark.h), also for the wizard's and the invulstation's pages and bulk imports.
    CHECK(test::store_error_kind([&] { store.save_page({info.id, 2, {}, {{0, std::string(4001, 'x')}}}); }) == StoreError::Kind::Refused);
    NewResponse bulk;
    bulk.team = "T";
    bulk.answers.assign(small_q().items.size(), 3);
    bulk.remarks[0] = std::string(4001, 'x');
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {bulk}); }) == StoreError::Kind::Refused);
    // The bulk insert's own check of every answer (each import passes it), at the edges of the code's byte.
    bulk.remarks.clear();
    for (AnswerCode off : {AnswerCode{6}, AnswerCode{-128}, AnswerCode{127}, AnswerCode{-3}}) {
        NewResponse wrong = bulk;
        wrong.answers[1] = off;
        CHECK(test::store_error_kind([&] { store.insert_responses(round, {wrong}); }) == StoreError::Kind::Refused);
    }
    bulk.answers[1] = kUnanswered;
    bulk.answers[2] = 5;
    CHECK(store.insert_responses(round, {bulk}).inserted == 1);
    auto rec = store.load_response(info.id);
    CHECK(rec.answers[0] == 3);
    CHECK(rec.answers[1] == kUnanswered);
    CHECK(store.unfinished_responses()[0].last_page == 1);
}

TEST_CASE("a closed round takes no new answers", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    auto team = store.add_team("T");
    auto info = store.start_response(round, team, Role::Practitioner);
    store.set_round_status(round, RoundStatus::Closed);
    CHECK(store.round(round).status == RoundStatus::Closed);
    CHECK(test::store_error_kind([&] { store.start_response(round, team, Role::Practitioner); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.save_page({info.id, 1, {{0, 3}}, {}}); }) == StoreError::Kind::Refused);
    store.set_round_status(round, RoundStatus::Open);
    store.save_page({info.id, 1, {{0, 3}}, {}});
}

TEST_CASE("consensus: one response for the whole team, never mixed with individual ones", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    auto a = store.add_team("A"), b = store.add_team("B");
    auto consensus = store.start_response(round, a, Role::Unspecified, true);
    CHECK(consensus.consensus);
    CHECK(test::store_error_kind([&] { store.start_response(round, a, Role::Practitioner); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.start_response(round, a, Role::Unspecified, true); }) == StoreError::Kind::Refused);
    store.start_response(round, b, Role::Practitioner);
    CHECK(test::store_error_kind([&] { store.start_response(round, b, Role::Unspecified, true); }) == StoreError::Kind::Refused);
    auto summary = store.participation();
    REQUIRE(summary.size() == 2);
    CHECK(summary[0].consensus != summary[1].consensus);
}

TEST_CASE("bulk insert is checked whole first and is idempotent by uid", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    NewResponse good;
    good.uid = "u1";
    good.team = "Nieuw team";
    good.role = Role::Manager;
    good.answers = {1, 2, 3, 4, 5, kNotApplicable, kUnanswered};
    good.remarks[2] = "=SUM(A1)";
    NewResponse bad = good;
    bad.uid = "u2";
    bad.answers[3] = 9;
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {good, bad}); }) == StoreError::Kind::Refused);
    CHECK(store.load_responses({}).empty());
    CHECK(store.teams().empty()); // not even the team was created

    auto result = store.insert_responses(round, {good});
    CHECK(result.inserted == 1);
    result = store.insert_responses(round, {good});
    CHECK(result.inserted == 0);
    CHECK(result.already_present == 1);
    auto all = store.load_responses({});
    REQUIRE(all.size() == 1);
    CHECK(all[0].answers == good.answers);
    CHECK(all[0].remarks.at(2) == "=SUM(A1)");
    CHECK(all[0].info.role == Role::Manager);
    CHECK(store.find_team("Nieuw team"));

    NewResponse wrong_size = good;
    wrong_size.uid = "u3";
    wrong_size.answers.pop_back();
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {wrong_size}); }) == StoreError::Kind::Refused);

    NewResponse consensus = good;
    consensus.uid = "u4";
    consensus.consensus = true;
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {consensus}); }) == StoreError::Kind::Refused);
    // Two consensus responses of a team new to the round: refused too; a single one is taken.
    NewResponse together = consensus;
    together.team = "Samen";
    together.uid = "u5";
    NewResponse twice = together;
    twice.uid = "u6";
    CHECK(test::store_error_kind([&] { store.insert_responses(round, {together, twice}); }) == StoreError::Kind::Refused);
    CHECK(store.load_responses({}).size() == 1);
    CHECK(store.insert_responses(round, {together}).inserted == 1);
}

TEST_CASE("responses are selected by round and team", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto r1 = store.add_round("R1", "2026-03-01", small_q());
    auto r2 = store.add_round("R2", "2026-09-01", small_q());
    auto make = [](std::string team) {
        NewResponse n;
        n.team = std::move(team);
        n.answers.assign(7, 3);
        return n;
    };
    store.insert_responses(r1, {make("A"), make("A"), make("B")});
    store.insert_responses(r2, {make("A")});
    auto a = store.find_team("A")->id;
    CHECK(store.load_responses({r1, std::nullopt, false}).size() == 3);
    CHECK(store.load_responses({r1, a, false}).size() == 2);
    CHECK(store.load_responses({std::nullopt, a, false}).size() == 3);
    CHECK(store.load_responses({r2, store.find_team("B")->id, false}).empty());
}

namespace {
// The writer of the test below: pages of three answers, as fast as it can, until it is killed.
[[noreturn]] void write_until_killed(const std::string& path, RowId round, RowId team)
{
    try {
        Store store(path);
        for (;;) {
            auto info = store.start_response(round, team, Role::Practitioner);
            for (int page = 1; page <= 2; ++page) {
                std::size_t first = page == 1 ? 0 : 3;
                store.save_page({info.id, page, {{first, 3}, {first + 1, 4}, {first + 2, 5}}, {{0, "opmerking"}}});
            }
            store.complete_response(info.id);
        }
    } catch (...) {
    }
    std::_Exit(1);
}
} // namespace

#ifdef _WIN32
// Windows has no fork(): the test below starts this test program again, running only this hidden case as the
// writer (its database, round and team in HS_TEST_KILLED_WRITER), and ends it with TerminateProcess.
TEST_CASE("the writer process of the killed-writer test", "[.killed-writer]")
{
    const char* spec = std::getenv("HS_TEST_KILLED_WRITER");
    if (!spec)
        return; // run on its own (CTest lists hidden cases too): nothing to write into
    std::istringstream in(spec);
    std::string path;
    RowId round = 0, team = 0;
    REQUIRE(std::getline(in, path, '|'));
    in >> round;
    in.ignore(1);
    in >> team;
    write_until_killed(path, round, team);
}
#endif

TEST_CASE("a writer killed mid-way leaves a consistent database with no half page", "[store]")
{
    TempDir dir;
    const std::string path = test::new_store_location(dir);
    RowId round = 0, team = 0;
    {
        Store store(path);
        round = store.add_round("R1", "2026-03-01", small_q());
        team = store.add_team("T");
    }
#ifdef _WIN32
    REQUIRE(_putenv_s("HS_TEST_KILLED_WRITER", (path + "|" + std::to_string(round) + "|" + std::to_string(team)).c_str()) == 0);
    wchar_t self[MAX_PATH * 4];
    REQUIRE(GetModuleFileNameW(nullptr, self, MAX_PATH * 4) > 0);
    std::wstring command = L"\"" + std::wstring(self) + L"\" \"[.killed-writer]\"";
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION child{};
    REQUIRE(CreateProcessW(self, command.data(), nullptr, nullptr, FALSE, CREATE_NO_WINDOW, nullptr, nullptr, &startup, &child));
    // Until the writer has written a few pages (a process starts slowly, the more so under Wine), then killed.
    // The writer is killed whatever happens here: a test that stopped early must not leave it running.
    for (int wait = 0; wait < 100; ++wait) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        try {
            if (test::sql_rows(path, "SELECT count(*) > 1 FROM responses") == "1\n")
                break;
        } catch (const std::exception&) {
            // busy while the writer commits: look again
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    REQUIRE(TerminateProcess(child.hProcess, 9));
    WaitForSingleObject(child.hProcess, INFINITE);
    DWORD code = 0;
    GetExitCodeProcess(child.hProcess, &code);
    CloseHandle(child.hThread);
    CloseHandle(child.hProcess);
    CHECK(code == 9); // killed, not ended by itself
#else
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0)
        write_until_killed(path, round, team);
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFSIGNALED(status));
#endif

    Store store(path);
    CHECK(store.integrity_check() == "ok");
    ResponseQuery all;
    all.include_unfinished = true;
    auto responses = store.load_responses(all);
    CHECK(responses.size() > 1);
    for (const auto& r : responses) {
        auto answered = std::count_if(r.answers.begin(), r.answers.end(), [](AnswerCode a) { return a != kUnanswered; });
        INFO("response " << r.info.id << " has " << answered << " answers, last page " << r.info.last_page);
        CHECK(answered == 3 * r.info.last_page); // whole pages only
        if (r.info.status == ResponseStatus::Complete)
            CHECK(answered == 6);
    }
}

TEST_CASE("bad database files are refused clearly and left unchanged", "[sqlite]")
{
    TempDir dir;
    SECTION("not a database")
    {
        const auto path = dir.file("garbage.db");
        test::write_file(path, std::string(8192, 'x'));
        CHECK(test::store_error_kind([&] { Store s(path); }) == StoreError::Kind::NotADatabase);
        CHECK(file_bytes(path) == std::string(8192, 'x'));
    }
    SECTION("a database of another program")
    {
        const auto path = dir.file("other.db");
        raw_exec(path, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
        auto before = file_bytes(path);
        CHECK(test::store_error_kind([&] { Store s(path); }) == StoreError::Kind::NotOurs);
        CHECK(file_bytes(path) == before);
    }
    SECTION("a database of a newer version")
    {
        const auto path = dir.file("newer.db");
        { Store s(path); }
        raw_exec(path, "PRAGMA user_version = 99;");
        try {
            Store s(path);
            FAIL("opened");
        } catch (const StoreError& e) {
            CHECK(e.kind() == StoreError::Kind::NewerVersion);
            CHECK(std::string(e.what()).find("newer version") != std::string::npos);
        }
    }
    SECTION("a folder")
    {
        CHECK(test::store_error_kind([&] { Store s(dir.path().string()); }) == StoreError::Kind::CannotOpen);
    }
    SECTION("read-only")
    {
        const auto path = dir.file("ro.db");
        { Store s(path); }
        StoreOptions options;
        options.read_only = true;
        Store s(path, options);
        CHECK(s.teams().empty());
        CHECK(test::store_error_kind([&] { s.add_team("x"); }) == StoreError::Kind::ReadOnly);
        CHECK(test::store_error_kind([&] { Store missing(dir.file("missing.db"), options); }) == StoreError::Kind::NotFound);
    }
    SECTION("locked by another program")
    {
        const auto path = dir.file("locked.db");
        { Store s(path); }
        sqlite3* other = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &other) == SQLITE_OK);
        REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE; INSERT INTO teams (name) VALUES ('held');", nullptr, nullptr, nullptr) == SQLITE_OK);
        StoreOptions options;
        options.busy_timeout_ms = 100;
        Store s(path, options);
        CHECK(test::store_error_kind([&] { s.add_team("x"); }) == StoreError::Kind::Locked);
        sqlite3_exec(other, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        s.add_team("x");
    }
}

TEST_CASE("a backup is a consistent copy taken while the store is in use", "[sqlite]")
{
    TempDir dir;
    Store store(dir.file("hs.db"));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    auto info = store.start_response(round, store.add_team("T"), Role::Practitioner);
    store.save_page({info.id, 1, {{0, 4}}, {}});
    Store second(dir.file("hs.db")); // the application still has it open
    store.backup(dir.file("backup.db"));
    CHECK_FALSE(std::filesystem::exists(dir.file("backup.db.part")));
    Store copy(dir.file("backup.db"));
    CHECK(copy.integrity_check() == "ok");
    CHECK(copy.load_response(info.id).answers[0] == 4);
    CHECK(copy.rounds().size() == 1);
    CHECK(test::store_error_kind([&] { store.backup(dir.file("hs.db")); }) == StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.backup("/nonexistent/dir/b.db"); }) == StoreError::Kind::CannotOpen);
}

TEST_CASE("two workstations writing to the same round at once lose nothing", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    RowId round = 0, team = 0;
    {
        Store store(location);
        round = store.add_round("R1", "2026-03-01", small_q());
        team = store.add_team("T");
    }
    constexpr int kPerWriter = 25;
    auto writer = [&](AnswerCode value) {
        Store store(location); // each workstation its own connection
        for (int n = 0; n < kPerWriter; ++n) {
            for (int attempt = 0;; ++attempt) {
                try {
                    auto info = store.start_response(round, team, Role::Practitioner);
                    store.save_page({info.id, 1, {{0, value}, {1, value}, {2, value}}, {}});
                    store.save_page({info.id, 2, {{3, value}, {4, value}, {5, value}, {6, value}}, {{1, "samen"}}});
                    store.complete_response(info.id);
                    break;
                } catch (const StoreError& e) {
                    // A busy database is reported as such; the workstation tries again, as a user would.
                    if (e.kind() != StoreError::Kind::Locked || attempt > 50)
                        throw;
                }
            }
        }
    };
    // Catch's assertions are not for threads: a writer's failure is carried out and checked here.
    std::string failure_a, failure_b;
    auto run = [&](AnswerCode value, std::string& failure) {
        try {
            writer(value);
        } catch (const std::exception& e) {
            failure = e.what();
        }
    };
    std::thread a(run, AnswerCode{2}, std::ref(failure_a)), b(run, AnswerCode{4}, std::ref(failure_b));
    a.join();
    b.join();
    CHECK(failure_a == "");
    CHECK(failure_b == "");
    Store store(location);
    auto all = store.load_responses({});
    REQUIRE(all.size() == 2 * kPerWriter);
    int twos = 0, fours = 0;
    for (const auto& r : all) {
        CHECK(std::count(r.answers.begin(), r.answers.end(), r.answers[0]) == 7);
        CHECK(r.remarks.at(1) == "samen");
        (r.answers[0] == 2 ? twos : fours)++;
    }
    CHECK(twos == kPerWriter);
    CHECK(fours == kPerWriter);
    CHECK(store.integrity_check() == "ok");
}

TEST_CASE("a server database: refused when not ours or newer, backed up as a portable file", "[postgres]")
{
    TempDir dir;
    SECTION("a database of another program")
    {
        const auto location = test::new_store_location(dir);
        test::server_sql(location, "CREATE TABLE contacts (name TEXT)");
        CHECK(test::store_error_kind([&] { Store s(location); }) == StoreError::Kind::NotOurs);
    }
    SECTION("a newer schema")
    {
        const auto location = test::new_store_location(dir);
        { Store s(location); }
        test::server_sql(location, "UPDATE herstelspiegel_schema SET version = 99");
        CHECK(test::store_error_kind([&] { Store s(location); }) == StoreError::Kind::NewerVersion);
    }
    SECTION("a server that cannot be reached, and a database that does not exist")
    {
        CHECK(test::store_error_kind([&] { Store s("postgresql://postgres@127.0.0.1:1/x"); }) == StoreError::Kind::CannotOpen);
        CHECK(test::store_error_kind([&] { Store s(std::string(std::getenv("HS_TEST_POSTGRES_URL")) + "/no_such_db"); }) ==
              StoreError::Kind::CannotOpen);
    }
    SECTION("backup into a SQLite file, while others write")
    {
        const auto location = test::new_store_location(dir);
        Store store(location);
        auto round = store.add_round("R1", "2026-03-01", small_q());
        auto info = store.start_response(round, store.add_team("T"), Role::Manager);
        store.save_page({info.id, 1, {{0, 4}, {1, kNotApplicable}}, {{0, "x"}}});
        Store other(location);
        store.backup(dir.file("copy.db"));
        Store copy(dir.file("copy.db"));
        CHECK(copy.integrity_check() == "ok");
        auto rec = copy.load_response(info.id);
        CHECK(rec.answers[0] == 4);
        CHECK(rec.answers[1] == kNotApplicable);
        CHECK(rec.remarks.at(0) == "x");
        CHECK(rec.info.role == Role::Manager);
        CHECK(copy.find_team("T"));
        // The copy goes on working: new rows get new ids.
        copy.add_team("U");
        CHECK(copy.teams().size() == 2);
    }
    SECTION("a read-only connection")
    {
        const auto location = test::new_store_location(dir);
        { Store s(location); }
        StoreOptions options;
        options.read_only = true;
        Store s(location, options);
        CHECK(test::store_error_kind([&] { s.add_team("x"); }) == StoreError::Kind::ReadOnly);
    }
}

TEST_CASE("a round's date must be a real date in the form YYYY-MM-DD, as rounds are put in order by it", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    for (const char* bad : {"gisteren", "2026-02-31", "1-10-2026", "2026-10-1", ""})
        CHECK(test::store_error_kind([&] { store.add_round("R", bad, small_q()); }) == StoreError::Kind::Refused);
    CHECK(store.rounds().empty());
    CHECK(store.add_round("R", "2028-02-29", small_q()) > 0);
}
