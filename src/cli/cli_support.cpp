#include "cli_support.h"

#include "common/file_problem.h"

#include <cstdio>
#include <iostream>

namespace hs::cli {

std::unique_ptr<Store> open_store(const GlobalOptions& global, bool read_only)
{
    StoreOptions options;
    options.read_only = read_only;
    return open_store(global, options);
}

std::unique_ptr<Store> open_store(const GlobalOptions& global, StoreOptions options)
{
    try {
        return std::make_unique<Store>(global.db_path.empty() ? Store::default_path() : global.db_path, options);
    } catch (const StoreError& e) {
        // A reading verb on a database not made yet: say how one is made.
        if (options.read_only && e.kind() == StoreError::Kind::NotFound)
            throw StoreError(e.kind(), std::string(e.what()) + " A database is made by the first `new-round` (or `demo` for "
                                                                "example data), or pass another with --db.");
        // A reading verb on a database of an earlier version: say how it is updated here.
        if (options.read_only && e.kind() == StoreError::Kind::OlderVersion)
            throw StoreError(e.kind(), std::string(e.what()) + " Or run `upgrade` with the same --db (a `backup` first "
                                                                "keeps a copy that the earlier version still opens).");
        if (options.must_exist && e.kind() == StoreError::Kind::NotFound)
            throw StoreError(e.kind(), std::string(e.what()) + " Pass the database with --db.");
        throw;
    }
}

std::unique_ptr<Store> open_store_as_it_is(const GlobalOptions& global)
{
    StoreOptions options;
    options.read_only = true;
    options.older_schema_ok = true;
    return open_store(global, options);
}

int guarded(const std::function<int()>& body)
{
    try {
        return body();
    } catch (const FileRefused& e) {
        std::cerr << "refused:\n";
        for (const auto& p : e.problems())
            std::cerr << "  " << p.to_string() << "\n";
        return kInvalidInput;
    } catch (const StoreError& e) {
        std::cerr << "herstelspiegel-cli: " << e.what() << "\n";
        return e.kind() == StoreError::Kind::Refused || e.kind() == StoreError::Kind::NotFound ? kInvalidInput : kStoreError;
    }
}

std::string number(double v, bool sign)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, sign ? "%+.2f" : "%.2f", v);
    std::string s = buffer;
    for (char& c : s)
        if (c == ',')
            c = '.';
    return s;
}

Round require_round(Store& store, const std::string& label)
{
    auto round = store.find_round(label);
    if (!round) {
        // The rounds there are, so a typing error shows at once.
        std::string known;
        for (const auto& r : store.rounds())
            known += (known.empty() ? "" : ", ") + r.label;
        throw StoreError(StoreError::Kind::NotFound, "There is no round called '" + label + "' (" +
                                                         (known.empty() ? "there are no rounds yet" : "rounds: " + known) + ").");
    }
    return *round;
}

Team require_team(Store& store, const std::string& name)
{
    auto team = store.find_team(name);
    if (!team)
        throw StoreError(StoreError::Kind::NotFound, "There is no team called '" + name + "'.");
    return *team;
}

std::string count(long long n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

} // namespace hs::cli
