// The main window as a coordinator meets it, with real mouse and keyboard events under a window manager and
// without the Dutch system locale: the start page of an empty database, the new-round and add-team dialogs, the
// list's search, filters and sort, closing a round with confirmation and undo, and the double-click.
#include "add_team_dialog.h"
#include "main_frame.h"
#include "frontend/main_list.h"
#include "frontend/round_input.h"
#include "messages.h"
#include "new_round_dialog.h"
#include "participation_panel.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "start_panel.h"
#include "translations.h"
#include "wizard_pages.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/textdlg.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {

wxString cell(ParticipationPanel* panel, long row, int column) { return panel->list()->GetItemText(row, column); }

int menu_id(MainFrame* frame, const char* menu, const char* item)
{
    const int id = frame->GetMenuBar()->FindMenuItem(wxString::FromUTF8(menu), wxString::FromUTF8(item));
    REQUIRE(id != wxNOT_FOUND);
    return id;
}

// Double-clicks the selected row (real pointer events); true when that opened a modal T, which is then closed.
template <class T> bool double_click_opens(ParticipationPanel* panel)
{
    bool opened = false;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        opened = true;
        shown_window<T>()->EndModal(wxID_CANCEL);
    });
    Driver driver(std::move(steps), [] { return shown_window<T>() != nullptr; });
    wxRect row;
    const long selected = panel->list()->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    REQUIRE(panel->list()->GetItemRect(selected, row));
    mouse_click_at(panel->list()->GetScreenPosition() + wxPoint(row.x + 40, row.y + row.height / 2), true);
    CHECK(driver.done());
    return opened;
}

} // namespace

TEST_CASE("an empty database opens on a start page, a round and a team are added by keyboard and refused input stays typed")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("leeg.db");
    Messages messages;
    MainFrame* frame = open_main_frame(db); // a new, empty database

    // The start page, not an empty list: it says what to do first and offers exactly that.
    StartPanel* start = frame->start_panel();
    REQUIRE(start->IsShown());
    CHECK_FALSE(frame->list_panel()->IsShownOnScreen());
    CHECK(start->button(StartOffer::NewRound)->IsShown());
    CHECK(start->button(StartOffer::Import)->IsShown());
    CHECK(start->button(StartOffer::Demo)->IsShown());
    CHECK_FALSE(start->button(StartOffer::AddTeam)->IsShown());
    CHECK(start->button(StartOffer::NewRound)->GetLabelText() == wxString::FromUTF8("De eerste ronde openen..."));
    maybe_screenshot(frame, "start-page.png");

    // A click on "open the first round": the dialog suggests a name and today's date in Dutch order; a date that
    // does not exist is refused with everything typed still in place; then Enter opens the round.
    NewRoundDialog* seen_dialog = nullptr;
    wxString suggested, shown_date, ok_label, cancel_label;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        seen_dialog = shown_window<NewRoundDialog>();
        settle(300);
        suggested = seen_dialog->label()->GetValue();
        shown_date = seen_dialog->date()->GetValue();
        ok_label = wxStripMenuCodes(seen_dialog->FindWindow(wxID_OK)->GetLabel());
        cancel_label = wxStripMenuCodes(seen_dialog->FindWindow(wxID_CANCEL)->GetLabel());
        seen_dialog->label()->SetFocus();
        seen_dialog->label()->SelectAll();
        type_text("Nulmeting");
        mouse_click(seen_dialog->date());
        seen_dialog->date()->SelectAll();
        type_text("31-4-2026");
        mouse_click(seen_dialog->FindWindow(wxID_OK));
    });
    steps.push_back([&] {
        CHECK(shown_window<NewRoundDialog>() == seen_dialog); // still open
        CHECK(seen_dialog->label()->GetValue() == "Nulmeting");
        seen_dialog->date()->SetFocus();
        seen_dialog->date()->SelectAll();
        type_text("1-4-2026");
        press(WXK_RETURN);
    });
    Driver driver(std::move(steps), [] { return shown_window<NewRoundDialog>() != nullptr; });
    mouse_click(start->button(StartOffer::NewRound));
    CHECK(driver.done());
    CHECK(suggested.EndsWith("voorjaar") | suggested.EndsWith("najaar"));
    CHECK(shown_date.Freq('-') == 2);
    CHECK(shown_date.AfterLast('-').length() == 4); // day-month-year, not the US order of GTK's date picker
    CHECK(ok_label == "Ronde openen");
    CHECK(cancel_label == "Annuleren");
    REQUIRE(messages.seen.size() == 1);
    CHECK(messages.seen[0].Contains("31-4-2026"));
    REQUIRE(frame->store()->rounds().size() == 1);
    CHECK(frame->store()->rounds()[0].label == "Nulmeting");
    CHECK(frame->store()->rounds()[0].date == "2026-04-01");

    // A round but no team: the start page now asks for teams. Ctrl+T adds one; a name that exists is refused
    // and stays in the field.
    CHECK(start->button(StartOffer::AddTeam)->IsShown());
    CHECK_FALSE(start->button(StartOffer::Demo)->IsShown());
    std::deque<std::function<void()>> team_steps;
    team_steps.push_back([&] {
        settle(200);
        type_text("FACT Noord");
        press(WXK_RETURN);
    });
    Driver team_driver(std::move(team_steps), [] { return shown_window<AddTeamDialog>() != nullptr; });
    frame->SetFocus();
    press('t', wxMOD_CONTROL);
    CHECK(team_driver.done());
    REQUIRE(frame->store()->teams().size() == 1);
    CHECK(frame->list_panel()->IsShownOnScreen());
    CHECK(frame->list_panel()->shown_rows() == 1);

    AddTeamDialog* again = nullptr;
    std::deque<std::function<void()>> twice;
    twice.push_back([&] {
        again = shown_window<AddTeamDialog>();
        settle(200);
        type_text("FACT Noord");
        press(WXK_RETURN);
    });
    twice.push_back([&] {
        CHECK(shown_window<AddTeamDialog>() == again); // refused, still open
        CHECK(again->name()->GetValue() == "FACT Noord");
        press(WXK_ESCAPE);
    });
    Driver twice_driver(std::move(twice), [] { return shown_window<AddTeamDialog>() != nullptr; });
    frame->list_panel()->list()->SetFocus();
    press('t', wxMOD_CONTROL);
    CHECK(twice_driver.done());
    CHECK(messages.seen.size() == 2);
    CHECK(frame->store()->teams().size() == 1);
    frame->Destroy();
}

