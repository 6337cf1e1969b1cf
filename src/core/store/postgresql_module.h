// The functions of the PostgreSQL module (postgresql_module.cpp, built as herstelspiegel-postgresql.so), which
// the store loads on first use (postgresql_link.cpp): the one place that names SOCI's PostgreSQL back end.
#pragma once

#include <exception>

namespace soci {
class session;
}

extern "C" {
// The program version the module was built with: a module of another version is not used.
const char* hs_postgresql_version();
// Opens `sql` on a server with libpq's key=value connection string; throws what SOCI throws.
void hs_postgresql_open(soci::session* sql, const char* connect_string);
// Writes the five-character SQLSTATE of a PostgreSQL error into `out` (six bytes, terminated) and returns 1;
// returns 0 for any other exception.
int hs_postgresql_sqlstate(const std::exception* error, char* out);
}
