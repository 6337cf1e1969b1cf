// Trimming of names (see names.h).
#include "common/names.h"

namespace hs {

std::string trimmed_name(std::string_view raw)
{
    constexpr std::string_view kNbsp = "\xC2\xA0";
    auto space_at_front = [&] {
        return !raw.empty() && (raw.front() == ' ' || (raw.front() >= '\t' && raw.front() <= '\r'));
    };
    auto space_at_back = [&] {
        return !raw.empty() && (raw.back() == ' ' || (raw.back() >= '\t' && raw.back() <= '\r'));
    };
    for (bool changed = true; changed;) {
        changed = false;
        while (space_at_front() || raw.substr(0, 2) == kNbsp) {
            raw.remove_prefix(raw.substr(0, 2) == kNbsp ? 2 : 1);
            changed = true;
        }
        while (space_at_back() || (raw.size() >= 2 && raw.substr(raw.size() - 2) == kNbsp)) {
            raw.remove_suffix(space_at_back() ? 1 : 2);
            changed = true;
        }
    }
    return std::string(raw);
}

} // namespace hs
