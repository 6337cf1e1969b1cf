#pragma once
// Names a user types or a file brings (teams, rounds): compared and stored without surrounding white space, so
// "FACT Zuid " and "FACT Zuid" are one team and a name of only spaces is no name.
#include <string>
#include <string_view>

namespace hs {
// `raw` without ASCII white space and no-break spaces (U+00A0) at either end.
std::string trimmed_name(std::string_view raw);
} // namespace hs
