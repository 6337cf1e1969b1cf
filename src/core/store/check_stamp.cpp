// The record of database files that passed the page-by-page check; see check_stamp.h.
#include "store/check_stamp.h"

#include "common/file_io.h"
#include "common/paths.h"
#include "store/database_header.h"

#include <cstdint>
#include <fstream>
#include <sstream>

namespace hs {
namespace fs = std::filesystem;

namespace {

const char* const kFirstLine = "herstelspiegel quick_check passed 1\n";

// Size and time of change of one file, or "-" when it does not exist.
std::string size_and_time(const fs::path& file)
{
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    if (ec)
        return "-";
    const auto changed = fs::last_write_time(file, ec);
    if (ec)
        return "-";
    return std::to_string(size) + " " + std::to_string(changed.time_since_epoch().count());
}

// The stamp's whole text: which file, in which state.
std::string stamp_text(const fs::path& absolute, const std::string& state)
{
    return kFirstLine + path_to_utf8(absolute) + "\n" + state + "\n";
}

fs::path absolute_of(const fs::path& db)
{
    std::error_code ec;
    fs::path absolute = fs::absolute(db, ec);
    return ec ? db : absolute.lexically_normal();
}

} // namespace

std::string database_file_state(const fs::path& db)
{
    const std::string main = size_and_time(db);
    if (main == "-")
        return "";
    // SQLite's file change counter (header bytes 24-27) changes with every committed write to the main file, also
    // one made within the same tick of the file system's clock.
    const auto header = read_database_header(db);
    if (!header)
        return "";
    const std::uint32_t changes = header->change_counter();
    // Committed writes not yet copied into the main file live in the -wal journal; an empty one (a reader leaves
    // it behind) holds nothing, as none does.
    fs::path wal = db;
    wal += "-wal";
    std::error_code ec;
    const bool journal = fs::file_size(wal, ec) > 0 && !ec;
    return main + " " + std::to_string(changes) + " wal " + (journal ? size_and_time(wal) : "-");
}

fs::path check_stamp_file(const fs::path& db)
{
    // FNV-1a of the absolute name: one short, stable file name per database.
    std::uint64_t hash = 14695981039346656037ull;
    for (const char c : path_to_utf8(absolute_of(db)))
        hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    std::ostringstream name;
    name << std::hex << hash << ".checked";
    return user_folder(UserFolder::Cache) / "checked" / name.str();
}

bool passed_check_in_state(const fs::path& db, const std::string& state)
{
    if (state.empty())
        return false;
    std::ifstream in(check_stamp_file(db), std::ios::binary);
    if (!in)
        return false;
    const std::string expected = stamp_text(absolute_of(db), state);
    std::string text(expected.size() + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text == expected;
}

void remember_passed_check(const fs::path& db, const std::string& state)
{
    if (state.empty())
        return;
    try {
        const fs::path stamp = check_stamp_file(db);
        create_private_folders(path_to_utf8(stamp.parent_path()));
        write_file_atomically(path_to_utf8(stamp), stamp_text(absolute_of(db), state));
    } catch (const std::exception&) {
        // A cache: without it the next open checks again.
    }
}

} // namespace hs
