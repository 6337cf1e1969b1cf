#pragma once
#include "analysis/analysis.h"
#include "charts.h"
#include "results_ui.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/notebook.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace hs::gui {

class AgreementsPanel;

class ResultsDialog : public wxDialog {
public:
    ResultsDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);
    wxNotebook* notebook() { return notebook_; }
    // Recomputes from the store with the chosen threshold and round, and redraws.
    void update();

private:
    const TeamRoundResult* chosen_round() const;
    void fill_profile(const TeamRoundResult& rr);
    void fill_trend();
    void fill_spread(const TeamRoundResult& rr);
    void fill_coaching(const TeamRoundResult& rr);

    Store& store_;
    RowId team_;
    std::string lang_;
    TeamTrend trend_;
    wxChoice* round_ = nullptr;
    wxChoice* part_ = nullptr;
    wxSpinCtrl* threshold_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxNotebook* notebook_ = nullptr;
    ProfileChart* profile_ = nullptr;
    TrendChart* trend_chart_ = nullptr;
    SpreadChart* spread_ = nullptr;
    wxTextCtrl* coaching_ = nullptr;
    AgreementsPanel* agreements_ = nullptr; // the "Afspraken" tab
};

} // namespace hs::gui
