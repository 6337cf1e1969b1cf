// PDF building blocks: line breaking, numbers in the reader's language, a finished document.
#include "report/pdf_document.h"

#include <catch2/catch.hpp>

#include <clocale>
#include <sstream>

using namespace hs::report;

namespace {
bool valid_utf8(const std::string& s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                return false;
        i += n;
    }
    return true;
}
} // namespace

TEST_CASE("text is wrapped at the width, keeps every word and never splits a character")
{
    PdfDocument doc("test", "test");
    doc.new_page();
    const TextStyle style{10, false, {}};
    const std::string text = "Wij sluiten aan bij het tempo van cliënten, ook als een gesprek over herstel tijd kost; "
                             "één woord-dat-veel-te-lang-is-voor-een-regel-van-deze-breedte-ëëëëëëëëëë staat er ook in.";
    const auto lines = doc.wrap(text, 120, style);
    REQUIRE(lines.size() > 3);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(doc.text_width(line, style) <= 120 + 1e-6);
        CHECK(valid_utf8(line));
        joined += line;
    }
    std::string without_spaces;
    for (char c : text)
        if (c != ' ')
            without_spaces += c;
    std::string joined_without_spaces;
    for (char c : joined)
        if (c != ' ')
            joined_without_spaces += c;
    CHECK(joined_without_spaces == without_spaces);
    const auto shortened = doc.fit(text, 100, style);
    CHECK(doc.text_width(shortened, style) <= 100 + 1e-6);
    CHECK(valid_utf8(shortened));
}

TEST_CASE("numbers are written in the reader's language whatever the process locale")
{
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    const bool comma_locale = std::setlocale(LC_ALL, "nl_NL.UTF-8") != nullptr;
    CHECK(decimal(3.14159, 1, "nl") == "3,1");
    CHECK(decimal(3.14159, 2, "en") == "3.14");
    CHECK(decimal(-0.01, 1, "nl") == "0,0");
    CHECK(decimal(-0.26, 2, "nl") == "-0,26");
    std::setlocale(LC_ALL, saved.c_str());
    INFO("ran under a comma-decimal locale: " << comma_locale);
}

TEST_CASE("a finished document is a PDF with its pages")
{
    PdfDocument doc("Titel", "Onderwerp");
    doc.new_page();
    doc.text(100, 100, "Herstelspiegel ëé", {12, true, {}});
    doc.new_page();
    doc.text(100, 100, "2", {12, false, {}}); // cairo leaves out a last page that nothing was drawn on
    const auto bytes = doc.finish();
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    CHECK(doc.page_count() == 2);
    CHECK(bytes.find("/Count 2") != std::string::npos);
}
