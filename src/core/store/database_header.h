#pragma once
// The first 100 bytes of an SQLite database file, read without SQLite (https://sqlite.org/fileformat.html): what
// the store looks at before it lets SQLite open a file (is it a database, is it cut short) and what tells one
// state of a file from the next (the change counter). Private to the store wing.
#include <array>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <optional>

namespace hs {

struct DatabaseHeader {
    std::array<unsigned char, 100> bytes{};
    // The big-endian 32-bit number at byte `at`.
    std::uint32_t be32(int at) const
    {
        const auto* b = bytes.data() + at;
        return std::uint32_t{b[0]} << 24 | std::uint32_t{b[1]} << 16 | std::uint32_t{b[2]} << 8 | b[3];
    }
    bool is_sqlite() const; // starts with "SQLite format 3\0"
    std::uintmax_t page_size() const;
    std::uint32_t change_counter() const { return be32(24); }
    // The page count in the header, when it can be trusted (its "valid for" number equals the change counter).
    std::optional<std::uint32_t> page_count() const;
};

// The header of `file`; nullopt when it cannot be read or the file is shorter than 100 bytes.
std::optional<DatabaseHeader> read_database_header(const std::filesystem::path& file);
// The same from a file already open (read from its start).
std::optional<DatabaseHeader> read_database_header(std::istream& in);

} // namespace hs
