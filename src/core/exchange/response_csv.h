#pragma once
// CSV answers from a generic form tool.
#include "common/file_problem.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <functional>
#include <string>
#include <vector>

namespace hs {

struct CsvResponses {
    std::vector<NewResponse> responses; // empty when they were handed to a `take` function as read
    std::vector<int> skipped_lines;    // rows without any answer or remark: not stored
    std::vector<int> unfinished_lines; // rows under limits::min_answered_items: stored as unfinished
    bool converted_from_windows1252 = false;
};

// Reads a CSV file with one row per respondent and one column per item id (see README), streaming, within the
// limits of common/limits.h. Optional columns: "role", "id" (a response id of the form tool; makes re-imports
// idempotent), "remark:<dimension id>". Each column at most once. Separator "," or ";" (detected). Answers: a
// scale value, "nvt"/"n.v.t."/"n/a", "weet niet"/"?", or empty. A row counts as complete with answers to at
// least limits::min_answered_items of the file's item columns. FileRefused (file, line, reason) with every problem found.
// With `take`, each response goes to it as soon as its row is read (the import stores it at once: memory stays
// flat whatever the file's length); the refusal still comes after the whole file was read, so the caller keeps
// what it took uncommitted until this returns.
CsvResponses read_response_csv(const std::string& path, const Questionnaire& questionnaire, const std::string& team,
                               const std::string& round_label,
                               const std::function<void(NewResponse&&)>& take = {});

// The header row a form tool needs for read_response_csv, in the questionnaire's order: "rol" (the team's version
// only: clients and relatives have no role), every item id, then "opmerking:<dimension id>" for each dimension, ';'
// between them (what Excel writes on a Dutch computer), ending in CRLF.
std::string csv_header(const Questionnaire& questionnaire);

// What the import did besides storing rows, for the user: skipped rows, unfinished rows, a conversion.
std::vector<std::string> csv_notes(const std::string& path, const CsvResponses& read);

} // namespace hs
