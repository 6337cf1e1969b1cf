// The store's link to its PostgreSQL module (postgresql_module.h), loaded when a server database is first opened:
// a program that only opens database files never loads libpq and the twenty libraries behind it.
#pragma once

#include <exception>
#include <optional>
#include <string>

namespace soci {
class session;
}

namespace hs::postgresql {

// Opens `sql` on the server of `connect_string` (libpq's key=value form). Throws StoreError (CannotOpen, naming
// `display`) when this build has no PostgreSQL support or the module cannot be loaded, else what SOCI throws.
void open(soci::session& sql, const std::string& connect_string, const std::string& display);

// The SQLSTATE of a PostgreSQL error; nothing for any other exception (or while no server has been opened).
std::optional<std::string> sqlstate(const std::exception& error);

} // namespace hs::postgresql
