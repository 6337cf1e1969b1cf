#pragma once
// The checks every way of taking in answers applies, stated once: the CSV import and the paper-form entry grid
// (frontend/paper_entry) both use these, so a paper form is accepted exactly when the same answers in a CSV
// file would be.
#include "common/answer.h"
#include "common/remark.h" // remark_refused, the one rule for remarks
#include "questionnaire/questionnaire.h"

#include <cstddef>
#include <string>

namespace hs {

// True when `value` may be stored for item `item` of `q`: a point of its scale, or n.v.t. / weet niet where the
// scale allows them, or unanswered.
bool answer_allowed(const Questionnaire& q, std::size_t item, AnswerCode value);
// The reason shown when `typed` is not an answer item `item_id` allows.
std::string answer_refused(const std::string& typed, const std::string& item_id);

enum class ResponseFill {
    Empty,      // no answer and no remark: no response at all, not stored
    Unfinished, // fewer answers than limits::min_answered_items of the items asked: stored as unfinished
    Complete,
};
ResponseFill response_fill(std::size_t answered, std::size_t items_asked, bool has_remarks);

// A stable 128-bit fingerprint (hex) of `text`: a response's uid from what identifies it in its source, so that
// taking the same response in twice stores it once.
std::string fingerprint(const std::string& text);

} // namespace hs
