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

// A core string (UTF-8) as a wxString.
inline wxString u8(const std::string& s) { return wxString::FromUTF8(s.c_str()); }
inline std::string to_u8(const wxString& s) { return std::string(s.utf8_str()); }

} // namespace hs::gui
