#pragma once
// The store's schema as a list of migrations, for SQLite and PostgreSQL alike. A database is migrated forward on
// open, all steps in one transaction. Never edit a shipped migration: add one.
#include <string>
#include <utility>
#include <vector>

namespace hs::schema {

inline constexpr int kApplicationId = 0x48535047; // "HSPG": marks the file as ours

enum class Dialect { SQLite, PostgreSQL };

// Migrations are written once, with a few words that differ between the two dialects:
//   {id}   the row id column   {ref}  a reference to a row id   {lean} storage for the table of millions of rows
// A step that starts with {sqlite-only} changes nothing on PostgreSQL (there it is empty: the version still counts).
inline std::string dialect_sql(const char* text, Dialect d)
{
    const bool lite = d == Dialect::SQLite;
    const std::string only_sqlite = "{sqlite-only}";
    if (std::string(text).rfind(only_sqlite, 0) == 0) {
        if (!lite)
            return "";
        text += only_sqlite.size();
    }
    const std::pair<const char*, const char*> words[] = {
        {"{id}", lite ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY"},
        {"{ref}", lite ? "INTEGER" : "BIGINT"},
        {"{lean}", lite ? " WITHOUT ROWID" : ""},
    };
    std::string s = text;
    for (const auto& [word, replacement] : words)
        for (auto pos = s.find(word); pos != std::string::npos; pos = s.find(word, pos))
            s.replace(pos, std::string(word).size(), replacement);
    return s;
}

// Migration N brings the schema version from N to N+1 (SQLite: PRAGMA user_version; PostgreSQL: the table
// herstelspiegel_schema). Statements are separated by ';'.
inline const std::vector<const char*>& migration_texts()
{
    static const std::vector<const char*> steps = {
        // 0 -> 1: the first schema.
        R"sql(
CREATE TABLE teams (
  id {id},
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);
CREATE TABLE questionnaires (
  id {id},
  questionnaire_id TEXT NOT NULL,
  version TEXT NOT NULL,
  definition TEXT NOT NULL,
  UNIQUE (questionnaire_id, version)
);
CREATE TABLE rounds (
  id {id},
  label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
  date TEXT NOT NULL,
  questionnaire {ref} NOT NULL REFERENCES questionnaires(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
CREATE TABLE responses (
  id {id},
  uid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  round {ref} NOT NULL REFERENCES rounds(id),
  team {ref} NOT NULL REFERENCES teams(id),
  role TEXT NOT NULL DEFAULT '',
  consensus INTEGER NOT NULL DEFAULT 0 CHECK (consensus IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'complete')),
  last_page INTEGER NOT NULL DEFAULT 0,
  updated TEXT NOT NULL
);
CREATE INDEX responses_by_round_team ON responses (round, team);
CREATE INDEX responses_by_team ON responses (team);
-- item: the item's position in the round's questionnaire; value: see answer.h (n.v.t. -1, weet niet -2).
-- An unanswered item has no row. No foreign key on purpose: this is the table of millions of rows, and the
-- store writes a response and its answers in one transaction and deletes them together.
CREATE TABLE answers (
  response {ref} NOT NULL,
  item INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value <> 0),
  PRIMARY KEY (response, item)
){lean};
CREATE TABLE remarks (
  response {ref} NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  dimension INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (response, dimension)
){lean}
)sql",
        // 1 -> 2: agreements a team makes after a round, followed into the next ones. They belong to the team and
        // never refer to a response. dimension/item: stable ids in the round's questionnaire; due and status_date:
        // YYYY-MM-DD ('' when not given); uid: the agreement's identity across machines.
        R"sql(
CREATE TABLE agreements (
  id {id},
  uid TEXT NOT NULL UNIQUE,
  team {ref} NOT NULL REFERENCES teams(id),
  round {ref} NOT NULL REFERENCES rounds(id),
  dimension TEXT NOT NULL CHECK (length(trim(dimension)) > 0),
  item TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL CHECK (length(trim(action)) > 0),
  owner TEXT NOT NULL DEFAULT '',
  due TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  status_date TEXT NOT NULL DEFAULT '',
  evaluation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agreements_by_team ON agreements (team)
)sql",
        // 2 -> 3: secrets kept only as hashes. secret_hash: SHA-256 of the secret a server session holds for the
        // response it started (row-level security, see postgresql_roles_statements); pin_salt/pin_hash: the salted
        // SHA-256 of the PIN with which the respondent who started it may continue it; pin_failures: wrong PINs
        // in a row (five lock it).
        R"sql(
ALTER TABLE responses ADD COLUMN secret_hash TEXT;
ALTER TABLE responses ADD COLUMN pin_salt TEXT;
ALTER TABLE responses ADD COLUMN pin_hash TEXT;
ALTER TABLE responses ADD COLUMN pin_failures INTEGER NOT NULL DEFAULT 0
)sql",
        // 3 -> 4: the mirror. A round may hold a client and a relative version next to the team's questionnaire
        // (which stays in rounds.questionnaire); each response records whose view it gives and how it was collected
        // (the answers of a client response are positions in the round's client version). Responses of earlier
        // versions were all the team's, filled in on screen. settings: small values of the whole database, e.g.
        // the salted hash of the coordinator's PIN that ends the filling-in station.
        R"sql(
CREATE TABLE round_questionnaires (
  round {ref} NOT NULL REFERENCES rounds(id),
  perspective TEXT NOT NULL CHECK (perspective IN ('client', 'relative')),
  questionnaire {ref} NOT NULL REFERENCES questionnaires(id),
  PRIMARY KEY (round, perspective)
);
ALTER TABLE responses ADD COLUMN perspective TEXT NOT NULL DEFAULT 'team' CHECK (perspective IN ('team', 'client', 'relative'));
ALTER TABLE responses ADD COLUMN collection TEXT NOT NULL DEFAULT 'wizard' CHECK (collection IN ('wizard', 'kiosk', 'paper', 'form', 'import'));
CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
)
)sql",
        // 4 -> 5: when an agreement was last written (YYYY-MM-DDTHH:MM:SSZ, UTC), here or on the machine a portable
        // file brought it from: of two copies of the same agreement the one written later wins. '' for agreements
        // last written before this step.
        R"sql(
