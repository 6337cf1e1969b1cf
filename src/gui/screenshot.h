#pragma once
#include <wx/string.h>
#include <wx/window.h>

namespace hs::gui {
// Saves what `window` shows on screen as a PNG (used for the README's screenshots and GUI tests).
bool save_screenshot(wxWindow* window, const wxString& path);
} // namespace hs::gui
