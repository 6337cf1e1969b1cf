#pragma once
// The dialog that asks for a new team's name. It returns the name; the caller hands it to the core.
#include <wx/string.h>
#include <wx/window.h>

#include <optional>

namespace hs::gui {

std::optional<wxString> run_add_team_dialog(wxWindow* parent);

} // namespace hs::gui