TEST_CASE("the main list searches, filters and sorts, keeps a new team out of closed rounds, and Ctrl+N, double-click and closing a round work")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    RowId old_round = 0, open_round = 0, zuid = 0, noord = 0;
    {
        Store store(db);
        old_round = store.add_round("2025-najaar", "2025-10-01", builtin_questionnaire());
        zuid = store.add_team("FACT Zuid");
        std::vector<NewResponse> responses(5);
        for (auto& n : responses) {
            n.team = "FACT Zuid";
            n.answers.assign(builtin_questionnaire().items.size(), 4);
        }
        store.insert_responses(old_round, responses);
        store.set_round_status(old_round, RoundStatus::Closed);
        open_round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
        noord = store.add_team("Ambulant Noord"); // new: never in the closed round
    }
    Messages messages;
    MainFrame* frame = open_main_frame(db);
    ParticipationPanel* panel = frame->list_panel();
    REQUIRE(panel->shown_rows() == 3); // Zuid in both rounds, Noord only in the open one
    CHECK_FALSE(frame->select(noord, old_round));

    // Search by typing into the search field.
    mouse_click(panel->search());
    type_text("zuid");
    CHECK(wait_until([&] { return panel->shown_rows() == 2; }));
    CHECK(cell(panel, 0, 0) == "FACT Zuid");
    panel->search()->SelectAll();
    press(WXK_BACK);
    CHECK(wait_until([&] { return panel->shown_rows() == 3; }));

    // Filter: only closed rounds (chosen with the keyboard in the status box).
    panel->status_filter()->SetSelection(2);
    wxCommandEvent choose(wxEVT_CHOICE, panel->status_filter()->GetId());
    choose.SetInt(2);
    panel->status_filter()->GetEventHandler()->ProcessEvent(choose);
    CHECK(panel->shown_rows() == 1);
    CHECK(cell(panel, 0, 3) == "gesloten");
    panel->status_filter()->SetSelection(0);
    choose.SetInt(0);
    panel->status_filter()->GetEventHandler()->ProcessEvent(choose);
    CHECK(panel->shown_rows() == 3);

    // Sort: a click on the "Team" header orders by name, a second click reverses.
    const wxRect list_rect = panel->list()->GetScreenRect();
    mouse_click_at(wxPoint(list_rect.x + 30, list_rect.y + 10));
    CHECK(cell(panel, 0, 0) == "Ambulant Noord");
    mouse_click_at(wxPoint(list_rect.x + 30, list_rect.y + 10));
    CHECK(cell(panel, 0, 0) == "FACT Zuid");

    // Ctrl+N reaches the menu while the list has the focus.
    bool new_round_opened = false;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        new_round_opened = true;
        auto* dlg = shown_window<NewRoundDialog>();
        if (dlg) {
            CHECK(dlg->label()->GetValue() != "2026-voorjaar"); // never a name that is taken
            press(WXK_ESCAPE);
        }
    });
    Driver driver(std::move(steps), [] { return shown_window<NewRoundDialog>() != nullptr; });
    mouse_click(panel->list());
    press('n', wxMOD_CONTROL);
    CHECK(driver.done());
    CHECK(new_round_opened);

    // Double-click on a closed round's row: the results. On an open round's row: the questionnaire.
    REQUIRE(frame->select(zuid, old_round));
    CHECK(double_click_opens<ResultsDialog>(panel));
    REQUIRE(frame->select(noord, open_round));
    CHECK(double_click_opens<ResponseWizard>(panel));

    // Closing a round acts on every team: it asks first ("no" changes nothing), and Ctrl+Z takes it back.
    REQUIRE(frame->select(noord, open_round));
    const int close_id = menu_id(frame, "&Ronde", "Ronde &sluiten...");
    messages.answer = wxNO;
    frame->ProcessCommand(close_id);
    REQUIRE(messages.seen.size() == 1);
    CHECK(messages.seen.back().Contains("2026-voorjaar"));
    CHECK(messages.seen.back().Contains("2 teams"));
    CHECK(frame->store()->round(open_round).status == RoundStatus::Open);
    messages.answer = wxYES;
    frame->ProcessCommand(close_id);
    CHECK(frame->store()->round(open_round).status == RoundStatus::Closed);
    CHECK(frame->GetStatusBar()->GetStatusText().Contains("Ctrl+Z"));
    // Teams without responses leave the closed round's rows: only Zuid's earlier round is left.
    CHECK(panel->shown_rows() == 1);
    mouse_click(panel->list());
    press('z', wxMOD_CONTROL);
    CHECK(frame->store()->round(open_round).status == RoundStatus::Open);
    CHECK(panel->shown_rows() == 3);
    frame->Destroy();
}