ALTER TABLE agreements ADD COLUMN changed TEXT NOT NULL DEFAULT ''
)sql",
        // 5 -> 6, SQLite only: the checks of responses.perspective and responses.collection as comparisons. For a
        // CHECK's IN (...) of three or more values SQLite builds a lookup table on every row it inserts, which made
        // the response rows of an import cost twice what they need. SQLite cannot change a CHECK in place, so the
        // table is made anew with the same columns, rows, ids and indexes (Store::Impl::migrate runs the steps with
        // foreign keys off, so dropping the old table leaves the remarks alone, and checks them afterwards).
        // PostgreSQL checks an IN list without that cost: nothing changes there.
        R"sql({sqlite-only}
CREATE TABLE responses_new (
  id {id},
  uid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  round {ref} NOT NULL REFERENCES rounds(id),
  team {ref} NOT NULL REFERENCES teams(id),
  role TEXT NOT NULL DEFAULT '',
  consensus INTEGER NOT NULL DEFAULT 0 CHECK (consensus IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'complete')),
  last_page INTEGER NOT NULL DEFAULT 0,
  updated TEXT NOT NULL,
  secret_hash TEXT,
  pin_salt TEXT,
  pin_hash TEXT,
  pin_failures INTEGER NOT NULL DEFAULT 0,
  perspective TEXT NOT NULL DEFAULT 'team'
    CHECK (perspective = 'team' OR perspective = 'client' OR perspective = 'relative'),
  collection TEXT NOT NULL DEFAULT 'wizard'
    CHECK (collection = 'wizard' OR collection = 'kiosk' OR collection = 'paper' OR collection = 'form' OR collection = 'import')
);
INSERT INTO responses_new (id, uid, code, round, team, role, consensus, status, last_page, updated, secret_hash, pin_salt,
                           pin_hash, pin_failures, perspective, collection)
  SELECT id, uid, code, round, team, role, consensus, status, last_page, updated, secret_hash, pin_salt, pin_hash,
         pin_failures, perspective, collection FROM responses;
DROP TABLE responses;
ALTER TABLE responses_new RENAME TO responses;
CREATE INDEX responses_by_round_team ON responses (round, team);
CREATE INDEX responses_by_team ON responses (team)
)sql",
        // 6 -> 7, SQLite only: a response's answers in its own row (responses.answers; the format is in
        // answer_bytes.h) instead of a row per answer. SQLite's b-tree made each answer row cost as much as the rest
        // of an import together; a round is now 6,000 rows to write instead of 433,000. hs_answer_bytes(item, value)
        // is the aggregate Store::Impl::migrate registers for this step. PostgreSQL keeps the table of answers:
        // its row-level security guards them per response.
        R"sql({sqlite-only}
