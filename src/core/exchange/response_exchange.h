#pragma once
// The exchange wing: moving responses between machines. A round's responses go out as a portable XML file
// (with the questionnaire as it was used) and come in elsewhere; answers collected with a form tool come in as CSV.
// Reading, matching and checking happen before anything is stored: a file is taken whole or not at all. It never
// computes results.
#include "common/file_problem.h"
#include "exchange/answer_text.h"
#include "exchange/response_csv.h"
#include "exchange/response_file.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

// Imports one file into the store: a portable response file, or (by its .csv ending) a CSV file whose answers
// belong to `csv_round` and `csv_team`. Whole or not at all; FileRefused or StoreError when refused. `notes`,
// when given, receives what the user should know besides the counts (rows skipped, stored unfinished, a
// conversion to UTF-8).
InsertResult import_response_file(Store& store, const std::string& path, const std::string& csv_round = {},
                                  const std::string& csv_team = {}, std::vector<std::string>* notes = nullptr);
bool is_csv_path(const std::string& path);

} // namespace hs
