#pragma once
// The dialog that asks for a new team's name. The caller's `accept` adds it; when the store refuses (a name
// that exists already), the reason is shown and the dialog stays open with the name as typed.
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <functional>

namespace hs::gui {

// Returns an empty string when the team was added, else the reason it was refused.
using AcceptTeam = std::function<wxString(const wxString& name)>;

class AddTeamDialog : public wxDialog {
public:
    AddTeamDialog(wxWindow* parent, AcceptTeam accept);
    wxTextCtrl* name() { return name_; }

private:
    void on_ok();
    AcceptTeam accept_;
    wxTextCtrl* name_ = nullptr;
};

// Shows the dialog; returns true when a team was added.
bool run_add_team_dialog(wxWindow* parent, const AcceptTeam& accept);

} // namespace hs::gui
