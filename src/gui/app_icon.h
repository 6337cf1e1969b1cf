#pragma once
// The application icon (data/icons, compiled into the program so it needs no file beside it): on the main
// window, the wizard and About, and on GTK as every window's default, dialogs and file choosers included.
#include <wx/iconbndl.h>

namespace hs::gui {

// Every size of the icon (16 to 256 pixels).
const wxIconBundle& app_icons();
// The icon at `size` pixels, or the nearest size there is.
wxIcon app_icon(int size);
// Makes the icon the default of every window the toolkit opens, its own dialogs included (GTK; elsewhere
// windows take it from the executable's resources). Call once, after wxWidgets is initialised.
void use_app_icon_everywhere();

} // namespace hs::gui
