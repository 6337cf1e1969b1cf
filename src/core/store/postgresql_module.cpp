// The PostgreSQL module: SOCI's PostgreSQL back end behind three C functions (postgresql_module.h). It is a
// module of its own because that back end brings libpq and, behind it, Kerberos, LDAP and TLS: some twenty
// libraries whose loading cost every start of every program 3 ms, though most starts open a database file.
#include "store/postgresql_module.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include <cstring>
#include <string>

extern "C" {

const char* hs_postgresql_version()
{
    return HS_VERSION;
}

void hs_postgresql_open(soci::session* sql, const char* connect_string)
{
    sql->open(*soci::factory_postgresql(), connect_string);
}

int hs_postgresql_sqlstate(const std::exception* error, char* out)
{
    const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(error);
    if (!pg)
        return 0;
    const std::string state = pg->sqlstate();
    std::memset(out, 0, 6);
    std::memcpy(out, state.data(), state.size() < 5 ? state.size() : 5);
    return 1;
}

} // extern "C"
