// The new-round dialog; see new_round_dialog.h.
#include "new_round_dialog.h"

#include "accessibility.h"
#include "dialog_buttons.h"
#include "messages.h"
#include "common/i18n.h"
#include "frontend/round_input.h"
#include "questionnaire/mirror_versions.h"
#include "translations.h"

#include <wx/filedlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace hs::gui {

NewRoundDialog::NewRoundDialog(wxWindow* parent, const std::vector<Round>& existing, AcceptRound accept)
    // TRANSLATORS: dialog title
    : wxDialog(parent, wxID_ANY, _("New measurement round"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      accept_(std::move(accept))
{
    const std::string today = to_u8(wxDateTime::Now().FormatISODate());
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 8)));
    grid->AddGrowableCol(1);
    label_ = new wxTextCtrl(this, wxID_ANY, u8(suggest_round_label(today, existing)));
    // Our own date field: GTK's date picker follows the system's locale (US order on a PC without Dutch).
    date_ = new wxTextCtrl(this, wxID_ANY, format_date(today));
    file_ = new wxTextCtrl(this, wxID_ANY);
    file_->SetHint(_("(built-in questionnaire)"));
    auto* browse = new wxButton(this, wxID_ANY, _("&Choose..."));
    browse->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        wxFileDialog dlg(this, _("Choose a questionnaire"), "", "", _("Questionnaire (*.xml;*.json)|*.xml;*.json"),
                         wxFD_OPEN | wxFD_FILE_MUST_EXIST);
        if (dlg.ShowModal() == wxID_OK)
            file_->ChangeValue(dlg.GetPath());
    });
    // TRANSLATORS: label of the round's name field, e.g. "2026-voorjaar"
    auto* label_text = new wxStaticText(this, wxID_ANY, _("&Name of the round:"));
    auto* date_text = new wxStaticText(this, wxID_ANY, _("&Date (day-month-year):"));
    auto* file_text = new wxStaticText(this, wxID_ANY, _("&Questionnaire (empty: built-in):"));
    set_accessible_name(label_, _("Name of the round"));
    set_accessible_name(date_, _("Date (day-month-year)"));
    set_accessible_name(file_, _("Questionnaire file"));
    set_accessible_name(browse, _("Choose a questionnaire"));
    grid->Add(label_text, wxSizerFlags().CenterVertical());
    grid->Add(label_, wxSizerFlags().Expand());
    grid->Add(date_text, wxSizerFlags().CenterVertical());
    grid->Add(date_, wxSizerFlags());
    grid->Add(file_text, wxSizerFlags().CenterVertical());
    auto* file_row = new wxBoxSizer(wxHORIZONTAL);
    file_row->Add(file_, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, 6));
    file_row->Add(browse, wxSizerFlags().CenterVertical());
    grid->Add(file_row, wxSizerFlags().Expand());
    // Who fills in: the team always; clients and relatives each with their own version, when the team wants
    // their mirror this round.
    // TRANSLATORS: new-round dialog: label before the perspectives (team, clients, relatives)
    grid->Add(new wxStaticText(this, wxID_ANY, _("Who fills in:")), wxSizerFlags().Top());
    auto* who = new wxBoxSizer(wxVERTICAL);
    auto* team = new wxCheckBox(this, wxID_ANY, _("The team (always)"));
    team->SetValue(true);
    team->Disable();
    // TRANSLATORS: new-round dialog: clients fill in the client version, e.g. at the invulstation
    client_ = new wxCheckBox(this, wxID_ANY, _("C&lients (client version)"));
    // TRANSLATORS: new-round dialog: relatives ("naasten") fill in their own version
    relative_ = new wxCheckBox(this, wxID_ANY, _("R&elatives (relatives' version)"));
    for (auto* box : {team, client_, relative_})
        who->Add(box, wxSizerFlags().Border(wxBOTTOM, 4));
    grid->Add(who, wxSizerFlags().Expand());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 12));
    // TRANSLATORS: button that opens the new round
    top->Add(make_ok_cancel(this, _("&Open round")), wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(top);
    SetSize(wxSize(std::max(GetSize().x, FromDIP(520)), -1));
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    label_->SetFocus();
    label_->SelectAll();
}

void NewRoundDialog::on_ok()
{
    NewRoundInput input;
    input.label = label_->GetValue().Strip(wxString::both);
    input.questionnaire_file = file_->GetValue().Strip(wxString::both);
    input.client = client_->GetValue();
    input.relative = relative_->GetValue();
    const auto iso = parse_user_date(to_u8(date_->GetValue()));
    wxString problem;
    if (input.label.empty())
        problem = _("Give the round a name, for example 2026-spring.");
    else if (!iso)
        problem = wxString::Format(_("\"%s\" is not a date. Type it as day-month-year, for example %s."), date_->GetValue(),
                                   format_date("2026-04-01"));
    else {
        input.date = u8(*iso);
        problem = accept_(input);
    }
    if (!problem.empty()) {
        // The dialog stays open with what was typed, so only the refused part needs fixing.
        show_message(problem, _("New measurement round"), wxOK | wxICON_WARNING, this);
        (iso ? label_ : date_)->SetFocus();
        return;
    }
    EndModal(wxID_OK);
}

std::vector<Questionnaire> mirror_versions_for(const NewRoundInput& input, const Questionnaire& team)
{
    std::vector<Questionnaire> out;
    for (const auto& [wanted, p] : {std::pair{input.client, Perspective::Client}, std::pair{input.relative, Perspective::Relative}}) {
        if (!wanted)
            continue;
        if (input.questionnaire_file.empty())
            out.push_back(builtin_version(p));
        else if (auto found = find_version_next_to(to_u8(input.questionnaire_file), team, p))
            out.push_back(std::move(*found));
        else
            throw std::runtime_error(trf(p == Perspective::Client
                                             ? N_("There is no client version of this questionnaire next to %1.")
                                             : N_("There is no relatives' version of this questionnaire next to %1."),
                                         {to_u8(input.questionnaire_file)}));
    }
    return out;
}
bool run_new_round_dialog(wxWindow* parent, const std::vector<Round>& existing, const AcceptRound& accept)
{
    NewRoundDialog dlg(parent, existing, accept);
    return dlg.ShowModal() == wxID_OK;
}

} // namespace hs::gui
