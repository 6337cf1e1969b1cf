#pragma once
// Paper forms typed back in: a grid with one row per form and one column per statement, driven by the core's
// frontend/paper_entry model (which checks every key as the CSV import checks an answer). Keys: 1-5 a score,
// 0 n.v.t., w weet niet, space clears; a taken key moves to the next statement, Enter to the next form. On the
// team's forms the column before the statements takes the role box ticked (its position; 0 none). Under the grid,
// the current form's remark on a theme, as written in the form's remark area.
#include "frontend/paper_entry.h"
#include "store/store.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/grid.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <memory>
#include <string>

namespace hs::gui {

class PaperEntryDialog : public wxDialog {
public:
    PaperEntryDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);
    wxGrid* grid() { return grid_; }
    wxStaticText* status() { return status_; }
    wxButton* save_button() { return save_; }
    // Prints (saves as PDF) blank forms of the version chosen, as many as `copies` says, numbered from 1.
    wxButton* print_button() { return print_; }
    wxSpinCtrl* copies() { return copies_; }
    // Whose forms: the round's perspectives (shown when it has more than the team's).
    wxChoice* perspective_choice() { return perspective_; }
    // The grid column of statement `s` (0-based), after the form number and, on the team's forms, the role.
    int statement_column(std::size_t s) const { return first_statement_ + static_cast<int>(s); }
    // The current form's remark: on the theme chosen, in the text below it.
    wxChoice* remark_theme() { return remark_theme_; }
    wxTextCtrl* remark_text() { return remark_text_; }
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
    void show_role(int row);
    void show_remark(); // the current form's remark on the chosen theme
    void on_remark_typed();

    Store& store_;
    RowId round_;
    std::string team_name_, lang_;
    std::vector<Perspective> perspectives_;
    std::unique_ptr<PaperEntry> entry_;
    bool unsaved_ = false; // answers typed since the last save
    int first_statement_ = 1; // 2 when the forms ask the role
    wxChoice* perspective_ = nullptr;
    wxStaticText* remark_label_ = nullptr;
    wxChoice* remark_theme_ = nullptr;
    wxTextCtrl* remark_text_ = nullptr;
    wxGrid* grid_ = nullptr;
    wxStaticText* status_ = nullptr;
    wxButton* save_ = nullptr;
    wxButton* print_ = nullptr;
    wxSpinCtrl* copies_ = nullptr;
};

// Shows the entry grid for `team` in `round`.
void run_paper_entry_dialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);

} // namespace hs::gui
