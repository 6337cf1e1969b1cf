#include "main_frame.h"

#include "common/file_problem.h"
#include "demo_data.h"
#include "dialogs.h"
#include "questionnaire/questionnaire_loader.h"
#include "exchange/response_exchange.h"
#include "export_ui.h"
#include "results_ui.h"
#include "translations.h"
#include "wizard_ui.h"

#include <wx/aboutdlg.h>
#include <wx/choicdlg.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include "messages.h"
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textdlg.h>

#include <map>

namespace hs::gui {

namespace {
enum {
    ID_NewRound = wxID_HIGHEST + 1,
    ID_AddTeam,
    ID_ToggleRound,
    ID_Import,
    ID_Backup,
    ID_RawExport,
    ID_Language,
    ID_Server,
};
} // namespace

MainFrame::MainFrame(std::string lang) : wxFrame(nullptr, wxID_ANY, "Herstelspiegel"), lang_(std::move(lang))
{
    build_menu();
    build_body();
    CreateStatusBar();
    auto* config = wxConfigBase::Get();
    SetSize(wxSize(static_cast<int>(config->ReadLong("/window/width", 900)), static_cast<int>(config->ReadLong("/window/height", 600))));
    if (config->ReadBool("/window/maximized", false))
        Maximize();
    Bind(wxEVT_CLOSE_WINDOW, &MainFrame::on_close, this);
}

MainFrame::~MainFrame() = default;

void MainFrame::build_menu()
{
    auto* file = new wxMenu;
    file->Append(wxID_OPEN, _("&Open database...\tCtrl+O"));
    file->Append(ID_Server, _("Connect to a &server..."));
    file->Append(ID_Import, _("&Import responses...\tCtrl+I"));
    file->Append(ID_Backup, _("Make a &backup..."));
    // TRANSLATORS: exports individual answers; the dialog warns what the file holds
    file->Append(ID_RawExport, _("Export &raw answers (coordinator)..."));
    // TRANSLATORS: keep both languages in the menu text, so a user who cannot read one finds it
    file->Append(ID_Language, _("&Language / Taal..."));
    file->AppendSeparator();
    file->Append(wxID_EXIT);
    auto* round = new wxMenu;
    round->Append(ID_NewRound, _("&New round...\tCtrl+N"));
    round->Append(ID_AddTeam, _("Add &team..."));
    round->Append(ID_ToggleRound, _("&Close or reopen round"));
    auto* help = new wxMenu;
    help->Append(wxID_ABOUT);
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    // TRANSLATORS: menu with measurement rounds
    bar->Append(round, _("&Round"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_open_database(); }, wxID_OPEN);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_connect_server(); }, ID_Server);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_import(); }, ID_Import);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_backup(); }, ID_Backup);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (!store_)
            return;
        auto sel = selection();
        attempt([&] { run_raw_export(this, *store_, sel ? std::optional<RowId>(sel->round) : std::nullopt); });
    }, ID_RawExport);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_language(); }, ID_Language);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_new_round(); }, ID_NewRound);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_add_team(); }, ID_AddTeam);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_toggle_round(); }, ID_ToggleRound);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_about(); }, wxID_ABOUT);
}

