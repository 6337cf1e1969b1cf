// The core's reader of the compiled catalogue: the one catalogue the GUI uses, readable by the CLI and workbooks.
#include "common/i18n.h"
#include "common/message_catalogue.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

using namespace hs;

namespace {

// A compiled catalogue by hand: little-endian header, two tables, then the strings.
std::string mo(const std::vector<std::pair<std::string, std::string>>& messages, bool big_endian = false)
{
    auto put = [&](std::string& out, std::uint32_t v) {
        for (int b = 0; b < 4; ++b)
            out += static_cast<char>(big_endian ? (v >> (8 * (3 - b))) & 0xff : (v >> (8 * b)) & 0xff);
    };
    const auto n = static_cast<std::uint32_t>(messages.size());
    std::string out;
    put(out, 0x950412de);
    put(out, 0);
    put(out, n);
    put(out, 28);
    put(out, 28 + 8 * n);
    put(out, 0);
    put(out, 0);
    std::string strings;
    const std::uint32_t base = 28 + 16 * n;
    std::string originals, translations;
    for (const auto& [id, text] : messages) {
        put(originals, static_cast<std::uint32_t>(id.size()));
        put(originals, base + static_cast<std::uint32_t>(strings.size()));
        strings += id + '\0';
    }
    for (const auto& [id, text] : messages) {
        put(translations, static_cast<std::uint32_t>(text.size()));
        put(translations, base + static_cast<std::uint32_t>(strings.size()));
        strings += text + '\0';
    }
    return out + originals + translations + strings;
}

} // namespace

TEST_CASE("message catalogue: a compiled catalogue is read in either byte order")
{
    for (bool big : {false, true}) {
        auto c = MessageCatalogue::from_mo(mo({{"", "header"}, {"Mean", "Gemiddelde"}, {"%1 of %2", "%2 van %1"}}, big));
        CHECK(c.size() == 2); // the header is no message
        CHECK(c.translate("Mean") == "Gemiddelde");
        CHECK(c.translate("Median") == "Median"); // absent: the msgid itself
        CHECK(c.translate("%1 of %2", {"a", "b"}) == "b van a");
    }
}

TEST_CASE("message catalogue: a damaged catalogue is refused, never read past its end")
{
    const std::string good = mo({{"Mean", "Gemiddelde"}});
    CHECK_THROWS_AS(MessageCatalogue::from_mo(good.substr(0, 20)), std::runtime_error);
    CHECK_THROWS_AS(MessageCatalogue::from_mo(good.substr(0, good.size() - 3)), std::runtime_error); // strings cut
    std::string bad_magic = good;
    bad_magic[0] = 'x';
    CHECK_THROWS_AS(MessageCatalogue::from_mo(bad_magic), std::runtime_error);
    std::string huge_count = good;
    huge_count[8] = '\xff';
    huge_count[9] = '\xff';
    CHECK_THROWS_AS(MessageCatalogue::from_mo(huge_count), std::runtime_error);
    std::string far_offset = good;
    far_offset[28 + 4 + 3] = '\x7f'; // the first original's offset points far beyond the file
    CHECK_THROWS_AS(MessageCatalogue::from_mo(far_offset), std::runtime_error);
}

TEST_CASE("message catalogue: the Dutch catalogue of the GUI is compiled into the core")
{
    const MessageCatalogue& nl = MessageCatalogue::for_language("nl");
    CHECK(nl.size() > 100);
    CHECK(nl.translate("too few respondents") == "te weinig respondenten");
    CHECK(nl.translate("improved") == "verbeterd");
    CHECK(MessageCatalogue::for_language("en").translate("improved") == "improved");
}

TEST_CASE("message catalogue: a count picks the singular or the plural message, the count standing for %1")
{
    CHECK(trfn(1, "%1 row was skipped (line %2)", "%1 rows were skipped (lines %2)", {"7"}) == "1 row was skipped (line 7)");
    CHECK(trfn(2, "%1 row was skipped (line %2)", "%1 rows were skipped (lines %2)", {"7, 9"}) ==
          "2 rows were skipped (lines 7, 9)");
    CHECK(trfn(0, "%1 agreement", "%1 agreements") == "0 agreements");
    CHECK(trfn(3, "%1 of %2 (%3)", "%1 of %2 (%3)", {"five", "%9"}) == "3 of five (%9)"); // an argument is not read again
}