TEST_CASE("the main list stays instant with 400 teams x 12 rounds: only the rows on screen are made")
{
    std::vector<Team> teams;
    for (RowId t = 1; t <= 400; ++t)
        teams.push_back({t, "Team " + std::to_string(t)});
    std::vector<Round> rounds;
    std::vector<TeamParticipation> counts;
    for (RowId r = 1; r <= 12; ++r) {
        Round round;
        round.id = r;
        round.label = "ronde-" + std::to_string(r);
        round.date = "2026-01-" + std::string(r < 10 ? "0" : "") + std::to_string(r);
        rounds.push_back(round);
        for (const auto& t : teams) {
            TeamParticipation p;
            p.team_id = t.id;
            p.round = round;
            p.complete = 15;
            counts.push_back(p);
        }
    }
    auto* frame = new wxFrame(nullptr, wxID_ANY, "lijst", wxDefaultPosition, wxSize(1000, 600));
    auto* panel = new ParticipationPanel(frame);
    frame->Show();
    panel->set_data(MainList(teams, rounds, counts));
    settle();
    CHECK(panel->shown_rows() == 4800);
    // A row's text is asked for only when the row is drawn: a screenful, not 4,800 rows.
    CHECK(panel->list()->texts_made() < 7 * 200);
    CHECK(panel->list()->texts_made() > 0);
    frame->Destroy();
}