void MainFrame::build_body()
{
    auto* panel = new wxPanel(this);
    auto* intro = new wxStaticText(panel, wxID_ANY,
        _("Each row is one team in one measurement round. Select a row to fill in the questionnaire, view results or export."));
    list_ = new wxDataViewListCtrl(panel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxDV_ROW_LINES | wxDV_SINGLE);
    list_->AppendTextColumn(_("Team"), wxDATAVIEW_CELL_INERT, 220);
    // TRANSLATORS: column header, the measurement round
    list_->AppendTextColumn(_("Round"), wxDATAVIEW_CELL_INERT, 140);
    list_->AppendTextColumn(_("Date"), wxDATAVIEW_CELL_INERT, 100);
    list_->AppendTextColumn(_("Status"), wxDATAVIEW_CELL_INERT, 90);
    // TRANSLATORS: column header, number of handed-in responses
    list_->AppendTextColumn(_("Completed"), wxDATAVIEW_CELL_INERT, 90, wxALIGN_RIGHT);
    // TRANSLATORS: column header, number of responses still being filled in
    list_->AppendTextColumn(_("In progress"), wxDATAVIEW_CELL_INERT, 90, wxALIGN_RIGHT);
    list_->AppendTextColumn(_("Mode"), wxDATAVIEW_CELL_INERT, 120);
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { update_actions(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { on_results(); });

    // TRANSLATORS: main action: a team member fills in the questionnaire
    fill_in_ = new wxButton(panel, wxID_ANY, _("&Fill in..."));
    results_ = new wxButton(panel, wxID_ANY, _("&Results..."));
    export_ = new wxButton(panel, wxID_ANY, _("&Export..."));
    fill_in_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_fill_in(); });
    results_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_results(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_export(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(fill_in_, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(results_, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(export_);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(intro, wxSizerFlags().Border(wxALL, 10));
    sizer->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    panel->SetSizer(sizer);
}

bool MainFrame::attempt(const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const FileRefused& e) {
        show_message(u8(e.what()), _("File refused"), wxOK | wxICON_WARNING, this);
    } catch (const StoreError& e) {
        show_message(u8(e.what()), _("Herstelspiegel"), wxOK | wxICON_WARNING, this);
    } catch (const std::exception& e) {
        show_message(u8(e.what()), _("Unexpected error"), wxOK | wxICON_ERROR, this);
    }
    return false;
}

bool MainFrame::open_database(const wxString& path)
{
    return attempt([&] {
        auto store = std::make_unique<Store>(to_u8(path));
        store_ = std::move(store);
        // Never a password in the settings file: a server account's password belongs in ~/.pgpass.
        wxConfigBase::Get()->Write("/last-database", u8(store_->display_name()));
        SetStatusText(wxString::Format(_("Database: %s"), u8(store_->display_name())));
        refresh();
    });
}

void MainFrame::refresh()
{
    list_->DeleteAllItems();
    rows_.clear();
    if (!store_)
        return;
    attempt([&] {
        std::map<std::pair<RowId, RowId>, TeamParticipation> counts;
        for (auto& s : store_->participation())
            counts[{s.team_id, s.round.id}] = s;
        auto rounds = store_->rounds();
        for (const auto& team : store_->teams()) {
            for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
                const Round& r = *it;
                auto c = counts.find({team.id, r.id});
                int complete = c == counts.end() ? 0 : c->second.complete;
                int in_progress = c == counts.end() ? 0 : c->second.in_progress;
                bool consensus = c != counts.end() && c->second.consensus;
                wxVector<wxVariant> row;
                row.push_back(u8(team.name));
                row.push_back(u8(r.label));
                row.push_back(format_date(r.date));
                // TRANSLATORS: status of a measurement round
                row.push_back(r.status == RoundStatus::Open ? _("open") : _("closed"));
                row.push_back(wxString::Format("%d", complete));
                row.push_back(wxString::Format("%d", in_progress));
                // TRANSLATORS: how a team answers: each member separately, or one consensus response
                row.push_back(consensus ? _("consensus") : _("individual"));
                list_->AppendItem(row);
                rows_.push_back({team.id, r.id});
            }
        }
    });
    if (list_->GetSelectedRow() == wxNOT_FOUND && list_->GetItemCount() > 0)
        list_->SelectRow(0);
    update_actions();
}

std::optional<MainFrame::Selection> MainFrame::selection() const
{
    int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= rows_.size())
        return std::nullopt;
    return rows_[static_cast<std::size_t>(row)];
}

bool MainFrame::select(RowId team, RowId round)
{
    for (std::size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].team == team && rows_[i].round == round) {
            list_->SelectRow(static_cast<unsigned>(i));
            update_actions();
            return true;
        }
    return false;
}

void MainFrame::update_actions()
{
    const bool has_store = store_ != nullptr;
    const bool selected = selection().has_value();
    GetMenuBar()->Enable(ID_ToggleRound, has_store && selected);
    GetMenuBar()->Enable(ID_NewRound, has_store);
    GetMenuBar()->Enable(ID_AddTeam, has_store);
    GetMenuBar()->Enable(ID_Import, has_store);
    GetMenuBar()->Enable(ID_Backup, has_store);
    GetMenuBar()->Enable(ID_RawExport, has_store);
    fill_in_->Enable(has_store);
    results_->Enable(has_store && selected);
    export_->Enable(has_store);
}

void MainFrame::on_open_database()
{
    wxFileDialog dlg(this, _("Open or create a database"), "", "", _("Herstelspiegel database (*.db)|*.db|All files|*"),
                     wxFD_OPEN);
    if (dlg.ShowModal() == wxID_OK)
        open_database(dlg.GetPath());
}

void MainFrame::on_connect_server()
{
    // TRANSLATORS: the example address must stay as it is
    wxTextEntryDialog dlg(this, _("Address of the organisation's PostgreSQL server, for example\n"
                                  "postgresql://anna@ggz-server.local/herstelspiegel\n"
                                  "(ask your application manager; see the README for the set-up)"),
                          _("Connect to a server"), wxConfigBase::Get()->Read("/last-server", "postgresql://"));
    if (dlg.ShowModal() != wxID_OK)
        return;
    const wxString url = dlg.GetValue().Strip(wxString::both);
    if (open_database(url))
        wxConfigBase::Get()->Write("/last-server", u8(store_->display_name()));
}

void MainFrame::on_new_round()
{
    auto input = ask_new_round(this);
    if (!input)
        return;
    attempt([&] {
        Questionnaire q = input->questionnaire_file.empty() ? builtin_questionnaire()
                                                            : load_questionnaire_file(to_u8(input->questionnaire_file));
        store_->add_round(to_u8(input->label), to_u8(input->date), q);
    });
    refresh();
}

void MainFrame::on_add_team()
{
    if (auto name = ask_team_name(this)) {
        attempt([&] { store_->add_team(to_u8(*name)); });
        refresh();
    }
}

