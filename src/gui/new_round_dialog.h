#pragma once
// The dialog that opens a new measurement round: a suggested name that is not taken yet, the date as people
// write it, optionally a questionnaire file, and who else holds up a mirror (clients, relatives; the team always). The caller's `accept` tries the input on the store; when it
// refuses, the reason is shown and the dialog stays open with everything typed still there.
#include "common/records.h"
#include "questionnaire/questionnaire.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include <functional>
#include <vector>

namespace hs::gui {

struct NewRoundInput {
    wxString label;
    wxString date; // YYYY-MM-DD
    wxString questionnaire_file; // empty: built-in
    // Besides the team (always), the perspectives the round asks: each fills in its own version.
    bool client = false;
    bool relative = false;
};

// Returns an empty string when the input was taken, else the reason it was refused.
using AcceptRound = std::function<wxString(const NewRoundInput&)>;

class NewRoundDialog : public wxDialog {
public:
    NewRoundDialog(wxWindow* parent, const std::vector<Round>& existing, AcceptRound accept);
    wxTextCtrl* label() { return label_; }
    wxTextCtrl* date() { return date_; }
    wxTextCtrl* file() { return file_; }
    wxCheckBox* client() { return client_; }
    wxCheckBox* relative() { return relative_; }

private:
    void on_ok();
    AcceptRound accept_;
    wxTextCtrl* label_ = nullptr;
    wxTextCtrl* date_ = nullptr;
    wxTextCtrl* file_ = nullptr;
    wxCheckBox* client_ = nullptr;
    wxCheckBox* relative_ = nullptr;
};

// The client and relatives' versions the new round asks: the built-in ones with the built-in questionnaire, else
// the one next to the chosen file (the store checks that each mirrors `team`). Throws with the reason.
std::vector<Questionnaire> mirror_versions_for(const NewRoundInput& input, const Questionnaire& team);

// Shows the dialog; returns true when a round was opened.
bool run_new_round_dialog(wxWindow* parent, const std::vector<Round>& existing, const AcceptRound& accept);

} // namespace hs::gui