TEST_CASE("a new round is never offered a name that is taken, reopening a round asks first, and a long team name does not widen the window")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    // The name the dialog would suggest today, and its "-2", are taken already.
    const std::string today = to_u8(wxDateTime::Now().FormatISODate());
    const std::string suggested = suggest_round_label(today, {});
    const std::string long_name = "Team Ambulante Begeleiding en Herstelondersteuning voor Volwassenen met Ernstige "
                                  "Psychiatrische Aandoeningen in de Regio Noord-Holland Noord, locatie Den Helder";
    RowId closed = 0, team = 0;
    {
        Store store(db);
        closed = store.add_round(suggested, "2026-04-01", builtin_questionnaire());
        team = store.add_team(long_name);
        std::vector<NewResponse> responses(5);
        for (auto& n : responses) {
            n.team = long_name;
            n.answers.assign(builtin_questionnaire().items.size(), 4);
        }
        store.insert_responses(closed, responses);
        store.set_round_status(closed, RoundStatus::Closed);
        store.add_round(suggested + "-2", "2026-05-01", builtin_questionnaire());
    }
    Messages messages;
    MainFrame* frame = open_main_frame(db);
    ParticipationPanel* panel = frame->list_panel();
    // The 170-character name stays inside its column: the window keeps the width it was given.
    CHECK(frame->GetSize().x == 1000);
    CHECK(frame->GetBestSize().x <= 1000);
    CHECK(cell(panel, 0, 0) == wxString::FromUTF8(long_name.c_str()));

    // Ctrl+N with the list focused: a name no round has.
    wxString offered;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        settle(200);
        offered = shown_window<NewRoundDialog>()->label()->GetValue();
        press(WXK_ESCAPE);
    });
    Driver driver(std::move(steps), [] { return shown_window<NewRoundDialog>() != nullptr; });
    mouse_click(panel->list());
    press('n', wxMOD_CONTROL);
    CHECK(driver.done());
    CHECK(offered == wxString::FromUTF8((suggested + "-3").c_str()));
    CHECK(frame->store()->rounds().size() == 2);

    // Reopening the closed round acts on every team: it asks first ("no" changes nothing); Ctrl+Z takes it back.
    REQUIRE(frame->select(team, closed));
    const int toggle_id = menu_id(frame, "&Ronde", "Ronde &heropenen...");
    messages.answer = wxNO;
    frame->ProcessCommand(toggle_id);
    REQUIRE(messages.seen.size() == 1);
    CHECK(messages.seen.back().Contains(wxString::Format("Ronde %s heropenen", wxString::FromUTF8(suggested.c_str()))));
    CHECK(messages.seen.back().Contains("1 team)"));
    CHECK(frame->store()->round(closed).status == RoundStatus::Closed);
    messages.answer = wxYES;
    frame->ProcessCommand(toggle_id);
    CHECK(frame->store()->round(closed).status == RoundStatus::Open);
    CHECK(frame->GetStatusBar()->GetStatusText().Contains("Ctrl+Z"));
    mouse_click(panel->list());
    press('z', wxMOD_CONTROL);
    CHECK(frame->store()->round(closed).status == RoundStatus::Closed);
    frame->Destroy();
}

TEST_CASE("a server address that cannot be reached comes back as typed, with the reason")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    Messages messages;
    MainFrame* frame = open_main_frame(db); // a new, empty database
    // Nothing listens on port 1: the connection is refused at once.
    const wxString typed = "postgresql://anna@127.0.0.1:1/herstelspiegel";
    wxString shown_again;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        settle(200);
        auto* dlg = shown_window<wxTextEntryDialog>();
        dlg->SetValue(wxString());
        type_text(typed.utf8_str());
        press(WXK_RETURN);
    });
    steps.push_back([&] {
        // The dialog again, after the refusal, with the address as typed.
        auto* again = shown_window<wxTextEntryDialog>();
        REQUIRE(again);
        shown_again = again->GetValue();
        press(WXK_ESCAPE);
    });
    Driver driver(std::move(steps), [] { return shown_window<wxTextEntryDialog>() != nullptr; });
    frame->ProcessCommand(menu_id(frame, "&Bestand", "Verbinden met een &server..."));
    CHECK(driver.done());
    REQUIRE(messages.seen.size() == 1);
    CHECK(shown_again == typed);
    CHECK(frame->store()->display_name() == db); // still the database that was open
    frame->Destroy();
}
