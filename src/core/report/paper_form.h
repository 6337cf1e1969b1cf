#pragma once
// The questionnaire on paper, to fill in with a pen: numbered statements with a box per scale point and for
// n.v.t. and weet niet, a remark area per part, and a form number, so the coordinator can type the forms back in
// (the numbers match the entry grid's columns).
#include "questionnaire/questionnaire.h"

#include <string>

namespace hs::report {

struct PaperFormOptions {
    std::string language = "nl";
    int copies = 1;       // forms in the file, numbered from first_number
    int first_number = 1;
    std::string team;     // printed when given, else a line to write on
    std::string round;
};

std::string paper_form_pdf(const Questionnaire& questionnaire, const PaperFormOptions& options);
void write_paper_form(const Questionnaire& questionnaire, const std::string& path, const PaperFormOptions& options);

} // namespace hs::report
