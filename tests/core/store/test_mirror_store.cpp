// The mirror in the store: a round with a client and a relatives version next to the team's, responses that record
// their perspective and how they were collected, settings, and the migration of a database of schema 3. Tagged
// [store]: run on SQLite and again on the PostgreSQL test server.
#include "frontend/response_session.h"
#include "questionnaire/questionnaire_loader.h"
#include "store/schema.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace hs;
using hs::test::TempDir;

namespace {

const Questionnaire& team_q() { return test::small_questionnaire(); }
const Questionnaire& client_q() { return test::small_client_questionnaire(); }
const Questionnaire& relative_q() { return test::small_relative_questionnaire(); }

// Runs `script` on the SQLite file at `path` directly (a database as an earlier version left it).
void sqlite_script(const std::string& path, const std::string& script)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("mirror store: a round holds a client and a relatives version next to the team's", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId both = store.add_round("R1", "2026-03-01", team_q(), {&client_q(), &relative_q()});
    const RowId team_only = store.add_round("R0", "2026-01-01", team_q());
    CHECK(store.perspectives_of(both) == std::vector<Perspective>{Perspective::Team, Perspective::Client, Perspective::Relative});
    CHECK(store.perspectives_of(team_only) == std::vector<Perspective>{Perspective::Team});
    CHECK(store.questionnaire_of(both)->id == "test-q");
    CHECK(store.questionnaire_of(both, Perspective::Team)->id == "test-q");
    CHECK(store.questionnaire_of(both, Perspective::Client)->id == "test-q-client");
    CHECK(store.questionnaire_of(both, Perspective::Client)->items.size() == 3);
    CHECK(store.questionnaire_of(both, Perspective::Relative)->id == "test-q-relative");
    CHECK(test::store_error_kind([&] { store.questionnaire_of(team_only, Perspective::Client); }) == StoreError::Kind::NotFound);
    CHECK(store.round(both).questionnaire_id == "test-q"); // the round's questionnaire stays the team's
    // All of a round's versions in one read: the same as one perspective at a time.
    const auto versions = store.versions_of(both);
    REQUIRE(versions.size() == 3);
    for (const auto& [p, q] : versions)
        CHECK(q == store.questionnaire_of(both, p));
    CHECK(store.versions_of(team_only).size() == 1);
    CHECK(test::store_error_kind([&] { store.versions_of(both + team_only + 100); }) == StoreError::Kind::NotFound);
    CHECK(test::store_error_kind([&] { store.perspectives_of(both + team_only + 100); }) == StoreError::Kind::NotFound);
    const RowId team = store.add_team("Team Noord");
    CHECK(store.team(team).name == "Team Noord");
    CHECK(test::store_error_kind([&] { store.team(team + 100); }) == StoreError::Kind::NotFound);

    SECTION("a client version only with the team's, one per perspective, and only a version that fits")
    {
        CHECK(test::store_error_kind([&] { store.add_round("X1", "2026-03-01", client_q()); }) == StoreError::Kind::Refused);
        CHECK(test::store_error_kind([&] { store.add_round("X2", "2026-03-01", team_q(), {&team_q()}); }) == StoreError::Kind::Refused);
        CHECK(test::store_error_kind([&] { store.add_round("X3", "2026-03-01", team_q(), {&client_q(), &client_q()}); }) ==
              StoreError::Kind::Refused);
        // A client version with a dimension the team version does not have.
        const auto stray = load_questionnaire(test::replaced(test::small_mirror_xml("client"), R"(<dimension id="tempo">)",
                                                             R"(<dimension id="snelheid">)"),
                                              "stray.xml");
        CHECK(test::store_error_kind([&] { store.add_round("X4", "2026-03-01", team_q(), {&stray}); }) == StoreError::Kind::Refused);
        for (const char* label : {"X1", "X2", "X3", "X4"})
            CHECK_FALSE(store.find_round(label)); // a refusal writes nothing
    }
}

TEST_CASE("mirror store: a client response follows the client version and stays out of the team's reads", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", team_q(), {&client_q()});
    const RowId team = store.add_team("FACT Noord");
    // The team answers with one consensus response; clients answer one by one next to it.
    auto consensus = store.start_response(round, team, Role::Unspecified, true);
    store.complete_response(consensus.id);
    auto client = store.start_response(round, team, Role::Unspecified, false, "", Perspective::Client, CollectionMode::Kiosk);
    CHECK(client.perspective == Perspective::Client);
    CHECK(client.collection == CollectionMode::Kiosk);
    CHECK(consensus.perspective == Perspective::Team);
    CHECK(consensus.collection == CollectionMode::Wizard);
    store.save_page({client.id, 1, {{0, 2}, {2, kNotApplicable}}, {}});
    // Item 3 exists in the team version, not in the client version.
    CHECK(test::store_error_kind([&] { store.save_page({client.id, 1, {{3, 4}}, {}}); }) == StoreError::Kind::Refused);
    auto unfinished = store.unfinished_responses(round);
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished[0].perspective == Perspective::Client);
    CHECK(unfinished[0].collection == CollectionMode::Kiosk);
    store.complete_response(client.id);

