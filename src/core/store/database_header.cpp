// The database file's header, read without SQLite; see database_header.h.
#include "store/database_header.h"

#include <cstring>
#include <fstream>

namespace hs {

bool DatabaseHeader::is_sqlite() const { return std::memcmp(bytes.data(), "SQLite format 3", 16) == 0; }

std::uintmax_t DatabaseHeader::page_size() const
{
    return bytes[16] == 0 && bytes[17] == 1 ? 65536u : (std::uintmax_t{bytes[16]} << 8 | bytes[17]);
}

std::optional<std::uint32_t> DatabaseHeader::page_count() const
{
    if (be32(92) != be32(24) || be32(28) == 0)
        return std::nullopt;
    return be32(28);
}

std::optional<DatabaseHeader> read_database_header(std::istream& in)
{
    DatabaseHeader header;
    if (!in.read(reinterpret_cast<char*>(header.bytes.data()), static_cast<std::streamsize>(header.bytes.size())))
        return std::nullopt;
    return header;
}

std::optional<DatabaseHeader> read_database_header(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    return read_database_header(in);
}

} // namespace hs
