#pragma once
// The store's schema as a list of migrations, for SQLite and PostgreSQL alike. A database is migrated forward on
// open, each step in its own transaction. Never edit a shipped migration: add one.
#include <string>
#include <utility>
#include <vector>

namespace hs::schema {

inline constexpr int kApplicationId = 0x48535047; // "HSPG": marks the file as ours

enum class Dialect { SQLite, PostgreSQL };

// Migrations are written once, with a few words that differ between the two dialects:
//   {id}   the row id column   {ref}  a reference to a row id   {lean} storage for the table of millions of rows
inline std::string dialect_sql(const char* text, Dialect d)
{
    const bool lite = d == Dialect::SQLite;
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

// Roles on a shared server (herstelspiegel-cli server-roles, run once by the database's owner):
//  herstelspiegel_respondent: fills in questionnaires. Reads teams, rounds and the questionnaires, starts
//    responses, and writes and reads the answers and remarks of the response it holds the secret uid of (row-level
//    security on the session setting herstelspiegel.response_uid), never anyone else's.
//  herstelspiegel_manager: reads aggregates only: the view herstelspiegel_item_summary, which leaves out every
//    team and round with fewer than three completed responses. No raw answers, no remarks.
// The owner (the coordinator's account) keeps full access for analysis, exports and imports.
inline const char* postgresql_roles_script()
{
    return R"sql(
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'herstelspiegel_respondent') THEN
    CREATE ROLE herstelspiegel_respondent NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'herstelspiegel_manager') THEN
    CREATE ROLE herstelspiegel_manager NOLOGIN;
  END IF;
END $$;
GRANT SELECT ON herstelspiegel_schema, teams, rounds, questionnaires TO herstelspiegel_respondent, herstelspiegel_manager;
GRANT SELECT, INSERT, UPDATE ON responses TO herstelspiegel_respondent;
GRANT USAGE ON SEQUENCE responses_id_seq TO herstelspiegel_respondent;
GRANT SELECT, INSERT, UPDATE, DELETE ON answers, remarks TO herstelspiegel_respondent;
ALTER TABLE answers ENABLE ROW LEVEL SECURITY;
ALTER TABLE remarks ENABLE ROW LEVEL SECURITY;
ALTER TABLE responses ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS own_answers ON answers;
CREATE POLICY own_answers ON answers TO herstelspiegel_respondent
  USING (response IN (SELECT id FROM responses WHERE uid = current_setting('herstelspiegel.response_uid', true)))
  WITH CHECK (response IN (SELECT id FROM responses WHERE uid = current_setting('herstelspiegel.response_uid', true)));
DROP POLICY IF EXISTS own_remarks ON remarks;
CREATE POLICY own_remarks ON remarks TO herstelspiegel_respondent
  USING (response IN (SELECT id FROM responses WHERE uid = current_setting('herstelspiegel.response_uid', true)))
  WITH CHECK (response IN (SELECT id FROM responses WHERE uid = current_setting('herstelspiegel.response_uid', true)));
DROP POLICY IF EXISTS see_responses ON responses;
CREATE POLICY see_responses ON responses FOR SELECT TO herstelspiegel_respondent USING (true);
DROP POLICY IF EXISTS start_responses ON responses;
CREATE POLICY start_responses ON responses FOR INSERT TO herstelspiegel_respondent WITH CHECK (status = 'in-progress');
DROP POLICY IF EXISTS update_own_response ON responses;
CREATE POLICY update_own_response ON responses FOR UPDATE TO herstelspiegel_respondent
  USING (uid = current_setting('herstelspiegel.response_uid', true));
CREATE OR REPLACE VIEW herstelspiegel_item_summary AS
  SELECT t.name AS team, ro.label AS round, ro.date AS round_date, a.item AS item_position,
         count(*) AS scores, avg(a.value)::numeric(6,3) AS mean_raw_score, stddev_samp(a.value)::numeric(6,3) AS sd
  FROM answers a JOIN responses r ON r.id = a.response JOIN teams t ON t.id = r.team JOIN rounds ro ON ro.id = r.round
  WHERE r.status = 'complete' AND a.value > 0
    AND (SELECT count(*) FROM responses c WHERE c.round = r.round AND c.team = r.team AND c.status = 'complete') >= 3
  GROUP BY t.name, ro.label, ro.date, a.item
  HAVING count(*) >= 3;
GRANT SELECT ON herstelspiegel_item_summary TO herstelspiegel_manager
)sql";
}

} // namespace hs::schema
