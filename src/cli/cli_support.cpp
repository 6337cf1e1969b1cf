#include "cli_support.h"

#include "common/file_problem.h"

#include <cstdio>
#include <iostream>

namespace hs::cli {

std::unique_ptr<Store> open_store(const GlobalOptions& global, bool read_only)
{
    StoreOptions options;
    options.read_only = read_only;
    return std::make_unique<Store>(global.db_path.empty() ? Store::default_path() : global.db_path, options);
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
    if (!round)
        throw StoreError(StoreError::Kind::NotFound, "there is no round called '" + label + "'");
    return *round;
}

Team require_team(Store& store, const std::string& name)
{
    auto team = store.find_team(name);
    if (!team)
        throw StoreError(StoreError::Kind::NotFound, "there is no team called '" + name + "'");
    return *team;
}

std::string count(long long n, const std::string& noun) { return std::to_string(n) + " " + noun + (n == 1 ? "" : "s"); }

} // namespace hs::cli