    auto rec = store.load_response(client.id);
    CHECK(rec.info.perspective == Perspective::Client);
    CHECK(rec.info.collection == CollectionMode::Kiosk);
    CHECK(rec.answers == std::vector<AnswerCode>{2, kUnanswered, kNotApplicable});

    // Team reads see the team only; a query for all perspectives sees both, each sized by its own version.
    ResponseQuery all;
    all.perspective.reset();
    CHECK(store.load_responses({}).size() == 1);
    CHECK(store.load_responses(all).size() == 2);
    ResponseQuery clients;
    clients.perspective = Perspective::Client;
    REQUIRE(store.load_responses(clients).size() == 1);
    CHECK(store.load_responses(clients)[0].answers.size() == 3);
    CHECK(store.load_scores(round).size() == 1);
    CHECK(store.load_scores(round)[0].answers.size() == 7);
    const auto client_scores = store.load_scores(round, Perspective::Client);
    REQUIRE(client_scores.size() == 1);
    CHECK(client_scores[0].answers == std::vector<AnswerCode>{2, kUnanswered, kNotApplicable});
    CHECK(client_scores[0].info.perspective == Perspective::Client);
    CHECK(client_scores[0].info.collection == CollectionMode::Kiosk);
    CHECK(store.load_scores(round, Perspective::Relative).empty());
    // Several perspectives in one read: ordered by id, each with its own perspective and version's answers.
    const auto both = store.load_scores(round, std::vector<Perspective>{Perspective::Team, Perspective::Client, Perspective::Relative});
    REQUIRE(both.size() == 2);
    CHECK(both[0].info.id < both[1].info.id);
    for (const auto& r : both)
        CHECK(r.answers.size() == (r.info.perspective == Perspective::Client ? 3u : 7u));
    CHECK((both[0].answers == client_scores[0].answers || both[1].answers == client_scores[0].answers));
    CHECK(store.load_scores(round, std::vector<Perspective>{}).empty());
    const auto participation = store.participation();
    REQUIRE(participation.size() == 1);
    CHECK(participation[0].complete == 1); // the team's consensus response; the client's is not the team's count
    CHECK(participation[0].consensus);
    CHECK(participation[0].clients == 1); // counted apart
    CHECK(participation[0].relatives == 0);

    // No relatives version in this round; a consensus response is the team's alone.
    CHECK(test::store_error_kind([&] { store.start_response(round, team, Role::Unspecified, false, "", Perspective::Relative); }) ==
          StoreError::Kind::Refused);
    CHECK(test::store_error_kind([&] { store.start_response(round, team, Role::Unspecified, true, "", Perspective::Client); }) ==
          StoreError::Kind::Refused);
}

TEST_CASE("mirror store: a client's session in the filling-in station shows the client version, also when resumed", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", team_q(), {&client_q()});
    const RowId team = store.add_team("T");
    auto session = ResponseSession::start(store, round, team, Role::Unspecified, false, "4321", Perspective::Client, CollectionMode::Kiosk);
    CHECK(session.questionnaire().id == "test-q-client");
    CHECK(session.info().perspective == Perspective::Client);
    CHECK(session.info().collection == CollectionMode::Kiosk);
    auto again = ResponseSession::resume(store, session.info().id, "4321");
    REQUIRE(again);
    CHECK(again->questionnaire().id == "test-q-client");
}

TEST_CASE("mirror store: bulk inserts and imports carry the perspective and the collection mode", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", team_q(), {&client_q(), &relative_q()});
    std::vector<NewResponse> batch = {
        test::new_response("T", Perspective::Team, CollectionMode::Wizard, {1, 2, 3, 4, 5, 1, 2}),
        test::new_response("T", Perspective::Client, CollectionMode::Paper, {5, 4, 3}),
        test::new_response("T", Perspective::Relative, CollectionMode::FormTool, {kDontKnow, 2}),
    };
    CHECK(store.insert_responses(round, batch).inserted == 3);
    ResponseQuery all;
    all.perspective.reset();
    const auto stored = store.load_responses(all);
    REQUIRE(stored.size() == 3);
    CHECK(stored[1].info.perspective == Perspective::Client);
    CHECK(stored[1].info.collection == CollectionMode::Paper);
    CHECK(stored[1].answers == std::vector<AnswerCode>{5, 4, 3});
    CHECK(stored[2].info.perspective == Perspective::Relative);
    CHECK(stored[2].info.collection == CollectionMode::FormTool);
    CHECK(stored[2].answers == std::vector<AnswerCode>{kDontKnow, 2});

    SECTION("answers are checked against the version of their perspective, and the whole batch is refused")
    {
        // Seven answers fit the team version, not the client's.
        std::vector<NewResponse> bad = {test::new_response("T", Perspective::Client, CollectionMode::Paper, {1, 2, 3}),
                                        test::new_response("T", Perspective::Client, CollectionMode::Paper, {1, 2, 3, 4, 5, 1, 2})};
        CHECK(test::store_error_kind([&] { store.insert_responses(round, bad); }) == StoreError::Kind::Refused);
        NewResponse together = test::new_response("U", Perspective::Client, CollectionMode::Paper, {1, 2, 3});
        together.consensus = true;
        CHECK(test::store_error_kind([&] { store.insert_responses(round, {together}); }) == StoreError::Kind::Refused);
        const RowId plain = store.add_round("R0", "2026-01-01", team_q());
        CHECK(test::store_error_kind([&] { store.insert_responses(plain, {batch[1]}); }) == StoreError::Kind::Refused);
        CHECK(store.load_responses(all).size() == 3);
    }
    SECTION("an import with the client version goes into the round that holds it")
    {
        auto result = store.import_responses("R1", "2026-03-01", client_q(),
                                             {test::new_response("T", Perspective::Client, CollectionMode::Import, {1, 1, 1})});
        CHECK(result.inserted == 1);
        CHECK(store.load_scores(round, Perspective::Client).size() == 2);
        // No such round, or a round without a client version: refused, nothing made.
        CHECK(test::store_error_kind([&] { store.import_responses("R9", "2026-03-01", client_q(), {}); }) == StoreError::Kind::Refused);
        CHECK_FALSE(store.find_round("R9"));
        store.add_round("R0", "2026-01-01", team_q());
        CHECK(test::store_error_kind([&] { store.import_responses("R0", "2026-01-01", client_q(), {}); }) == StoreError::Kind::Refused);
    }
}

