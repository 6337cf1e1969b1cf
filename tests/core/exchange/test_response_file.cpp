// The portable response file read in one streaming pass: the same responses as before, strict about everything
// the writer would not write (each refusal names file and line), whole or nothing, and idempotent.
#include "exchange/response_exchange.h"
#include "common/file_io.h"
#include "store/store.h"
#include "../test_helpers.h"
#include "../../support/response_file_log.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <fstream>
#include <tuple>

using namespace hs;
using hs::test::TempDir;
using hs::test::replaced;

namespace {

const Questionnaire& small_q() { return test::small_questionnaire(); }

NewResponse response(const std::string& team, std::vector<AnswerCode> answers, bool consensus = false)
{
    NewResponse r;
    r.team = team;
    r.role = Role::Practitioner;
    r.consensus = consensus;
    r.answers = std::move(answers);
    return r;
}

// A round with responses from three teams, remarks with characters XML must escape, and every kind of answer.
RowId fill(Store& store)
{
    auto round = store.add_round("2026-najaar", "2026-10-01", small_q());
    auto a = response("FACT Noord", {4, 5, 1, kNotApplicable, kDontKnow, 3, kUnanswered});
    a.remarks[0] = "Tekst met <tekens> & \"aanhalingen\"\nen een tweede regel\tmet tab en \r terugloop";
    a.remarks[2] = "Café – ëën";
    auto b = response("FACT Noord", {2, 2, 2, 2, 2, 2, 2});
    b.role = Role::Manager;
    auto c = response("Team \"Zuid\" & <Oost>", {1, kUnanswered, 5, 5, kDontKnow, 1, 4});
    auto d = response("Consensusteam", {3, 3, 3, 3, 3, 3, 3}, true);
    store.insert_responses(round, {a, b, c, d});
    return round;
}

// Everything a response holds, by uid, with the team's name: comparable across two stores.
using Stored = std::tuple<std::string, std::string, std::string, Role, bool, std::vector<AnswerCode>, std::map<std::size_t, std::string>>;
std::vector<Stored> stored(Store& store)
{
    std::map<RowId, std::string> names;
    for (const auto& t : store.teams())
        names[t.id] = t.name;
    std::vector<Stored> out;
    for (auto& r : store.load_responses({}))
        out.emplace_back(r.info.uid, r.info.code, names[r.info.team_id], r.info.role, r.info.consensus, r.answers, r.remarks);
    std::sort(out.begin(), out.end());
    return out;
}

int line_of_text(const std::string& text, const std::string& needle) { return line_of(text, needle); }

// Writes `text` as a file, expects it refused with `reason` on `line` (0: any line), and nothing stored.
void expect_refused(const TempDir& dir, const std::string& text, const std::string& reason, int line)
{
    const auto path = dir.file("bad.xml");
    test::write_file(path, text);
    Store office(test::new_store_location(dir));
    try {
        import_response_file(office, path);
        FAIL("accepted: " << reason);
    } catch (const FileRefused& e) {
        INFO(e.what());
        bool found = false;
        for (const auto& p : e.problems())
            found = found || (p.file == path && p.reason.find(reason) != std::string::npos && (line == 0 || p.line == line));
        CHECK(found);
    }
    CHECK(office.load_responses({}).empty());
    CHECK(office.rounds().empty());
    CHECK(office.teams().empty());
    CHECK_THROWS_AS(check_response_file(path), FileRefused);
}

} // namespace

