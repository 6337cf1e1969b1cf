#pragma once
// The dialog that opens a new measurement round: a suggested name that is not taken yet, the date as people
// write it, and optionally a questionnaire file. The caller's `accept` tries the input on the store; when it
// refuses, the reason is shown and the dialog stays open with everything typed still there.
#include "common/records.h"

#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <functional>
#include <vector>

namespace hs::gui {

struct NewRoundInput {
    wxString label;
    wxString date; // YYYY-MM-DD
    wxString questionnaire_file; // empty: built-in
};

// Returns an empty string when the input was taken, else the reason it was refused.
using AcceptRound = std::function<wxString(const NewRoundInput&)>;

class NewRoundDialog : public wxDialog {
public:
    NewRoundDialog(wxWindow* parent, const std::vector<Round>& existing, AcceptRound accept);
    wxTextCtrl* label() { return label_; }
    wxTextCtrl* date() { return date_; }
    wxTextCtrl* file() { return file_; }

private:
    void on_ok();
    AcceptRound accept_;
    wxTextCtrl* label_ = nullptr;
    wxTextCtrl* date_ = nullptr;
    wxTextCtrl* file_ = nullptr;
};

// Shows the dialog; returns true when a round was opened.
bool run_new_round_dialog(wxWindow* parent, const std::vector<Round>& existing, const AcceptRound& accept);

} // namespace hs::gui
