#include "gui_app.h"

wxIMPLEMENT_APP(hs::gui::App);
