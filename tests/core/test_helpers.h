#pragma once
#include "questionnaire/questionnaire.h"
#include "store/store.h"
#include "store/store_error.h"

#include <filesystem>
#include <functional>
#include <string>

namespace hs::test {

// A fresh, empty directory under the system temp dir, removed when the object goes out of scope.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::string file(const std::string& name) const { return (path_ / name).string(); }

private:
    std::filesystem::path path_;
};

void write_file(const std::string& path, const std::string& contents);
// `text` with the first `from` replaced by `to`; std::logic_error when `from` is not there (a test out of date).
std::string replaced(std::string text, const std::string& from, const std::string& to);
std::string source_path(const std::string& relative); // a file of the source tree

// A complete response of `team` from perspective `p`, collected in mode `m`, with these answers (for bulk inserts).
NewResponse new_response(const std::string& team, Perspective p, CollectionMode m, std::vector<AnswerCode> answers);

// A small but complete questionnaire (two parts, three dimensions, seven items), for tests.
std::string small_questionnaire_xml(const std::string& version = "1.0");

// Where a test's store lives: a fresh SQLite file in `dir`, or, when HS_TEST_POSTGRES_URL is set (the CTest
// "postgres:" run against the throw-away cluster), a fresh database on that server.
std::string new_store_location(const TempDir& dir);
bool testing_postgresql();
// Runs SQL on the test server (psql), in the database of `location`.
void server_sql(const std::string& location, const std::string& sql);
// A database as an earlier version of the program left it at `location` (SQLite or the test server): the store's
// first `version` migrations, then `data` (SQL statements, run as a file, so any text may stand in its strings).
void old_database(const TempDir& dir, const std::string& location, int version, const std::string& data);
// `text` as an SQL string literal.
std::string sql_text(const std::string& text);

// The small questionnaire, loaded once.
const Questionnaire& small_questionnaire();

// A client ("client") or relatives ("relative") version of the small questionnaire: id test-q-client or
// test-q-relative, mirrors test-q. The client version asks about hoop (items c.hoop.a, c.hoop.b) and tempo
// (c.tempo.a); the relatives version about hoop only (r.hoop.a, r.hoop.b). Neither asks about scholing (no client
// perspective). Same scale as the team's.
std::string small_mirror_xml(const std::string& perspective);
const Questionnaire& small_client_questionnaire();
const Questionnaire& small_relative_questionnaire();

// The same small questionnaire in the JSON form.
std::string small_questionnaire_json();

// Runs a shell command; returns its exit status and puts stdout+stderr in output.
int run_command(const std::string& command, std::string& output);

// The rows of an SQL query on an SQLite file, read with SQLite's own library (no sqlite3 shell needed, so also on
// Windows): one line per row, columns separated by '|', as the sqlite3 shell prints them.
std::string sql_rows(const std::string& database, const std::string& query);

// The kind of the StoreError `f` throws; std::logic_error (a failed test) when it throws none.
StoreError::Kind store_error_kind(const std::function<void()>& f);

} // namespace hs::test
