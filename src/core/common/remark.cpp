// The one rule for a remark; see remark.h.
#include "common/remark.h"

#include "common/i18n.h"
#include "common/limits.h"
#include "common/utf8.h"

#include <algorithm>

namespace hs {

std::string remark_refused(const std::string& text)
{
    if (!utf8::is_valid(text))
        return tr(N_("A remark must be valid text (UTF-8)."));
    const auto characters = static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    if (characters > limits::kMaxRemarkCharacters)
        return trf(N_("a remark of %1 characters is longer than the %2 allowed"),
                   {std::to_string(characters), std::to_string(limits::kMaxRemarkCharacters)});
    return {};
}

} // namespace hs
