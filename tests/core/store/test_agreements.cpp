// Agreements in the store: written only when they fit the store, kept with the team, carried by the backup, and
// added to a database of the first schema by its migration.
#include "common/ids.h"
#include "store/schema.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <functional>

using namespace hs;
using hs::test::TempDir;

namespace {

struct Setup {
    TempDir dir;
    std::string location = test::new_store_location(dir);
    Store store{location};
    RowId team = store.add_team("FACT Noord");
    RowId other_team = store.add_team("Beschermd wonen Oost");
    RowId r1 = store.add_round("2025-najaar", "2025-10-01", test::small_questionnaire());
    RowId r2 = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());

    Agreement about(const std::string& dimension, RowId round) const
    {
        Agreement a;
        a.team_id = team;
        a.round_id = round;
        a.dimension_id = dimension;
        a.action = "Elke teamvergadering één casus vanuit het levensverhaal bespreken";
        return a;
    }
};

} // namespace

TEST_CASE("agreements are kept with the team, listed by team and status, and changed in place", "[store]")
{
    Setup s;
    Agreement a = s.about("tempo", s.r1);
    a.item_id = "tempo.b";
    a.owner = "Anna";
    a.due = "2026-03-31";
    a.status_date = "2025-10-15";
    const std::string before = now_iso();
    const RowId id = s.store.add_agreement(a);
    Agreement b = s.about("hoop", s.r2);
    b.team_id = s.other_team;
    const RowId other = s.store.add_agreement(b);

    Agreement stored = s.store.agreement(id);
    CHECK(stored.team_id == s.team);
    CHECK(stored.round_id == s.r1);
    CHECK(stored.dimension_id == "tempo");
    CHECK(stored.item_id == "tempo.b");
    CHECK(stored.owner == "Anna");
    CHECK(stored.due == "2026-03-31");
    CHECK(stored.status == AgreementStatus::Open);
    CHECK(stored.status_date == "2025-10-15");
    CHECK(stored.uid.size() == 32);
    // Stamped when written, whatever the caller put there.
    CHECK(is_iso_timestamp(stored.changed));
    CHECK(stored.changed >= before);
    CHECK(stored.changed <= now_iso());
    CHECK(s.store.agreement(other).status_date.size() == 10); // today, when not given

    CHECK(s.store.agreements().size() == 2);
    REQUIRE(s.store.agreements(s.team).size() == 1);
    CHECK(s.store.agreements(s.team)[0].id == id);

    s.store.set_agreement_status(id, AgreementStatus::Done, "2026-04-20", std::string("Casussen besproken; werkt"));
    stored = s.store.agreement(id);
    CHECK(stored.changed >= s.store.agreement(other).changed); // written again
    CHECK(stored.status == AgreementStatus::Done);
    CHECK(stored.status_date == "2026-04-20");
    CHECK(stored.evaluation == "Casussen besproken; werkt");
    CHECK(s.store.agreements({}, AgreementStatus::Done).size() == 1);
    CHECK(s.store.agreements({}, AgreementStatus::Open).size() == 1);
    CHECK(s.store.agreements(s.team, AgreementStatus::Open).empty());
    // A status change without a note keeps the evaluation.
    s.store.set_agreement_status(id, AgreementStatus::Dropped, "2026-04-21");
    CHECK(s.store.agreement(id).evaluation == "Casussen besproken; werkt");
    CHECK(s.store.agreement(id).status == AgreementStatus::Dropped);

    stored.action = "Twee casussen per maand";
    stored.dimension_id = "hoop";
    stored.item_id.clear();
    stored.due.clear();
    stored.team_id = s.other_team; // ignored: an agreement stays with its team
    s.store.update_agreement(stored);
    Agreement edited = s.store.agreement(id);
    CHECK(edited.action == "Twee casussen per maand");
    CHECK(edited.dimension_id == "hoop");
    CHECK(edited.item_id.empty());
    CHECK(edited.due.empty());
    CHECK(edited.team_id == s.team);
}

