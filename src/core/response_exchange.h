#pragma once
// Moving responses between machines: a round's responses go out as a portable XML file (with the questionnaire
// as it was used) and come in elsewhere; answers collected with a generic form tool come in as CSV.
#include "definition_error.h"
#include "questionnaire.h"
#include "store.h"

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

// Reads a CSV file with one row per respondent and one column per item id (see README). Optional columns:
// "role", "id" (a response id of the form tool; makes re-imports idempotent), "remark:<dimension id>".
// Separator "," or ";" (detected). Answers: a scale value, "nvt"/"n.v.t."/"n/a", "weet niet"/"?", or empty.
std::vector<NewResponse> read_response_csv(const std::string& path, const Questionnaire& questionnaire,
                                           const std::string& team, const std::string& round_label);

// Imports one file into the store: a portable response file, or (by its .csv ending) a CSV file whose answers
// belong to `csv_round` and `csv_team`. Whole or not at all; FileRefused or StoreError when refused.
InsertResult import_response_file(Store& store, const std::string& path, const std::string& csv_round = {},
                                  const std::string& csv_team = {});
bool is_csv_path(const std::string& path);

// The stable file text of an answer ("4", "nvt", "weet-niet") and back.
std::string answer_text(AnswerCode code);
std::optional<AnswerCode> parse_answer_text(const std::string& text);

// Writes `contents` to `path` via a temporary file in the same folder and a rename: never a half file.
void write_file_atomically(const std::string& path, const std::string& contents);

} // namespace hs
