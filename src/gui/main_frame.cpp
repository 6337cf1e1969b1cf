// The main window: its menu, the list or start page, and the actions a coordinator takes on teams and rounds.
#include "main_frame.h"

#include "accessibility.h"
#include "add_team_dialog.h"
#include "app_icon.h"
#include "common/file_problem.h"
#include "demo_data.h"
#include "dialog_buttons.h"
#include "exchange/response_exchange.h"
#include "store/integrity.h"
#include "export_dialog.h"
#include "frontend/main_list.h"
#include "kiosk_start.h"
#include "import_flow.h"
#include "messages.h"
#include "new_round_dialog.h"
#include "paper_entry_dialog.h"
#include "participation_panel.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "start_panel.h"
#include "translations.h"
#include "user_guide.h"
#include "wizard.h"

#include <wx/aboutdlg.h>
#include <wx/choicdlg.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textdlg.h>

namespace hs::gui {

namespace {
enum {
    ID_NewRound = wxID_HIGHEST + 1,
    ID_AddTeam,
    ID_ToggleRound,
    ID_Undo,
    ID_Guide,
    ID_Import,
    ID_Backup,
    ID_RawExport,
    ID_Language,
    ID_Server,
    ID_Kiosk,
    ID_PaperForms,
};
} // namespace

MainFrame::MainFrame(std::string lang) : wxFrame(nullptr, wxID_ANY, "Herstelspiegel"), lang_(std::move(lang))
{
    SetIcons(app_icons());
    build_menu();
    build_body();
    set_accessible_name(CreateStatusBar(), _("Status"));
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
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* round = new wxMenu;
    round->Append(ID_NewRound, _("&New round...\tCtrl+N"));
    round->Append(ID_AddTeam, _("Add &team...\tCtrl+T"));
    // TRANSLATORS: Round menu: the selected team's clients or relatives fill in on a shared tablet or laptop
    round->Append(ID_Kiosk, _("Start &invulstation..."));
    round->AppendSeparator();
    round->Append(ID_ToggleRound, _("&Close round..."));
    round->Append(ID_Undo, _("&Undo\tCtrl+Z"));
    round->AppendSeparator();
    // TRANSLATORS: opens the grid in which the coordinator types in filled-in paper forms of the selected team
    round->Append(ID_PaperForms, _("Enter &paper forms..."));
    auto* help = new wxMenu;
    help->Append(ID_Guide, _("&User guide\tF1"));
    help->Append(wxID_ABOUT, _("&About Herstelspiegel"));
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
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_undo(); }, ID_Undo);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_kiosk(); }, ID_Kiosk);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (auto sel = selection(); store_ && sel) {
            attempt([&] { run_paper_entry_dialog(this, *store_, sel->team, sel->round, lang_); });
            refresh();
        }
    }, ID_PaperForms);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_guide(); }, ID_Guide);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { on_about(); }, wxID_ABOUT);
}

