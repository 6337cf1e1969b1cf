#pragma once
// The dialog that opens a new measurement round. It returns plain values; the caller hands them to the core.
#include <wx/string.h>
#include <wx/window.h>

#include <optional>

namespace hs::gui {

struct NewRoundInput {
    wxString label;
    wxString date; // YYYY-MM-DD
    wxString questionnaire_file; // empty: built-in
};

std::optional<NewRoundInput> run_new_round_dialog(wxWindow* parent);

} // namespace hs::gui
