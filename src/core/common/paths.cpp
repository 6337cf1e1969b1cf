// UTF-8 file names on every platform and the user's folders; see paths.h.
#include "common/paths.h"

#include <cstdlib>
#include <system_error>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace hs {

std::filesystem::path path_from_utf8(const std::string& utf8) { return std::filesystem::u8path(utf8); }

std::string path_to_utf8(const std::filesystem::path& path) { return path.u8string(); }

std::filesystem::path user_folder(UserFolder kind)
{
    namespace fs = std::filesystem;
#ifdef _WIN32
    // Read as UTF-16 so a user name with an accent survives; the folders are named as Windows programs name theirs.
    // Data roams with the profile (C:\Users\<name>\AppData\Roaming); a cache stays on the machine (Local).
    const wchar_t* variable = kind == UserFolder::Data ? L"APPDATA" : L"LOCALAPPDATA";
    fs::path base = fs::current_path();
    if (const wchar_t* value = _wgetenv(variable); value && *value)
        base = fs::path(value);
    return kind == UserFolder::Data ? base / L"Herstelspiegel" : base / L"Herstelspiegel" / L"Cache";
#else
    const char* variable = kind == UserFolder::Data ? "XDG_DATA_HOME" : "XDG_CACHE_HOME";
    if (const char* xdg = std::getenv(variable); xdg && *xdg)
        return fs::path(xdg) / "herstelspiegel";
    if (const char* home = std::getenv("HOME"); home && *home)
        return kind == UserFolder::Data ? fs::path(home) / ".local" / "share" / "herstelspiegel"
                                        : fs::path(home) / ".cache" / "herstelspiegel";
    return fs::current_path() / "herstelspiegel";
#endif
}

std::string memory_scratch_folder()
{
#ifdef _WIN32
    return {};
#else
    // Room for any workbook held in memory (a container's /dev/shm may have 64 MB: then the disk is better).
    constexpr std::uintmax_t kRoom = 256 * 1024 * 1024;
    auto usable = [](const char* folder) {
        std::error_code error;
        return folder && folder[0] == '/' && std::filesystem::is_directory(folder, error) && ::access(folder, W_OK | X_OK) == 0 &&
               std::filesystem::space(folder, error).available >= kRoom && !error;
    };
    if (const char* runtime = std::getenv("XDG_RUNTIME_DIR"); usable(runtime))
        return runtime;
    if (usable("/dev/shm"))
        return "/dev/shm";
    return {};
#endif
}

} // namespace hs
