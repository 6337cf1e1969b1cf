#pragma once
// The dialog in which the coordinator chooses the invulstation's PIN, the first time the station starts: typed
// twice, checked by the core's rule (4 to 8 digits). The dialog stays open on a refusal with the reason shown.
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <optional>
#include <string>

namespace hs::gui {

class KioskPinDialog : public wxDialog {
public:
    explicit KioskPinDialog(wxWindow* parent);
    wxTextCtrl* pin() { return pin_; }
    wxTextCtrl* again() { return again_; }
    const std::string& chosen() const { return chosen_; }

private:
    void on_ok();
    wxTextCtrl* pin_ = nullptr;
    wxTextCtrl* again_ = nullptr;
    std::string chosen_;
};

// Shows the dialog; the PIN chosen, or nothing when cancelled.
std::optional<std::string> ask_new_kiosk_pin(wxWindow* parent);

} // namespace hs::gui
