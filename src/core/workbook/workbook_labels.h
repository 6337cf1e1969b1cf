#pragma once
// Fixed texts of the workbooks in Dutch and English. The workbook's language is the report's choice (or the
// caller's), independent of the language the program itself runs in, so these live here and not in gettext.
#include <string>

namespace hs {
// The label for `key` in `lang` ("nl" or "en"); throws std::logic_error for an unknown key (a programming error).
const std::string& workbook_label(const std::string& lang, const std::string& key);
} // namespace hs