void MainFrame::build_body()
{
    auto* panel = new wxPanel(this);
    list_page_ = new wxPanel(panel);
    auto* intro = new wxStaticText(list_page_, wxID_ANY,
        _("Each row is one team in one measurement round. Double-click a row to fill in the questionnaire (open "
          "round) or to see the results (closed round)."));
    intro->Wrap(FromDIP(760));
    list_ = new ParticipationPanel(list_page_);
    list_->on_selection = [this] { update_actions(); };
    list_->on_activate = [this] { on_activate(); };

    // TRANSLATORS: main action: a team member fills in the questionnaire
    fill_in_ = new wxButton(list_page_, wxID_ANY, _("&Fill in..."));
    results_ = new wxButton(list_page_, wxID_ANY, _("&Results..."));
    export_ = new wxButton(list_page_, wxID_ANY, _("&Export..."));
    fill_in_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_fill_in(); });
    results_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_results(); });
    export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_export(); });
    // Tab goes through the window as it reads: the actions, then the search, filters and list below them.
    list_->MoveAfterInTabOrder(export_);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(fill_in_, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(results_, wxSizerFlags().Border(wxRIGHT, 8));
    buttons->Add(export_);

    auto* list_sizer = new wxBoxSizer(wxVERTICAL);
    list_sizer->Add(intro, wxSizerFlags().Border(wxALL, 10));
    list_sizer->Add(buttons, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    list_sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    list_page_->SetSizer(list_sizer);

    start_ = new StartPanel(panel);
    start_->on_offer = [this](StartOffer offer) {
        switch (offer) {
        case StartOffer::NewRound: on_new_round(); break;
        case StartOffer::AddTeam: on_add_team(); break;
        case StartOffer::Import: on_import(); break;
        case StartOffer::Demo: on_try_demo(); break;
        }
    };
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(start_, wxSizerFlags(1).Expand());
    sizer->Add(list_page_, wxSizerFlags(1).Expand());
    panel->SetSizer(sizer);
    start_->Hide();
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
        undo_.reset(); // it belonged to the database that was open
        // Never a password in the settings file: a server account's password belongs in ~/.pgpass.
        wxConfigBase::Get()->Write("/last-database", u8(store_->display_name()));
        SetStatusText(wxString::Format(_("Database: %s"), u8(store_->display_name())));
        refresh();
    });
}

void MainFrame::refresh()
{
    MainList data;
    if (store_)
        attempt([&] { data = MainList(store_->teams(), store_->rounds(), store_->participation()); });
    const auto offers = store_ ? start_offers(data.teams().size(), data.rounds().size()) : std::vector<StartOffer>{};
    start_->set_offers(offers);
    start_->Show(!offers.empty());
    list_page_->Show(offers.empty());
    start_->GetParent()->Layout();
    list_->set_data(std::move(data));
    update_actions();
}

std::optional<MainFrame::Selection> MainFrame::selection() const
{
    auto sel = list_->selection();
    if (!sel)
        return std::nullopt;
    return Selection{sel->first, sel->second};
}

bool MainFrame::select(RowId team, RowId round)
{
    const bool found = list_->select(team, round);
    update_actions();
    return found;
}

void MainFrame::update_actions()
{
    const bool has_store = store_ != nullptr;
    const auto sel = selection();
    auto* bar = GetMenuBar();
    bar->Enable(ID_ToggleRound, has_store && sel);
    if (sel) {
        const auto& rounds = list_->data().rounds();
        for (const auto& r : rounds)
            if (r.id == sel->round)
                bar->SetLabel(ID_ToggleRound, r.status == RoundStatus::Open ? _("&Close round...") : _("Re&open round..."));
    }
    bar->Enable(ID_Undo, has_store && undo_.has_value());
    bar->SetLabel(ID_Undo, undo_ ? wxString::Format(_("&Undo: %s\tCtrl+Z"), undo_->description) : _("&Undo\tCtrl+Z"));
    bar->Enable(ID_NewRound, has_store);
    bar->Enable(ID_AddTeam, has_store);
    bar->Enable(ID_Kiosk, has_store && sel);
    bar->Enable(ID_Import, has_store);
    bar->Enable(ID_Backup, has_store);
    bar->Enable(ID_RawExport, has_store);
    bar->Enable(ID_PaperForms, has_store && sel);
    fill_in_->Enable(has_store);
    results_->Enable(has_store && sel);
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
    // An address that cannot be reached comes back in the field as typed (after the reason), so only its wrong
    // part needs fixing.
    wxString url = wxConfigBase::Get()->Read("/last-server", "postgresql://");
    for (;;) {
        // TRANSLATORS: the example address must stay as it is
        wxTextEntryDialog dlg(this, _("Address of the organisation's PostgreSQL server, for example\n"
                                      "postgresql://anna@ggz-server.local/herstelspiegel\n"
                                      "(ask your application manager; see the README for the set-up)"),
                              _("Connect to a server"), url);
        relabel_stock_buttons(&dlg);
        if (dlg.ShowModal() != wxID_OK)
            return;
        url = dlg.GetValue().Strip(wxString::both);
        if (open_database(url)) {
            wxConfigBase::Get()->Write("/last-server", u8(store_->display_name()));
            return;
        }
    }
}

