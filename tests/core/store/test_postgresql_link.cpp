// The PostgreSQL module is loaded when a server database is opened, not at the start of every program that opens
// a database file (store/postgresql_link.h). Each test case runs in a process of its own (ctest), so what is
// mapped into the process shows what the test loaded.
#include "store/store.h"
#include "store/store_error.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

using hs::Store;
using hs::StoreError;
using hs::test::TempDir;

namespace {

#if !defined(_WIN32) && defined(HS_TEST_WITH_POSTGRESQL)
bool mapped(const std::string& library)
{
    std::ifstream maps("/proc/self/maps");
    std::string line;
    while (std::getline(maps, line))
        if (line.find(library) != std::string::npos)
            return true;
    return false;
}
#endif

} // namespace

#if !defined(_WIN32) && defined(HS_TEST_WITH_POSTGRESQL)
TEST_CASE("a database file is opened without loading PostgreSQL's libraries", "[sqlite]")
{
    REQUIRE_FALSE(mapped("herstelspiegel-postgresql")); // a process of its own, as ctest runs it
    TempDir dir;
    Store store(dir.file("hs.db"));
    CHECK(store.teams().empty());
    CHECK_FALSE(mapped("libpq.so"));
    CHECK_FALSE(mapped("herstelspiegel-postgresql"));
}

TEST_CASE("a server database loads the PostgreSQL module, and a server that is not there is reported as such", "[sqlite]")
{
    REQUIRE_FALSE(mapped("libpq.so"));
    StoreError::Kind kind = StoreError::Kind::Other;
    std::string message;
    try {
        Store store("postgresql://nobody@127.0.0.1:1/herstelspiegel?connect_timeout=5");
    } catch (const StoreError& e) {
        kind = e.kind();
        message = e.what();
    }
    CHECK(kind == StoreError::Kind::CannotOpen);
    CHECK(message.find("cannot be opened") != std::string::npos);
    CHECK(message.find("could not be loaded") == std::string::npos);
    CHECK(mapped("herstelspiegel-postgresql"));
    CHECK(mapped("libpq.so"));
}
#endif
