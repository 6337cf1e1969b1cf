#include "common/file_problem.h"

#include <algorithm>

namespace hs {

std::string FileProblem::to_string() const
{
    std::string s = file;
    if (line > 0)
        s += ":" + std::to_string(line);
    return s + ": " + reason;
}

namespace {
std::string join(const std::vector<FileProblem>& problems)
{
    std::string s;
    for (const auto& p : problems) {
        if (!s.empty())
            s += "\n";
        s += p.to_string();
    }
    return s;
}
} // namespace

FileRefused::FileRefused(std::vector<FileProblem> problems)
    : std::runtime_error(join(problems)), problems_(std::move(problems))
{
}

int line_of(const std::string& text, const std::string& needle, std::size_t from)
{
    auto pos = text.find(needle, from);
    if (pos == std::string::npos)
        return 0;
    auto newlines = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n');
    return static_cast<int>(newlines) + 1;
}

} // namespace hs