void MainFrame::on_toggle_round()
{
    auto sel = selection();
    if (!sel)
        return;
    attempt([&] {
        Round r = store_->round(sel->round);
        store_->set_round_status(r.id, r.status == RoundStatus::Open ? RoundStatus::Closed : RoundStatus::Open);
    });
    refresh();
    select(sel->team, sel->round);
}

void MainFrame::on_import()
{
    wxFileDialog dlg(this, _("Import responses"), "", "",
                     _("Response files (*.xml;*.csv)|*.xml;*.csv|All files|*"), wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxArrayString paths;
    dlg.GetPaths(paths);
    auto sel = selection();
    wxString report;
    for (const auto& path : paths) {
        std::optional<RowId> round, team;
        if (is_csv_path(to_u8(path))) {
            if (!sel) {
                show_message(_("Select the team and round the CSV answers belong to, then import again."), _("Import"), wxOK | wxICON_INFORMATION, this);
                return;
            }
            round = sel->round;
            team = sel->team;
        }
        attempt([&] {
            auto result = import_response_file(*store_, to_u8(path), round, team);
            report += wxString::Format(_("%s: %d responses imported, %d were already present.\n"), path, result.inserted,
                                       result.already_present);
        });
    }
    refresh();
    if (!report.empty())
        show_message(report, _("Import"), wxOK | wxICON_INFORMATION, this);
}

void MainFrame::on_backup()
{
    wxFileDialog dlg(this, _("Save a backup"), "", "herstelspiegel-backup-" + wxDateTime::Now().FormatISODate() + ".db",
                     _("Herstelspiegel database (*.db)|*.db"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return;
    if (attempt([&] { store_->backup(to_u8(dlg.GetPath())); }))
        SetStatusText(wxString::Format(_("Backup saved: %s"), dlg.GetPath()));
}

void MainFrame::on_fill_in()
{
    if (!store_)
        return;
    WizardStart start;
    if (auto sel = selection()) {
        start.team = sel->team;
        start.round = sel->round;
    }
    const bool handed_in = run_response_wizard(this, *store_, lang_, start);
    refresh();
    if (start.team && start.round)
        select(*start.team, *start.round);
    if (handed_in)
        SetStatusText(_("Thank you: your answers have been handed in."));
}

void MainFrame::offer_to_continue()
{
    if (!store_)
        return;
    std::vector<ResponseInfo> open;
    attempt([&] { open = store_->unfinished_responses(); });
    if (open.empty())
        return;
    const int n = static_cast<int>(open.size());
    if (show_message(wxString::Format(wxPLURAL("%d questionnaire was interrupted before it was handed in. Continue now?",
                                               "%d questionnaires were interrupted before they were handed in. Continue now?",
                                               static_cast<unsigned>(n)),
                                      n),
                     _("Continue"), wxYES_NO | wxICON_QUESTION, this) != wxYES)
        return;
    WizardStart start;
    start.team = open.back().team_id;
    start.round = open.back().round_id;
    start.resume = open.back().id;
    run_response_wizard(this, *store_, lang_, start);
    refresh();
}

void MainFrame::fill_with_demo_if_empty()
{
    if (!store_)
        return;
    attempt([&] {
        if (!store_->rounds().empty())
            return;
        DemoSpec spec; // eight teams, four rounds
        generate_demo(*store_, builtin_questionnaire(), spec);
        SetStatusText(_("Demo data: a made-up organisation to try the program with."));
    });
    refresh();
}

void MainFrame::on_results()
{
    auto sel = selection();
    if (!store_ || !sel)
        return;
    attempt([&] { show_results(this, *store_, sel->team, sel->round, lang_); });
}

void MainFrame::on_export()
{
    if (!store_)
        return;
    auto sel = selection();
    attempt([&] { run_export_dialog(this, *store_, sel ? std::optional<RowId>(sel->team) : std::nullopt,
                                    sel ? std::optional<RowId>(sel->round) : std::nullopt, lang_); });
}

void MainFrame::on_language()
{
    const wxString choices[] = {"Nederlands", "English"};
    wxSingleChoiceDialog dlg(this, _("Language of the program (after a restart):"), _("Language / Taal"), 2, choices);
    dlg.SetSelection(lang_ == "en" ? 1 : 0);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxConfigBase::Get()->Write("/language", dlg.GetSelection() == 1 ? "en" : "nl");
    wxConfigBase::Get()->Flush();
    show_message(_("The language changes when Herstelspiegel is started again."), _("Language / Taal"), wxOK | wxICON_INFORMATION, this);
}

void MainFrame::on_about()
{
    wxAboutDialogInfo info;
    info.SetName("Herstelspiegel");
    info.SetVersion(HS_VERSION);
    info.SetDescription(_("Teams in mental health care score themselves, round after round, on recovery-supporting "
                          "care (Generieke module Herstelondersteuning)."));
    wxAboutBox(info, this);
}

void MainFrame::on_close(wxCloseEvent& event)
{
    auto* config = wxConfigBase::Get();
    config->Write("/window/maximized", IsMaximized());
    if (!IsMaximized() && !IsIconized()) {
        config->Write("/window/width", GetSize().GetWidth());
        config->Write("/window/height", GetSize().GetHeight());
    }
    config->Flush();
    event.Skip();
}

} // namespace hs::gui
