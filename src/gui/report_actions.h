#pragma once
// Printable output started from a window: the coaching report (PDF) of a team in a round and the paper forms of a
// round, written by the same core calls as the CLI's `report` and `paper-form` verbs. The save dialog goes through here so GUI tests can answer it (a native
// file chooser cannot be driven by a test).
#include "analysis/analysis.h"
#include "common/perspective.h"
#include "store/store.h"

#include <wx/string.h>
#include <wx/window.h>

#include <functional>
#include <string>

namespace hs::gui {

// Asks where to save a new file (wxFileDialog with an overwrite prompt) unless a handler is installed; returns
// the path, or empty when the user cancelled.
using SavePathHandler = std::function<wxString(const wxString& title, const wxString& default_name)>;
wxString choose_save_path(wxWindow* parent, const wxString& title, const wxString& default_name, const wxString& wildcard);
void set_save_path_handler(SavePathHandler handler);

// What the report is of, as the results window shows it.
struct ReportSubject {
    RowId team = 0, round = 0;
    std::string team_name, round_label; // for the suggested file name
    std::string language = "nl";
    AnalysisOptions options; // the thresholds the window shows
};

// Asks for a file name and writes the coaching report, with a busy cursor and `status` (when given) saying so
// while it works; afterwards says where it went (and offers to open it), or why it could not be written.
// Returns the path written, or empty.
wxString save_coaching_report(wxWindow* parent, Store& store, const ReportSubject& subject,
                              const std::function<void(const wxString&)>& status = {});

// Which paper forms to print: the round's questionnaire for `perspective`, `copies` forms numbered from `first`.
struct PaperFormSubject {
    RowId round = 0;
    Perspective perspective = Perspective::Team;
    std::string team_name, round_label; // printed on the forms, and in the suggested file name
    std::string language = "nl";
    int copies = 1, first = 1;
};

// Asks for a file name and writes the paper forms (as `paper-form --round L --perspective P` does); afterwards says
// where they went (and offers to open them), or why they could not be written. Returns the path written, or empty.
wxString save_paper_forms(wxWindow* parent, Store& store, const PaperFormSubject& subject);

} // namespace hs::gui
