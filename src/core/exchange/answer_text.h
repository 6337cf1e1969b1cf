#pragma once
// The stable file text of an answer ("4", "nvt", "weet-niet"), shared by the portable file and the CSV import.
#include "common/answer.h"

#include <optional>
#include <string>

namespace hs {
std::string answer_text(AnswerCode code);
std::optional<AnswerCode> parse_answer_text(const std::string& text);

namespace exchange_detail {
std::string lower(std::string s);
std::string trimmed(const std::string& s);
} // namespace exchange_detail
} // namespace hs
