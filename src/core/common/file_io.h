#pragma once
// Reading and writing whole files. Every file the program writes goes through write_file_atomically: a temporary
// file in the same folder, flushed, then renamed over the target, so a reader never sees half a file.
#include <string>

namespace hs {
// The whole file; FileRefused (file, reason) when it cannot be read.
std::string read_text_file(const std::string& path);
// Writes `contents` to `path` via a temporary file in the same folder and a rename: never a half file.
void write_file_atomically(const std::string& path, const std::string& contents);
} // namespace hs
