// The workbooks' chart labels: statements named by what tells them apart, cut between characters and words.
#include "workbook/chart_style.h"

#include <catch2/catch.hpp>

using namespace hs::wb;

TEST_CASE("statements on a chart's axis leave out the lead-in most of them share", "[workbook]")
{
    const std::vector<std::string> texts = {
        "In de afgelopen maand luisterden we eerst goed.",
        "In de afgelopen maand vroegen we cliënten wat er in hun leven is gebeurd voordat we iets voorstelden.",
        "In de afgelopen maand lieten we cliënten zelf de doelen kiezen.",
        "Als het niet vooruitging, hielden we contact.",
    };
    const auto s = short_statements(texts, 40);
    REQUIRE(s.size() == 4);
    CHECK(s[0] == "Luisterden we eerst goed");
    CHECK(s[1] == "Vroegen we cliënten wat er in hun leven\xE2\x80\xA6"); // cut at a word, with an ellipsis
    CHECK(s[3] == "Als het niet vooruitging, hielden we\xE2\x80\xA6");
    // Too few share a lead-in: nothing is left out.
    const auto alone = short_statements({"In de afgelopen maand a.", "Iets anders.", "Nog iets.", "En nog.", "Laatste."});
    CHECK(alone[0] == "In de afgelopen maand a");
}

TEST_CASE("a short text never splits a character", "[workbook]")
{
    const std::string text = "ééééééééééééééééééééééééééé"; // one word of two-byte characters
    const std::string cut = short_text(text, 10);
    CHECK(cut == "ééééééééé\xE2\x80\xA6");
    CHECK(short_text("kort", 10) == "kort");
}
