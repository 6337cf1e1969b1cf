#pragma once
// The results dialog: a team's profile of a round, the trend across rounds, the spread per item, and the coaching
// summary, with the anonymity threshold respected. Every number comes from the core's analysis.
#include "analysis/analysis.h"
#include "charts.h"
#include "store/store.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace hs::gui {

class AgreementsPanel;
class CoachingPage;
class MirrorPage;

class ResultsDialog : public wxDialog {
public:
    ResultsDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);
    wxNotebook* notebook() { return notebook_; }
    CoachingPage* coaching() { return coaching_; }
    MirrorPage* mirror() { return mirror_; }
    ProfileChart* profile() { return profile_; }
    SpreadChart* spread() { return spread_; }
    wxStaticText* status() { return status_; }
    wxButton* report_button() { return report_; }
    // Recomputes from the store with the chosen threshold and round, and redraws.
    void update();

private:
    const TeamRoundResult* chosen_round() const;
    void fill_profile(const TeamRoundResult& rr);
    void fill_trend();
    void fill_spread(const TeamRoundResult& rr);
    void fill_coaching(const TeamRoundResult& rr);
    void fill_mirror(const TeamRoundResult& rr);
    void save_report(); // the "Report (PDF)" button

    Store& store_;
    RowId team_;
    std::string lang_;
    TeamTrend trend_;
    wxChoice* round_ = nullptr;
    wxChoice* part_ = nullptr;
    wxSpinCtrl* threshold_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* report_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    ProfileChart* profile_ = nullptr;
    TrendChart* trend_chart_ = nullptr;
    SpreadChart* spread_ = nullptr;
    CoachingPage* coaching_ = nullptr;
    AgreementsPanel* agreements_ = nullptr; // the "Afspraken" tab
    MirrorPage* mirror_ = nullptr;          // the "Spiegel" tab
};

// Shows the results dialog for a team, opened on `round`.
void run_results_dialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);

} // namespace hs::gui
