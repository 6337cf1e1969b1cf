// Catch2 with a running wxWidgets application (under Xvfb in CTest), so tests can open real windows.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "translations.h"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filefn.h>
#include <wx/filename.h>
#include <wx/image.h>
#include <wx/init.h>

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    // A failed wxWidgets assertion fails the test run instead of opening a dialog nobody can click away.
    wxSetAssertHandler([](const wxString& file, int line, const wxString& func, const wxString& cond, const wxString& msg) {
        std::fprintf(stderr, "%s:%d: wxWidgets assertion failed in %s: %s %s\n", static_cast<const char*>(file.utf8_str()), line,
                     static_cast<const char*>(func.utf8_str()), static_cast<const char*>(cond.utf8_str()),
                     static_cast<const char*>(msg.utf8_str()));
        std::abort();
    });
    wxApp::SetInstance(new wxApp());
    int wx_argc = 1; // the test's own arguments are Catch's, not wxWidgets'
    if (!wxEntryStart(wx_argc, argv))
        return 2;
    wxTheApp->CallOnInit();
    wxInitAllImageHandlers();
    // Settings go to a file of the test's own, never into the user's home.
    const wxString settings = wxFileName::CreateTempFileName("hs-gui-test-settings");
    delete wxConfigBase::Set(new wxFileConfig("herstelspiegel-test", "", settings, "", wxCONFIG_USE_LOCAL_FILE));
    // Dutch, as a user first sees the program (the catalogue is found next to the build).
    std::unique_ptr<wxLocale> locale;
    hs::gui::setup_language(locale, "nl");
    const int result = Catch::Session().run(argc, argv);
    delete wxConfigBase::Set(nullptr);
    wxRemoveFile(settings);
    wxEntryCleanup();
    return result;
}
