// herstelspiegel: the desktop application's entry point. --version is answered before wxWidgets starts, so it
// works without a display (package checks, scripts, a terminal over ssh).
#include "gui_app.h"

#include <cstring>
#include <iostream>

wxIMPLEMENT_APP_NO_MAIN(hs::gui::App);

int main(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--version") == 0) {
            std::cout << "herstelspiegel " << HS_VERSION << "\n";
            return 0;
        }
    return wxEntry(argc, argv);
}
