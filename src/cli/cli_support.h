#pragma once
// Shared plumbing of the CLI verbs: opening the store, reporting errors with exit codes.
#include "commands.h"
#include "store/store.h"

#include <memory>
#include <string>

namespace hs::cli {

std::unique_ptr<Store> open_store(const GlobalOptions& global, bool read_only = false);
std::unique_ptr<Store> open_store(const GlobalOptions& global, StoreOptions options);
// Read-only, and a database of an earlier version as it is, not updated (backup, check).
std::unique_ptr<Store> open_store_as_it_is(const GlobalOptions& global);

// Runs a verb body, turning refusals and store errors into messages on stderr and exit codes.
int guarded(const std::function<int()>& body);

// The round or team with this name; StoreError NotFound ("there is no round called ...") otherwise.
Round require_round(Store& store, const std::string& label);
Team require_team(Store& store, const std::string& name);

// Numbers written the same whatever the locale: two decimals, a point (with `sign`, always a sign).
std::string number(double v, bool sign = false);
// "1 response", "3 responses": a count with its noun (the plural adds "s").
std::string count(long long n, const std::string& noun);

} // namespace hs::cli
