// Whole-file reading and the one atomic-write helper.
#include "common/file_io.h"

#include "common/file_problem.h"
#include "common/i18n.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace hs {

std::string read_text_file(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileRefused({{path, 0, tr(N_("cannot open the file for reading"))}});
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        throw FileRefused({{path, 0, tr(N_("error while reading the file"))}});
    return buffer.str();
}

void write_file_atomically(const std::string& path, const std::string& contents)
{
    const fs::path target(path);
    fs::path tmp = target;
    tmp += ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            throw FileRefused({{path, 0, tr(N_("cannot write here: the folder does not exist or is not writable"))}});
        out << contents;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ec;
            fs::remove(tmp, ec);
            throw FileRefused({{path, 0, tr(N_("writing failed (disk full?)"))}});
        }
    }
    std::error_code ec;
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw FileRefused({{path, 0, trf(N_("cannot replace the file: %1"), {ec.message()})}});
    }
}

} // namespace hs
