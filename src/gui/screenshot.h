#pragma once
#include <wx/string.h>
#include <wx/window.h>

namespace hs::gui {
// Saves `window` as a PNG, drawn by GTK itself (used for the README's screenshots and GUI tests).
bool save_screenshot(wxWindow* window, const wxString& path);
// Saves what the screen shows where `window` is (a window the application has fully painted).
bool save_screen_area(wxWindow* window, const wxString& path);
} // namespace hs::gui
