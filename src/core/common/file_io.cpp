// Whole-file reading, the one atomic-write helper and the platform's rule for private files and folders.
#include "common/file_io.h"

#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/paths.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string_view>
#include <system_error>

#ifdef _WIN32
#include <windows.h>
#include <fcntl.h>
#include <io.h>
#include <sys/stat.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace hs {

namespace {

// The platform layer: open a new file owner-only, write, flush to disk, rename over, flush a folder.
#ifdef _WIN32
int open_new_private(const fs::path& p) { return _wopen(p.wstring().c_str(), _O_WRONLY | _O_CREAT | _O_EXCL | _O_BINARY, _S_IREAD | _S_IWRITE); }
int open_for_writing(const fs::path& p) { return _wopen(p.wstring().c_str(), _O_WRONLY | _O_TRUNC | _O_BINARY); }
bool write_all(int fd, std::string_view s)
{
    std::size_t done = 0;
    while (done < s.size()) {
        const int n = _write(fd, s.data() + done, static_cast<unsigned>(std::min<std::size_t>(s.size() - done, 1u << 30)));
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}
bool sync_and_close(int fd)
{
    const bool ok = _commit(fd) == 0;
    return _close(fd) == 0 && ok;
}
bool close_file(int fd) { return _close(fd) == 0; }
bool sync_file(const fs::path& p)
{
    const int fd = _wopen(p.wstring().c_str(), _O_RDWR | _O_BINARY);
    return fd >= 0 && sync_and_close(fd);
}
bool replace_file(const fs::path& from, const fs::path& to, std::string& reason)
{
    if (MoveFileExW(from.wstring().c_str(), to.wstring().c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    reason = std::system_category().message(static_cast<int>(GetLastError()));
    return false;
}
void sync_folder(const fs::path&) {} // MOVEFILE_WRITE_THROUGH has flushed the rename
// The system code page's spelling of a name, or "" when it has none (a character outside the code page).
std::string narrow_spelling(const std::wstring& w)
{
    if (GetACP() == CP_UTF8) // Windows' "UTF-8 for worldwide language support": every name has a spelling
        return path_to_utf8(fs::path(w));
    BOOL lossy = FALSE;
    const int n = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, w.c_str(), -1, nullptr, 0, nullptr, &lossy);
    if (n <= 0 || lossy)
        return {};
    std::string narrow(static_cast<std::size_t>(n), '\0');
    WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, w.c_str(), -1, narrow.data(), n, nullptr, &lossy);
    narrow.resize(static_cast<std::size_t>(n - 1));
    return lossy ? std::string() : narrow;
}
// The narrow name of an existing file: its code page spelling, else that of its short (8.3) name, if the volume
// keeps short names.
std::string narrow_name(const fs::path& p)
{
    if (std::string narrow = narrow_spelling(p.wstring()); !narrow.empty())
        return narrow;
    const DWORD n = GetShortPathNameW(p.wstring().c_str(), nullptr, 0);
    if (n == 0)
        return {};
    std::wstring short_name(n, L'\0');
    const DWORD m = GetShortPathNameW(p.wstring().c_str(), short_name.data(), n);
    if (m == 0 || m >= n)
        return {};
    short_name.resize(m);
    return narrow_spelling(short_name);
}
bool set_private_mode(const fs::path&) { return true; } // the profile folder's permissions are inherited
void make_private_folder(const fs::path& p, std::error_code& ec) { fs::create_directory(p, ec); }
#else
int open_new_private(const fs::path& p)
{
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0)
        ::fchmod(fd, 0600); // whatever the umask
    return fd;
}
int open_for_writing(const fs::path& p) { return ::open(p.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC); }
bool write_all(int fd, std::string_view s)
{
    std::size_t done = 0;
    while (done < s.size()) {
        const ssize_t n = ::write(fd, s.data() + done, s.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}
bool sync_and_close(int fd)
{
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}
bool close_file(int fd) { return ::close(fd) == 0; }
bool sync_file(const fs::path& p)
{
    const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
    return fd >= 0 && sync_and_close(fd);
}
bool replace_file(const fs::path& from, const fs::path& to, std::string& reason)
{
    if (::rename(from.c_str(), to.c_str()) == 0)
        return true;
    reason = std::generic_category().message(errno);
    return false;
}
void sync_folder(const fs::path& folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd); // some file systems refuse fsync on a folder; the rename itself has happened
        ::close(fd);
    }
}
bool set_private_mode(const fs::path& p) { return ::chmod(p.c_str(), 0600) == 0; }
// File names are bytes here, and the program's are UTF-8: the name as it is.
std::string narrow_spelling(const fs::path& p) { return p.native(); }
std::string narrow_name(const fs::path& p) { return p.native(); }
void make_private_folder(const fs::path& p, std::error_code& ec)
{
    if (::mkdir(p.c_str(), 0700) != 0) {
        if (errno != EEXIST)
            ec = std::error_code(errno, std::generic_category());
        return;
    }
    ::chmod(p.c_str(), 0700); // whatever the umask
}
#endif

fs::path folder_of(const fs::path& target) { return target.has_parent_path() ? target.parent_path() : fs::path("."); }

} // namespace

std::string read_text_file(const std::string& path)
{
    std::ifstream in(path_from_utf8(path), std::ios::binary);
    if (!in)
        throw FileRefused({{path, 0, tr(N_("cannot open the file for reading"))}});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw FileRefused({{path, 0, tr(N_("error while reading the file"))}});
    return buffer.str();
}

void create_private_folders(const std::string& folder)
{
    const fs::path p = path_from_utf8(folder).lexically_normal();
    std::error_code ec;
    if (p.empty() || fs::is_directory(p, ec))
        return;
    if (p.has_parent_path() && p.parent_path() != p)
        create_private_folders(path_to_utf8(p.parent_path()));
    ec.clear(); // is_directory() reported the folder missing
    make_private_folder(p, ec);
    if (ec)
        throw FileRefused({{folder, 0, ec.message()}});
}

