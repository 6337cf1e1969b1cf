#pragma once
// What a person types when opening a round: a suggested name that is not taken yet, and the date as people
// write it ("1-4-2026" in Dutch, or "2026-04-01"), read the same whatever the system locale.
#include "common/records.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

// "2026-voorjaar" for a date in January..June, "2026-najaar" otherwise (translated); when that name is taken,
// "2026-voorjaar-2", "-3", ... so the suggestion can always be accepted as it is.
std::string suggest_round_label(const std::string& iso_date, const std::vector<Round>& existing);

// Reads D-M-YYYY (also with / or .) or YYYY-MM-DD; returns the ISO date, or nothing for text that is not a
// real calendar date.
std::optional<std::string> parse_user_date(const std::string& text);

} // namespace hs
