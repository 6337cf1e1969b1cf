// CSV import: streamed within the limits, strict about columns and encoding, honest about empty and partial rows.
#include "common/limits.h"
#include "exchange/response_exchange.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace hs;
using hs::test::TempDir;

namespace {

const Questionnaire& small_q() { return test::small_questionnaire(); }

// The problem a CSV text is refused with (the first whose reason contains `reason`); fails when accepted.
FileProblem refusal(const TempDir& dir, const std::string& text, const std::string& reason)
{
    const auto csv = dir.file("in.csv");
    test::write_file(csv, text);
    try {
        read_response_csv(csv, small_q(), "T", "R1");
    } catch (const FileRefused& e) {
        INFO(e.what());
        for (const auto& p : e.problems())
            if (p.reason.find(reason) != std::string::npos) {
                CHECK(p.file == csv);
                return p;
            }
        FAIL("refused for another reason");
    }
    FAIL("accepted");
    return {};
}

} // namespace

TEST_CASE("CSV: a column that appears twice is refused", "[csv]")
{
    TempDir dir;
    auto p = refusal(dir, "hoop.a;hoop.b;hoop.a\n1;2;3\n", "column 'hoop.a' appears twice (columns 1 and 3)");
    CHECK(p.line == 1);
    refusal(dir, "role;hoop.a;rol\nmanager;1;manager\n", "appears twice (columns 1 and 3)");
    refusal(dir, "id;hoop.a;ID\n1;1;1\n", "appears twice");
    refusal(dir, "hoop.a;remark:hoop;opmerking:hoop\n1;x;y\n", "appears twice (columns 2 and 3)");
}

TEST_CASE("CSV: rows without answers are skipped and reported; partial rows are stored unfinished", "[csv]")
{
    TempDir dir;
    const auto csv = dir.file("form.csv");
    test::write_file(csv, "id;role;hoop.a;hoop.b;hoop.c;tempo.a;tempo.b\r\n"
                          "1;manager;4;4;4;;\r\n"    // 3 of the file's 5 items: complete
                          ";;;;;;\r\n"               // an empty row a form tool wrote
                          "2;manager;;;;;\r\n"       // an id and a role, no answer
                          "3;;2;4;;;\r\n"            // 2 of 5: unfinished
                          "\r\n");
    auto read = read_response_csv(csv, small_q(), "T", "R1");
    REQUIRE(read.responses.size() == 2);
    CHECK(read.skipped_lines == std::vector<int>{3, 4});
    CHECK(read.unfinished_lines == std::vector<int>{5});
    CHECK(read.responses[0].complete);
    CHECK_FALSE(read.responses[1].complete);
    const auto notes = csv_notes(csv, read);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == csv + ": 2 rows without any answer were skipped (lines 3, 4)");
    CHECK(notes[1].find("stored as unfinished") != std::string::npos);
    CHECK(limits::min_answered_items(5) == 3); // five item columns in the file

    // Through the store: the empty rows never become responses, the partial one is not counted as complete.
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", small_q());
    const RowId team = store.ensure_team("T");
    std::vector<std::string> import_notes;
    auto result = import_response_file(store, csv, round, team, &import_notes);
    CHECK(result.inserted == 2);
    CHECK(import_notes == notes);
    CHECK(store.load_responses({}).size() == 1);
    ResponseQuery all;
    all.include_unfinished = true;
    CHECK(store.load_responses(all).size() == 2);
    // The team named with the import is a name like any other (the caller resolves it to an id first): trimmed,
    // and refused when blank or not UTF-8.
    CHECK_THROWS_WITH(store.ensure_team("Caf\xE9"), Catch::Contains("UTF-8"));
    CHECK_THROWS(store.ensure_team("   "));
    CHECK(store.ensure_team("  T ") == team);
    CHECK(import_response_file(store, csv, round, team).already_present == 2);
    CHECK_THROWS_AS(import_response_file(store, csv, round, std::nullopt), FileRefused);
    CHECK(store.teams().size() == 1);
}

TEST_CASE("CSV: comma separator, CRLF and quoted line breaks", "[csv]")
{
    TempDir dir;
    const auto csv = dir.file("comma.csv");
    test::write_file(csv, "hoop.a,hoop.b,hoop.c,tempo.a,remark:hoop\r\n4,3,2,1,\"twee\r\nregels, met komma\"\r\n");
    auto read = read_response_csv(csv, small_q(), "T", "R1");
    REQUIRE(read.responses.size() == 1);
    CHECK(read.responses[0].answers == std::vector<AnswerCode>{4, 3, 2, 1, 0, 0, 0});
    CHECK(read.responses[0].remarks.at(0) == "twee\nregels, met komma");
}

