// Agreements in the store: written only when they fit the store, kept with the team, carried by the backup, and
// added to a database of the first schema by its migration.
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
    CHECK(s.store.agreement(other).status_date.size() == 10); // today, when not given

    CHECK(s.store.agreements().size() == 2);
    REQUIRE(s.store.agreements(s.team).size() == 1);
    CHECK(s.store.agreements(s.team)[0].id == id);

    s.store.set_agreement_status(id, AgreementStatus::Done, "2026-04-20", std::string("Casussen besproken; werkt"));
    stored = s.store.agreement(id);
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
}

TEST_CASE("a database of the first schema gets the agreements table and keeps its data", "[store]")
{
    TempDir dir;
    const std::string location = test::new_store_location(dir);
    const std::string first = schema::migrations(test::testing_postgresql() ? schema::Dialect::PostgreSQL : schema::Dialect::SQLite)[0];
    if (test::testing_postgresql()) {
        test::server_sql(location, first + ";CREATE TABLE herstelspiegel_schema (version INTEGER NOT NULL);"
                                           "INSERT INTO herstelspiegel_schema VALUES (1);"
                                           "INSERT INTO teams (name) VALUES ('Oud team')");
    } else {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(location.c_str(), &db) == SQLITE_OK);
        const std::string script = first + ";INSERT INTO teams (name) VALUES ('Oud team');PRAGMA application_id=" +
                                   std::to_string(schema::kApplicationId) + ";PRAGMA user_version=1;";
        char* error = nullptr;
        const int rc = sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error);
        INFO((error ? error : ""));
        sqlite3_free(error);
        sqlite3_close(db);
        REQUIRE(rc == SQLITE_OK);
    }
    Store store(location);
    REQUIRE(store.find_team("Oud team"));
    Agreement a;
    a.team_id = store.find_team("Oud team")->id;
    a.round_id = store.add_round("2026-voorjaar", "2026-04-01", test::small_questionnaire());
    a.dimension_id = "hoop";
    a.action = "Herstelverhalen delen";
    const RowId id = store.add_agreement(a);
    CHECK(store.agreement(id).action == "Herstelverhalen delen");
    CHECK(store.integrity_check() == "ok");
}
