// The checks on incoming answers; see response_rules.h.
#include "exchange/response_rules.h"

#include "common/i18n.h"
#include "common/limits.h"
#include "common/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace hs {

bool answer_allowed(const Questionnaire& q, std::size_t item, AnswerCode value)
{
    return item < q.items.size() && q.item_scale(item).accepts(value); // resolved once per questionnaire, not per answer
}

std::string answer_refused(const std::string& typed, const std::string& item_id)
{
    return trf(N_("answer '%1' to item '%2' is outside its scale"), {typed, item_id});
}

ResponseFill response_fill(std::size_t answered, std::size_t items_asked, bool has_remarks)
{
    if (answered == 0 && !has_remarks)
        return ResponseFill::Empty;
    return answered < limits::min_answered_items(items_asked) ? ResponseFill::Unfinished : ResponseFill::Complete;
}

// FNV-1a, twice with different offsets.
std::string fingerprint(const std::string& text)
{
    auto fnv = [&](std::uint64_t h) {
        for (char c : text) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return h;
    };
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(fnv(14695981039346656037ULL)),
                  static_cast<unsigned long long>(fnv(0x84222325cbf29ce4ULL)));
    return buf;
}

} // namespace hs
