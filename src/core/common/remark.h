#pragma once
// The one rule for a remark, whichever way it comes in (the wizard, the invulstation, a portable file, a CSV,
// the paper-entry grid) and where it is stored: valid UTF-8, at most limits::kMaxRemarkCharacters characters.
#include <string>

namespace hs {

// Why a remark cannot be taken in (not valid UTF-8, or longer than limits::kMaxRemarkCharacters); empty when it can.
std::string remark_refused(const std::string& text);

} // namespace hs