namespace {
// Runs a change on the store; returns why it was refused (empty when it was done), for a dialog to show while
// it stays open with the user's input.
wxString refusal_of(const std::function<void()>& action)
{
    try {
        action();
        return wxString();
    } catch (const std::exception& e) {
        return u8(e.what());
    }
}
} // namespace

void MainFrame::on_new_round()
{
    if (!store_)
        return;
    std::vector<Round> existing;
    if (!attempt([&] { existing = store_->rounds(); }))
        return;
    const bool opened = run_new_round_dialog(this, existing, [this](const NewRoundInput& input) {
        return refusal_of([&] {
            Questionnaire q = input.questionnaire_file.empty() ? builtin_questionnaire()
                                                               : load_questionnaire_file(to_u8(input.questionnaire_file));
            const auto versions = mirror_versions_for(input, q);
            std::vector<const Questionnaire*> mirrors;
            for (const auto& v : versions)
                mirrors.push_back(&v);
            store_->add_round(to_u8(input.label), to_u8(input.date), q, mirrors);
        });
    });
    if (opened)
        refresh();
}

void MainFrame::on_kiosk()
{
    const auto sel = selection();
    if (!store_ || !sel)
        return;
    std::optional<Perspective> perspective;
    KioskPlace place;
    if (attempt([&] { perspective = choose_kiosk_perspective(this, *store_, sel->round); }) && perspective &&
        attempt([&] { place = check_kiosk_place(*store_, sel->team, sel->round, *perspective); }))
        start_kiosk(place, false);
}

bool MainFrame::start_kiosk(const KioskPlace& place, bool quit_after)
{
    if (!store_)
        return false;
    auto* station = gui::start_kiosk(this, *store_, lang_, place, [this, quit_after] {
        if (quit_after)
            Close(true);
        else {
            Show();
            refresh();
            Raise();
        }
    });
    if (station)
        Hide();
    return station != nullptr;
}

void MainFrame::on_add_team()
{
    if (!store_)
        return;
    if (run_add_team_dialog(this, [this](const wxString& name) { return refusal_of([&] { store_->add_team(to_u8(name)); }); }))
        refresh();
}

