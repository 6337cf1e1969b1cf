#pragma once
// The portable response file (XML): a round's responses with the questionnaire as it was used.
#include "common/file_problem.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

struct ResponseFile {
    std::string round_label;
    std::string round_date;
    Questionnaire questionnaire;
    std::vector<NewResponse> responses;
};

// Writes the complete responses of a round (optionally one team) to `path`, through a temporary file.
// Returns the number of responses written.
int write_response_file(Store& store, RowId round, std::optional<RowId> team, const std::string& path);

// Reads and checks a portable response file; FileRefused (file, line, reason) on any problem.
ResponseFile read_response_file(const std::string& path);

} // namespace hs
