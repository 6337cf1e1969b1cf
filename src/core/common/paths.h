#pragma once
// File names between the program's UTF-8 text and the file system. std::filesystem::path built from a
// std::string takes the bytes in the system's narrow code page on Windows (not UTF-8): a user folder with an
// accent ("Cliënten", "José") or a OneDrive folder would then name another file. Every path the core turns into
// a file system path and back goes through these two.
#include <filesystem>
#include <string>

namespace hs {
// The path named by UTF-8 text.
std::filesystem::path path_from_utf8(const std::string& utf8);
// The path as UTF-8 text.
std::string path_to_utf8(const std::filesystem::path& path);
} // namespace hs
