// The paper-form entry grid; see paper_entry_dialog.h. Every rule is the core's PaperEntry; this only moves keys
// in and texts out.
#include "paper_entry_dialog.h"

#include "dialog_buttons.h"
#include "messages.h"
#include "report_actions.h"
#include "translations.h"

#include <wx/sizer.h>

#include <algorithm>

namespace hs::gui {

namespace {
constexpr int kNumberColumn = 0; // the form number; then the role (team forms), then the statements
constexpr int kRoleColumn = 1;

// The keys of the role column, named as the paper form's boxes: "1 = practitioner, 2 = ..., 0 = none".
wxString role_keys_help()
{
    wxString keys;
    for (std::size_t b = 0; b < PaperEntry::role_boxes().size(); ++b)
        keys += wxString::Format("%d = %s, ", static_cast<int>(b + 1), wxGetTranslation(u8(role_msgid(PaperEntry::role_boxes()[b]))));
    // TRANSLATORS: help for the role column of the paper-form grid; %s lists "1 = practitioner, 2 = ..., "
    return wxString::Format(_("Role: the position of the box ticked (%s0 = none)."), keys);
}
}

PaperEntryDialog::PaperEntryDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang)
    : wxDialog(parent, wxID_ANY, _("Enter paper forms"), wxDefaultPosition, wxSize(1000, 600),
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store), round_(round), lang_(lang)
{
    for (const auto& t : store_.teams())
        if (t.id == team)
            team_name_ = t.name;
    const Round r = store_.round(round);
    perspectives_ = store_.perspectives_of(round);
    SetTitle(wxString::Format(_("Paper forms of %s, round %s"), u8(team_name_), u8(r.label)));

    auto* help = new wxStaticText(
        this, wxID_ANY,
        _("One row per paper form. Type the number ticked for each statement: 1-5 a score, 0 = n/a, W = don't know, "
          "space clears. The next statement gets the focus; Enter starts the next form. The columns are the "
          "statements' numbers on the form; rest the pointer on one to read it. Before them, the role box ticked "
          "(its position, 0 for none); below, a remark written on the form, with the theme it is about."));
    help->Wrap(FromDIP(940));

    // Clients and relatives fill in their own version on paper too: the grid follows the version chosen here.
    perspective_ = new wxChoice(this, wxID_ANY);
    for (Perspective p : perspectives_)
        perspective_->Append(wxGetTranslation(u8(perspective_msgid(p))));
    perspective_->SetSelection(0);
    perspective_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { on_perspective(); });
    status_ = new wxStaticText(this, wxID_ANY, "");
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->CreateGrid(0, 0);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetDefaultColSize(FromDIP(30));
    grid_->SetRowLabelSize(0);
    grid_->Bind(wxEVT_KEY_DOWN, &PaperEntryDialog::on_key, this);
    grid_->Bind(wxEVT_GRID_CELL_CHANGED, &PaperEntryDialog::on_number_changed, this);
    grid_->GetGridColLabelWindow()->Bind(wxEVT_MOTION, &PaperEntryDialog::statement_tooltip, this);
    grid_->Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
        // The statement under the cursor, in full, below the grid.
        const int s = e.GetCol() - first_statement_;
        if (s >= 0 && static_cast<std::size_t>(s) < entry_->statements())
            status_->SetLabel(wxString::Format("%d. %s", s + 1, u8(entry_->statement_text(static_cast<std::size_t>(s)))));
        else if (e.GetCol() == kRoleColumn && entry_->role_asked())
            status_->SetLabel(role_keys_help());
        e.Skip();
        CallAfter([this] { show_remark(); }); // the form the cursor is on now
    });

    // The remark area of the form: one theme at a time, the text checked as the CSV import checks a remark.
    remark_label_ = new wxStaticText(this, wxID_ANY, "");
    remark_theme_ = new wxChoice(this, wxID_ANY);
    remark_theme_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { show_remark(); });
    remark_text_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, wxSize(-1, FromDIP(54)), wxTE_MULTILINE);
    remark_text_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { on_remark_typed(); });

    // TRANSLATORS: button of the paper-form entry grid: a new empty row
    auto* add = new wxButton(this, wxID_ANY, _("&New form"));
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_row(); });
    save_ = new wxButton(this, wxID_ANY, _("&Save"));
    save_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save(); });
    auto* close = make_close_button(this);
    // The forms to fill in, printed from here: the round's questionnaire for the version chosen above, with the
    // team's name, numbered as the grid's rows will be.
    copies_ = new wxSpinCtrl(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxSP_ARROW_KEYS, 1, 1000, 10);
    // TRANSLATORS: button of the paper-form entry grid: save blank paper forms as a PDF to print
    print_ = new wxButton(this, wxID_ANY, _("&Print forms (PDF)..."));
    print_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        PaperFormSubject subject;
        subject.round = round_;
        subject.perspective = entry_->perspective();
        subject.team_name = team_name_;
        subject.round_label = store_.round(round_).label;
        subject.language = lang_;
        subject.copies = copies_->GetValue();
        save_paper_forms(this, store_, subject);
    });

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(add, wxSizerFlags().Border(wxRIGHT, 10));
    buttons->AddStretchSpacer();
    buttons->Add(print_, wxSizerFlags().Border(wxRIGHT, 6));
    // TRANSLATORS: after the paper-form grid's print button: how many blank forms
    buttons->Add(new wxStaticText(this, wxID_ANY, _("forms:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 4));
    buttons->Add(copies_, wxSizerFlags().CenterVertical().Border(wxRIGHT, 20));
    buttons->Add(save_, wxSizerFlags().Border(wxRIGHT, 10));
    buttons->Add(close);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(help, wxSizerFlags().Border(wxALL, 10));
    auto* whose = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: before the choice of whose paper forms are typed in: the team's, the clients' or the relatives'
    whose->Add(new wxStaticText(this, wxID_ANY, _("Forms of:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    whose->Add(perspective_, wxSizerFlags().CenterVertical());
    sizer->Add(whose, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    sizer->Show(whose, perspectives_.size() > 1);
    sizer->Add(grid_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
    auto* remark_row = new wxBoxSizer(wxHORIZONTAL);
    remark_row->Add(remark_label_, wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    remark_row->Add(remark_theme_, wxSizerFlags().CenterVertical());
    sizer->Add(remark_row, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxTOP, 10));
    sizer->Add(remark_text_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 10));
    sizer->Add(status_, wxSizerFlags().Expand().Border(wxALL, 10));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    SetSizer(sizer);
    start(perspectives_.front());
}

void PaperEntryDialog::start(Perspective perspective)
{
    entry_ = std::make_unique<PaperEntry>(store_.questionnaire_of(round_, perspective), lang_, perspective);
    if (grid_->GetNumberRows() > 0)
        grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0)
        grid_->DeleteCols(0, grid_->GetNumberCols());
    first_statement_ = entry_->role_asked() ? kRoleColumn + 1 : kRoleColumn;
    grid_->AppendCols(static_cast<int>(entry_->statements()) + first_statement_);
    // TRANSLATORS: column header of the paper-form entry grid: the number printed on the form
    grid_->SetColLabelValue(kNumberColumn, _("Form"));
    grid_->AutoSizeColLabelSize(kNumberColumn);
    if (entry_->role_asked()) {
        // TRANSLATORS: column header of the paper-form entry grid: the role box ticked on the form
        grid_->SetColLabelValue(kRoleColumn, _("My role"));
        grid_->SetColSize(kRoleColumn, FromDIP(150));
    }
    for (std::size_t s = 0; s < entry_->statements(); ++s)
        grid_->SetColLabelValue(statement_column(s), wxString::Format("%d", entry_->statement_number(s)));
    remark_theme_->Clear();
    for (std::size_t d : entry_->themes())
        remark_theme_->Append(u8(entry_->theme_title(d)));
    remark_theme_->SetSelection(0);
    add_row();
    grid_->SetGridCursor(0, kRoleColumn);
    show_remark();
    grid_->SetFocus();
}

void PaperEntryDialog::on_perspective()
{
    const auto chosen = perspectives_[static_cast<std::size_t>(std::max(0, perspective_->GetSelection()))];
    if (chosen == entry_->perspective())
        return;
    if (unsaved_) {
        // Typed forms belong to the version they were typed on: save them before switching.
        perspective_->SetSelection(static_cast<int>(
            std::find(perspectives_.begin(), perspectives_.end(), entry_->perspective()) - perspectives_.begin()));
        show_message(_("Save the forms typed so far before you switch to another version."), _("Enter paper forms"),
                     wxOK | wxICON_INFORMATION, this);
        return;
    }
    start(chosen);
}

void PaperEntryDialog::add_row()
{
    const auto row = static_cast<int>(entry_->add_form());
    grid_->AppendRows(1);
    grid_->SetCellEditor(row, kNumberColumn, new wxGridCellNumberEditor(1, 999999));
    for (int c = 1; c < grid_->GetNumberCols(); ++c)
        grid_->SetReadOnly(row, c); // answers come in through keys, checked by the model, never a free editor
    show_row(row);
    update_status();
}

void PaperEntryDialog::show_row(int row)
{
    grid_->SetCellValue(row, kNumberColumn, wxString::Format("%d", entry_->form_number(static_cast<std::size_t>(row))));
    show_role(row);
    for (std::size_t s = 0; s < entry_->statements(); ++s)
        grid_->SetCellValue(row, statement_column(s), u8(entry_->cell_text(static_cast<std::size_t>(row), s)));
}

void PaperEntryDialog::show_role(int row)
{
    if (!entry_->role_asked())
        return;
    const Role role = entry_->role(static_cast<std::size_t>(row));
    grid_->SetCellValue(row, kRoleColumn, role == Role::Unspecified ? wxString() : wxGetTranslation(u8(role_msgid(role))));
}

void PaperEntryDialog::show_remark()
{
    const int row = std::max(0, grid_->GetGridCursorRow());
    const int theme = remark_theme_->GetSelection();
    if (static_cast<std::size_t>(row) >= entry_->forms() || theme < 0)
        return;
    // TRANSLATORS: before the choice of theme under the paper-form grid; %d is the form number
    remark_label_->SetLabel(wxString::Format(_("Remark on form %d, about:"), entry_->form_number(static_cast<std::size_t>(row))));
    // ChangeValue: showing the stored text is no typing
    remark_text_->ChangeValue(u8(entry_->remark(static_cast<std::size_t>(row), entry_->themes()[static_cast<std::size_t>(theme)])));
    Layout();
}

void PaperEntryDialog::on_remark_typed()
{
    const int row = std::max(0, grid_->GetGridCursorRow());
    const int theme = remark_theme_->GetSelection();
    if (static_cast<std::size_t>(row) >= entry_->forms() || theme < 0)
        return;
    const std::string why = entry_->set_remark(static_cast<std::size_t>(row), entry_->themes()[static_cast<std::size_t>(theme)],
                                               to_u8(remark_text_->GetValue()));
    if (!why.empty()) {
        wxBell();
        status_->SetLabel(u8(why)); // the form keeps the remark it had
        return;
    }
    unsaved_ = true;
    update_status();
}

void PaperEntryDialog::on_key(wxKeyEvent& e)
{
    const int row = grid_->GetGridCursorRow(), col = grid_->GetGridCursorCol();
    const int key = e.GetKeyCode();
    if (row < 0 || col < 0 || e.HasAnyModifiers()) {
        e.Skip();
        return;
    }
    if (key == WXK_RETURN || key == WXK_NUMPAD_ENTER) {
        // The next form: the row below, a new one after the last.
        if (row + 1 >= grid_->GetNumberRows())
            add_row();
        grid_->SetGridCursor(row + 1, kRoleColumn);
        grid_->MakeCellVisible(row + 1, kRoleColumn);
        return;
    }
    if (col == kNumberColumn) {
        e.Skip(); // the form number is edited as a number
        return;
    }
    int ch = key;
    if (key >= WXK_NUMPAD0 && key <= WXK_NUMPAD9)
        ch = '0' + (key - WXK_NUMPAD0);
    if (key == WXK_DELETE || key == WXK_BACK)
        ch = ' ';
    const bool answer_key = (ch >= '0' && ch <= '9') || ch == 'W' || ch == 'w' || ch == ' ' || ch == '-';
    if (!answer_key) {
        e.Skip(); // Tab, arrows, Home, ... move as in any grid
        return;
    }
    if (col < first_statement_) { // the role box ticked: its position, 0 or space for none; then the statements
        if (!entry_->type_role(static_cast<std::size_t>(row), static_cast<char32_t>(ch))) {
            wxBell();
            status_->SetLabel(role_keys_help());
            return;
        }
        show_role(row);
        unsaved_ = true;
        grid_->SetGridCursor(row, first_statement_);
        grid_->MakeCellVisible(row, first_statement_);
        return;
    }
    const auto statement = static_cast<std::size_t>(col - first_statement_);
    if (!entry_->type(static_cast<std::size_t>(row), statement, static_cast<char32_t>(ch))) {
        wxBell();
        status_->SetLabel(wxString::Format(_("Statement %d does not take '%c': see its scale on the form."),
                                           static_cast<int>(statement) + 1, static_cast<wxChar>(ch)));
        return;
    }
    grid_->SetCellValue(row, col, u8(entry_->cell_text(static_cast<std::size_t>(row), statement)));
    unsaved_ = true;
    if (ch != ' ' && col + 1 < grid_->GetNumberCols()) {
        grid_->SetGridCursor(row, col + 1);
        grid_->MakeCellVisible(row, col + 1);
    }
    update_status();
}

void PaperEntryDialog::on_number_changed(wxGridEvent& e)
{
    const int row = e.GetRow();
    if (e.GetCol() != kNumberColumn)
        return;
    long number = 0;
    if (!grid_->GetCellValue(row, kNumberColumn).ToLong(&number) ||
        !entry_->set_form_number(static_cast<std::size_t>(row), static_cast<int>(number)))
        status_->SetLabel(wxString::Format(_("Form number %s is already in use or not a number; the form keeps number %d."),
                                           grid_->GetCellValue(row, kNumberColumn), entry_->form_number(static_cast<std::size_t>(row))));
    show_row(row);
}

void PaperEntryDialog::statement_tooltip(wxMouseEvent& e)
{
    wxWindow* labels = grid_->GetGridColLabelWindow();
    int x = 0, y = 0;
    grid_->CalcUnscrolledPosition(e.GetX(), 0, &x, &y);
    const int col = grid_->XToCol(x);
    const wxString tip = col >= first_statement_
        ? wxString::Format("%d. %s", col - first_statement_ + 1, u8(entry_->statement_text(static_cast<std::size_t>(col - first_statement_))))
        : wxString();
    if (labels->GetToolTipText() != tip)
        labels->SetToolTip(tip);
    e.Skip();
}

void PaperEntryDialog::update_status()
{
    int complete = 0, unfinished = 0;
    for (std::size_t r = 0; r < entry_->forms(); ++r) {
        const ResponseFill f = entry_->fill(r);
        complete += f == ResponseFill::Complete;
        unfinished += f == ResponseFill::Unfinished;
    }
    status_->SetLabel(wxString::Format(_("%d complete, %d unfinished (stored as unfinished, as in an import)."), complete,
                                       unfinished));
}

bool PaperEntryDialog::save()
{
    try {
        const InsertResult result = entry_->save(store_, round_, team_name_);
        unsaved_ = false;
        show_message(wxString::Format(wxPLURAL("%d paper form stored; %d stored before were left as they were.",
                                               "%d paper forms stored; %d stored before were left as they were.",
                                               static_cast<unsigned>(result.inserted)),
                                      result.inserted, result.already_present),
                     _("Enter paper forms"), wxOK | wxICON_INFORMATION, this);
        return true;
    } catch (const std::exception& e) {
        show_message(u8(e.what()), _("The paper forms could not be stored"), wxOK | wxICON_WARNING, this);
    }
    return false;
}

void run_paper_entry_dialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang)
{
    PaperEntryDialog dlg(parent, store, team, round, lang);
    dlg.ShowModal();
}

} // namespace hs::gui