void MainFrame::on_toggle_round()
{
    auto sel = selection();
    if (!sel)
        return;
    Round r;
    if (!attempt([&] { r = store_->round(sel->round); }))
        return;
    const bool closing = r.status == RoundStatus::Open;
    const auto totals = list_->data().round_totals(r.id);
    const wxString teams = wxString::Format(wxPLURAL("%d team", "%d teams", static_cast<unsigned>(totals.teams)), totals.teams);
    wxString question;
    if (closing) {
        question = wxString::Format(_("Close round %s for all teams (%s)? Nobody can fill in the questionnaire in this "
                                      "round any more."), u8(r.label), teams);
        if (totals.in_progress > 0)
            question += "\n\n" + wxString::Format(wxPLURAL("%d questionnaire has been started but not handed in; it stays as it is.",
                                                             "%d questionnaires have been started but not handed in; they stay as they are.",
                                                             static_cast<unsigned>(totals.in_progress)), totals.in_progress);
    } else {
        question = wxString::Format(_("Reopen round %s for all teams (%s)? Team members can then fill in the questionnaire "
                                      "in this round again."), u8(r.label), teams);
    }
    question += "\n\n" + _("You can undo this with Round > Undo (Ctrl+Z).");
    if (show_message(question, closing ? _("Close round") : _("Reopen round"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    if (!attempt([&] { store_->set_round_status(r.id, closing ? RoundStatus::Closed : RoundStatus::Open); }))
        return;
    const RowId round_id = r.id;
    const RoundStatus before = r.status;
    undo_ = Undo{wxString::Format(closing ? _("close round %s") : _("reopen round %s"), u8(r.label)), wxString(),
                 [this, round_id, before] { store_->set_round_status(round_id, before); }};
    refresh();
    select(sel->team, sel->round);
    SetStatusText(wxString::Format(closing ? _("Round %s is closed. Undo: Ctrl+Z.") : _("Round %s is open again. Undo: Ctrl+Z."), u8(r.label)));
}

void MainFrame::on_undo()
{
    if (!undo_ || !store_)
        return;
    const Undo undo = *undo_;
    if (!undo.question.empty() && show_message(undo.question, _("Undo"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, this) != wxYES)
        return;
    if (!attempt(undo.take_back))
        return;
    undo_.reset();
    refresh();
    SetStatusText(wxString::Format(_("Undone: %s."), undo.description));
}

void MainFrame::on_activate()
{
    auto sel = selection();
    if (!sel)
        return;
    for (const auto& r : list_->data().rounds())
        if (r.id == sel->round) {
            if (default_action(r) == RowAction::FillIn)
                on_fill_in();
            else
                on_results();
        }
}

void MainFrame::on_try_demo()
{
    // The example goes into a database of its own, so the user's own database stays empty and untouched.
    wxFileName demo(u8(Store::default_path()));
    demo.SetName("herstelspiegel-voorbeeld");
    if (!open_database(demo.GetFullPath()))
        return;
    fill_with_demo_if_empty();
    SetStatusText(wxString::Format(_("Example data in a database of its own: %s. File > Open database takes you back to yours."),
                                   demo.GetFullPath()));
}

void MainFrame::on_import()
{
    wxFileDialog dlg(this, _("Import responses"), "", "",
                     _("Response files (*.xml;*.csv)|*.xml;*.csv|All files|*"), wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dlg.ShowModal() != wxID_OK)
        return;
    wxArrayString paths;
    dlg.GetPaths(paths);
    import_files(paths);
}

void MainFrame::import_files(const wxArrayString& paths)
{
    if (!store_)
        return;
    const auto sel = selection();
    std::vector<InsertResult> imported;
    attempt([&] { imported = run_import(this, *store_, paths, sel ? std::optional<RowId>(sel->team) : std::nullopt,
                                        sel ? std::optional<RowId>(sel->round) : std::nullopt); });
    if (imported.empty())
        return;
    const wxString description = import_description(imported);
    int responses = 0;
    for (const auto& r : imported)
        responses += r.inserted;
    undo_ = Undo{description,
                 wxString::Format(wxPLURAL("Remove the %d response this import added? Nothing else changes.",
                                           "Remove the %d responses this import added? Nothing else changes.",
                                           static_cast<unsigned>(responses)),
                                  responses),
                 [this, imported] { store_->take_back(imported); }};
    refresh();
    if (sel)
        select(sel->team, sel->round);
    SetStatusText(wxString::Format(wxPLURAL("%d response imported. Undo: Ctrl+Z.", "%d responses imported. Undo: Ctrl+Z.",
                                            static_cast<unsigned>(responses)),
                                   responses));
}

void MainFrame::on_backup()
{
    wxFileDialog dlg(this, _("Save a backup"), "", "herstelspiegel-backup-" + wxDateTime::Now().FormatISODate() + ".db",
                     _("Herstelspiegel database (*.db)|*.db"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dlg.ShowModal() != wxID_OK)
        return;
    if (attempt([&] { backup_checked(*store_, to_u8(dlg.GetPath())); }))
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
    attempt([&] { run_results_dialog(this, *store_, sel->team, sel->round, lang_); });
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
    relabel_stock_buttons(&dlg);
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
    info.SetIcon(app_icon(128));
    info.SetVersion(HS_VERSION, wxString::Format(_("Version %s"), HS_VERSION));
    info.SetDescription(_("Teams in mental health care score themselves, round after round, on recovery-supporting "
                          "care (Generieke module Herstelondersteuning)."));
    if (const wxString licence = licence_text(); !licence.empty())
        info.SetLicence(licence);
    wxAboutBox(info, this);
}

void MainFrame::on_guide()
{
    if (!show_user_guide(this, lang_))
        show_message(_("The user guide was not found with this installation."), _("User guide"), wxOK | wxICON_WARNING, this);
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
