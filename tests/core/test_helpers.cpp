#include "test_helpers.h"

#include "questionnaire/questionnaire_loader.h"
#include "store/schema.h"

#include <array>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <random>
#include <stdexcept>
#include <sqlite3.h>
#ifndef _WIN32
#include <sys/wait.h>
#endif

namespace hs::test {

TempDir::TempDir()
{
    std::random_device rd;
    auto base = std::filesystem::temp_directory_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = base / ("hs-test-" + std::to_string(rd()));
        if (std::filesystem::create_directory(candidate)) {
            path_ = candidate;
            return;
        }
    }
    throw std::runtime_error("cannot create a temporary directory");
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    auto pos = text.find(from);
    if (pos == std::string::npos)
        throw std::logic_error("the test's text has no '" + from + "'");
    return text.replace(pos, from.size(), to);
}

void write_file(const std::string& path, const std::string& contents)
{
    std::ofstream out(path, std::ios::binary);
    out << contents;
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

std::string source_path(const std::string& relative) { return std::string(HS_SOURCE_DIR) + "/" + relative; }

std::string small_questionnaire_xml(const std::string& version)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>
<questionnaire id="test-q" version=")" + version + R"(" languages="nl en">
  <title lang="nl">Testlijst</title>
  <title lang="en">Test list</title>
  <scale id="s5">
    <point value="1"><label lang="nl">Oneens</label><label lang="en">Disagree</label></point>
    <point value="2"><label lang="nl">Beetje oneens</label><label lang="en">Somewhat disagree</label></point>
    <point value="3"><label lang="nl">Neutraal</label><label lang="en">Neutral</label></point>
    <point value="4"><label lang="nl">Beetje eens</label><label lang="en">Somewhat agree</label></point>
    <point value="5"><label lang="nl">Eens</label><label lang="en">Agree</label></point>
    <not-applicable><label lang="nl">n.v.t.</label><label lang="en">n/a</label></not-applicable>
    <dont-know><label lang="nl">weet niet</label><label lang="en">don't know</label></dont-know>
  </scale>
  <part id="houding">
    <title lang="nl">Houding</title>
    <title lang="en">Attitude</title>
    <dimension id="hoop">
      <title lang="nl">Hoop</title>
      <title lang="en">Hope</title>
      <item id="hoop.a"><text lang="nl">Hoop A</text><text lang="en">Hope A</text>
        <explanation lang="nl">Uitleg A</explanation><explanation lang="en">Explanation A</explanation></item>
      <item id="hoop.b"><text lang="nl">Hoop B</text><text lang="en">Hope B</text></item>
      <item id="hoop.c" reverse="true"><text lang="nl">Hoop C</text><text lang="en">Hope C</text></item>
    </dimension>
    <dimension id="tempo">
      <title lang="nl">Tempo</title>
      <title lang="en">Pace</title>
      <item id="tempo.a"><text lang="nl">Tempo A</text><text lang="en">Pace A</text></item>
      <item id="tempo.b"><text lang="nl">Tempo B</text><text lang="en">Pace B</text></item>
    </dimension>
  </part>
  <part id="organisatie">
    <title lang="nl">Organisatie</title>
    <title lang="en">Organisation</title>
    <dimension id="scholing">
      <title lang="nl">Scholing</title>
      <title lang="en">Training</title>
      <item id="scholing.a"><text lang="nl">Scholing A</text><text lang="en">Training A</text></item>
      <item id="scholing.b"><text lang="nl">Scholing B</text><text lang="en">Training B</text></item>
    </dimension>
  </part>
</questionnaire>
)";
}

bool testing_postgresql()
{
    const char* url = std::getenv("HS_TEST_POSTGRES_URL");
    return url && *url;
}

std::string new_store_location(const TempDir& dir)
{
    static int counter = 0;
    if (!testing_postgresql())
        return dir.file("hs-" + std::to_string(++counter) + ".db");
    const std::string server = std::getenv("HS_TEST_POSTGRES_URL");
    const std::string name = "hs_test_" + dir.path().filename().string().substr(8) + "_" + std::to_string(++counter);
    std::string output;
    if (run_command("psql -X -q \"" + server + "/postgres\" -c 'CREATE DATABASE " + name + "'", output) != 0)
        throw std::runtime_error("cannot create a test database: " + output);
    return server + "/" + name;
}