TEST_CASE("the streaming import stores exactly what was exported, and twice is once", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    auto round = fill(laptop);
    const auto file = dir.file("ronde.xml");
    REQUIRE(write_response_file(laptop, round, std::nullopt, file) == 4);

    auto summary = check_response_file(file);
    CHECK(summary.round_label == "2026-najaar");
    CHECK(summary.responses == 4);
    CHECK(summary.answers == 26);

    Store office(test::new_store_location(dir));
    auto result = import_response_file(office, file);
    CHECK(result.inserted == 4);
    CHECK(result.already_present == 0);
    CHECK(stored(office) == stored(laptop));
    CHECK(office.round(office.find_round("2026-najaar")->id).date == "2026-10-01");

    result = import_response_file(office, file);
    CHECK(result.inserted == 0);
    CHECK(result.already_present == 4);
    CHECK(stored(office) == stored(laptop));

    // The in-memory reading and the streaming import agree.
    auto whole = read_response_file(file);
    CHECK(whole.responses.size() == 4);
    CHECK(whole.questionnaire.definition_text == small_q().definition_text);

    // A UTF-8 byte order mark is accepted.
    test::write_file(dir.file("bom.xml"), "\xEF\xBB\xBF" + read_text_file(file));
    Store third(test::new_store_location(dir));
    CHECK(import_response_file(third, dir.file("bom.xml")).inserted == 4);
    CHECK(stored(third) == stored(laptop));
}

