// Files on a shared computer: everything that holds answers is its owner's alone whatever the umask, and is
// written whole or not at all.
#include "common/file_io.h"
#include "common/file_problem.h"
#include "common/sha256.h"
#include "store/store.h"
#include "workbook/xlsx_writer.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include "common/paths.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>
#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace hs;
using hs::test::TempDir;
namespace fs = std::filesystem;

namespace {
#ifdef _WIN32
// Windows has no permission bits: a file in the user's profile inherits the profile's access list, which is the
// user's own (file_io.h). What can be checked there is that the file is whole and in place.
#define CHECK_OWNER_ONLY(path) CHECK(fs::is_regular_file(path))
#else
unsigned mode_of(const fs::path& p)
{
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}
#define CHECK_OWNER_ONLY(path) CHECK(mode_of(path) == 0600)
#endif

std::string contents(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

bool leftovers(const fs::path& folder)
{
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().extension() == ".part")
            return true;
    return false;
}

// Sets the umask for the test's duration, as a user's shell would have it (Windows has none).
struct Umask {
#ifdef _WIN32
    explicit Umask(int) {}
#else
    mode_t old;
    explicit Umask(mode_t mask) : old(::umask(mask)) {}
    ~Umask() { ::umask(old); }
#endif
};
} // namespace

TEST_CASE("SHA-256 gives the standard's test vectors")
{
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("an atomic write: owner-only whatever the umask, whole or not at all")
{
    Umask umask(022);
    TempDir dir;
    const fs::path target = dir.path() / "export.xml";
    write_file_atomically(target.string(), "eerste");
    CHECK(contents(target) == "eerste");
    CHECK_OWNER_ONLY(target);
    write_file_atomically(target.string(), "tweede");
    CHECK(contents(target) == "tweede");
    CHECK_OWNER_ONLY(target);
    CHECK_FALSE(leftovers(dir.path()));

    SECTION("a writer that needs a path of its own; nothing happens without commit")
    {
        {
            AtomicFile file(target.string());
            CHECK(fs::exists(file.temp_path()));
            CHECK(fs::path(file.temp_path()).parent_path() == dir.path());
            CHECK_OWNER_ONLY(path_from_utf8(file.temp_path()));
            std::ofstream(file.temp_path()) << "half";
        }
        CHECK(contents(target) == "tweede");
        CHECK_FALSE(leftovers(dir.path()));
        AtomicFile file(target.string());
        std::ofstream(file.temp_path()) << "derde";
        file.commit();
        CHECK(contents(target) == "derde");
        CHECK_OWNER_ONLY(target);
        CHECK_FALSE(leftovers(dir.path()));
    }
    SECTION("a file written in pieces: whole at commit, nothing at all without it")
    {
        {
            AtomicFile file(target.string());
            file.append("half ");
            file.append("a file");
            CHECK(contents(target) == "tweede"); // the target is untouched while the pieces go out
        }
        CHECK(contents(target) == "tweede");
        CHECK_FALSE(leftovers(dir.path()));
        AtomicFile file(target.string());
        std::string big(3 * 1024 * 1024, 'x');
        file.append("begin ");
        file.append(big);
        file.append(" eind");
        file.commit();
        CHECK(contents(target) == "begin " + big + " eind");
        CHECK_OWNER_ONLY(target);
        CHECK_FALSE(leftovers(dir.path()));
    }
    SECTION("a folder that does not exist or does not take files")
    {
        CHECK_THROWS_AS(write_file_atomically((dir.path() / "no" / "x.xml").string(), "x"), FileRefused);
#ifndef _WIN32 // a read-only attribute on a Windows folder does not stop new files in it
        fs::create_directory(dir.path() / "closed");
        fs::permissions(dir.path() / "closed", fs::perms::owner_read | fs::perms::owner_exec);
        if (::access((dir.path() / "closed").c_str(), W_OK) != 0) // root may write anyway
            CHECK_THROWS_AS(write_file_atomically((dir.path() / "closed" / "x.xml").string(), "x"), FileRefused);
        fs::permissions(dir.path() / "closed", fs::perms::owner_all);
#endif
    }
}

TEST_CASE("files in a folder whose name is not ASCII: UTF-8 names reach the file system intact")
{
    // A user folder with an accent, as on a Dutch Windows laptop ("C:\\Users\\José\\OneDrive\\Cliënten").
    TempDir dir;
    const std::string folder_utf8 = path_to_utf8(dir.path()) + "/Jos\xC3\xA9/Cli\xC3\xABnten \xE2\x82\xAC";
    const fs::path folder = path_from_utf8(folder_utf8);
    create_private_folders(folder_utf8);
    CHECK(fs::is_directory(folder));
#ifdef _WIN32
    // The names Windows itself sees (UTF-16), not the ANSI code page's reading of the UTF-8 bytes.
    CHECK(fs::is_directory(dir.path() / fs::path(L"Jos\u00e9") / fs::path(L"Cli\u00ebnten \u20ac")));
#endif
    write_file_atomically(folder_utf8 + "/export.xml", "inhoud");
    CHECK(contents(folder / "export.xml") == "inhoud");
    CHECK(read_text_file(folder_utf8 + "/export.xml") == "inhoud");
    {
        // Written piece by piece, as the portable response file is (export-responses).
        AtomicFile file(folder_utf8 + "/ronde.xml");
        file.append("<a>");
        file.append("</a>");
        file.commit();
    }
    CHECK(contents(folder / "ronde.xml") == "<a></a>");
    {
        Store store(folder_utf8 + "/herstelspiegel.db");
        store.add_team("T");
        store.backup(folder_utf8 + "/backup.db");
    }
    CHECK(fs::is_regular_file(folder / "herstelspiegel.db"));
    CHECK(Store(folder_utf8 + "/backup.db").teams().size() == 1);
    {
        XlsxWriter x(folder_utf8 + "/trend.xlsx", false, 0);
        x.text(x.add_sheet("Blad"), 0, 0, "x");
        x.commit();
    }
    CHECK(contents(folder / "trend.xlsx").substr(0, 2) == "PK");
    CHECK_FALSE(leftovers(folder));
}

TEST_CASE("a workbook in a folder whose name the Windows code page cannot spell is written whole")
{
    // libxlsxwriter opens the workbook with fopen(), which Windows reads in the system's code page: a Western PC
    // has no spelling for "Ω". The workbook is written under an ASCII name in the temporary folder and moved in
    // (AtomicFile::narrow_temp_path); on Linux the name goes as it is. Run under Wine by packaging/windows.
    TempDir dir;
    const std::string folder_utf8 = path_to_utf8(dir.path()) + "/Cli\xC3\xABnten \xCE\xA9mega";
    const fs::path folder = path_from_utf8(folder_utf8);
    create_private_folders(folder_utf8);
    const auto staged = [] {
        std::size_t n = 0;
        for (const auto& entry : fs::directory_iterator(fs::temp_directory_path()))
            if (path_to_utf8(entry.path().filename()).rfind("herstelspiegel-", 0) == 0 && entry.path().extension() == ".part")
                ++n;
        return n;
    };
    const std::size_t staged_before = staged();
    for (const char* name : {"/trend.xlsx", "/trend \xCE\xA9.xlsx"}) {
        {
            XlsxWriter x(folder_utf8 + name, false, 0);
            x.text(x.add_sheet("Blad"), 0, 0, "inhoud");
            x.commit();
        }
        const fs::path written = path_from_utf8(folder_utf8 + name);
        CHECK(contents(written).substr(0, 2) == "PK");
        CHECK_OWNER_ONLY(written);
    }
    // A failed export leaves nothing behind, in the folder or in the temporary folder.
    {
        XlsxWriter x(folder_utf8 + "/half.xlsx", false, 0);
        x.text(x.add_sheet("Blad"), 0, 0, "x");
    }
    CHECK_FALSE(fs::exists(folder / "half.xlsx"));
    CHECK_FALSE(leftovers(folder));
    CHECK(staged() == staged_before);
}

#ifndef _WIN32
TEST_CASE("a workbook's parts are written in a folder in memory when there is one, and leave nothing there")
{
    const char* saved = std::getenv("XDG_RUNTIME_DIR");
    const std::string before = saved ? saved : "";
    TempDir runtime;
    const std::string folder = path_to_utf8(runtime.path());
    setenv("XDG_RUNTIME_DIR", folder.c_str(), 1);
    CHECK(memory_scratch_folder() == folder);
    {
        XlsxWriter x(path_to_utf8(runtime.path() / "out.xlsx"), false, 0);
        x.text(x.add_sheet("Blad"), 0, 0, "inhoud");
        x.commit();
    }
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(runtime.path()))
        left.push_back(path_to_utf8(entry.path().filename()));
    CHECK(left == std::vector<std::string>{"out.xlsx"}); // the parts were removed as libxlsxwriter closed them

    // A folder that is not there, or a relative name, is not used: then /dev/shm, where the system has it.
    std::error_code error;
    const bool shm_usable = fs::is_directory("/dev/shm") && ::access("/dev/shm", W_OK | X_OK) == 0 &&
                            fs::space("/dev/shm", error).available >= 256u * 1024 * 1024;
    const std::string shm = shm_usable ? "/dev/shm" : "";
    setenv("XDG_RUNTIME_DIR", (folder + "/gone").c_str(), 1);
    CHECK(memory_scratch_folder() == shm);
    setenv("XDG_RUNTIME_DIR", "relative", 1);
    CHECK(memory_scratch_folder() == shm);
    if (saved)
        setenv("XDG_RUNTIME_DIR", before.c_str(), 1);
    else
        unsetenv("XDG_RUNTIME_DIR");
}
#endif

