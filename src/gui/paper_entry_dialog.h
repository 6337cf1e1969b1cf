#pragma once
// Paper forms typed back in: a grid with one row per form and one column per statement, driven by the core's
// frontend/paper_entry model (which checks every key as the CSV import checks an answer). Keys: 1-5 a score,
// 0 n.v.t., w weet niet, space clears; a taken key moves to the next statement, Enter to the next form.
#include "frontend/paper_entry.h"
#include "store/store.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/stattext.h>

#include <memory>
#include <string>

namespace hs::gui {

class PaperEntryDialog : public wxDialog {
public:
    PaperEntryDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);
    wxGrid* grid() { return grid_; }
    wxStaticText* status() { return status_; }
    wxButton* save_button() { return save_; }
    // Whose forms: the round's perspectives (shown when it has more than the team's).
    wxChoice* perspective_choice() { return perspective_; }
    const PaperEntry& entry() const { return *entry_; }
    // Stores the typed forms; says how many, or why not. True when stored.
    bool save();

private:
    // Starts an empty grid for `perspective`'s version of the round.
    void start(Perspective perspective);
    void on_perspective();
    void on_key(wxKeyEvent& e);
    void on_number_changed(wxGridEvent& e);
    void add_row();
    void show_row(int row);
    void update_status();
    void statement_tooltip(wxMouseEvent& e);

    Store& store_;
    RowId round_;
    std::string team_name_, lang_;
    std::vector<Perspective> perspectives_;
    std::unique_ptr<PaperEntry> entry_;
    bool unsaved_ = false; // answers typed since the last save
    wxChoice* perspective_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* save_ = nullptr;
};

// Shows the entry grid for `team` in `round`.
void run_paper_entry_dialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);

} // namespace hs::gui
