#pragma once
// Small dialogs of the main window. Each returns plain values; the caller hands them to the core.
#include <wx/string.h>
#include <wx/window.h>

#include <optional>

namespace hs::gui {

struct NewRoundInput {
    wxString label;
    wxString date; // YYYY-MM-DD
    wxString questionnaire_file; // empty: built-in
};

std::optional<NewRoundInput> ask_new_round(wxWindow* parent);
std::optional<wxString> ask_team_name(wxWindow* parent);

} // namespace hs::gui
