#pragma once
// Reading incoming files with a bound. Only a regular file is opened: a folder, a FIFO, a device or a symlink to
// /dev/zero is refused before it is opened (opening a FIFO would block, reading /dev/zero would never end). The
// size is checked against the caller's limit before the first byte is read, and again while reading, so a file
// that grows meanwhile is refused too. Readers that stream (CSV, the portable file) read blocks with
// InputFile::read; readers that need the whole text (definitions) use read_input_file.
#include <cstdint>
#include <fstream>
#include <string>

namespace hs {

class InputFile {
public:
    // FileRefused (path, reason) when the file is missing, not a regular file, unreadable or over max_bytes.
    InputFile(const std::string& path, std::uintmax_t max_bytes);
    // Reads up to n bytes into buffer; 0 at the end of the file. FileRefused on a read error or when more than
    // max_bytes arrive.
    std::size_t read(char* buffer, std::size_t n);
    // The size the file had when it was opened.
    std::uintmax_t size() const { return size_; }
    const std::string& path() const { return path_; }

private:
    std::string path_;
    std::uintmax_t max_bytes_;
    std::uintmax_t size_ = 0;
    std::uintmax_t read_ = 0;
    std::ifstream in_;
};

// The checks InputFile makes before reading (regular file, size), without reading: for a reader that opens the
// file itself. FileRefused (path, reason) when they fail.
void require_input_file(const std::string& path, std::uintmax_t max_bytes);

// The whole file (at most max_bytes), as read by InputFile.
std::string read_input_file(const std::string& path, std::uintmax_t max_bytes);

// "200 MB": a limit in whole megabytes, for messages.
std::string megabytes(std::uintmax_t bytes);

} // namespace hs