TEST_CASE("agreements that do not fit the store are refused and change nothing", "[store]")
{
    Setup s;
    auto refused = [&](const Agreement& a) { return test::store_error_kind([&] { s.store.add_agreement(a); }); };
    Agreement a = s.about("tempo", s.r1);
    Agreement bad = a;
    bad.team_id = 999;
    CHECK(refused(bad) == StoreError::Kind::NotFound);
    bad = a;
    bad.round_id = 999;
    CHECK(refused(bad) == StoreError::Kind::NotFound);
    bad = a;
    bad.dimension_id = "geen-dimensie";
    CHECK(refused(bad) == StoreError::Kind::Refused);
    bad = a;
    bad.item_id = "hoop.a"; // a statement of another dimension
    CHECK(refused(bad) == StoreError::Kind::Refused);
    bad = a;
    bad.action = "  ";
    CHECK(refused(bad) == StoreError::Kind::Refused);
    for (const char* date : {"2026-02-30", "2026-13-01", "31-12-2026", "2026-1-01", "morgen", "2026-06-31"}) {
        bad = a;
        bad.due = date;
        INFO(date);
        CHECK(refused(bad) == StoreError::Kind::Refused);
    }
    bad = a;
    bad.due = "2028-02-29"; // a leap day is a date
    CHECK_NOTHROW(s.store.add_agreement(bad));
    CHECK(s.store.agreements().size() == 1);

    const RowId id = s.store.agreements()[0].id;
    CHECK(test::store_error_kind([&] { s.store.agreement(id + 100); }) == StoreError::Kind::NotFound);
    CHECK(test::store_error_kind([&] { s.store.set_agreement_status(id + 100, AgreementStatus::Done, "2026-01-01"); }) == StoreError::Kind::NotFound);
    CHECK(test::store_error_kind([&] { s.store.set_agreement_status(id, AgreementStatus::Done, "gisteren"); }) == StoreError::Kind::Refused);
    CHECK(s.store.agreement(id).status == AgreementStatus::Open);
    Agreement edit = s.store.agreement(id);
    edit.dimension_id = "onbekend";
    CHECK(test::store_error_kind([&] { s.store.update_agreement(edit); }) == StoreError::Kind::Refused);
    CHECK(s.store.agreement(id).dimension_id == "tempo");
}

TEST_CASE("a backup carries the agreements", "[store]")
{
    Setup s;
    Agreement a = s.about("scholing", s.r2);
    a.owner = "Bram";
    a.evaluation = "Nog niet begonnen";
    const RowId id = s.store.add_agreement(a);
    s.store.backup(s.dir.file("backup.db"));
    Store copy(s.dir.file("backup.db"));
    const Agreement c = copy.agreement(id);
    CHECK(c.uid == s.store.agreement(id).uid);
    CHECK(c.team_id == s.team);
    CHECK(c.round_id == s.r2);
    CHECK(c.owner == "Bram");
    CHECK(c.evaluation == "Nog niet begonnen");
    CHECK(c.action == a.action);
    CHECK(c.changed == s.store.agreement(id).changed);
    CHECK_FALSE(c.changed.empty());
}

