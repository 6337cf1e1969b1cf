#pragma once
// Reads questionnaire definitions (XML, see questionnaires/README.md) with Boost.PropertyTree and validates
// them. A file with any problem is refused whole: the caller gets every problem found, never a partial model.
#include "common/file_io.h"
#include "common/file_problem.h"
#include "questionnaire/questionnaire.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

struct QuestionnaireLoad {
    std::optional<Questionnaire> questionnaire; // set only when problems is empty
    std::vector<FileProblem> problems;
};

// `source_name` is used in messages (a path, or the name of a built-in definition).
QuestionnaireLoad parse_questionnaire(const std::string& xml_text, const std::string& source_name);
QuestionnaireLoad read_questionnaire_file(const std::string& path);

// Throwing variants: FileRefused with all problems.
Questionnaire load_questionnaire(const std::string& xml_text, const std::string& source_name);
Questionnaire load_questionnaire_file(const std::string& path);

// The questionnaire compiled into the program (questionnaires/herstelondersteuning-team.xml).
const Questionnaire& builtin_questionnaire();


} // namespace hs
