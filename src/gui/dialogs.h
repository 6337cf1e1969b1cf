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

// `previous`: what the user typed before the core refused it, shown again so nothing typed is lost.
std::optional<NewRoundInput> ask_new_round(wxWindow* parent, const std::optional<NewRoundInput>& previous = {});
std::optional<wxString> ask_team_name(wxWindow* parent, const wxString& previous = {});

} // namespace hs::gui
