#pragma once
#include <cstdint>

namespace hs {
// One answer to one item, packed in a byte: the store, the import files and the analysis all use this
// encoding. Scale values are positive, so zero and negatives are free for the non-score answers.
using AnswerCode = std::int8_t;
inline constexpr AnswerCode kUnanswered = 0;
inline constexpr AnswerCode kNotApplicable = -1; // "n.v.t."
inline constexpr AnswerCode kDontKnow = -2;      // "weet niet"

inline constexpr bool is_score(AnswerCode a) { return a > 0; }
} // namespace hs
