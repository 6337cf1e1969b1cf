#pragma once
// Reading and writing whole files, and the one place that knows how a file holding answers is created: every file
// the program writes goes through AtomicFile (a temporary file in the same folder, flushed to disk, then renamed
// over the target, so a reader never sees half a file), and everything that holds answers or remarks is created
// readable by its owner only. The platform rule lives here and nowhere else: on Linux and macOS folders 0700 and
// files 0600 whatever the umask; on Windows the user's own profile folder is private already and files inherit it.
#include <string>
#include <string_view>

namespace hs {
// The whole file; FileRefused (file, reason) when it cannot be read.
std::string read_text_file(const std::string& path);

// Writes `contents` to `path` via AtomicFile: never a half file, created owner-only (0600).
void write_file_atomically(const std::string& path, const std::string& contents);

// Creates `folder` and its missing parents; each folder it creates is private (0700). Existing folders are left
// as they are. FileRefused when it cannot.
void create_private_folders(const std::string& folder);

// Whether new files can be made in `folder` (SQLite's journal goes next to the database): the platform's
// access check, on Windows through the UTF-16 name.
bool folder_takes_files(const std::string& folder);

// Makes an existing file owner-only (0600) where the platform has such modes, or creates it empty that way.
// Used for the database before SQLite opens it: SQLite gives its WAL and shared-memory files the database's mode.
// Returns false when the mode could not be set (a file of another account): the caller decides.
bool make_private_file(const std::string& path);

// A file written under a temporary name next to `target` and moved over it by commit(). For writers that need a
// path of their own to write into (libxlsxwriter, SQLite's VACUUM INTO): temp_path() exists, empty and 0600, from
// construction on. Without commit() the destructor removes the temporary file, so a failed export leaves nothing.
class AtomicFile {
public:
    explicit AtomicFile(const std::string& target); // FileRefused when the folder is missing or not writable
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_; }
    // The temporary file's name for a C library that opens files by a narrow name (libxlsxwriter's fopen): the
    // UTF-8 name on Linux and macOS. On Windows such a name is read in the system's code page, which cannot spell
    // every folder ("Cliënten Ωmega" on a Western PC): there it is the code page's spelling when it has one, else
    // an ASCII-named staging file in the user's temporary folder, which commit() first copies into the temporary
    // file. FileRefused when neither can be named.
    const std::string& narrow_temp_path();
    const std::string& target() const { return target_; }
    // Writes `contents` into the temporary file (replacing what it held).
    void write(const std::string& contents);
    // Adds `piece` at the end of the temporary file (the first call empties it), so a large file is written in
    // pieces and never held whole. FileRefused when it cannot; nothing reaches the target before commit().
    void append(std::string_view piece);
    // Flushes the temporary file to disk, renames it over the target and flushes the folder entry: after commit()
    // returns, the target is the new file even after a power cut. FileRefused when it cannot; the target is then
    // the old file (or absent) and the temporary file is gone.
    void commit();

private:
    std::string target_;
    std::string temp_;
    std::string narrow_;  // narrow_temp_path(), once asked for
    std::string staging_; // UTF-8 name of the staging file, when narrow_temp_path() needed one
    bool committed_ = false;
    int fd_ = -1;            // open while append() writes
    bool appending_ = false; // append() has opened the file once (a failed open is not retried)
};
} // namespace hs