void server_sql(const std::string& location, const std::string& sql)
{
    std::string output;
    if (run_command("psql -X -q -v ON_ERROR_STOP=1 \"" + location + "\" -c \"" + sql + "\"", output) != 0)
        throw std::runtime_error("psql failed: " + output);
}

void old_database(const TempDir& dir, const std::string& location, int version, const std::string& data)
{
    const bool server = testing_postgresql();
    const auto steps = schema::migrations(server ? schema::Dialect::PostgreSQL : schema::Dialect::SQLite);
    if (version < 1 || static_cast<std::size_t>(version) > steps.size())
        throw std::logic_error("no schema version " + std::to_string(version));
    std::string script;
    for (int step = 0; step < version; ++step)
        script += steps[static_cast<std::size_t>(step)] + ";\n";
    script += data + ";\n";
    if (server) {
        static int counter = 0;
        const std::string file = dir.file("old-database-" + std::to_string(++counter) + ".sql");
        write_file(file, script + "CREATE TABLE herstelspiegel_schema (version INTEGER NOT NULL);\n"
                                  "INSERT INTO herstelspiegel_schema VALUES (" + std::to_string(version) + ");\n");
        std::string output;
        if (run_command("psql -X -q -v ON_ERROR_STOP=1 \"" + location + "\" -f " + file, output) != 0)
            throw std::runtime_error("psql failed: " + output);
        return;
    }
    sqlite3* db = nullptr;
    char* error = nullptr;
    script += "PRAGMA application_id=" + std::to_string(schema::kApplicationId) + ";PRAGMA user_version=" + std::to_string(version) + ";";
    const bool opened = sqlite3_open(location.c_str(), &db) == SQLITE_OK;
    const int rc = opened ? sqlite3_exec(db, script.c_str(), nullptr, nullptr, &error) : SQLITE_CANTOPEN;
    const std::string message = error ? error : (opened ? "" : "cannot open " + location);
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        throw std::runtime_error("sqlite failed: " + message);
}

std::string sql_text(const std::string& text)
{
    std::string quoted = "'";
    for (char c : text)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'";
}

const Questionnaire& small_questionnaire()
{
    static const Questionnaire q = load_questionnaire(small_questionnaire_xml(), "small.xml");
    return q;
}

std::string small_mirror_xml(const std::string& perspective)
{
    const bool client = perspective == "client";
    const std::string p = client ? "c" : "r";
    const std::string team = small_questionnaire_xml();
    const auto scale_at = team.find("  <scale");
    const std::string scale = team.substr(scale_at, team.find("</scale>") + 8 - scale_at); // the team's scale
    std::string xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<questionnaire id="test-q-)" + perspective + R"(" version="1.0" languages="nl en" perspective=")" + perspective + R"(" mirrors="test-q">
  <title lang="nl">Testlijst spiegel</title>
  <title lang="en">Test list mirror</title>
)" + scale + R"(
  <part id="houding">
    <title lang="nl">Houding</title>
    <title lang="en">Attitude</title>
    <dimension id="hoop">
      <title lang="nl">Hoop</title>
      <title lang="en">Hope</title>
      <item id=")" + p + R"(.hoop.a"><text lang="nl">Mijn begeleiders geven mij hoop.</text><text lang="en">My support workers give me hope.</text></item>
      <item id=")" + p + R"(.hoop.b"><text lang="nl">Mijn begeleiders zien mijn kracht.</text><text lang="en">My support workers see my strength.</text></item>
    </dimension>)";
    if (client)
        xml += R"(
    <dimension id="tempo">
      <title lang="nl">Tempo</title>
      <title lang="en">Pace</title>
      <item id="c.tempo.a"><text lang="nl">Ik bepaal mijn eigen tempo.</text><text lang="en">I set my own pace.</text></item>
    </dimension>)";
    return xml + R"(
  </part>
</questionnaire>
)";
}

const Questionnaire& small_client_questionnaire()
{
    static const Questionnaire q = load_questionnaire(small_mirror_xml("client"), "client.xml");
    return q;
}

const Questionnaire& small_relative_questionnaire()
{
    static const Questionnaire q = load_questionnaire(small_mirror_xml("relative"), "relative.xml");
    return q;
}

