// Definition files beyond the reading limits, or not UTF-8, or not well-formed, are refused whole with file,
// line and reason, never crash the program (Boost's parsers recurse once per level) and never hang it.
#include "common/limits.h"
#include "questionnaire/questionnaire_loader.h"
#include "workbook/report_definition.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace hs;

namespace {

// The single problem a questionnaire text is refused with.
FileProblem refusal(const std::string& text)
{
    auto result = parse_questionnaire(text, "q.xml");
    CHECK_FALSE(result.questionnaire.has_value());
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].file == "q.xml");
    return result.problems[0];
}

std::string repeated(const std::string& s, int n)
{
    std::string out;
    out.reserve(s.size() * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        out += s;
    return out;
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
}

} // namespace

TEST_CASE("reading limits: XML nested 200,000 levels deep is refused, not a stack overflow", "[limits]")
{
    const int n = 200000;
    const std::string text = "<questionnaire>\n" + repeated("<a>", n) + repeated("</a>", n) + "</questionnaire>";
    auto p = refusal(text);
    CHECK(p.reason.find("nested more than 64 levels") != std::string::npos);
    CHECK(p.line == 2);
    // 64 levels are fine for the reader (the validator then names the unknown element).
    const std::string ok = "<questionnaire>" + repeated("<a>", limits::kMaxNestingDepth - 1) +
                           repeated("</a>", limits::kMaxNestingDepth - 1) + "</questionnaire>";
    auto within = parse_questionnaire(ok, "q.xml");
    REQUIRE_FALSE(within.problems.empty());
    CHECK(within.problems[0].reason.find("nested") == std::string::npos);
}

TEST_CASE("reading limits: JSON nested 200,000 levels deep is refused", "[limits]")
{
    const int n = 200000;
    auto p = refusal("{\"id\": \"x\",\n \"a\": " + repeated("[", n) + repeated("]", n) + "}");
    CHECK(p.reason.find("nested more than 64 levels") != std::string::npos);
    CHECK(p.line == 2);
    // Brackets inside strings do not count.
    auto strings = parse_questionnaire("{\"id\": \"" + repeated("[{", 100) + "\"}", "q.json");
    for (const auto& problem : strings.problems)
        CHECK(problem.reason.find("nested") == std::string::npos);
}

TEST_CASE("reading limits: mismatched and unclosed XML tags are refused with their line", "[limits]")
{
    const std::string good = test::small_questionnaire_xml();
    auto p = refusal(replaced(good, "</part>", "</dimension>"));
    CHECK(p.reason.find("not well-formed XML: closing tag </dimension> does not match <part>") != std::string::npos);
    CHECK(p.line > 1);
    CHECK(refusal("<questionnaire><part>\n</questionnaire>").reason.find("does not match <part> opened on line 1") !=
          std::string::npos);
    CHECK(refusal("<questionnaire>\n<part>").reason.find("element <part> is never closed") != std::string::npos);
    CHECK(refusal("<questionnaire>\n<!-- open").line == 2);
    CHECK(refusal("<!DOCTYPE q [<!ENTITY a \"aaaa\">]><questionnaire/>").reason.find("document type") !=
          std::string::npos);
}

TEST_CASE("reading limits: text that is not UTF-8 is refused with its line; a BOM is accepted", "[limits]")
{
    const std::string good = test::small_questionnaire_xml();
    auto p = refusal(replaced(good, "Hoop", "Caf\xE9"));
    CHECK(p.reason.find("not valid UTF-8") != std::string::npos);
    CHECK(p.line == line_of(good, "Hoop"));
    CHECK(refusal(replaced(good, "Hoop", "&#xD800;")).reason.find("character reference") != std::string::npos);

    CHECK(parse_questionnaire("\xEF\xBB\xBF" + good, "q.xml").questionnaire.has_value());
    CHECK(parse_questionnaire("\xEF\xBB\xBF" + test::small_questionnaire_json(), "q.json").questionnaire.has_value());
    auto bom_bad = parse_questionnaire("\xEF\xBB\xBF" + replaced(good, "Hoop", "Caf\xE9"), "q.xml");
    REQUIRE(bom_bad.problems.size() == 1);
    CHECK(bom_bad.problems[0].line == p.line);
}

TEST_CASE("reading limits: a link to /dev/zero or a FIFO as a definition is refused at once", "[limits]")
{
    test::TempDir dir;
#ifdef _WIN32
    // No FIFOs or unprivileged symbolic links on Windows: a reserved device name instead.
    const std::string device = "NUL";
#else
    const std::string device = dir.file("zero.xml");
    REQUIRE(::symlink("/dev/zero", device.c_str()) == 0);
#endif
    // Windows reports its reserved device names as missing files: refused before reading all the same.
#ifdef _WIN32
    const char* reason = "does not exist";
#else
    const char* reason = "not an ordinary file";
#endif
    auto result = read_questionnaire_file(device);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].reason.find(reason) != std::string::npos);
    CHECK_THROWS_WITH(load_report_definition_file(device), Catch::Contains(reason));

    test::write_file(dir.file("big.xml"), std::string(limits::kMaxDefinitionFileBytes + 1, ' '));
    auto big = read_questionnaire_file(dir.file("big.xml"));
    REQUIRE(big.problems.size() == 1);
    CHECK(big.problems[0].reason.find("larger than the maximum") != std::string::npos);
}

TEST_CASE("reading limits: report definitions share the checks", "[limits]")
{
    CHECK_THROWS_WITH(parse_report_definition("<report id=\"r\" kind=\"team-trend\">\n<sheet type=\"coaching\"></report>", "r.xml"),
                      Catch::Contains("r.xml:2: not well-formed XML: closing tag </report> does not match <sheet>"));
    CHECK_THROWS_WITH(parse_report_definition("<report>" + repeated("<x>", 100) + repeated("</x>", 100) + "</report>", "r.xml"),
                      Catch::Contains("nested more than 64 levels"));
    CHECK_THROWS_WITH(parse_report_definition("<report id=\"caf\xE9\"/>", "r.xml"), Catch::Contains("r.xml:1: the text is not valid UTF-8"));
}

TEST_CASE("reading limits: many elements are refused, and lines of many ids are found in one pass", "[limits]")
{
    std::string items;
    for (int i = 0; i < 2400; ++i)
        items += "<item id=\"i" + std::to_string(i) + "\"><text lang=\"nl\">T</text><text lang=\"en\">T</text></item>\n";
    std::string text = test::small_questionnaire_xml();
    text = replaced(text, "<item id=\"hoop.a\">", items + "<item id=\"hoop.a\">");
    // 2,400 items with their texts: within the limit of elements, every id located (this took minutes when each
    // id was searched for in the whole text).
    auto many = parse_questionnaire(text, "q.xml");
    REQUIRE(many.questionnaire.has_value());
    CHECK(many.questionnaire->items.size() == 2400 + 7);
    auto dup = parse_questionnaire(replaced(text, "<item id=\"i2399\">", "<item id=\"i5\">"), "q.xml");
    REQUIRE_FALSE(dup.problems.empty());
    CHECK(dup.problems[0].reason == "duplicate item id 'i5'");
    CHECK(dup.problems[0].line == line_of(text, "id=\"i2399\""));

    auto p = refusal("<questionnaire>\n" + repeated("<a/>", limits::kMaxDefinitionElements) + "</questionnaire>");
    CHECK(p.reason.find("more than 10000 elements") != std::string::npos);
    CHECK(refusal("{\"a\": [" + repeated("{},", limits::kMaxDefinitionElements) + "{}]}").reason.find("more than 10000 objects") !=
          std::string::npos);
}
