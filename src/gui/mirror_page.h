#pragma once
// The "Spiegel" tab of the results: per dimension the team's score next to the clients' (and relatives'), the gap
// with its interval and verdict, the largest gap first (the core's mirror_view), and below the table the
// statements of every version on the chosen dimension. A round that asked only the team says so.
#include "frontend/mirror_view.h"

#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

namespace hs::gui {

class MirrorPage : public wxPanel {
public:
    explicit MirrorPage(wxWindow* parent);
    void set(MirrorView view);
    wxListCtrl* table() { return table_; }
    wxTextCtrl* statements() { return statements_; }
    wxStaticText* note() { return note_; }
    // Shows the statements of row `row` below the table.
    void show_statements(long row);

private:
    MirrorView view_;
    wxStaticText* note_ = nullptr;
    wxListCtrl* table_ = nullptr;
    wxTextCtrl* statements_ = nullptr;
};

} // namespace hs::gui
