// The store refuses what it must not take (blank or non-UTF-8 names, invalid remark text) and refuses damaged,
// truncated or empty files without changing a byte of them.
#include "common/paths.h"
#include "store/check_stamp.h"
#include "store/integrity.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace hs;
using hs::test::TempDir;

namespace {
std::string bytes_of(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

StoreError::Kind refusal_kind(const std::string& path, bool read_only)
{
    StoreOptions options;
    options.read_only = read_only;
    try {
        Store store(path, options);
    } catch (const StoreError& e) {
        INFO(e.what());
        CHECK(std::string(e.what()).find(path) != std::string::npos);
        return e.kind();
    }
    FAIL("opened");
    return StoreError::Kind::Other;
}
} // namespace

TEST_CASE("names are trimmed; blank and non-UTF-8 names and remarks are refused", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    const RowId team = store.add_team("  FACT Zuid \t");
    CHECK(store.find_team("FACT Zuid")->id == team);
    CHECK(store.ensure_team("FACT Zuid  ") == team);
    CHECK_THROWS_AS(store.add_team(" \t\xC2\xA0 "), StoreError);
    CHECK_THROWS_WITH(store.add_team("Caf\xE9"), Catch::Contains("UTF-8"));
    const RowId round = store.add_round(" R1 ", "2026-03-01", test::small_questionnaire());
    CHECK(store.round(round).label == "R1");
    CHECK_THROWS_WITH(store.add_round("R1", "2026-03-01", test::small_questionnaire()), Catch::Contains("already a round"));
    CHECK_THROWS_AS(store.add_round("  ", "2026-03-01", test::small_questionnaire()), StoreError);

    auto response = store.start_response(round, team, Role::Practitioner);
    PageSave page;
    page.response = response.id;
    page.remarks = {{0, "Caf\xE9"}};
    CHECK_THROWS_WITH(store.save_page(page), Catch::Contains("UTF-8"));
}

TEST_CASE("damaged, truncated and empty database files are refused and left unchanged", "[damage]")
{
    TempDir dir;
    const std::string good = dir.file("good.db");
    {
        Store store(good);
        store.add_round("R1", "2026-03-01", test::small_questionnaire());
        for (int i = 0; i < 40; ++i)
            store.add_team("Team " + std::to_string(i) + std::string(200, 'x'));
    }
    const std::string intact = bytes_of(good);
    REQUIRE(intact.size() > 4 * 4096);

    const std::string empty = dir.file("empty.db");
    test::write_file(empty, "");
    CHECK(refusal_kind(empty, false) == StoreError::Kind::NotADatabase);
    CHECK(refusal_kind(empty, true) == StoreError::Kind::NotADatabase);
    CHECK(bytes_of(empty).empty());

    const std::string truncated = dir.file("truncated.db");
    test::write_file(truncated, intact.substr(0, intact.size() / 2));
    CHECK(refusal_kind(truncated, false) == StoreError::Kind::NotADatabase);
    CHECK(refusal_kind(truncated, true) == StoreError::Kind::NotADatabase);
    CHECK(bytes_of(truncated) == intact.substr(0, intact.size() / 2));

    // Cut on a page boundary: only the header's page count shows it.
    test::write_file(truncated, intact.substr(0, 3 * 4096));
    CHECK_THROWS_WITH(Store(truncated, StoreOptions{true}), Catch::Contains("cut off"));
    CHECK(bytes_of(truncated) == intact.substr(0, 3 * 4096));

    std::string broken = intact;
    broken.replace(3 * 4096, 8, "\x0d\xff\xff\xff\xff\xff\xff\xff", 8); // page 4's b-tree header
    const std::string damaged = dir.file("damaged.db");
    test::write_file(damaged, broken);
    CHECK(refusal_kind(damaged, false) == StoreError::Kind::NotADatabase);
    CHECK_THROWS_WITH(Store(damaged), Catch::Contains("restore your latest backup"));
    CHECK(bytes_of(damaged) == broken);

    Store store(good);
    CHECK_NOTHROW(require_intact(store));
    backup_checked(store, dir.file("backup.db"));
    CHECK(Store(dir.file("backup.db")).integrity_check() == "ok");
    CHECK(damage_text("*** in database main ***\nPage 5: bad\nPage 6: worse") == "Page 5: bad; Page 6: worse");
}

namespace {
// Points the user's cache folder (where the record of checked databases lives) at `folder` for one test.
class CacheFolderAt {
public:
    explicit CacheFolderAt(const std::string& folder)
    {
#ifdef _WIN32
        const wchar_t* old = _wgetenv(L"LOCALAPPDATA");
        old_ = old ? old : L"";
        _wputenv_s(L"LOCALAPPDATA", path_from_utf8(folder).wstring().c_str());
#else
        const char* old = std::getenv("XDG_CACHE_HOME");
        had_ = old != nullptr;
        old_ = old ? old : "";
        setenv("XDG_CACHE_HOME", folder.c_str(), 1);
#endif
    }
    ~CacheFolderAt()
    {
#ifdef _WIN32
        _wputenv_s(L"LOCALAPPDATA", old_.c_str());
#else
        if (had_)
            setenv("XDG_CACHE_HOME", old_.c_str(), 1);
        else
            unsetenv("XDG_CACHE_HOME");
#endif
    }

private:
#ifdef _WIN32
    std::wstring old_;
#else
    bool had_ = false;
    std::string old_;
#endif
};
} // namespace

TEST_CASE("a reading open checks every page, once for each state of the file", "[damage]")
{
    TempDir dir;
    CacheFolderAt cache(dir.file("cache"));
    const std::string good = dir.file("good.db");
    {
        Store store(good);
        store.add_round("R1", "2026-03-01", test::small_questionnaire());
        for (int i = 0; i < 40; ++i)
            store.add_team("Team " + std::to_string(i) + std::string(200, 'x'));
    }
    // A page damaged inside the file, its size and header intact: only the page-by-page pass sees it, and a
    // reading verb is refused as a writing one is, without a byte changed.
    std::string broken = bytes_of(good);
    broken.replace(3 * 4096, 8, "\x0d\xff\xff\xff\xff\xff\xff\xff", 8);
    const std::string damaged = dir.file("damaged.db");
    test::write_file(damaged, broken);
    CHECK(refusal_kind(damaged, true) == StoreError::Kind::NotADatabase);
    CHECK_THROWS_WITH(Store(damaged, StoreOptions{true}), Catch::Contains("restore your latest backup"));
    CHECK(bytes_of(damaged) == broken);
    CHECK_FALSE(std::filesystem::exists(check_stamp_file(path_from_utf8(damaged))));

    // The intact file passes and that state is remembered in the cache folder ...
    const auto p = path_from_utf8(good);
    const std::string before = database_file_state(p);
    REQUIRE_FALSE(before.empty());
    CHECK_FALSE(passed_check_in_state(p, before));
    { Store reading(good, StoreOptions{true}); }
    CHECK(passed_check_in_state(p, before));
    CHECK(check_stamp_file(p).string().find(path_from_utf8(dir.file("cache")).string()) == 0);

    // ... so the next reading open does not read every page again: shown with damage that leaves size, time of
    // change and change counter as they were, which only the page-by-page pass would see (the open itself does
    // not read that page).
    const auto changed_at = std::filesystem::last_write_time(p);
    std::string same_state = bytes_of(good);
    same_state.replace(same_state.size() - 4096, 8, "\x0d\xff\xff\xff\xff\xff\xff\xff", 8);
    test::write_file(good, same_state);
    std::filesystem::last_write_time(p, changed_at);
    REQUIRE(database_file_state(p) == before);
    CHECK_NOTHROW(Store(good, StoreOptions{true}));

    // Any change to the file makes the next open check again, and then the damage is found.
    test::write_file(good, same_state + std::string(4096, '\0'));
    CHECK_FALSE(passed_check_in_state(p, database_file_state(p)));
    CHECK(refusal_kind(good, true) == StoreError::Kind::NotADatabase);
}