#ifndef _WIN32 // permission bits and the umask are POSIX's; see CHECK_OWNER_ONLY for Windows
TEST_CASE("files on a shared computer: data folder 0700, database, WAL, backup and workbook 0600 under umask 022")
{
    Umask umask(022);
    TempDir dir;
    const fs::path folder = dir.path() / "share" / "herstelspiegel";
    const fs::path db = folder / "herstelspiegel.db";
    {
        Store store(db.string());
        store.add_team("T"); // the WAL and its index exist now
        CHECK(mode_of(dir.path() / "share") == 0700);
        CHECK(mode_of(folder) == 0700);
        CHECK(mode_of(db) == 0600);
        CHECK(mode_of(db.string() + "-wal") == 0600);
        CHECK(mode_of(db.string() + "-shm") == 0600);
        CHECK(mode_of(dir.path()) == 0755); // an existing folder is left as it was (TempDir made it under umask 022)
        store.backup((dir.path() / "backup.db").string());
        CHECK(mode_of(dir.path() / "backup.db") == 0600);
    }
    {
        XlsxWriter x((dir.path() / "trend.xlsx").string(), false, 0);
        x.text(x.add_sheet("Blad"), 0, 0, "x");
        x.commit();
        CHECK(mode_of(dir.path() / "trend.xlsx") == 0600);
    }
    CHECK_FALSE(leftovers(dir.path()));

    SECTION("a database made by version 1 (0644) becomes owner-only when opened")
    {
        fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
        Store store(db.string());
        CHECK(mode_of(db) == 0600);
    }
}
#endif
