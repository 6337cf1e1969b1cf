#pragma once
// Names for screen readers. wxWidgets has wxAccessible only on Windows; on GTK the name goes to ATK, which
// Orca reads. Every control a person can reach with Tab gets one, also where no label sits beside it.
#include <wx/window.h>

namespace hs::gui {

// Sets the window's name (wxWidgets, and wxAccessible's default on Windows) and, on GTK, the ATK name.
void set_accessible_name(wxWindow* window, const wxString& name);
// The name for a control from the label shown before it: "&Date (day-month-year):" gives "Date (day-month-year)".
wxString name_from_label(const wxString& label);
// The name a screen reader gets for `window` (ATK on GTK, else the window's name).
wxString accessible_name(wxWindow* window);

} // namespace hs::gui