TEST_CASE("a database of the first schema gets the agreements table and keeps its data", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    // Version 1 as it was used: a team, a round with its questionnaire, two handed-in responses with answers and a
    // remark. No explicit ids: the server's sequences stay right.
    test::old_database(
        dir, location, 1,
        "INSERT INTO teams (name) VALUES ('Oud team');"
        "INSERT INTO questionnaires (questionnaire_id, version, definition) VALUES ('test-q', '1.0', " +
            test::sql_text(test::small_questionnaire().definition_text) + ");"
        "INSERT INTO rounds (label, date, questionnaire) SELECT 'R-oud', '2025-10-01', id FROM questionnaires;"
        "INSERT INTO responses (uid, code, round, team, status, updated) SELECT 'u-' || n, 'ABC-123' || n, r.id, t.id, "
        "'complete', '2025-10-02T10:00:00Z' FROM rounds r, teams t, (SELECT 1 AS n UNION ALL SELECT 2) k;"
        "INSERT INTO answers (response, item, value) SELECT id, 3, CASE WHEN uid = 'u-1' THEN 2 ELSE 4 END FROM responses;"
        "INSERT INTO remarks (response, dimension, text) SELECT id, 1, 'Oude opmerking' FROM responses WHERE uid = 'u-2'");
    Store store(location);
    const auto team = store.find_team("Oud team");
    const auto old = store.find_round("R-oud");
    REQUIRE(team);
    REQUIRE(old);
    ResponseQuery all;
    all.round = old->id;
    const auto kept = store.load_responses(all);
    REQUIRE(kept.size() == 2);
    for (const auto& r : kept) {
        CHECK(r.answers[3] == (r.info.uid == "u-1" ? 2 : 4));
        CHECK(r.remarks.count(1) == (r.info.uid == "u-2" ? 1u : 0u));
    }
    // The upgraded database takes an agreement after the old round, with its time stamp.
    Agreement a;
    a.team_id = team->id;
    a.round_id = old->id;
    a.dimension_id = "tempo";
    a.action = "Herstelverhalen delen";
    const RowId id = store.add_agreement(a);
    CHECK(store.agreement(id).action == "Herstelverhalen delen");
    CHECK(store.agreement(id).round_id == old->id);
    CHECK(is_iso_timestamp(store.agreement(id).changed));
    CHECK(store.integrity_check() == "ok");
}

TEST_CASE("agreements of a database of schema 4 keep their content and get an empty time stamp", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    test::old_database(dir, location, 4,
                       "INSERT INTO teams (name) VALUES ('FACT Noord');"
                       "INSERT INTO questionnaires (questionnaire_id, version, definition) VALUES ('test-q', '1.0', " +
                           test::sql_text(test::small_questionnaire().definition_text) + ");"
                       "INSERT INTO rounds (label, date, questionnaire) SELECT '2025-najaar', '2025-10-01', id FROM questionnaires;"
                       "INSERT INTO agreements (uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation) "
                       "SELECT 'u-plan', t.id, r.id, 'tempo', 'tempo.b', 'Tempo van de cliënt', 'Anna', '2026-03-31', 'done', "
                       "'2026-04-02', 'Gelukt' FROM teams t, rounds r");
    Store store(location);
    REQUIRE(store.agreements().size() == 1);
    const Agreement a = store.agreements()[0];
    CHECK(a.uid == "u-plan");
    CHECK(a.dimension_id == "tempo");
    CHECK(a.item_id == "tempo.b");
    CHECK(a.action == "Tempo van de cliënt");
    CHECK(a.owner == "Anna");
    CHECK(a.due == "2026-03-31");
    CHECK(a.status == AgreementStatus::Done);
    CHECK(a.status_date == "2026-04-02");
    CHECK(a.evaluation == "Gelukt");
    CHECK(a.changed.empty());
    // Saving it unchanged is no edit: it keeps having no stamp, so no copy elsewhere is overruled by it.
    store.update_agreement(a);
    store.set_agreement_status(a.id, AgreementStatus::Done, "2026-04-02", std::string("Gelukt"));
    CHECK(store.agreement(a.id).changed.empty());
    // A real edit is stamped.
    Agreement edited = a;
    edited.owner = "Bram";
    store.update_agreement(edited);
    CHECK(is_iso_timestamp(store.agreement(a.id).changed));
}

TEST_CASE("an agreement has no link to a respondent: its columns are the team's plan only", "[store]")
{
    // A column that named a response, its code or its secret would tie a plan to a person; this lists what there is.
    Setup s;
    std::string columns;
    if (test::testing_postgresql()) {
        REQUIRE(test::run_command("psql -X -tA \"" + s.location +
                                      "\" -c \"SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM "
                                      "information_schema.columns WHERE table_name = 'agreements' AND table_schema = current_schema()\"",
                                  columns) == 0);
    } else {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(s.location.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT name FROM pragma_table_info('agreements') ORDER BY cid", -1, &st, nullptr) == SQLITE_OK);
        while (sqlite3_step(st) == SQLITE_ROW)
            columns += std::string(columns.empty() ? "" : ",") + reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(db);
        columns += "\n";
    }
    CHECK(columns == "id,uid,team,round,dimension,item,action,owner,due,status,status_date,evaluation,changed\n");
}
