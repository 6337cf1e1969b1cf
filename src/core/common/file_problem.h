#pragma once
// A problem in a definition or data file, located as precisely as the reader could.
#include <stdexcept>
#include <string>
#include <vector>

namespace hs {

struct FileProblem {
    std::string file;
    int line = 0; // 1-based; 0 when the line is not known
    std::string reason;

    std::string to_string() const;
};

// Thrown when a file is refused whole; carries every problem that was found.
class FileRefused : public std::runtime_error {
public:
    explicit FileRefused(std::vector<FileProblem> problems);
    const std::vector<FileProblem>& problems() const { return problems_; }

private:
    std::vector<FileProblem> problems_;
};

// 1-based line of the first occurrence of needle in text at or after `from`, or 0.
int line_of(const std::string& text, const std::string& needle, std::size_t from = 0);

} // namespace hs