TEST_CASE("a portable file with anything the writer would not write is refused with its line, storing nothing", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    write_response_file(laptop, fill(laptop), std::nullopt, dir.file("good.xml"));
    const std::string good = read_text_file(dir.file("good.xml"));
    const int first_answer = line_of_text(good, "<answer ");
    const int first_response = line_of_text(good, "<response ");
    const int round_line = line_of_text(good, "<round ");

    SECTION("a second answer to one item")
    {
        const std::string answer = "  <answer item=\"hoop.a\" value=\"4\"/>\n";
        const auto at = good.find(answer);
        REQUIRE(at != std::string::npos);
        std::string text = good;
        text.insert(at + answer.size(), "  <answer item=\"hoop.a\" value=\"2\"/>\n");
        expect_refused(dir, text, "a second answer to item 'hoop.a'", line_of_text(good, answer.substr(2)) + 1);
    }
    SECTION("a second remark for one dimension")
    {
        const auto at = good.find("  <remark ");
        REQUIRE(at != std::string::npos);
        std::string text = good;
        const auto end = good.find('\n', good.find("</remark>", at)) + 1;
        text.insert(end, good.substr(at, end - at));
        expect_refused(dir, text, "a second remark for dimension", 0);
    }
    SECTION("a remark longer than any way in takes (the one rule for remarks)")
    {
        const auto at = good.find("<remark ");
        REQUIRE(at != std::string::npos);
        const auto text_at = good.find('>', at) + 1;
        std::string text = good;
        text.insert(text_at, std::string(4001, 'x'));
        expect_refused(dir, text, "a remark of 4", line_of_text(good, "<remark "));
        // Over several lines, and the last remark of the file: the message names the line where it starts.
        const auto last = good.rfind("<remark ");
        const auto last_text = good.find('>', last) + 1;
        text = good;
        text.insert(last_text, "\n\n" + std::string(4001, 'x') + "\n");
        expect_refused(dir, text, "a remark of 4", 1 + static_cast<int>(std::count(good.begin(), good.begin() + static_cast<std::ptrdiff_t>(last), '\n')));
        // Far into the file (past the reader's first chunk of 256 kB), after lines ended by CR LF and by CR alone:
        // the line is counted as expat counts it.
        text = good;
        std::string filler = "<!--";
        for (int n = 0; n < 1500; ++n)
            filler += std::string(99, 'x') + "\r\n";
        for (int n = 0; n < 1500; ++n)
            filler += std::string(99, 'y') + "\r";
        filler += "-->\n";
        text.insert(last, filler);
        const auto remark_at = text.rfind("<remark ");
        text.insert(text.find('>', remark_at) + 1, std::string(4001, 'x'));
        int expat_line = 1;
        for (std::size_t i = 0; i < remark_at; ++i)
            if (text[i] == '\r' || (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')))
                ++expat_line;
        REQUIRE(remark_at > 256 * 1024);
        expect_refused(dir, text, "a remark of 4", expat_line);
        // At the limit it is taken.
        text = good;
        const auto end = good.find("</remark>", at);
        text.replace(text_at, end - text_at, std::string(3990, 'y') + "ëëëëëëëëëë"); // 4,000 characters, more bytes
        test::write_file(dir.file("long.xml"), text);
        Store office(test::new_store_location(dir));
        CHECK(import_response_file(office, dir.file("long.xml")).inserted > 0);
    }
    SECTION("an unknown attribute")
    {
        expect_refused(dir, replaced(good, "<answer ", "<answer extra=\"1\" "), "unknown attribute 'extra' on <answer>", first_answer);
        expect_refused(dir, replaced(good, "<round ", "<round week=\"40\" "), "unknown attribute 'week' on <round>", round_line);
    }
    SECTION("an unknown element")
    {
        expect_refused(dir, replaced(good, "<answer ", "<antwoord/><answer "), "unknown element <antwoord>", first_answer);
        expect_refused(dir, replaced(good, "<response ", "<afspraak/><response "), "unknown element <afspraak>", first_response);
    }
    SECTION("a malformed or impossible date")
    {
        expect_refused(dir, replaced(good, "date=\"2026-10-01\"", "date=\"1-10-2026\""), "is not a date", round_line);
        expect_refused(dir, replaced(good, "date=\"2026-10-01\"", "date=\"2026-02-30\""), "is not a date", round_line);
        expect_refused(dir, replaced(good, "date=\"2026-10-01\"", "date=\"2026-13-01\""), "is not a date", round_line);
    }
    SECTION("consensus other than true or false")
    {
        expect_refused(dir, replaced(good, "consensus=\"false\"", "consensus=\"yes\""), "consensus must be 'true' or 'false', not 'yes'",
                       first_response);
    }
    SECTION("XML that is not well-formed")
    {
        expect_refused(dir, replaced(good, "</response>", "</respons>"), "not well-formed", line_of_text(good, "</response>"));
        expect_refused(dir, good.substr(0, good.size() / 2), "not well-formed", 0);
    }
    SECTION("nesting deeper than the limit")
    {
        std::string deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<x>";
        expect_refused(dir, replaced(good, "<response ", deep + "<response "), "nested deeper than 64 levels", first_response);
    }
    SECTION("text that is not UTF-8")
    {
        // Windows-1252 "é" in a remark.
        const auto at = good.find("Café");
        REQUIRE(at != std::string::npos);
        expect_refused(dir, replaced(good, "Café", "Caf\xE9"), "not valid UTF-8", line_of_text(good, "Café"));
        expect_refused(dir, replaced(good, "Café", "Caf\xC0\xAF"), "not valid UTF-8", line_of_text(good, "Café")); // overlong
        expect_refused(dir, replaced(good, "Café", "Caf\xED\xA0\x80"), "not valid UTF-8", line_of_text(good, "Café")); // surrogate
    }
    SECTION("a file over the size limit")
    {
        const auto path = dir.file("huge.xml");
        {
            std::ofstream out(path, std::ios::binary);
            out << good;
            out.seekp(201LL * 1024 * 1024);
            out << ' ';
        }
        Store office(test::new_store_location(dir));
        try {
            import_response_file(office, path);
            FAIL("accepted");
        } catch (const FileRefused& e) {
            CHECK(std::string(e.what()).find("larger than the maximum of 200 MB") != std::string::npos);
        }
        CHECK(office.rounds().empty());
    }
    SECTION("a document type declaration (entities)")
    {
        expect_refused(dir, replaced(good, "<herstelspiegel-responses", "<!DOCTYPE r [<!ENTITY a \"aaaa\">]>\n<herstelspiegel-responses"),
                       "document type declaration is not allowed", 0);
    }
    SECTION("text between elements")
    {
        expect_refused(dir, replaced(good, "<answer ", "ruis<answer "), "text outside the elements", first_answer);
    }
}

TEST_CASE("a problem late in a portable file leaves the store as it was", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    auto round = laptop.add_round("2026-najaar", "2026-10-01", small_q());
    std::vector<NewResponse> many;
    for (int i = 0; i < 300; ++i)
        many.push_back(response("Team " + std::to_string(i % 30), {4, 4, 4, 4, 4, 4, 4}));
    laptop.insert_responses(round, many);
    write_response_file(laptop, round, std::nullopt, dir.file("good.xml"));
    const std::string good = read_text_file(dir.file("good.xml"));

    // The last answer of the last response goes off the scale: everything before it was already streamed into
    // the transaction, which must roll back.
    const auto last = good.rfind("value=\"4\"");
    std::string bad = good;
    bad.replace(last, 9, "value=\"9\"");
    test::write_file(dir.file("late.xml"), bad);

    Store office(test::new_store_location(dir));
    office.add_round("Eerder", "2026-03-01", small_q());
    office.insert_responses(office.find_round("Eerder")->id, {response("Bestaand", {1, 1, 1, 1, 1, 1, 1})});
    const auto before = stored(office);
    try {
        import_response_file(office, dir.file("late.xml"));
        FAIL("accepted");
    } catch (const FileRefused& e) {
        CHECK(e.problems().front().line == line_of(bad, "value=\"9\""));
        CHECK(e.problems().front().line > 1000);
    }
    CHECK(stored(office) == before);
    CHECK(office.rounds().size() == 1);
    CHECK(office.teams().size() == 1);

    // The consensus rule is checked over the whole file at the end, and refuses all of it too.
    Store consensus(test::new_store_location(dir));
    auto r = consensus.add_round("2026-najaar", "2026-10-01", small_q());
    consensus.insert_responses(r, {response("Team 29", {3, 3, 3, 3, 3, 3, 3}, true)});
    CHECK_THROWS_AS(import_response_file(consensus, dir.file("good.xml")), StoreError);
    CHECK(consensus.load_responses({}).size() == 1);

    // The good file goes in whole.
    CHECK(import_response_file(office, dir.file("good.xml")).inserted == 300);
    CHECK(office.load_responses({}).size() == 301);
}

TEST_CASE("a CSV import takes the round and team as ids", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    auto team = store.add_team("FACT Zuid");
    test::write_file(dir.file("a.csv"), "hoop.a;hoop.b\n4;5\n");
    CHECK_THROWS_AS(import_response_file(store, dir.file("a.csv")), FileRefused);
    CHECK(import_response_file(store, dir.file("a.csv"), round, team).inserted == 1);
    auto stored_responses = store.load_responses({});
    REQUIRE(stored_responses.size() == 1);
    CHECK(stored_responses[0].info.team_id == team);
    CHECK(stored_responses[0].info.round_id == round);
}

TEST_CASE("reading on a second thread hands on the same things in the same order, and stops as the reader does", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    auto round = laptop.add_round("2026-najaar", "2026-10-01", small_q());
    std::vector<NewResponse> many;
    for (int i = 0; i < 500; ++i) // several hand-overs between the threads
        many.push_back(response("Team " + std::to_string(i % 30), {static_cast<AnswerCode>(1 + i % 5), 4, kNotApplicable, 4, 4, 2, 4}));
    laptop.insert_responses(round, many);
    write_response_file(laptop, round, std::nullopt, dir.file("good.xml"));

    test::ResponseFileLog direct, alongside;
    read_response_file(dir.file("good.xml"), direct);
    read_response_file_alongside(dir.file("good.xml"), alongside);
    CHECK(direct.seen.size() == 501);
    CHECK(alongside.seen == direct.seen);

    // The sink's exception comes out unchanged, and the sink hears nothing more.
    test::ResponseFileLog stopping(200);
    CHECK_THROWS_WITH(read_response_file_alongside(dir.file("good.xml"), stopping), "the sink stops");
    CHECK(stopping.responses == 201);
    CHECK(stopping.seen.size() == 201); // the header and 200 responses

    // A problem in the last response: everything before it was handed on, then the file is refused with its line.
    std::string bad = read_text_file(dir.file("good.xml"));
    bad.replace(bad.rfind("value=\"4\""), 9, "value=\"9\"");
    test::write_file(dir.file("late.xml"), bad);
    test::ResponseFileLog late;
    try {
        read_response_file_alongside(dir.file("late.xml"), late);
        FAIL("accepted");
    } catch (const FileRefused& e) {
        CHECK(e.problems().front().line == line_of(bad, "value=\"9\""));
    }
    CHECK(late.responses == 499);
}
