#pragma once
// Language set-up: Dutch by default, English on request; the core's strings go through the same catalogue.
#include <wx/intl.h>
#include <wx/string.h>

#include <memory>
#include <string>

namespace hs::gui {

// Installs the locale and the "herstelspiegel" catalogue for `lang` ("nl" or "en"; empty: the saved choice,
// else Dutch). Returns the language in use.
std::string setup_language(std::unique_ptr<wxLocale>& locale, const std::string& lang);

// Numbers and dates as the user reads them: "2,75" and "1-4-2026" in Dutch, "2.75" and "2026-04-01" in English.
// (Going by the program's language, not the system locale, which is often not installed for Dutch.)
wxString format_number(double value, int decimals = 2, bool sign = false);
wxString format_date(const std::string& iso_date);

// A core string (UTF-8) as a wxString.
inline wxString u8(const std::string& s) { return wxString::FromUTF8(s.c_str()); }
inline std::string to_u8(const wxString& s) { return std::string(s.utf8_str()); }

} // namespace hs::gui
