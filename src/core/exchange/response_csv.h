#pragma once
// CSV answers from a generic form tool.
#include "common/file_problem.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <string>
#include <vector>

namespace hs {

// Reads a CSV file with one row per respondent and one column per item id (see README). Optional columns:
// "role", "id" (a response id of the form tool; makes re-imports idempotent), "remark:<dimension id>".
// Separator "," or ";" (detected). Answers: a scale value, "nvt"/"n.v.t."/"n/a", "weet niet"/"?", or empty.
std::vector<NewResponse> read_response_csv(const std::string& path, const Questionnaire& questionnaire,
                                           const std::string& team, const std::string& round_label);

} // namespace hs
