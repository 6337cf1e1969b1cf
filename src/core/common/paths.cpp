// UTF-8 file names on every platform; see paths.h.
#include "common/paths.h"

namespace hs {

std::filesystem::path path_from_utf8(const std::string& utf8) { return std::filesystem::u8path(utf8); }

std::string path_to_utf8(const std::filesystem::path& path) { return path.u8string(); }

} // namespace hs