ALTER TABLE responses ADD COLUMN answers BLOB NOT NULL DEFAULT x'';
UPDATE responses SET answers = (SELECT hs_answer_bytes(item, value) FROM answers WHERE response = responses.id)
  WHERE id IN (SELECT response FROM answers);
DROP TABLE answers
)sql",
    };
    return steps;
}

inline std::vector<std::string> migrations(Dialect d)
{
    std::vector<std::string> out;
    for (const char* text : migration_texts())
        out.push_back(dialect_sql(text, d));
    return out;
}

// The schema version a database of this dialect is brought to: the last step that changes something there. A
// PostgreSQL server stays at the version before a {sqlite-only} step, so workstations of the version before it
// keep opening it.
inline int current_version(Dialect d)
{
    const auto steps = migrations(d);
    int version = static_cast<int>(steps.size());
    while (version > 0 && steps[static_cast<std::size_t>(version) - 1].find_first_not_of(" \t\r\n") == std::string::npos)
        --version;
    return version;
}

// The anonymity threshold of the server's aggregate view: the field's default of five completed responses per team
// and round (never below three; see DESIGN.md). The same minimum the analysis applies to the workbooks by default;
// the view cannot read a report's setting, so it keeps the default, which is also the stricter choice.
inline constexpr int kServerViewMinimumResponses = 5;

