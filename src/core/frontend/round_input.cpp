// Suggested round names and dates as people type them; see round_input.h.
#include "frontend/round_input.h"

#include "common/i18n.h"
#include "common/ids.h"

#include <algorithm>
#include <cstdio>

namespace hs {

std::string suggest_round_label(const std::string& iso_date, const std::vector<Round>& existing)
{
    int y = 0, m = 0, d = 0;
    if (std::sscanf(iso_date.c_str(), "%d-%d-%d", &y, &m, &d) != 3)
        y = 0, m = 1;
    const std::string base = std::to_string(y) + "-" + (m <= 6 ? tr(N_("spring")) : tr(N_("autumn")));
    auto taken = [&](const std::string& label) {
        return std::any_of(existing.begin(), existing.end(), [&](const Round& r) { return r.label == label; });
    };
    std::string label = base;
    for (int n = 2; taken(label); ++n)
        label = base + "-" + std::to_string(n);
    return label;
}

std::optional<std::string> parse_user_date(const std::string& text)
{
    int a = 0, b = 0, c = 0;
    char s1 = 0, s2 = 0, rest = 0;
    if (std::sscanf(text.c_str(), " %d%c%d%c%d %c", &a, &s1, &b, &s2, &c, &rest) != 5 || s1 != s2 ||
        (s1 != '-' && s1 != '/' && s1 != '.'))
        return std::nullopt;
    int y = c, m = b, d = a; // D-M-YYYY
    if (a >= 1000) {         // YYYY-MM-DD
        if (s1 != '-')
            return std::nullopt;
        y = a;
        d = c;
    }
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31)
        return std::nullopt;
    char iso[40];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
    if (!is_iso_date(iso)) // the calendar's rule (common/ids.h): no 31 April, 29 February only in a leap year
        return std::nullopt;
    return std::string(iso);
}

} // namespace hs