TEST_CASE("CSV: Windows-1252 from Excel is converted when unambiguous, otherwise refused with the line", "[csv]")
{
    TempDir dir;
    const auto csv = dir.file("excel.csv");
    test::write_file(csv, "hoop.a;hoop.b;hoop.c;tempo.a;opmerking:hoop\r\n4;3;2;1;Caf\xE9 \x80 5\r\n");
    auto read = read_response_csv(csv, small_q(), "T", "R1");
    CHECK(read.converted_from_windows1252);
    REQUIRE(read.responses.size() == 1);
    CHECK(read.responses[0].remarks.at(0) == "Caf\xC3\xA9 \xE2\x82\xAC 5");
    CHECK(csv_notes(csv, read).at(0).find("converted") != std::string::npos);

    // UTF-8 on one line and a stray Windows-1252 byte on another: ambiguous, refused where the bad byte is.
    auto mixed = refusal(dir, "hoop.a;opmerking:hoop\n4;Caf\xC3\xA9\n4;Caf\xE9\n", "save the file as \"CSV UTF-8\"");
    CHECK(mixed.line == 3);
    // A byte Windows-1252 does not define: not that encoding either.
    CHECK(refusal(dir, "hoop.a;opmerking:hoop\n4;x\x81y\n", "not UTF-8").line == 2);
    // UTF-8 with a BOM, as Excel's "CSV UTF-8" writes it, is read as it is.
    test::write_file(csv, "\xEF\xBB\xBFhoop.a;hoop.b;hoop.c;tempo.a;opmerking:hoop\n4;3;2;1;Caf\xC3\xA9\n");
    auto utf = read_response_csv(csv, small_q(), "T", "R1");
    CHECK_FALSE(utf.converted_from_windows1252);
    CHECK(utf.responses.at(0).remarks.at(0) == "Caf\xC3\xA9");
}

TEST_CASE("CSV: the limits refuse the file with the line, without reading it into memory", "[csv]")
{
    TempDir dir;
    auto long_line = refusal(dir, "hoop.a;opmerking:hoop\n4;ok\n4;" + std::string(limits::kMaxLineBytes + 10, 'x') + "\n",
                             "line is longer than the maximum of 1 MB");
    CHECK(long_line.line == 3);
    auto long_record = refusal(dir, "hoop.a;opmerking:hoop\n4;\"" + std::string(limits::kMaxLineBytes / 2, 'x') + "\n" +
                                        std::string(limits::kMaxLineBytes / 2, 'x') + "\"\n",
                               "record is longer than the maximum");
    CHECK(long_record.line == 2);
    std::string wide = "hoop.a";
    for (std::size_t i = 0; i < limits::kMaxCsvColumns; ++i)
        wide += ";x";
    CHECK(refusal(dir, wide + "\n", "more than 2000 columns").line == 1);
    CHECK(refusal(dir, "hoop.a\n" + std::string(limits::kMaxCsvLines, '\n'), "more than the maximum of 1000000 lines").line ==
          static_cast<int>(limits::kMaxCsvLines) + 1);

#ifdef _WIN32
    // No FIFOs or unprivileged symbolic links on Windows: a reserved device name instead.
    CHECK_THROWS_AS(read_response_csv("NUL", small_q(), "T", "R1"), FileRefused); // refused before reading
#else
    REQUIRE(::symlink("/dev/zero", dir.file("zero.csv").c_str()) == 0);
    CHECK_THROWS_WITH(read_response_csv(dir.file("zero.csv"), small_q(), "T", "R1"), Catch::Contains("not an ordinary file"));
#endif
}

TEST_CASE("CSV: a file of more rows than the store writes at once, an id twice and remarks, imported twice", "[csv]")
{
    // The store writes response rows many to a statement (64 on SQLite): an id twice is one response whether
    // its first row is still waiting or written, and the remarks reach their own responses.
    TempDir dir;
    const auto csv = dir.file("many.csv");
    std::string text = "id;hoop.a;hoop.b;hoop.c;tempo.a;remark:hoop\n";
    const int rows = 130;
    for (int n = 0; n < rows; ++n) {
        const int id = n == 70 ? 68 : n == 129 ? 3 : n; // row 70 repeats a waiting row's id, the last an early one's
        const std::string answer = std::to_string(1 + n % 5);
        text += "r" + std::to_string(id) + ";" + answer + ";" + answer + ";3;4;" + (n % 10 == 0 ? "regel " + std::to_string(n) : "") + "\n";
    }
    test::write_file(csv, text);
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", small_q());
    const RowId team = store.ensure_team("T");
    const auto first = import_response_file(store, csv, round, team);
    CHECK(first.inserted == rows - 2);
    CHECK(first.already_present == 2);
    const auto stored = store.load_responses({});
    REQUIRE(stored.size() == static_cast<std::size_t>(rows - 2));
    int remarks = 0;
    for (const auto& r : stored) {
        const AnswerCode a = r.answers[*small_q().item_index("hoop.a")];
        for (const auto& [dimension, remark] : r.remarks) {
            ++remarks;
            INFO(remark);
            CHECK(remark == "regel " + std::to_string(std::stoi(remark.substr(6))));
            CHECK(a == AnswerCode(1 + std::stoi(remark.substr(6)) % 5)); // on the row it was written on
        }
    }
    CHECK(remarks == 12); // rows 0, 10, ..., 120 but row 70: its id was taken, the row is not stored
    const auto again = import_response_file(store, csv, round, team);
    CHECK(again.inserted == 0);
    CHECK(again.already_present == rows);
    CHECK(store.load_responses({}).size() == static_cast<std::size_t>(rows - 2));
}