// Roles on a shared server (herstelspiegel-cli server-roles, run by the owner of the tables; the two roles are
// created first by Store::setup_server_roles, which needs CREATEROLE, or made once by an administrator):
//  herstelspiegel_respondent: fills in questionnaires. Reads teams, rounds and questionnaires. Every row of
//    responses, answers and remarks is behind row-level security: a respondent's session sees and changes only the
//    response whose secret it holds (the session setting herstelspiegel.response_secret). The table stores only the
//    secret's SHA-256 (secret_hash), and only the session that started (or, with its PIN, resumed) a response ever
//    knew the secret, so no value a respondent can read or guess opens another row. A respondent starts a response
//    only as in progress, on page 0, in an open round, for an existing team, under the team's consensus rule
//    (herstelspiegel_may_start), and hands in only its own; a handed-in response is frozen for it.
//    Interrupted questionnaires are listed (without codes) by herstelspiegel_unfinished() and taken over with the
//    PIN chosen at the start by herstelspiegel_resume(), which checks the salted hash and gives the response a new
//    secret; five wrong PINs lock the response (the coordinator can still read it).
//  herstelspiegel_manager: reads aggregates only: the view herstelspiegel_item_summary (a security barrier, run with
//    the owner's rights), computed from handed-in responses of teams and rounds with at least
//    kServerViewMinimumResponses of them. No raw answers, no remarks, no response rows. It also reads the teams'
//    agreements (their plans, which hold no answers), and changes nothing.
// The owner (the coordinator's account) keeps full access for analysis, exports, imports and backups.
// `schema` is the quoted name of the schema holding the tables: the SECURITY DEFINER functions search only it
// (and pg_catalog), never a temporary schema a caller could fill with look-alike tables.
inline std::vector<std::string> postgresql_roles_statements(const std::string& schema)
{
    const std::string held = "herstelspiegel_held_secret_hash()";
    const std::string own = "(SELECT id FROM responses WHERE secret_hash = " + held + ")";
    const std::string own_open = "(SELECT r.id FROM responses r JOIN rounds ro ON ro.id = r.round WHERE r.secret_hash = " + held +
                                 " AND r.status = 'in-progress' AND ro.status = 'open')";
    const std::string definer = " SECURITY DEFINER SET search_path = pg_catalog, " + schema + ", pg_temp";
    const std::string minimum = std::to_string(kServerViewMinimumResponses);
    std::vector<std::string> s = {
        // Nothing of version 1's design survives: its grants and its policies (one of them USING (true)) go first.
        "REVOKE ALL ON responses, answers, remarks FROM herstelspiegel_respondent, herstelspiegel_manager",
        "DROP POLICY IF EXISTS own_answers ON answers",
        "DROP POLICY IF EXISTS own_remarks ON remarks",
        "DROP POLICY IF EXISTS see_responses ON responses",
        "DROP POLICY IF EXISTS start_responses ON responses",
        "DROP POLICY IF EXISTS update_own_response ON responses",
        "GRANT SELECT ON herstelspiegel_schema, teams, rounds, questionnaires, round_questionnaires TO herstelspiegel_respondent,"
        " herstelspiegel_manager",
        // The hash of the secret this session holds; NULL without one (or with a short one, which no response has).
        "CREATE OR REPLACE FUNCTION herstelspiegel_held_secret_hash() RETURNS text LANGUAGE sql STABLE AS $$"
        " SELECT CASE WHEN length(current_setting('herstelspiegel.response_secret', true)) >= 32"
        " THEN encode(sha256(convert_to(current_setting('herstelspiegel.response_secret', true), 'UTF8')), 'hex') END $$",
        // May a new response start here? Open round, existing team, and the consensus rule against every response
        // of the team in the round (which the respondent itself cannot see).
        // The rule is the team's: clients and relatives answer one by one, next to whatever the team does, and only
        // in a round that holds a version for them.
        "CREATE OR REPLACE FUNCTION herstelspiegel_may_start(p_round bigint, p_team bigint, p_consensus integer, p_perspective text)"
        " RETURNS boolean LANGUAGE sql STABLE" + definer + " AS $$"
        " SELECT EXISTS (SELECT 1 FROM rounds WHERE id = p_round AND status = 'open')"
        " AND EXISTS (SELECT 1 FROM teams WHERE id = p_team)"
        " AND CASE WHEN p_perspective = 'team' THEN NOT EXISTS (SELECT 1 FROM responses WHERE round = p_round AND team = p_team"
        " AND perspective = 'team' AND (consensus = 1 OR p_consensus = 1))"
        " ELSE p_consensus = 0 AND EXISTS (SELECT 1 FROM round_questionnaires WHERE round = p_round AND perspective = p_perspective) END $$",
        // The interrupted questionnaires that can be taken over with a PIN: no codes, no uids, no hashes.
        // (Version 2's form had no perspective and collection: a function's columns change only by dropping it.)
        "DROP FUNCTION IF EXISTS herstelspiegel_unfinished()",
        "CREATE FUNCTION herstelspiegel_unfinished() RETURNS TABLE (id bigint, round bigint, team bigint, role text,"
        " consensus integer, last_page integer, updated text, perspective text, collection text) LANGUAGE sql STABLE" + definer + " AS $$"
        " SELECT r.id, r.round, r.team, r.role, r.consensus, r.last_page, r.updated, r.perspective, r.collection"
        " FROM responses r JOIN rounds ro ON ro.id = r.round"
        " WHERE r.status = 'in-progress' AND ro.status = 'open' AND r.pin_hash IS NOT NULL AND r.pin_failures < 5 ORDER BY r.id $$",
        // Takes over an interrupted response with its PIN (salted SHA-256, as the core computes it in
        // responses.cpp): on success the response's secret becomes the caller's new one. A wrong PIN counts; the
        // fifth locks the response. A wrong PIN also costs a second, so guessing by the thousand takes hours.
        "CREATE OR REPLACE FUNCTION herstelspiegel_resume(p_response bigint, p_pin text, p_secret_hash text) RETURNS boolean"
        " LANGUAGE plpgsql VOLATILE" + definer + " AS $$"
        " DECLARE salt text; expected text; failures integer;"
        " BEGIN"
        "  SELECT pin_salt, pin_hash, pin_failures INTO salt, expected, failures FROM responses"
        "   WHERE id = p_response AND status = 'in-progress' FOR UPDATE;"
        "  IF NOT FOUND OR expected IS NULL OR failures >= 5 OR length(p_secret_hash) <> 64 THEN RETURN false; END IF;"
        "  IF encode(sha256(convert_to(salt || ':' || p_pin, 'UTF8')), 'hex') <> expected THEN"
        "   UPDATE responses SET pin_failures = pin_failures + 1 WHERE id = p_response;"
        "   PERFORM pg_sleep(1);"
        "   RETURN false;"
        "  END IF;"
        "  UPDATE responses SET secret_hash = p_secret_hash, pin_failures = 0 WHERE id = p_response;"
        "  RETURN true;"
        " END $$",
        "REVOKE ALL ON FUNCTION herstelspiegel_may_start(bigint, bigint, integer, text), herstelspiegel_unfinished(),"
        " herstelspiegel_resume(bigint, text, text) FROM PUBLIC",
        "GRANT EXECUTE ON FUNCTION herstelspiegel_may_start(bigint, bigint, integer, text), herstelspiegel_unfinished(),"
        " herstelspiegel_resume(bigint, text, text) TO herstelspiegel_respondent",
        // Responses: only the row whose secret the session holds; new rows only as the rules allow; only a few
        // columns can be set at all (not the status on insert, not the round, team or secret afterwards).
        "GRANT SELECT ON responses TO herstelspiegel_respondent",
        "GRANT INSERT (uid, code, round, team, role, consensus, updated, secret_hash, pin_salt, pin_hash, perspective, collection) ON responses"
        " TO herstelspiegel_respondent",
        "GRANT UPDATE (status, last_page, updated) ON responses TO herstelspiegel_respondent",
        "GRANT USAGE ON SEQUENCE responses_id_seq TO herstelspiegel_respondent",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON answers, remarks TO herstelspiegel_respondent",
        "ALTER TABLE responses ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE answers ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE remarks ENABLE ROW LEVEL SECURITY",
    };
    auto policy = [&](const std::string& name, const std::string& table, const std::string& rest) {
        s.push_back("DROP POLICY IF EXISTS " + name + " ON " + table);
        s.push_back("CREATE POLICY " + name + " ON " + table + " " + rest);
    };
    policy("respondent_reads_own", "responses", "FOR SELECT TO herstelspiegel_respondent USING (secret_hash = " + held + ")");
    policy("respondent_starts", "responses",
           "FOR INSERT TO herstelspiegel_respondent WITH CHECK (status = 'in-progress' AND last_page = 0 AND secret_hash = " + held +
               " AND herstelspiegel_may_start(round, team, consensus, perspective))");
    policy("respondent_hands_in_own", "responses",
           "FOR UPDATE TO herstelspiegel_respondent USING (secret_hash = " + held +
               " AND status = 'in-progress' AND round IN (SELECT id FROM rounds WHERE status = 'open'))"
               " WITH CHECK (secret_hash = " + held + " AND status IN ('in-progress', 'complete'))");
    // What a written row may hold: an answer code within what the store can hold (answer.h: scale values 1..100,
    // n.v.t. -1, weet niet -2) and a non-negative position. The exact scale of each item is the store's check.
    const std::string fits = "(response IN " + own_open + " AND item >= 0 AND value BETWEEN -2 AND 100)";
    for (const char* table : {"answers", "remarks"}) {
        const std::string writable = std::string(table) == "answers" ? fits : "(response IN " + own_open + " AND dimension >= 0)";
        policy("respondent_reads_own", table, "FOR SELECT TO herstelspiegel_respondent USING (response IN " + own + ")");
        policy("respondent_adds_own", table, "FOR INSERT TO herstelspiegel_respondent WITH CHECK " + writable);
        policy("respondent_changes_own", table,
               "FOR UPDATE TO herstelspiegel_respondent USING (response IN " + own_open + ") WITH CHECK " + writable);
        policy("respondent_clears_own", table, "FOR DELETE TO herstelspiegel_respondent USING (response IN " + own_open + ")");
    }
    // Version 2's rule without the perspective, once no policy uses it any more.
    s.push_back("DROP FUNCTION IF EXISTS herstelspiegel_may_start(bigint, bigint, integer)");
    s.push_back("CREATE OR REPLACE VIEW herstelspiegel_item_summary WITH (security_barrier) AS"
                " SELECT t.name AS team, ro.label AS round, ro.date AS round_date, a.item AS item_position,"
                " count(*) AS scores, avg(a.value)::numeric(6,3) AS mean_raw_score, stddev_samp(a.value)::numeric(6,3) AS sd"
                " FROM answers a JOIN responses r ON r.id = a.response JOIN teams t ON t.id = r.team JOIN rounds ro ON ro.id = r.round"
                " WHERE r.status = 'complete' AND r.perspective = 'team' AND a.value > 0"
                " AND (SELECT count(*) FROM responses c WHERE c.round = r.round AND c.team = r.team AND c.status = 'complete'"
                " AND c.perspective = 'team') >= " +
                minimum + " GROUP BY t.name, ro.label, ro.date, a.item HAVING count(*) >= " + minimum);
    s.push_back("GRANT SELECT ON herstelspiegel_item_summary TO herstelspiegel_manager");
    // Agreements are a team's plan, never linked to a respondent: the manager follows them; only the owner writes.
    s.push_back("REVOKE ALL ON agreements FROM herstelspiegel_respondent, herstelspiegel_manager");
    s.push_back("GRANT SELECT ON agreements TO herstelspiegel_manager");
    return s;
}

} // namespace hs::schema
