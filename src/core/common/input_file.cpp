// Bounded reading of incoming files (see input_file.h).
#include "common/input_file.h"

#include "common/file_problem.h"
#include "common/i18n.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace hs {

namespace {
[[noreturn]] void refuse(const std::string& path, std::string reason) { throw FileRefused({{path, 0, std::move(reason)}}); }

[[noreturn]] void refuse_size(const std::string& path, std::uintmax_t max_bytes)
{
    refuse(path, trf(N_("the file is larger than the maximum of %1 (see Limits in the README)"), {megabytes(max_bytes)}));
}
} // namespace

std::string megabytes(std::uintmax_t bytes)
{
    return std::to_string(bytes / (1024u * 1024u)) + " MB";
}

InputFile::InputFile(const std::string& path, std::uintmax_t max_bytes) : path_(path), max_bytes_(max_bytes)
{
    std::error_code ec;
    const auto status = fs::status(fs::u8path(path), ec); // follows symlinks: a link to /dev/zero is a device
    if (ec || !fs::exists(status))
        refuse(path, tr(N_("the file does not exist")));
    if (fs::is_directory(status))
        refuse(path, tr(N_("this is a folder, not a file")));
    if (!fs::is_regular_file(status))
        refuse(path, tr(N_("not an ordinary file (a device, pipe or socket cannot be read)")));
    size_ = fs::file_size(fs::u8path(path), ec);
    if (ec)
        refuse(path, tr(N_("cannot open the file for reading")));
    if (size_ > max_bytes_)
        refuse_size(path, max_bytes_);
    in_.open(fs::u8path(path), std::ios::binary);
    if (!in_)
        refuse(path, tr(N_("cannot open the file for reading")));
}

std::size_t InputFile::read(char* buffer, std::size_t n)
{
    if (!in_.good())
        return 0;
    in_.read(buffer, static_cast<std::streamsize>(n));
    if (in_.bad())
        refuse(path_, tr(N_("error while reading the file")));
    const auto got = static_cast<std::size_t>(in_.gcount());
    read_ += got;
    if (read_ > max_bytes_)
        refuse_size(path_, max_bytes_);
    return got;
}

void require_input_file(const std::string& path, std::uintmax_t max_bytes)
{
    InputFile check(path, max_bytes);
}

std::string read_input_file(const std::string& path, std::uintmax_t max_bytes)
{
    InputFile file(path, max_bytes);
    std::string text;
    text.reserve(static_cast<std::size_t>(file.size()));
    char block[64 * 1024];
    while (const std::size_t n = file.read(block, sizeof block))
        text.append(block, n);
    return text;
}

} // namespace hs
