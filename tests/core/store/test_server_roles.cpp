// The shared server as an attacker would try it: a respondent login that reads, guesses and writes whatever
// PostgreSQL lets it, a manager login that wants raw answers, and an owner that is no superuser. Runs against the
// throw-away cluster (the "postgres:" tests); the address tests run everywhere.
#include "store/schema.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

using namespace hs;
using hs::test::TempDir;

namespace {

StoreError::Kind error_kind(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StoreError& e) {
        return e.kind();
    }
    return StoreError::Kind::Other;
}

std::string error_text(const std::function<void()>& f)
{
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "";
}

// psql as `url`, one session for the whole script; stops at the first error (exit status 3).
int psql(const TempDir& dir, const std::string& url, const std::string& script, std::string& output)
{
    static int counter = 0;
    const std::string file = dir.file("script-" + std::to_string(++counter) + ".sql");
    test::write_file(file, script);
    return test::run_command("psql -X -q -tA -v ON_ERROR_STOP=1 \"" + url + "\" -f " + file, output);
}

std::string query(const TempDir& dir, const std::string& url, const std::string& script)
{
    std::string output;
    INFO(script);
    REQUIRE(psql(dir, url, script, output) == 0);
    return output;
}

// A unique name part for this test's logins and database (role names are shared by the whole cluster).
std::string unique_suffix(const TempDir& dir) { return dir.path().filename().string().substr(8); }

} // namespace

TEST_CASE("no password reaches a message: every address form is stripped", "[security]")
{
    CHECK(without_password("postgresql://anna:geheim@db.example.nl:5432/hs") == "postgresql://anna@db.example.nl:5432/hs");
    CHECK(without_password("postgres://anna:ge:he%40im@host/hs?sslmode=require") == "postgres://anna@host/hs?sslmode=require");
    CHECK(without_password("postgresql://anna@host/hs?password=geheim") == "postgresql://anna@host/hs");
    CHECK(without_password("postgresql://host/hs?sslmode=require&password=geheim&connect_timeout=3") ==
          "postgresql://host/hs?sslmode=require&connect_timeout=3");
    CHECK(without_password("postgresql://host/hs?PASSWORD=geheim&sslmode=require") == "postgresql://host/hs?sslmode=require");
    CHECK(without_password("host=db user=anna password=geheim dbname=hs") == "host=db user=anna dbname=hs");
    CHECK(without_password("host=db password = 'ge heim\\'s' dbname=hs") == "host=db dbname=hs");
    CHECK(without_password("sslpassword=geheim host=db") == "host=db");
    CHECK(without_password("Cannot connect to postgresql://anna:geheim@host/hs: refused") ==
          "Cannot connect to postgresql://anna@host/hs: refused");
    CHECK(without_password("/home/anna/herstelspiegel.db") == "/home/anna/herstelspiegel.db");

    // The store's own messages: an address that cannot be reached names the server, never the password.
    for (const std::string address : {"postgresql://anna:Geheim123@127.0.0.1:1/hs", "postgresql://anna@127.0.0.1:1/hs?password=Geheim123"}) {
        const std::string message = error_text([&] { Store s(address); });
        CHECK_FALSE(message.empty());
        CHECK(message.find("Geheim123") == std::string::npos);
        CHECK(message.find("127.0.0.1") != std::string::npos);
    }
}

