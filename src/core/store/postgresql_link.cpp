// Loads the PostgreSQL module once per process, by name through the program's run path (the build folder's lib/
// in a build; lib/<arch>/herstelspiegel beside bin/ once installed, see the top CMakeLists.txt), and refuses a
// module of another version. It is never unloaded: SOCI's back end leaves code of its own in the session.
#include "store/postgresql_link.h"

#include "common/i18n.h"
#include "store/postgresql_module.h"
#include "store/store_error.h"

#include <atomic>
#include <cstddef>
#include <cstring>
#include <vector>

#ifdef HS_WITH_POSTGRESQL
#include <dlfcn.h>
#endif

namespace hs::postgresql {

namespace {

struct Module {
    decltype(&hs_postgresql_open) open = nullptr;
    decltype(&hs_postgresql_sqlstate) sqlstate = nullptr;
};

// Set once the module is loaded; read by sqlstate(), which may run on any thread.
std::atomic<const Module*> loaded_module{nullptr};

#ifdef HS_WITH_POSTGRESQL
constexpr const char* kModuleFile = "herstelspiegel-postgresql.so";

// The module, or why it could not be had; tried once per process (the answer does not change while it runs).
struct LoadResult {
    Module module;
    std::string problem;
};

// dlopen() of a bare name searches the run path of the object that calls it; under AddressSanitizer that is the
// sanitizer's library, whose interceptor stands in between. So when the plain call fails, the program's own search
// list (its run path, expanded, then the system's) is asked for and tried folder by folder.
void* open_through_run_path(std::string& problem)
{
    if (void* handle = dlopen(kModuleFile, RTLD_NOW | RTLD_LOCAL))
        return handle;
    const char* why = dlerror();
    problem = why ? why : kModuleFile;
    void* program = dlopen(nullptr, RTLD_NOW);
    Dl_serinfo size;
    if (!program || dlinfo(program, RTLD_DI_SERINFOSIZE, &size) != 0)
        return nullptr;
    std::vector<std::max_align_t> buffer(size.dls_size / sizeof(std::max_align_t) + 1);
    auto* info = reinterpret_cast<Dl_serinfo*>(buffer.data());
    if (dlinfo(program, RTLD_DI_SERINFOSIZE, info) != 0 || dlinfo(program, RTLD_DI_SERINFO, info) != 0)
        return nullptr;
    for (unsigned i = 0; i < info->dls_cnt; ++i) {
        const std::string path = std::string(info->dls_serpath[i].dls_name) + "/" + kModuleFile;
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))
            return handle;
    }
    return nullptr;
}

LoadResult load_module()
{
    LoadResult r;
    void* handle = open_through_run_path(r.problem);
    if (!handle)
        return r;
    r.problem.clear();
    auto version = reinterpret_cast<decltype(&hs_postgresql_version)>(dlsym(handle, "hs_postgresql_version"));
    r.module.open = reinterpret_cast<decltype(&hs_postgresql_open)>(dlsym(handle, "hs_postgresql_open"));
    r.module.sqlstate = reinterpret_cast<decltype(&hs_postgresql_sqlstate)>(dlsym(handle, "hs_postgresql_sqlstate"));
    if (!version || !r.module.open || !r.module.sqlstate) {
        r.problem = std::string(kModuleFile) + ": not a Herstelspiegel module";
        r.module = {};
    } else if (std::strcmp(version(), HS_VERSION) != 0) {
        r.problem = std::string(kModuleFile) + " is of version " + version() + ", the program of " + HS_VERSION;
        r.module = {};
    }
    return r;
}
#endif

} // namespace

void open(soci::session& sql, const std::string& connect_string, const std::string& display)
{
#ifdef HS_WITH_POSTGRESQL
    static const LoadResult result = load_module(); // thread-safe, once
    if (!result.problem.empty())
        throw StoreError(StoreError::Kind::CannotOpen,
                         trf(N_("The database %1 is on a PostgreSQL server, but the part of Herstelspiegel that connects to PostgreSQL could not be loaded (reinstall the program): %2"),
                             {display, result.problem}));
    loaded_module.store(&result.module);
    result.module.open(&sql, connect_string.c_str());
#else
    (void)sql;
    (void)connect_string;
    // A build without SOCI's PostgreSQL back end (the Windows build, see HS_WITH_POSTGRESQL): say so plainly.
    throw StoreError(StoreError::Kind::CannotOpen,
                     trf(N_("The database %1 is on a PostgreSQL server, but this build of Herstelspiegel opens database files only."), {display}));
#endif
}

std::optional<std::string> sqlstate(const std::exception& error)
{
    const Module* module = loaded_module.load();
    char state[6] = {};
    if (module && module->sqlstate(&error, state))
        return std::string(state);
    return std::nullopt;
}

} // namespace hs::postgresql