std::string small_questionnaire_json()
{
    return R"({
  "id": "test-q",
  "version": "1.0",
  "languages": "nl en",
  "title": {"nl": "Testlijst", "en": "Test list"},
  "scales": [
    {
      "id": "s5",
      "points": [
        {"value": 1, "label": {"nl": "Oneens", "en": "Disagree"}},
        {"value": 2, "label": {"nl": "Beetje oneens", "en": "Somewhat disagree"}},
        {"value": 3, "label": {"nl": "Neutraal", "en": "Neutral"}},
        {"value": 4, "label": {"nl": "Beetje eens", "en": "Somewhat agree"}},
        {"value": 5, "label": {"nl": "Eens", "en": "Agree"}}
      ],
      "not-applicable": {"label": {"nl": "n.v.t.", "en": "n/a"}},
      "dont-know": {"label": {"nl": "weet niet", "en": "don't know"}}
    }
  ],
  "parts": [
    {
      "id": "houding",
      "title": {"nl": "Houding", "en": "Attitude"},
      "dimensions": [
        {
          "id": "hoop",
          "title": {"nl": "Hoop", "en": "Hope"},
          "items": [
            {"id": "hoop.a", "text": {"nl": "Hoop A", "en": "Hope A"},
             "explanation": {"nl": "Uitleg A", "en": "Explanation A"}},
            {"id": "hoop.b", "text": {"nl": "Hoop B", "en": "Hope B"}},
            {"id": "hoop.c", "reverse": true, "text": {"nl": "Hoop C", "en": "Hope C"}}
          ]
        },
        {
          "id": "tempo",
          "title": {"nl": "Tempo", "en": "Pace"},
          "items": [
            {"id": "tempo.a", "text": {"nl": "Tempo A", "en": "Pace A"}},
            {"id": "tempo.b", "text": {"nl": "Tempo B", "en": "Pace B"}}
          ]
        }
      ]
    },
    {
      "id": "organisatie",
      "title": {"nl": "Organisatie", "en": "Organisation"},
      "dimensions": [
        {
          "id": "scholing",
          "title": {"nl": "Scholing", "en": "Training"},
          "items": [
            {"id": "scholing.a", "text": {"nl": "Scholing A", "en": "Training A"}},
            {"id": "scholing.b", "text": {"nl": "Scholing B", "en": "Training B"}}
          ]
        }
      ]
    }
  ]
}
)";
}

int run_command(const std::string& command, std::string& output)
{
    output.clear();
#ifdef _WIN32
    // The C runtime's pipe through cmd.exe; _pclose returns the program's exit code itself.
    FILE* pipe = _popen((command + " 2>&1").c_str(), "rb");
#else
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
#endif
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::array<char, 4096> buffer{};
    while (auto n = fread(buffer.data(), 1, buffer.size(), pipe))
        output.append(buffer.data(), n);
#ifdef _WIN32
    return _pclose(pipe);
#else
    int status = pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
#endif
}

std::string sql_rows(const std::string& database, const std::string& query)
{
    sqlite3* db = nullptr;
    // Read-write without create: on Windows a read-only connection to a WAL database another connection has
    // open cannot map its shared-memory file.
    if (sqlite3_open_v2(database.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("cannot open " + database);
    }
    sqlite3_busy_timeout(db, 10000); // the store's own connection may hold the WAL's lock for a moment
    sqlite3_stmt* statement = nullptr;
    std::string out;
    int rc = sqlite3_prepare_v2(db, query.c_str(), -1, &statement, nullptr);
    while (statement && (rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c) {
            const auto* text = sqlite3_column_text(statement, c);
            out += (c ? "|" : "") + std::string(text ? reinterpret_cast<const char*>(text) : "");
        }
        out += '\n';
    }
    const std::string error = sqlite3_errmsg(db);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (rc != SQLITE_DONE)
        throw std::runtime_error("cannot run " + query + " on " + database + ": " + error);
    return out;
}

StoreError::Kind store_error_kind(const std::function<void()>& f)
{
    try {
        f();
    } catch (const StoreError& e) {
        return e.kind();
    }
    throw std::logic_error("no StoreError was thrown");
}

NewResponse new_response(const std::string& team, Perspective p, CollectionMode m, std::vector<AnswerCode> answers)
{
    NewResponse r;
    r.team = team;
    r.perspective = p;
    r.collection = m;
    r.answers = std::move(answers);
    return r;
}

} // namespace hs::test