bool folder_takes_files(const std::string& folder)
{
#ifdef _WIN32
    return _waccess(path_from_utf8(folder).c_str(), 2) == 0; // 2: write
#else
    return ::access(folder.c_str(), W_OK) == 0;
#endif
}

bool make_private_file(const std::string& path)
{
    const fs::path p = path_from_utf8(path);
    std::error_code ec;
    if (!fs::exists(p, ec)) {
        const int fd = open_new_private(p);
        if (fd >= 0) {
            sync_and_close(fd);
            return true;
        }
        // Raced by another process that created it: fall through and set the mode.
    }
    return set_private_mode(p);
}

AtomicFile::AtomicFile(const std::string& target) : target_(target)
{
    const fs::path t = path_from_utf8(target);
    const fs::path folder = folder_of(t);
    if (!fs::is_directory(folder))
        throw FileRefused({{target, 0, tr(N_("cannot write here: the folder does not exist"))}});
    // A hidden, unpredictable name in the same folder, so the final rename cannot cross file systems and two
    // writers of the same target do not share a temporary file.
    std::random_device random;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const fs::path candidate =
            folder / path_from_utf8("." + path_to_utf8(t.filename()) + "." + std::to_string(random() % 1000000) + ".part");
        const int fd = open_new_private(candidate);
        if (fd >= 0) {
            // Only closed: the empty file need not reach the disk (commit() flushes what it becomes).
            if (!close_file(fd)) {
                std::error_code ec;
                fs::remove(candidate, ec);
                break;
            }
            temp_ = path_to_utf8(candidate);
            return;
        }
        if (!fs::exists(candidate))
            break; // not a name clash: the folder does not take new files
    }
    throw FileRefused({{target, 0, tr(N_("cannot write here: the folder is not writable"))}});
}

const std::string& AtomicFile::narrow_temp_path()
{
    if (!narrow_.empty())
        return narrow_;
    const fs::path temp = path_from_utf8(temp_);
    narrow_ = narrow_spelling(temp.native());
    if (!narrow_.empty())
        return narrow_;
    // Windows, a folder name outside the code page: a staging file with an ASCII name in the temporary folder
    // (named by its short form if that folder's own name is outside the code page too).
    std::error_code ec;
    const fs::path folder = fs::temp_directory_path(ec);
    std::random_device random;
    for (int attempt = 0; !ec && attempt < 16; ++attempt) {
        const fs::path candidate = folder / ("herstelspiegel-" + std::to_string(random() % 1000000) + ".part");
        const int fd = open_new_private(candidate);
        if (fd < 0)
            continue;
        close_file(fd);
        narrow_ = narrow_name(candidate);
        if (narrow_.empty()) {
            fs::remove(candidate, ec);
            break;
        }
        staging_ = path_to_utf8(candidate);
        return narrow_;
    }
    throw FileRefused({{target_, 0,
                        tr(N_("cannot write here: no workbook can be written in a folder with this name; "
                              "choose another folder"))}});
}

AtomicFile::~AtomicFile()
{
    if (fd_ >= 0)
        close_file(fd_);
    if (!staging_.empty()) {
        std::error_code ec;
        fs::remove(path_from_utf8(staging_), ec);
    }
    if (!committed_) {
        std::error_code ec;
        const fs::path temp = path_from_utf8(temp_);
        fs::remove(temp, ec);
        // A writer that wrote through a path of its own may have left SQLite's side files.
        for (const char* side : {"-journal", "-wal", "-shm"})
            fs::remove(path_from_utf8(temp_ + side), ec);
    }
}

void AtomicFile::write(const std::string& contents)
{
    const int fd = open_for_writing(path_from_utf8(temp_));
    const bool ok = fd >= 0 && write_all(fd, contents);
    if (fd >= 0 && !sync_and_close(fd))
        throw FileRefused({{target_, 0, tr(N_("writing failed (disk full?)"))}});
    if (!ok)
        throw FileRefused({{target_, 0, tr(N_("writing failed (disk full?)"))}});
}

void AtomicFile::append(std::string_view piece)
{
    if (fd_ < 0 && !appending_) {
        fd_ = open_for_writing(path_from_utf8(temp_));
        appending_ = true;
    }
    if (fd_ < 0 || !write_all(fd_, piece))
        throw FileRefused({{target_, 0, tr(N_("writing failed (disk full?)"))}});
}

void AtomicFile::commit()
{
    if (fd_ >= 0) {
        const int fd = fd_;
        fd_ = -1;
        if (!sync_and_close(fd))
            throw FileRefused({{target_, 0, tr(N_("writing failed (disk full?)"))}});
    }
    // The writer may have replaced the file (libxlsxwriter recreates it): the mode is set again before it becomes
    // visible under its final name.
    const fs::path temp = path_from_utf8(temp_), target = path_from_utf8(target_);
    if (!staging_.empty()) // the writer wrote the staging file (narrow_temp_path): bring it next to the target
        write(read_text_file(staging_));
    if (!set_private_mode(temp) || !sync_file(temp)) {
        throw FileRefused({{target_, 0, tr(N_("writing failed (disk full?)"))}});
    }
    std::string reason;
    if (!replace_file(temp, target, reason))
        throw FileRefused({{target_, 0, trf(N_("cannot replace the file: %1"), {reason})}});
    committed_ = true;
    sync_folder(folder_of(target));
}

void write_file_atomically(const std::string& path, const std::string& contents)
{
    AtomicFile file(path);
    file.write(contents);
    file.commit();
}

} // namespace hs
