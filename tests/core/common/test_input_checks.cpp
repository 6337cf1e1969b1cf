// The shared input checks: strict UTF-8, the Windows-1252 conversion, bounded reading of regular files only, dates.
#include "common/file_problem.h"
#include "common/ids.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/utf8.h"

#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>

#include <sys/stat.h>
#include <unistd.h>

using namespace hs;

TEST_CASE("utf8: strict validation finds the first bad byte", "[common]")
{
    CHECK(utf8::is_valid(""));
    CHECK(utf8::is_valid("plain ascii"));
    CHECK(utf8::is_valid("Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
    CHECK(utf8::first_invalid("Caf\xE9") == 3);            // Windows-1252 é
    CHECK(utf8::first_invalid("ab\xC0\xAF") == 2);         // overlong '/'
    CHECK(utf8::first_invalid("x\xED\xA0\x80") == 1);      // a surrogate
    CHECK(utf8::first_invalid("\xF4\x90\x80\x80") == 0);   // above U+10FFFF
    CHECK(utf8::first_invalid("ok\xE2\x82") == 2);         // truncated at the end
    CHECK(utf8::first_invalid("\x80") == 0);               // a lone continuation byte
    CHECK(utf8::line_at("a\nb\nc\xE9", 5) == 3);
}

TEST_CASE("utf8: the streaming validator agrees across piece boundaries", "[common]")
{
    const std::string text = "Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 end";
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        utf8::Validator v;
        v.feed(std::string_view(text).substr(0, cut));
        v.feed(std::string_view(text).substr(cut));
        CHECK(v.finish());
    }
    utf8::Validator truncated;
    CHECK(truncated.feed("ab\xE2\x82"));
    CHECK_FALSE(truncated.finish());
    utf8::Validator bad;
    CHECK_FALSE(bad.feed("Caf\xE9!"));
    CHECK(bad.invalid_at() == 3);
    CHECK_FALSE(bad.feed("more"));
    // Long ASCII runs are skipped a word at a time: an invalid byte at any place among them is still found
    // where first_invalid finds it, whatever the alignment, and a sequence cut between pieces stays valid.
    for (std::size_t at = 0; at < 40; ++at) {
        std::string ascii(48, 'a');
        ascii[at] = '\xE9';
        utf8::Validator v;
        CHECK_FALSE(v.feed(ascii));
        CHECK(v.invalid_at() == utf8::first_invalid(ascii));
        CHECK(v.invalid_at() == at);
    }
    utf8::Validator split;
    CHECK(split.feed(std::string(20, 'a') + "\xE2\x82"));
    CHECK_FALSE(split.feed(std::string(20, 'b') + "\xAC"));
    CHECK(split.invalid_at() == 0); // the sequence began in the piece before
}

TEST_CASE("utf8: BOM, Windows-1252 and sanitizing", "[common]")
{
    CHECK(utf8::without_bom("\xEF\xBB\xBFid;a") == "id;a");
    CHECK(utf8::without_bom("id;a") == "id;a");
    CHECK(utf8::from_windows1252("Caf\xE9 \x80 \x96") == "Caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x93");
    CHECK(utf8::is_windows1252("Caf\xE9"));
    CHECK_FALSE(utf8::is_windows1252("x\x81"));
    CHECK(utf8::has_multibyte("Caf\xC3\xA9"));
    CHECK_FALSE(utf8::has_multibyte("Caf\xE9"));
    CHECK(utf8::sanitized("a\xE9z") == "a\xEF\xBF\xBDz");
    CHECK(utf8::is_valid(utf8::sanitized("\xC0\xAF\xED\xA0\x80\xF8")));
}

TEST_CASE("limits: the minimum of answered items for a complete response", "[common]")
{
    CHECK(limits::min_answered_items(0) == 1);
    CHECK(limits::min_answered_items(1) == 1);
    CHECK(limits::min_answered_items(7) == 4);
    CHECK(limits::min_answered_items(65) == 33);
}

TEST_CASE("input file: only a regular file within the limit is read", "[common]")
{
    test::TempDir dir;
    test::write_file(dir.file("small.txt"), "0123456789");
    CHECK(read_input_file(dir.file("small.txt"), 10) == "0123456789");
    CHECK_THROWS_WITH(read_input_file(dir.file("small.txt"), 9), Catch::Contains("larger than the maximum"));
    CHECK_THROWS_WITH(read_input_file(dir.file("missing.txt"), 100), Catch::Contains("does not exist"));
    CHECK_THROWS_WITH(read_input_file(dir.path().string(), 100), Catch::Contains("folder"));

#ifdef _WIN32
    // Windows has no FIFOs in the file system and a symbolic link needs a privilege an ordinary account lacks;
    // its devices have reserved names, which are refused before anything is read (as a file that is not there).
    CHECK_THROWS_AS(read_input_file("NUL", 100), FileRefused);
#else
    // A symlink to /dev/zero and a FIFO would hang a reader that trusts the name: refused before opening.
    REQUIRE(::symlink("/dev/zero", dir.file("zero.csv").c_str()) == 0);
    CHECK_THROWS_WITH(read_input_file(dir.file("zero.csv"), 100), Catch::Contains("not an ordinary file"));
    REQUIRE(::mkfifo(dir.file("fifo.csv").c_str(), 0600) == 0);
    CHECK_THROWS_WITH(read_input_file(dir.file("fifo.csv"), 100), Catch::Contains("not an ordinary file"));
    try {
        read_input_file(dir.file("fifo.csv"), 100);
    } catch (const FileRefused& e) {
        REQUIRE(e.problems().size() == 1);
        CHECK(e.problems()[0].file == dir.file("fifo.csv"));
    }
#endif
}

TEST_CASE("dates and time stamps: only the exact ISO forms of real days and times", "[common]")
{
    for (const char* good : {"2026-06-30", "2028-02-29", "2000-02-29", "1900-01-01"}) {
        INFO(good);
        CHECK(is_iso_date(good));
    }
    for (const char* bad : {"2026-02-29", "1900-02-29", "2026-06-31", "2026-13-01", "2026-00-10", "2026-1-01", "26-06-30",
                            "2026/06/30", "2026-06-3a", "1899-12-31", "", "2026-06-30 "}) {
        INFO(bad);
        CHECK_FALSE(is_iso_date(bad));
    }
    CHECK(is_iso_timestamp("2026-04-20T23:59:59Z"));
    CHECK(is_iso_timestamp(now_iso()));
    for (const char* bad : {"2026-04-20T24:00:00Z", "2026-04-20T10:60:00Z", "2026-04-20T10:00:60Z", "2026-04-20 10:00:00Z",
                            "2026-04-20T10:00:00", "2026-04-20T10:00:00+01", "2026-02-30T10:00:00Z", "2026-04-20", ""}) {
        INFO(bad);
        CHECK_FALSE(is_iso_timestamp(bad));
    }
}

TEST_CASE("time stamps: a new version's stamp always sorts after the one it replaces", "[common]")
{
    const std::string now = now_iso();
    CHECK(stamp_after("") >= now);
    CHECK(stamp_after("2000-01-01T00:00:00Z") >= now);
    // A stamp at or after the clock (the same second, or a machine whose clock runs ahead): one second later.
    CHECK(stamp_after("2999-12-31T23:59:59Z") == "3000-01-01T00:00:00Z");
    CHECK(stamp_after("2999-02-28T23:59:59Z") == "2999-03-01T00:00:00Z");
    CHECK(stamp_after("2996-02-28T23:59:59Z") == "2996-02-29T00:00:00Z");
    CHECK(stamp_after("2999-06-30T10:59:59Z") == "2999-06-30T11:00:00Z");
    CHECK(stamp_after("2999-06-30T10:00:08Z") == "2999-06-30T10:00:09Z");
    const std::string soon = stamp_after(now_iso());
    CHECK(is_iso_timestamp(soon));
    CHECK(soon > now);
}

#ifndef _WIN32
TEST_CASE("today is the day on the user's own calendar, not in Greenwich", "[common]")
{
    // At any moment the calendars of UTC+14 and UTC-12 are a day apart (26 hours): a UTC date would be the same.
    const char* before = std::getenv("TZ");
    const std::string saved = before ? before : "";
    setenv("TZ", "<+14>-14", 1);
    tzset();
    const std::string east = today_iso();
    setenv("TZ", "<-12>+12", 1);
    tzset();
    const std::string west = today_iso();
    if (before)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
    tzset();
    CHECK(is_iso_date(east));
    CHECK(is_iso_date(west));
    CHECK(east > west);
}
#endif
