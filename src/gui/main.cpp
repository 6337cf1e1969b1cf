// herstelspiegel: the desktop application's entry point. --version is answered before wxWidgets starts, so it
// works without a display (package checks, scripts, a terminal over ssh), and on Windows in the command prompt
// it was typed in (terminal_output.h).
#include "gui_app.h"
#include "terminal_output.h"

#include <cstring>
#include <string>

wxIMPLEMENT_APP_NO_MAIN(hs::gui::App);

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0) {
            return hs::gui::write_to_terminal(std::string("herstelspiegel ") + HS_VERSION + "\n") ? 0 : 1;
        }
#ifdef __WXMSW__
    // Windows: wxWidgets reads the command line itself as UTF-16 (GetCommandLineW), so a --db in a folder the
    // system's code page cannot spell arrives intact; argv holds only that code page's reading of it.
    return wxEntry(GetModuleHandleW(nullptr), nullptr, nullptr, SW_SHOWNORMAL);
#else
    return wxEntry(argc, argv);
#endif
}
