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

// Whose answers a CSV file holds and how they were collected (a portable response file says so itself).
struct CsvOrigin {
    Perspective perspective = Perspective::Team; // client, relative: the round's version for them
    CollectionMode collection = CollectionMode::Import;
    // A CSV of a team the store does not know yet: its name, with `team` left empty. The team is created by the
    // import, in its transaction, so a refused file leaves no team behind.
    std::string new_team;
};

// Imports one file into the store, whole or not at all; FileRefused or StoreError when refused. A portable
// response file names its own round (created when missing); `round` and `team` are not used for it. A CSV file
// (by its .csv ending) holds answers only: they go to `round` and `team`, which it needs. Callers resolve labels
// to ids once, before this. `notes`, when given, receives what the user should know besides the counts (rows
// skipped, stored unfinished, a conversion to UTF-8). `origin`: for a CSV file only.
InsertResult import_response_file(Store& store, const std::string& path, std::optional<RowId> round = {},
                                  std::optional<RowId> team = {}, std::vector<std::string>* notes = nullptr,
                                  const CsvOrigin& origin = {});
// Everything import_response_file would do, refusals and notes included, but nothing is stored: for a confirmation
// that shows what an import will add before it does (the counts, the round and teams it would create). The ids in
// `added` are not kept.
InsertResult preview_response_file(Store& store, const std::string& path, std::optional<RowId> round = {},
                                   std::optional<RowId> team = {}, std::vector<std::string>* notes = nullptr,
                                   const CsvOrigin& origin = {});
bool is_csv_path(const std::string& path);

} // namespace hs
