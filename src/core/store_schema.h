#pragma once
// The store's schema as a list of migrations. Migration N brings PRAGMA user_version from N to N+1; a
// database is migrated forward on open, each step in its own transaction. Never edit a shipped migration.
#include <vector>

namespace hs::schema {

inline constexpr int kApplicationId = 0x48535047; // "HSPG": marks the file as ours

inline const std::vector<const char*>& migrations()
{
    static const std::vector<const char*> steps = {
        // 0 -> 1: the first schema.
        R"sql(
CREATE TABLE teams (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);
CREATE TABLE questionnaires (
  id INTEGER PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  version TEXT NOT NULL,
  definition TEXT NOT NULL,
  UNIQUE (questionnaire_id, version)
);
CREATE TABLE rounds (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
  date TEXT NOT NULL,
  questionnaire INTEGER NOT NULL REFERENCES questionnaires(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
CREATE TABLE responses (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  round INTEGER NOT NULL REFERENCES rounds(id),
  team INTEGER NOT NULL REFERENCES teams(id),
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
  response INTEGER NOT NULL,
  item INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value <> 0),
  PRIMARY KEY (response, item)
) WITHOUT ROWID;
CREATE TABLE remarks (
  response INTEGER NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  dimension INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (response, dimension)
) WITHOUT ROWID;
)sql",
    };
    return steps;
}

// The same schema for a PostgreSQL server (version in the table herstelspiegel_schema). Statements are separated
// by ';' and run one by one, each migration in one transaction.
inline const std::vector<const char*>& postgresql_migrations()
{
    static const std::vector<const char*> steps = {
        R"sql(
CREATE TABLE teams (
  id BIGSERIAL PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);
CREATE TABLE questionnaires (
  id BIGSERIAL PRIMARY KEY,
  questionnaire_id TEXT NOT NULL,
  version TEXT NOT NULL,
  definition TEXT NOT NULL,
  UNIQUE (questionnaire_id, version)
);
CREATE TABLE rounds (
  id BIGSERIAL PRIMARY KEY,
  label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
  date TEXT NOT NULL,
  questionnaire BIGINT NOT NULL REFERENCES questionnaires(id),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed'))
);
CREATE TABLE responses (
  id BIGSERIAL PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  code TEXT NOT NULL,
  round BIGINT NOT NULL REFERENCES rounds(id),
  team BIGINT NOT NULL REFERENCES teams(id),
  role TEXT NOT NULL DEFAULT '',
  consensus INTEGER NOT NULL DEFAULT 0 CHECK (consensus IN (0, 1)),
  status TEXT NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'complete')),
  last_page INTEGER NOT NULL DEFAULT 0,
  updated TEXT NOT NULL
);
CREATE INDEX responses_by_round_team ON responses (round, team);
CREATE INDEX responses_by_team ON responses (team);
CREATE TABLE answers (
  response BIGINT NOT NULL,
  item INTEGER NOT NULL,
  value INTEGER NOT NULL CHECK (value <> 0),
  PRIMARY KEY (response, item)
);
CREATE TABLE remarks (
  response BIGINT NOT NULL REFERENCES responses(id) ON DELETE CASCADE,
  dimension INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (response, dimension)
)
)sql",
    };
    return steps;
}

} // namespace hs::schema
