// The add-team dialog; see add_team_dialog.h.
#include "add_team_dialog.h"

#include "accessibility.h"
#include "dialog_buttons.h"
#include "messages.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace hs::gui {

AddTeamDialog::AddTeamDialog(wxWindow* parent, AcceptTeam accept)
    : wxDialog(parent, wxID_ANY, _("Add team")), accept_(std::move(accept))
{
    auto* text = new wxStaticText(this, wxID_ANY, _("Name of the team:"));
    name_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(360, -1)));
    set_accessible_name(name_, _("Name of the team"));
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(text, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 12));
    top->Add(name_, wxSizerFlags().Expand().Border(wxALL, 12));
    // TRANSLATORS: button that adds the team
    top->Add(make_ok_cancel(this, _("&Add")), wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 12));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    name_->SetFocus();
}

void AddTeamDialog::on_ok()
{
    const wxString name = name_->GetValue().Strip(wxString::both);
    const wxString problem = name.empty() ? _("Type the team's name.") : accept_(name);
    if (!problem.empty()) {
        show_message(problem, _("Add team"), wxOK | wxICON_WARNING, this);
        name_->SetFocus();
        return;
    }
    EndModal(wxID_OK);
}

bool run_add_team_dialog(wxWindow* parent, const AcceptTeam& accept)
{
    AddTeamDialog dlg(parent, accept);
    return dlg.ShowModal() == wxID_OK;
}

} // namespace hs::gui