TEST_CASE("server roles: a respondent reaches nobody else's rows by any route, a manager sees aggregates only, "
          "the owner is no superuser", "[postgres]")
{
    TempDir dir;
    const std::string server = std::getenv("HS_TEST_POSTGRES_URL"); // postgresql://postgres@127.0.0.1:PORT
    const std::string host = server.substr(server.find('@') + 1);
    const std::string suffix = unique_suffix(dir);
    const std::string database = "hs_roles_" + suffix;
    const std::string owner = "coordinator_" + suffix, victim = "victim_" + suffix, attacker = "attacker_" + suffix,
                      manager = "manager_" + suffix;
    auto url = [&](const std::string& login) { return "postgresql://" + login + "@" + host + "/" + database; };

    // The README's set-up: the administrator makes one ordinary login with CREATEDB and CREATEROLE; that login
    // makes the database, the tables, the roles and the people's logins.
    query(dir, server + "/postgres", "CREATE ROLE " + owner + " LOGIN CREATEDB CREATEROLE;");
    query(dir, "postgresql://" + owner + "@" + host + "/postgres", "CREATE DATABASE " + database + ";");
    CHECK(query(dir, url(owner), "SELECT rolsuper FROM pg_roles WHERE rolname = current_user;") == "f\n");
    RowId round = 0, closed = 0, team = 0, other_team = 0;
    {
        Store store(url(owner)); // creates the tables: no catalogue lock, no superuser
        store.setup_server_roles();
        store.setup_server_roles(); // safe to run again
        round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
        closed = store.add_round("R0", "2025-09-01", test::small_questionnaire());
        store.set_round_status(closed, RoundStatus::Closed);
        team = store.add_team("T");
        other_team = store.add_team("U");
        store.add_team("V");
        std::vector<NewResponse> others(3);
        for (auto& n : others) {
            n.team = "T";
            n.answers.assign(7, 3);
            n.remarks[0] = "geheim";
        }
        store.insert_responses(round, others);
        std::vector<NewResponse> five(5);
        for (auto& n : five) {
            n.team = "V";
            n.answers.assign(7, 4);
        }
        for (int r = 0; r < 3; ++r)
            five[static_cast<std::size_t>(r)].answers[6] = kNotApplicable; // item 6: two scores, a hidden group
        store.insert_responses(round, five);
        Agreement plan; // the team's plan: the manager follows it, respondents neither see nor change it
        plan.team_id = team;
        plan.round_id = round;
        plan.dimension_id = "tempo";
        plan.action = "teamplan";
        store.add_agreement(plan);
    }
    query(dir, url(owner),
          "CREATE ROLE " + victim + " LOGIN IN ROLE herstelspiegel_respondent;"
          "CREATE ROLE " + attacker + " LOGIN IN ROLE herstelspiegel_respondent;"
          "CREATE ROLE " + manager + " LOGIN IN ROLE herstelspiegel_manager;");

    // The victim starts a questionnaire with a PIN, answers a page and is interrupted.
    RowId victims = 0;
    {
        Store store(url(victim));
        auto info = store.start_response(round, team, Role::Practitioner, false, "8642");
        victims = info.id;
        store.save_page({info.id, 1, {{0, 5}, {1, 4}}, {{0, "mijn opmerking"}}});
        auto mine = store.load_response(info.id);
        CHECK(mine.answers[0] == 5);
        CHECK(mine.remarks.at(0) == "mijn opmerking");
        // Everyone else's rows stay out of sight, even through the store's own queries.
        ResponseQuery all;
        all.include_unfinished = true;
        auto seen = store.load_responses(all);
        REQUIRE(seen.size() == 1);
        CHECK(seen[0].info.id == victims);
    }
    const std::string victim_uid = query(dir, url(owner), "SELECT uid FROM responses WHERE id = " + std::to_string(victims) + ";");
    const std::string victim_hashes =
        query(dir, url(owner), "SELECT secret_hash || ' ' || pin_salt || ' ' || pin_hash FROM responses WHERE id = " + std::to_string(victims) + ";");

    // plain SELECTs on every table, and every column that looks like a secret
    {
        std::string tables = query(dir, url(owner), "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1;");
        CHECK(tables.find("responses") != std::string::npos);
        std::string output;
        for (std::size_t start = 0; start < tables.size();) {
            const auto end = tables.find('\n', start);
            const std::string table = tables.substr(start, end - start);
            start = end + 1;
            const int status = psql(dir, url(attacker), "SELECT * FROM " + table + ";", output);
            INFO(table << ": " << output);
            if (table == "responses" || table == "answers" || table == "remarks")
                CHECK((status != 0 || output.empty())); // refused, or nothing
            CHECK(output.find("geheim") == std::string::npos);
            CHECK(output.find("mijn opmerking") == std::string::npos);
            CHECK(output.find(victim_uid.substr(0, 32)) == std::string::npos);
        }
        CHECK(query(dir, url(attacker), "SELECT count(*) FROM responses; SELECT count(*) FROM answers; SELECT count(*) FROM remarks;") ==
              "0\n0\n0\n");
        CHECK(query(dir, url(attacker), "SELECT count(*) FROM responses WHERE uid IS NOT NULL OR secret_hash IS NOT NULL OR pin_hash IS NOT NULL;") == "0\n");
        // The aggregate view is the manager's, not the respondent's.
        CHECK(psql(dir, url(attacker), "SELECT * FROM herstelspiegel_item_summary;", output) != 0);
        CHECK(output.find("permission denied") != std::string::npos);
        // The list of interrupted questionnaires carries no code, uid or hash.
        const std::string listed = query(dir, url(attacker), "SELECT * FROM herstelspiegel_unfinished();");
        CHECK(listed.find(std::to_string(victims) + "|") == 0);
        CHECK(listed.find(victim_uid.substr(0, 32)) == std::string::npos);
    }

    // session settings set to every value it could read or guess open nothing
    {
        // Its own response first, as any respondent may; then every value it ever saw, and the victim's secrets
        // as a backup would show them, go into every setting the store or version 1 used.
        const std::string own_secret = "a-secret-of-my-own-0123456789abcdef0123456789";
        std::string script = "SET herstelspiegel.response_secret = '" + own_secret + "';"
                             "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash) VALUES"
                             " ('attacker-uid', 'AAA-AAA', " + std::to_string(round) + ", " + std::to_string(other_team) +
                             ", 'practitioner', 0, 'now', encode(sha256(convert_to('" + own_secret + "', 'UTF8')), 'hex'));"
                             "SELECT id || ' ' || uid || ' ' || code || ' ' || secret_hash FROM responses;";
        const std::string own = query(dir, url(attacker), script);
        CHECK(own.find("attacker-uid") != std::string::npos);
        std::vector<std::string> values = {victim_uid.substr(0, 32), std::to_string(victims), "", "true", "on", "*", "%"};
        for (std::size_t start = 0; start < victim_hashes.size();) {
            const auto end = victim_hashes.find_first_of(" \n", start);
            values.push_back(victim_hashes.substr(start, end - start));
            start = end == std::string::npos ? victim_hashes.size() : end + 1;
        }
        for (std::size_t start = 0; start < own.size();) {
            const auto end = own.find_first_of(" \n", start);
            values.push_back(own.substr(start, end - start));
            start = end == std::string::npos ? own.size() : end + 1;
        }
        // Every setting it can find: those the policies and the functions read (the catalogue shows them to anyone),
        // and the one version 1 used.
        const std::string definitions = query(dir, url(attacker),
                                              "SELECT coalesce(qual, '') || ' ' || coalesce(with_check, '') FROM pg_policies;"
                                              "SELECT prosrc FROM pg_proc WHERE proname LIKE 'herstelspiegel%';");
        std::set<std::string> settings = {"herstelspiegel.response_uid"};
        const std::regex read_setting("current_setting\\('([^']+)'");
        for (std::sregex_iterator it(definitions.begin(), definitions.end(), read_setting), end; it != end; ++it)
            settings.insert((*it)[1]);
        CHECK(settings.count("herstelspiegel.response_secret") == 1);
        std::string script_all, expected;
        for (const auto& value : values)
            for (const auto& setting : settings) {
                script_all += "SET " + setting + " = '" + value + "';"
                              "SELECT (SELECT count(*) FROM responses WHERE uid <> 'attacker-uid') + (SELECT count(*) FROM answers)"
                              " + (SELECT count(*) FROM remarks);\n";
                expected += "0\n";
            }
        CHECK(query(dir, url(attacker), script_all) == expected);
    }

    // UPDATE and DELETE on others' rows change nothing; no completed response for another team
    {
        std::string output;
        for (const char* statement :
             {"UPDATE answers SET value = 1;", "DELETE FROM answers;", "UPDATE remarks SET text = 'weg';", "DELETE FROM remarks;",
              "UPDATE responses SET status = 'in-progress';", "UPDATE responses SET last_page = 9;", "DELETE FROM teams;"}) {
            psql(dir, url(attacker), statement, output);
            INFO(statement << ": " << output);
            CHECK((output.find("permission denied") != std::string::npos || output.empty()));
        }
        // Columns it may never set, and rows it may never add.
        const std::string secret = "SET herstelspiegel.response_secret = 'another-secret-0123456789abcdef012345';";
        const std::string hash = "encode(sha256(convert_to('another-secret-0123456789abcdef012345', 'UTF8')), 'hex')";
        auto insert = [&](const std::string& extra_columns, const std::string& extra_values, RowId in_round, RowId for_team,
                          int consensus = 0) {
            return psql(dir, url(attacker),
                        secret + "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash" + extra_columns +
                            ") VALUES ('u-" + std::to_string(in_round) + "-" + std::to_string(for_team) + extra_columns.substr(0, 4) +
                            "', 'BBB-BBB', " + std::to_string(in_round) + ", " + std::to_string(for_team) + ", '', " +
                            std::to_string(consensus) + ", 'now', " + hash + extra_values + ");",
                        output);
        };
        CHECK(insert(", status", ", 'complete'", round, other_team) != 0); // handed in from the start
        CHECK(insert(", last_page", ", 3", round, other_team) != 0);
        CHECK(insert("", "", closed, other_team) != 0);   // a closed round
        CHECK(insert("", "", round, 987654) != 0);        // no such team
        CHECK(insert("", "", round, team, 1) != 0);       // consensus where others answered individually
        CHECK(psql(dir, url(attacker),
                   secret + "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash) VALUES"
                            " ('u-x', 'CCC-CCC', " + std::to_string(round) + ", " + std::to_string(other_team) +
                       ", '', 0, 'now', 'not-my-secret');",
                   output) != 0); // a row it would not hold the secret of
        // Answers into someone else's response, with or without its id.
        CHECK(psql(dir, url(attacker), "INSERT INTO answers (response, item, value) VALUES (" + std::to_string(victims) + ", 2, 1);",
                   output) != 0);
        CHECK(psql(dir, url(attacker), "INSERT INTO remarks (response, dimension, text) VALUES (" + std::to_string(victims) + ", 1, 'x');",
                   output) != 0);
        // Into its own response, nothing the store could not hold (it would skew the team's numbers).
        CHECK(psql(dir, url(attacker),
                   "SET herstelspiegel.response_secret = 'skewing-secret-0123456789abcdef0123456789';"
                   "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash) VALUES"
                   " ('u-skew', 'EEE-EEE', " + std::to_string(round) + ", " + std::to_string(other_team) + ", '', 0, 'now',"
                   " encode(sha256(convert_to('skewing-secret-0123456789abcdef0123456789', 'UTF8')), 'hex'));"
                   "INSERT INTO answers (response, item, value) SELECT id, 0, 120 FROM responses;",
                   output) != 0);
        CHECK(output.find("row-level security") != std::string::npos);
        // Guessing the victim's PIN: wrong ones count, and say nothing.
        CHECK(query(dir, url(attacker), "SELECT herstelspiegel_resume(" + std::to_string(victims) + ", '1111', repeat('a', 64));") == "f\n");
        // Its own response it may hand in, and then no longer change.
        CHECK(query(dir, url(attacker),
                    secret + "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash) VALUES"
                             " ('u-own', 'DDD-DDD', " + std::to_string(round) + ", " + std::to_string(other_team) + ", '', 0, 'now', " +
                        hash + ") RETURNING status;"
                        "INSERT INTO answers (response, item, value) SELECT id, 0, 2 FROM responses;"
                        "UPDATE responses SET status = 'complete' RETURNING status;"
                        "UPDATE responses SET status = 'in-progress' RETURNING status;"
                        "DELETE FROM answers RETURNING item;") == "in-progress\ncomplete\n");

        // Seen by the owner: everything of everyone is as it was.
        Store store(url(owner));
        auto victim_record = store.load_response(victims);
        CHECK(victim_record.answers[0] == 5);
        CHECK(victim_record.answers[1] == 4);
        CHECK(victim_record.answers[2] == kUnanswered);
        CHECK(victim_record.remarks.at(0) == "mijn opmerking");
        CHECK(victim_record.remarks.count(1) == 0);
        CHECK(victim_record.info.status == ResponseStatus::InProgress);
        CHECK(victim_record.info.last_page == 1);
        ResponseQuery t;
        t.team = team;
        auto completed = store.load_responses(t);
        REQUIRE(completed.size() == 3);
        for (const auto& r : completed) {
            CHECK(std::count(r.answers.begin(), r.answers.end(), 3) == 7);
            CHECK(r.remarks.at(0) == "geheim");
        }
        ResponseQuery u;
        u.team = other_team;
        auto handed_in = store.load_responses(u);
        REQUIRE(handed_in.size() == 1); // only the one it started in progress and handed in itself
        CHECK(handed_in[0].info.uid == "u-own");
        CHECK(store.teams().size() == 3);
    }

    // agreements: the manager reads them (a team's plan, no answers in it) but changes nothing; a respondent
    // neither reads nor writes them
    {
        std::string output;
        CHECK(query(dir, url(manager), "SELECT action FROM agreements;") == "teamplan\n");
        for (const std::string& change : {std::string("UPDATE agreements SET action = 'x';"), std::string("DELETE FROM agreements;"),
                                          "INSERT INTO agreements (uid, team, round, dimension, action) VALUES ('u', " +
                                              std::to_string(team) + ", " + std::to_string(round) + ", 'tempo', 'x');"}) {
            for (const auto& login : {manager, attacker}) {
                CHECK(psql(dir, url(login), change, output) != 0);
                CHECK(output.find("permission denied") != std::string::npos);
            }
        }
        for (const std::string& attempt : {std::string("SELECT * FROM agreements;"), std::string("SELECT count(*) FROM agreements;"),
                                           std::string("TRUNCATE agreements;"), std::string("SELECT nextval('agreements_id_seq');"),
                                           std::string("COPY agreements TO STDOUT;")}) {
            INFO(attempt);
            CHECK(psql(dir, url(attacker), attempt, output) != 0);
            CHECK(output.find("permission denied") != std::string::npos);
        }
        CHECK(psql(dir, url(manager), "TRUNCATE agreements;", output) != 0);
        CHECK(output.find("permission denied") != std::string::npos);
        // The rights themselves, table, columns and sequence: the respondent has none, the manager reads only.
        for (const char* right : {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}) {
            INFO(right);
            const std::string r = std::string("'") + right + "'";
            CHECK(query(dir, url(owner), "SELECT has_table_privilege('herstelspiegel_respondent', 'agreements', " + r + ");") == "f\n");
            CHECK(query(dir, url(owner), "SELECT has_table_privilege('herstelspiegel_manager', 'agreements', " + r + ");") ==
                  (std::string(right) == "SELECT" ? "t\n" : "f\n"));
        }
        for (const char* right : {"SELECT", "INSERT", "UPDATE", "REFERENCES"})
            CHECK(query(dir, url(owner), std::string("SELECT has_any_column_privilege('herstelspiegel_respondent', 'agreements', '") +
                                             right + "');") == "f\n");
        for (const char* role : {"herstelspiegel_respondent", "herstelspiegel_manager"})
            CHECK(query(dir, url(owner), std::string("SELECT has_sequence_privilege('") + role + "', 'agreements_id_seq', 'USAGE') OR "
                                             "has_sequence_privilege('" + role + "', 'agreements_id_seq', 'UPDATE');") == "f\n");
        // Through the program as well: the respondent's login is refused, and nothing changed.
        {
            Store store(url(attacker));
            CHECK(error_kind([&] { store.agreements(); }) == StoreError::Kind::Refused);
            Agreement theirs;
            theirs.team_id = team;
            theirs.round_id = round;
            theirs.dimension_id = "tempo";
            theirs.action = "overgenomen";
            CHECK(error_kind([&] { store.add_agreement(theirs); }) == StoreError::Kind::Refused);
        }
        CHECK(query(dir, url(owner), "SELECT action FROM agreements;") == "teamplan\n");
    }

    // a manager reads aggregates of handed-in responses of groups of five or more, nothing else
    {
        std::string output;
        for (const char* table : {"responses", "answers", "remarks"}) {
            CHECK(psql(dir, url(manager), std::string("SELECT count(*) FROM ") + table + ";", output) != 0);
            CHECK(output.find("permission denied") != std::string::npos);
        }
        // Team V: five handed in; team T: three plus one in progress, under the threshold: not shown.
        CHECK(query(dir, url(manager), "SELECT team || ' ' || scores || ' ' || mean_raw_score FROM herstelspiegel_item_summary"
                                       " WHERE item_position = 0 ORDER BY team;") == "V 5 4.000\n");
        // Item 6 of team V has two scores: hidden. A function of the manager's own that prints every row it is
        // shown (cheap and immutable, so the planner would like to run it early) never sees that group's rows:
        // the view is a security barrier.
        CHECK(query(dir, url(manager), "SELECT count(*) FROM herstelspiegel_item_summary WHERE team = 'V';") == "6\n");
        psql(dir, url(manager),
             "CREATE FUNCTION pg_temp.peek(integer) RETURNS boolean LANGUAGE plpgsql IMMUTABLE COST 0.0000001 AS"
             " $$ BEGIN RAISE NOTICE 'seen item %', $1; RETURN true; END $$;"
             "SELECT count(*) FROM herstelspiegel_item_summary WHERE pg_temp.peek(item_position);",
             output);
        CHECK(output.find("seen item 5") != std::string::npos);
        CHECK(output.find("seen item 6") == std::string::npos);
    }

    // backup: refused for a login that cannot read everything, nothing written; the owner's is whole
    {
        for (const auto& login : {victim, manager}) {
            Store store(url(login));
            const std::string out = dir.file("backup-" + login + ".db");
            CHECK(error_kind([&] { store.backup(out); }) == StoreError::Kind::Refused);
            CHECK(error_text([&] { store.backup(out); }).find("incomplete") != std::string::npos);
            CHECK_FALSE(std::filesystem::exists(out));
            for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
                CHECK(entry.path().extension() != ".part");
        }
        Store store(url(owner));
        store.backup(dir.file("whole.db"));
        Store copy(dir.file("whole.db"));
        CHECK(copy.load_responses({}).size() == store.load_responses({}).size());
        // The answers too (a server keeps a row per answer, the copy a blob per response): every response's alike.
        ResponseQuery every;
        every.include_unfinished = true;
        const auto originals = store.load_responses(every);
        const auto copies = copy.load_responses(every);
        REQUIRE(copies.size() == originals.size());
        std::size_t answered = 0;
        for (std::size_t i = 0; i < copies.size(); ++i) {
            CHECK(copies[i].info.id == originals[i].info.id);
            CHECK(copies[i].answers == originals[i].answers);
            answered += static_cast<std::size_t>(std::count_if(copies[i].answers.begin(), copies[i].answers.end(),
                                                               [](AnswerCode a) { return a != kUnanswered; }));
        }
        CHECK(answered > 0);
        CHECK(copy.load_response(victims).remarks.at(0) == "mijn opmerking");
        CHECK(copy.unlock_response(victims, "8642")); // the PIN travels with the copy, as a hash
    }

    // the victim continues with the PIN, from a new connection; the store says no to a wrong PIN
    {
        Store store(url(victim));
        auto listed = store.unfinished_responses(round, team);
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].id == victims);
        CHECK(listed[0].code.empty());
        CHECK(listed[0].uid.empty());
        CHECK(error_kind([&] { store.load_response(victims); }) == StoreError::Kind::NotFound);
        CHECK_FALSE(store.unlock_response(victims, "0000"));
        CHECK(error_kind([&] { store.save_page({victims, 1, {{2, 1}}, {}}); }) == StoreError::Kind::NotFound);
        REQUIRE(store.unlock_response(victims, "8642"));
        auto mine = store.load_response(victims);
        CHECK(mine.answers[0] == 5);
        store.save_page({victims, 2, {{2, 2}}, {}});
        store.complete_response(victims);
        // Handed in: frozen, also for itself.
        CHECK(error_kind([&] { store.save_page({victims, 2, {{2, 3}}, {}}); }) == StoreError::Kind::Refused);
        CHECK(store.unfinished_responses().empty());
    }

    // server-roles says which right is missing
    {
        // Another login than the owner (here a manager) cannot, and is told who can.
        Store store(url(manager));
        const std::string message = error_text([&] { store.setup_server_roles(); });
        CHECK(message.find("owner") != std::string::npos);
        CHECK(message.find(owner) != std::string::npos);
    }
}

TEST_CASE("workstations opening a new server database at once create its tables once, without catalogue locks", "[postgres]")
{
    TempDir dir;
    const auto location = test::new_store_location(dir);
    std::vector<std::thread> workstations;
    std::atomic<int> failures{0};
    std::mutex guard;
    std::string error;
    for (int w = 0; w < 4; ++w)
        workstations.emplace_back([&] {
            try {
                Store store(location);
                store.teams();
            } catch (const std::exception& e) {
                ++failures;
                std::lock_guard<std::mutex> lock(guard);
                error = e.what();
            }
        });
    for (auto& t : workstations)
        t.join();
    INFO(error);
    CHECK(failures == 0);
    std::string output;
    REQUIRE(test::run_command("psql -X -tA \"" + location + "\" -c 'SELECT count(*), max(version) FROM herstelspiegel_schema'", output) == 0);
    // A server stays at the last step that changes it, so workstations of the version before a SQLite-only step
    // still open it.
    CHECK(output == "1|" + std::to_string(schema::current_version(schema::Dialect::PostgreSQL)) + "\n");
}
