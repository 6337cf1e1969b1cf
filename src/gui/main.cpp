// herstelspiegel: the desktop application's entry point. --version and --help are answered before wxWidgets
// starts, so they work without a display (package checks, scripts, a terminal over ssh), and on Windows in the
// command prompt they were typed in (terminal_output.h).
#include "gui_app.h"
#include "terminal_output.h"

#include <cstring>
#include <string>

#include <wx/cmdline.h>

wxIMPLEMENT_APP_NO_MAIN(hs::gui::App);

namespace {

// The same usage text the application prints once it runs: wxWidgets' own two switches, then the program's.
std::string usage(char* program)
{
    char* arguments[] = {program, nullptr};
    wxCmdLineParser parser(1, arguments); // the program, whose name the usage line starts with
    parser.AddSwitch("h", "help", "show this help message", wxCMD_LINE_OPTION_HELP);
    parser.AddSwitch("", "verbose", "generate verbose log messages");
    hs::gui::App::add_options(parser);
    parser.SetLogo("herstelspiegel " HS_VERSION);
    return std::string(parser.GetUsageString().utf8_str());
}

} // namespace

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0)
            return hs::gui::write_to_terminal(std::string("herstelspiegel ") + HS_VERSION + "\n") ? 0 : 1;
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return hs::gui::write_to_terminal(usage(argv[0])) ? 0 : 1;
    }
#ifdef __WXMSW__
    // Windows: wxWidgets reads the command line itself as UTF-16 (GetCommandLineW), so a --db in a folder the
    // system's code page cannot spell arrives intact; argv holds only that code page's reading of it.
    return wxEntry(GetModuleHandleW(nullptr), nullptr, nullptr, SW_SHOWNORMAL);
#else
    return wxEntry(argc, argv);
#endif
}