TEST_CASE("mirror store: settings of the whole database", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    {
        Store store(location);
        CHECK_FALSE(store.setting("kiosk.pin"));
        store.set_setting("kiosk.pin", "salt:hash");
        store.set_setting("kiosk.pin", "salt2:hash2");
        CHECK(test::store_error_kind([&] { store.set_setting("", "x"); }) == StoreError::Kind::Refused);
    }
    Store again(location);
    CHECK(again.setting("kiosk.pin") == std::optional<std::string>("salt2:hash2"));
}

TEST_CASE("mirror store: a database of schema 3 gets the mirror and keeps its responses as the team's", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    const bool server = test::testing_postgresql();
    const auto steps = schema::migrations(server ? schema::Dialect::PostgreSQL : schema::Dialect::SQLite);
    REQUIRE(steps.size() >= 4); // this test writes a database of schema 3
    std::string script = steps[0] + ";" + steps[1] + ";" + steps[2] + ";";
    const std::string definition = team_q().definition_text;
    std::string quoted; // an SQL string, and on the server also inside the shell's double quotes of server_sql
    for (char c : definition) {
        if (c == '\'')
            quoted += "''";
        else if (server && (c == '"' || c == '\\' || c == '$' || c == '`'))
            quoted += std::string("\\") + c;
        else
            quoted += c;
    }
    script += "INSERT INTO teams (id, name) VALUES (1, 'Oud team');"
              "INSERT INTO questionnaires (id, questionnaire_id, version, definition) VALUES (1, 'test-q', '1.0', '" + quoted + "');"
              "INSERT INTO rounds (id, label, date, questionnaire) VALUES (1, 'R-oud', '2025-10-01', 1);"
              "INSERT INTO responses (id, uid, code, round, team, status, updated) VALUES (1, 'u-1', 'ABC-1234', 1, 1, 'complete', '2025-10-02T10:00:00Z');"
              "INSERT INTO answers (response, item, value) VALUES (1, 0, 4);";
    if (server) {
        test::server_sql(location, script + "CREATE TABLE herstelspiegel_schema (version INTEGER NOT NULL);"
                                            "INSERT INTO herstelspiegel_schema VALUES (3);"
                                            "SELECT setval('teams_id_seq', 1); SELECT setval('questionnaires_id_seq', 1);"
                                            "SELECT setval('rounds_id_seq', 1); SELECT setval('responses_id_seq', 1);");
    } else {
        sqlite_script(location, script + "PRAGMA application_id=" + std::to_string(schema::kApplicationId) + ";PRAGMA user_version=3;");
    }
    Store store(location);
    const auto old = store.find_round("R-oud");
    REQUIRE(old);
    CHECK(store.perspectives_of(old->id) == std::vector<Perspective>{Perspective::Team});
    const auto rec = store.load_response(1);
    CHECK(rec.info.perspective == Perspective::Team);
    CHECK(rec.info.collection == CollectionMode::Wizard);
    CHECK(rec.answers[0] == 4);
    CHECK(store.load_scores(old->id).size() == 1);
    // The migrated database takes a round with a client version and its responses.
    const RowId round = store.add_round("R-nieuw", "2026-03-01", team_q(), {&client_q()});
    store.insert_responses(round, {test::new_response("Oud team", Perspective::Client, CollectionMode::Paper, {3, 3, 3})});
    CHECK(store.load_scores(round, Perspective::Client).size() == 1);
    store.set_setting("a", "b");
    CHECK(store.integrity_check() == "ok");
}
