// The invulstation's PIN dialog; see kiosk_pin_dialog.h.
#include "kiosk_pin_dialog.h"

#include "dialog_buttons.h"
#include "frontend/kiosk_session.h"
#include "messages.h"
#include "translations.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace hs::gui {

KioskPinDialog::KioskPinDialog(wxWindow* parent)
    // TRANSLATORS: dialog title
    : wxDialog(parent, wxID_ANY, _("PIN of the invulstation"))
{
    auto* text = new wxStaticText(this, wxID_ANY,
        _("Choose a PIN of 4 to 8 digits. Only with this PIN can the invulstation be closed again. Keep it to "
          "yourself: clients and relatives must not be able to leave the station."));
    text->Wrap(FromDIP(420));
    auto* grid = new wxFlexGridSizer(2, FromDIP(wxSize(12, 8)));
    pin_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(160, -1)), wxTE_PASSWORD);
    again_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(160, -1)), wxTE_PASSWORD);
    pin_->SetName(_("PIN"));
    // TRANSLATORS: the PIN field typed a second time
    again_->SetName(_("PIN again"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("&PIN:")), wxSizerFlags().CenterVertical());
    grid->Add(pin_);
    grid->Add(new wxStaticText(this, wxID_ANY, _("PIN &again:")), wxSizerFlags().CenterVertical());
    grid->Add(again_);
    auto* top = new wxBoxSizer(wxVERTICAL);
    top->Add(text, wxSizerFlags().Border(wxALL, 12));
    top->Add(grid, wxSizerFlags().Border(wxLEFT | wxRIGHT, 12));
    // TRANSLATORS: button that saves the PIN and starts the invulstation
    top->Add(make_ok_cancel(this, _("&Start the invulstation")), wxSizerFlags().Expand().Border(wxALL, 12));
    SetSizerAndFit(top);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_ok(); }, wxID_OK);
    pin_->SetFocus();
}

void KioskPinDialog::on_ok()
{
    const std::string pin = to_u8(pin_->GetValue());
    wxString problem;
    if (auto why = kiosk_pin_problem(pin))
        problem = u8(*why);
    else if (pin != to_u8(again_->GetValue()))
        problem = _("The two PINs differ. Type the same PIN twice.");
    if (!problem.empty()) {
        show_message(problem, _("PIN of the invulstation"), wxOK | wxICON_WARNING, this);
        again_->Clear();
        pin_->SetFocus();
        pin_->SelectAll();
        return;
    }
    chosen_ = pin;
    EndModal(wxID_OK);
}

std::optional<std::string> ask_new_kiosk_pin(wxWindow* parent)
{
    KioskPinDialog dlg(parent);
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return dlg.chosen();
}

} // namespace hs::gui
