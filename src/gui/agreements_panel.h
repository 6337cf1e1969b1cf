#pragma once
// The "Afspraken" tab of a team's results: the agreements the team made after its rounds, each beside the change
// of its dimension since then (with the interval and verdict), to add, edit, close and evaluate. Other tabs get a
// bar with "Maak een afspraak over dit thema". All rules live in the core (store and agreement follow-up).
#include "analysis/agreement_followup.h"

#include <wx/dialog.h>
#include <wx/panel.h>

#include <functional>
#include <optional>
#include <vector>

class wxButton;
class wxChoice;
class wxListCtrl;
class wxTextCtrl;

namespace hs::gui {

class AgreementsPanel : public wxPanel {
public:
    AgreementsPanel(wxWindow* parent, Store& store, RowId team, const std::string& lang);

    // Follows the agreements against `trend` (the results' threshold) and refreshes the list; new agreements are
    // made after `chosen_round` (0: the latest round) unless the user picks another.
    void set_trend(const TeamTrend& trend, RowId chosen_round);
    // Asks for a new agreement about `dimension_id` and saves it; true when one was added.
    bool add_about(const std::string& dimension_id);
    // Edits, or sets the status and evaluation of, the agreement on list row `row`; true when saved.
    bool edit(long row);
    bool change_status(long row);

    // A page for `notebook`: what `make_page` builds in the given parent, with a bar under it to make an agreement
    // about a dimension in one click.
    wxWindow* with_shortcut(wxWindow* notebook, const std::function<wxWindow*(wxWindow* parent)>& make_page);
    // The open agreements, overdue first, as lines for the top of the coaching summary ("" when none).
    wxString open_agreements_text() const;

    wxListCtrl* list() const { return list_; }
    // The chosen agreement in full, a line per column (the list's columns cut long texts).
    wxTextCtrl* details() const { return details_; }
    const std::vector<AgreementFollowUp>& follow_ups() const { return follow_ups_; }
    // Called after every change, so other tabs can show it.
    std::function<void()> on_changed;
    // Runs a dialog of this panel; true when the user confirmed. Tests answer the dialog here instead.
    std::function<bool(wxDialog&)> run_dialog;

private:
    void refresh();
    void fit_columns();
    void show_details(long row);
    bool save(const std::function<void()>& write);
    std::string dimension_title(const std::string& id) const;

    Store& store_;
    RowId team_;
    std::string lang_;
    std::optional<TeamTrend> trend_;
    RowId chosen_round_ = 0;
    std::vector<AgreementFollowUp> follow_ups_;
    std::vector<std::pair<std::string, std::string>> dimensions_; // (id, title) of the chosen round's questionnaire
    std::vector<wxChoice*> shortcut_choices_;
    wxListCtrl* list_ = nullptr;
    wxTextCtrl* details_ = nullptr;
    std::vector<RowId> shown_; // the agreement on each row of the list
    RowId select_next_ = 0;    // chosen after the next refresh (a new agreement), else the one chosen before
};

} // namespace hs::gui
