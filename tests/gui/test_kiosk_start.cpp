// The invulstation from the coordinator's side, with real clicks and keys: a new round that asks clients (the
// dialog's check box), the Round menu's "Invulstation starten" with the PIN chosen the first time, the station over
// the whole screen instead of the main window, a reset after idle with the times shortened by HS_KIOSK_TEST_TIMES,
// the client's answers in the store as a handed-in kiosk response, and the main window back after the PIN.
#include "kiosk_frame.h"
#include "kiosk_pin_dialog.h"
#include "main_frame.h"
#include "messages.h"
#include "new_round_dialog.h"
#include "user_guide.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/menu.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

TEST_CASE("the coordinator opens a round for clients and starts the invulstation from the menu, and the answers reach the store")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    {
        Store store(db);
        store.add_team("Team A");
        store.add_round("R0", "2026-01-01", test::small_questionnaire());
    }
    std::vector<wxString> messages;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return wxOK;
    });
    // Minutes become a second or two, for this test only.
    setenv("HS_KIOSK_TEST_TIMES", "3000,2000,600", 1);
    auto* frame = new MainFrame("nl");
    frame->SetSize(wxSize(1000, 640));
    REQUIRE(frame->open_database(wxString::FromUTF8(db.c_str())));
    frame->Show();
    settle();
    Store& store = *frame->store();

    // Ronde > Nieuwe ronde: a new round with the built-in questionnaire that also asks clients (a real click on the check box).
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        auto* dlg = shown_window<NewRoundDialog>();
        settle(300);
        CHECK_FALSE(dlg->client()->GetValue());
        CHECK_FALSE(dlg->relative()->GetValue());
        mouse_click(dlg->client());
        CHECK(dlg->client()->GetValue());
        mouse_click(dlg->FindWindow(wxID_OK));
    });
    Driver driver(std::move(steps), [] { return shown_window<NewRoundDialog>() != nullptr; });
    const int new_round_item = frame->GetMenuBar()->FindMenuItem("Ronde", "Nieuwe ronde...");
    REQUIRE(new_round_item != wxNOT_FOUND);
    wxCommandEvent new_round(wxEVT_MENU, new_round_item);
    frame->GetEventHandler()->ProcessEvent(new_round);
    CHECK(driver.done());
    CHECK(messages.empty());
    const auto rounds = store.rounds();
    REQUIRE(rounds.size() == 2);
    const RowId round = rounds.back().id;
    CHECK(store.perspectives_of(round) == std::vector<Perspective>{Perspective::Team, Perspective::Client});
    const RowId team = store.find_team("Team A")->id;

    // The Round menu: first the PIN, typed twice; then the station takes the screen and the main window hides.
    REQUIRE(frame->select(team, round));
    const int kiosk_item = frame->GetMenuBar()->FindMenuItem("Ronde", "Invulstation starten...");
    REQUIRE(kiosk_item != wxNOT_FOUND);
    std::deque<std::function<void()>> pin_steps;
    pin_steps.push_back([&] {
        auto* dlg = shown_window<KioskPinDialog>();
        settle(300);
        mouse_click(dlg->pin());
        type_text("2468");
        mouse_click(dlg->again());
        type_text("2468");
        press(WXK_RETURN);
    });
    Driver pin_driver(std::move(pin_steps), [] { return shown_window<KioskPinDialog>() != nullptr; });
    wxCommandEvent menu(wxEVT_MENU, kiosk_item);
    frame->GetEventHandler()->ProcessEvent(menu);
    CHECK(pin_driver.done());
    KioskFrame* station = nullptr;
    REQUIRE(wait_until([&] { return (station = shown_window<KioskFrame>()) != nullptr; }));
    CHECK_FALSE(frame->IsShown());
    const auto record = store.setting(kKioskPinSetting);
    REQUIRE(record);
    CHECK(record->find("2468") == std::string::npos);
    REQUIRE(wait_until([&] { return station->GetScreenRect().GetHeight() > 700; }, 3000));
    settle(500);
    maybe_screenshot(station, "kiosk-from-menu.png");

    // A client answers two statements and walks away: the station saves them and returns to its welcome screen.
    KioskSession& k = station->session();
    CHECK(k.questionnaire().perspective == Perspective::Client);
    mouse_click(station->start_button());
    REQUIRE(k.screen() == KioskScreen::Statement);
    REQUIRE_FALSE(station->answer_buttons().empty());
    mouse_click(station->answer_buttons().front().second);
    mouse_click(station->next_button());
    mouse_click(station->answer_buttons().back().second);
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::StillThere; }, 10000));
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::Welcome; }, 10000));
    ResponseQuery clients;
    clients.perspective = Perspective::Client;
    const auto saved = store.load_responses(clients);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].info.collection == CollectionMode::Kiosk);
    CHECK(saved[0].info.status == ResponseStatus::Complete);
    CHECK(saved[0].info.team_id == team);
    CHECK(saved[0].info.round_id == round);
    CHECK(saved[0].answers[0] == 1);
    CHECK(saved[0].answers[1] == kNotApplicable);

    // The coordinator's PIN closes the station, and the main window returns.
    settle(300);
    mouse_click(station->leave_button());
    settle(300);
    mouse_click(station->pin_field());
    type_text("2468");
    press(WXK_RETURN);
    CHECK(wait_until([&] { return frame->IsShown(); }, 3000));
    CHECK(shown_window<KioskFrame>() == nullptr);
    unsetenv("HS_KIOSK_TEST_TIMES");
    set_message_handler({});
    frame->Destroy();
    settle(200);
}

TEST_CASE("the user guide that F1 opens tells staff how to start and close the invulstation, and not to stand by")
{
    const wxString path = user_guide_path("nl");
    REQUIRE_FALSE(path.empty());
    std::ifstream in(path.utf8_string(), std::ios::binary);
    std::stringstream read;
    read << in.rdbuf();
    const std::string guide = read.str();
    const auto from = guide.find("<a name=\"invulstation\">");
    REQUIRE(from != std::string::npos);
    const std::string section = guide.substr(from, guide.find("<h2>", from) - from);
    CHECK(section.find("Blijf er niet bij staan") != std::string::npos);
    CHECK(section.find("herstelspiegel --kiosk --team") != std::string::npos);
    CHECK(section.find("--perspective client") != std::string::npos);
    CHECK(section.find("Bent u nog bezig?") != std::string::npos);
    CHECK(section.find("gezouten hash") != std::string::npos);
}
