#pragma once
// Data files compiled into the programs (see src/cmake/EmbedFiles.cmake).
#include <string>
#include <vector>

namespace hs::embedded {
struct EmbeddedFile {
    std::string name;
    std::string contents;
};
const std::vector<EmbeddedFile>& questionnaires();
const std::vector<EmbeddedFile>& reports();
const std::vector<EmbeddedFile>& catalogues(); // compiled gettext catalogues: nl.mo
const std::vector<EmbeddedFile>& fonts(); // DejaVu Sans regular and bold, for the PDF reports
} // namespace hs::embedded
