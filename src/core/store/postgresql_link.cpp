// Loads the PostgreSQL module once per process and refuses a module of another version. The module is loaded by its
// full path, never by a bare name (which would search the library path and the current folder): beside the program
// as installed (HS_MODULE_RELATIVE_DIR from the folder of the executable, e.g. ../lib/herstelspiegel), or, for a
// program that runs from its build folder, that build folder's lib/. It is never unloaded: SOCI's back end leaves
// code of its own in the session.
#include "store/postgresql_link.h"

#include "common/i18n.h"
#include "store/postgresql_module.h"
#include "store/store_error.h"

#include <atomic>
#include <cstring>
#include <filesystem>
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

// Where the module may be: beside the installed program, and in the build folder when the program runs from it.
std::vector<std::string> module_paths()
{
    std::vector<std::string> out;
    std::error_code ec;
    const std::filesystem::path exe = std::filesystem::canonical("/proc/self/exe", ec);
    if (ec)
        return out;
    out.push_back((exe.parent_path() / HS_MODULE_RELATIVE_DIR / kModuleFile).lexically_normal().string());
    const std::filesystem::path build = std::filesystem::canonical(HS_MODULE_BUILD_ROOT, ec);
    if (!ec && exe.string().rfind(build.string() + "/", 0) == 0)
        out.push_back(std::string(HS_MODULE_BUILD_DIR) + "/" + kModuleFile);
    return out;
}

void* open_module(std::string& problem)
{
    const auto paths = module_paths();
    problem = std::string(kModuleFile) + " is not there";
    for (std::size_t i = 0; i < paths.size(); ++i)
        problem += (i ? " nor in " : " (looked in ") + std::filesystem::path(paths[i]).parent_path().string() + (i + 1 == paths.size() ? ")" : "");
    for (const auto& path : paths) {
        if (!std::filesystem::exists(path))
            continue;
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))
            return handle;
        const char* why = dlerror();
        problem = why ? why : path;
    }
    return nullptr;
}

LoadResult load_module()
{
    LoadResult r;
    void* handle = open_module(r.problem);
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
