#include "translations.h"

#include "common/i18n.h"

#include <wx/config.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/stdpaths.h>

#include <clocale>
#include <cstdio>
#include <cstdlib>

namespace hs::gui {

namespace {
std::string g_language = "nl";

std::string translate_for_core(const char* msgid)
{
    return to_u8(wxGetTranslation(wxString::FromUTF8(msgid)));
}

// The toolkit's own texts (the file chooser's and print dialog's buttons, About's "Licence") come from its gettext
// catalogue (gtk30), which follows the locale's language: without the Dutch locale installed (LANG=C.UTF-8 on many
// PCs) they would stay English in a Dutch program. gettext also follows LANGUAGE, unless the locale is plain C.
void toolkit_follows(const std::string& lang)
{
#ifdef __WXGTK__
    const char* messages = std::setlocale(LC_MESSAGES, nullptr);
    if (messages && (std::string(messages) == "C" || std::string(messages) == "POSIX"))
        std::setlocale(LC_MESSAGES, "C.UTF-8"); // the same texts, but one that lets LANGUAGE choose
    setenv("LANGUAGE", lang.c_str(), 1);
#else
    (void)lang; // Windows: the common dialogs follow the system's language
#endif
}
} // namespace

std::string setup_language(std::unique_ptr<wxLocale>& locale, const std::string& requested)
{
    std::string lang = requested;
    if (lang.empty())
        lang = to_u8(wxConfigBase::Get()->Read("/language", "nl"));
    if (lang != "en")
        lang = "nl";
    g_language = lang;
    locale = std::make_unique<wxLocale>();
    const int language = lang == "nl" ? wxLANGUAGE_DUTCH : wxLANGUAGE_ENGLISH;
    // Without the system locale installed, Init fails but translations still load: that is fine here.
    {
        wxLogNull quiet;
        locale->Init(language, wxLOCALE_DONT_LOAD_DEFAULT);
    }
    // The catalogue in the share folder beside an installed program (bin/../share/locale), or on Windows in
    // locale\ next to the .exe (where the installer puts it), else the one next to the build (developers, tests).
    // Installed first: an installed program must not pick up a build tree's copy.
    wxFileName exe(wxStandardPaths::Get().GetExecutablePath());
#ifdef __WXMSW__
    locale->AddCatalogLookupPathPrefix(exe.GetPath() + "\\locale");
#else
    locale->AddCatalogLookupPathPrefix(exe.GetPath() + "/../share/locale");
#endif
    locale->AddCatalogLookupPathPrefix(HS_LOCALE_DIR);
    if (lang == "nl") {
        locale->AddCatalog("wxstd-3.2"); // wxWidgets' own texts: "Volgende", "Annuleren", ...
        locale->AddCatalog("herstelspiegel");
    }
    hs::set_translator(&translate_for_core);
    toolkit_follows(lang);
    return lang;
}

wxString format_number(double value, int decimals, bool sign)
{
    wxString s = wxString::Format(sign ? "%+.*f" : "%.*f", decimals, value);
    if (g_language == "nl")
        s.Replace(".", ",");
    return s;
}

wxString format_date(const std::string& iso)
{
    int y = 0, m = 0, d = 0;
    if (g_language != "nl" || std::sscanf(iso.c_str(), "%d-%d-%d", &y, &m, &d) != 3)
        return u8(iso);
    return wxString::Format("%d-%d-%d", d, m, y);
}

} // namespace hs::gui
