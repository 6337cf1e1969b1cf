#include "new_round_dialog.h"

#include "store/store.h"
#include "translations.h"

#include <wx/button.h>
#include <wx/datectrl.h>
#include <wx/dateevt.h>
#include <wx/dialog.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace hs::gui {

std::optional<NewRoundInput> run_new_round_dialog(wxWindow* parent)
{
    // TRANSLATORS: dialog title
    wxDialog dlg(parent, wxID_ANY, _("New measurement round"));
    auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
    grid->AddGrowableCol(1);
    auto* label = new wxTextCtrl(&dlg, wxID_ANY, wxDateTime::Now().Format("%Y-") + (wxDateTime::Now().GetMonth() < 6 ? _("spring") : _("autumn")));
    auto* date = new wxDatePickerCtrl(&dlg, wxID_ANY, wxDateTime::Now());
    auto* file = new wxFilePickerCtrl(&dlg, wxID_ANY, "", _("Choose a questionnaire"), "XML (*.xml)|*.xml");
    // TRANSLATORS: label of the round's name field, e.g. "2026-voorjaar"
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("Name of the round:")), wxSizerFlags().CenterVertical());
    grid->Add(label, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("Date:")), wxSizerFlags().CenterVertical());
    grid->Add(date);
    grid->Add(new wxStaticText(&dlg, wxID_ANY, _("Questionnaire (empty: built-in):")), wxSizerFlags().CenterVertical());
    grid->Add(file, wxSizerFlags().Expand());
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 12));
    top->Add(dlg.CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, 12));
    dlg.SetSizerAndFit(top);
    dlg.SetSize(wxSize(520, -1));
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return NewRoundInput{label->GetValue().Strip(wxString::both), date->GetValue().FormatISODate(), file->GetPath()};
}

} // namespace hs::gui
