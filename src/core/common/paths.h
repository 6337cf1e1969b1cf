#pragma once
// File names between the program's UTF-8 text and the file system, and the platform's folders for a user's own
// files. std::filesystem::path built from a std::string takes the bytes in the system's narrow code page on
// Windows (not UTF-8): a user folder with an accent ("Cliënten", "José") or a OneDrive folder would then name
// another file. Every path the core turns into a file system path and back goes through these two.
#include <filesystem>
#include <string>

namespace hs {
// The path named by UTF-8 text.
std::filesystem::path path_from_utf8(const std::string& utf8);
// The path as UTF-8 text.
std::string path_to_utf8(const std::filesystem::path& path);

// The program's folder for a user's own files of one kind, by the platform's rule, in this one place:
//   Data:  $XDG_DATA_HOME/herstelspiegel (~/.local/share/herstelspiegel); Windows %APPDATA%\Herstelspiegel.
//   Cache: $XDG_CACHE_HOME/herstelspiegel (~/.cache/herstelspiegel); Windows %LOCALAPPDATA%\Herstelspiegel\Cache.
// Without the environment's answer: a folder in the current one. The folder may not exist yet.
enum class UserFolder { Data, Cache };
std::filesystem::path user_folder(UserFolder kind);

// A folder in memory for scratch files that live only while one file is written: $XDG_RUNTIME_DIR (the user's
// own), else /dev/shm. Empty where neither is a folder this user can write to with 256 MB free, and on Windows:
// then a library takes the system's temporary folder.
std::string memory_scratch_folder();
} // namespace hs
