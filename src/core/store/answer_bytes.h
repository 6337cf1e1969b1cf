#pragma once
// How SQLite keeps a response's answers (schema 7): in the response's own row, responses.answers, a blob of one
// byte per item in the order of the questionnaire version the response answers. A byte holds the AnswerCode as a
// signed byte (n.v.t. -1 is 0xFF, weet niet -2 is 0xFE); 0 is an unanswered item, and so is every item past the
// last byte. One row per response instead of one per answer: a round's import wrote 433,000 answer rows, each as
// dear as SQLite's b-tree makes it, and now writes 6,000 rows. The server keeps its table `answers` (one row per
// answer), because its row-level security guards answers per response. Private to the store wing.
#include "common/answer.h"
#include "common/limits.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace hs::answer_bytes {

// How many items a blob holds at most: a questionnaire has fewer elements than this, so fewer items.
inline constexpr int kMaxItems = limits::kMaxDefinitionElements;

// Whether an answer row (item position, value) can be held. What fails this was never a real answer: no version
// has that many items (a reader ignored an item past its version's end), and no scale has that value (a reader
// took only its lowest byte, 300 as 44), so moving rows into blobs leaves it out.
inline bool storable(long long item, long long value)
{
    return item >= 0 && item < kMaxItems && value >= -128 && value <= 127 && value != kUnanswered;
}

// The stored form of `answers`: trailing unanswered items are left off (a response just begun is empty).
inline std::string encode(const std::vector<AnswerCode>& answers)
{
    std::size_t n = answers.size();
    while (n > 0 && answers[n - 1] == kUnanswered)
        --n;
    std::string bytes(n, '\0');
    if (n > 0)
        std::memcpy(bytes.data(), answers.data(), n);
    return bytes;
}

// Puts stored bytes into `answers`, sized to the version's items beforehand: bytes past its end are ignored.
inline void decode(const void* bytes, std::size_t size, std::vector<AnswerCode>& answers)
{
    const std::size_t n = std::min(size, answers.size());
    if (n > 0)
        std::memcpy(answers.data(), bytes, n);
}

} // namespace hs::answer_bytes
