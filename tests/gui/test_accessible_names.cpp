// Every control a person reaches in the main window, its dialogs, the wizard and the results has a name a screen
// reader speaks (ATK on GTK, what Orca reads): the test walks all of them, page by page, and names each one that
// has none.
#include "accessibility.h"
#include "add_team_dialog.h"
#include "main_frame.h"
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

#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/statbmp.h>
#include <wx/statbox.h>
#include <wx/statline.h>
#include <wx/stattext.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {

// A control, or a window that takes the keyboard focus and holds no other windows (the list's rows, a chart):
// what a screen reader announces when Tab reaches it. Labels and lines are read as what they say.
bool reachable_control(wxWindow* w)
{
    if (w->IsTopLevel() || dynamic_cast<wxStaticText*>(w) || dynamic_cast<wxStaticLine*>(w) ||
        dynamic_cast<wxStaticBitmap*>(w) || dynamic_cast<wxStaticBox*>(w))
        return false;
    return dynamic_cast<wxControl*>(w) || (w->CanAcceptFocus() && w->GetChildren().empty());
}

// "wxTextCtrl ''" for each control shown on screen in `top` without an accessible name.
std::vector<std::string> unnamed_controls(wxWindow* top)
{
    std::vector<std::string> out;
    for (wxWindow* w : descendants(top, reachable_control)) {
        if (!w->IsShownOnScreen())
            continue;
        const wxString name = accessible_name(w);
        // GTK reads a choice by its chosen value when it has no name of its own: that is not a name.
        auto* choice = dynamic_cast<wxChoice*>(w);
        if (!name.empty() && !(choice && name == choice->GetStringSelection()))
            continue;
        out.push_back(to_u8(wxString(w->GetClassInfo()->GetClassName())) + " '" + to_u8(w->GetLabel()) + "'");
    }
    return out;
}

std::string listed(const std::vector<std::string>& names)
{
    std::string out;
    for (const auto& n : names)
        out += n + "; ";
    return out;
}

#define CHECK_ALL_NAMED(window)                                                                                   \
    do {                                                                                                               \
        const auto unnamed = unnamed_controls(window);                                                  \
        INFO("without a name: " << listed(unnamed));                                                                   \
        CHECK(unnamed.empty());                                                                                        \
    } while (false)

} // namespace

TEST_CASE("every control of the main window and its dialogs has a name a screen reader speaks")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    Messages messages;
    MainFrame* frame = open_main_frame(db); // a new, empty database
    // The start page of an empty database.
    REQUIRE(frame->start_panel()->IsShownOnScreen());
    CHECK_ALL_NAMED(frame);

    // The new-round and add-team dialogs, as the start page opens them.
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        CHECK_ALL_NAMED(shown_window<NewRoundDialog>());
        shown_window<NewRoundDialog>()->EndModal(wxID_CANCEL);
    });
    Driver driver(std::move(steps), [] { return shown_window<NewRoundDialog>() != nullptr; });
    mouse_click(frame->start_panel()->button(StartOffer::NewRound));
    CHECK(driver.done());
    frame->store()->add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    frame->refresh();
    settle(300);
    std::deque<std::function<void()>> team_steps;
    team_steps.push_back([&] {
        CHECK_ALL_NAMED(shown_window<AddTeamDialog>());
        shown_window<AddTeamDialog>()->EndModal(wxID_CANCEL);
    });
    Driver team_driver(std::move(team_steps), [] { return shown_window<AddTeamDialog>() != nullptr; });
    mouse_click(frame->start_panel()->button(StartOffer::AddTeam));
    CHECK(team_driver.done());

    // The list of teams and rounds with its search and filters.
    frame->store()->add_team("FACT Noord");
    frame->refresh();
    settle(300);
    REQUIRE(frame->list_panel()->IsShownOnScreen());
    CHECK_ALL_NAMED(frame);

    // The export dialog, from the main window's button.
    bool export_seen = false;
    std::deque<std::function<void()>> export_steps;
    export_steps.push_back([&] {
        auto* dlg = shown_window<wxDialog>();
        export_seen = true;
        CHECK_ALL_NAMED(dlg);
        dlg->EndModal(wxID_CANCEL);
    });
    Driver export_driver(std::move(export_steps), [] { return shown_window<wxDialog>() != nullptr; });
    mouse_click(frame->export_button());
    CHECK(export_driver.done());
    CHECK(export_seen);
    frame->Destroy();
}

TEST_CASE("every control on every page of the wizard has a name a screen reader speaks")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    auto info = store.start_response(round, team, Role::Practitioner); // so the list of interrupted ones shows
    store.save_page({info.id, 1, {{0, 4}}, {}});
    Messages messages;
    auto* wizard = new ResponseWizard(nullptr, store, "nl", {team, round, std::nullopt, {}});
    std::vector<wxWizardPage*> seen;
    auto walk_page = [&] {
        seen.push_back(wizard->GetCurrentPage());
        INFO("page " << seen.size());
        CHECK_ALL_NAMED(wizard);
    };
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        walk_page();
        wizard->start_page()->pin()->ChangeValue("2468");
        click(wizard, wxID_FORWARD);
    });
    for (std::size_t p = 0; p < builtin_questionnaire().dimensions.size(); ++p)
        steps.push_back([&] {
            walk_page();
            for (auto* row : wizard->dimension_pages()[seen.size() - 2]->rows())
                row->set_value(3);
            click(wizard, wxID_FORWARD);
        });
    steps.push_back([&] {
        REQUIRE(wizard->GetCurrentPage() == wizard->summary_page());
        walk_page();
        click(wizard, wxID_FORWARD); // hand in
    });
    steps.push_back([&] {
        REQUIRE(wizard->GetCurrentPage() == wizard->thanks_page());
        walk_page();
        click(wizard, wxID_FORWARD);
    });
    Driver driver(std::move(steps));
    CHECK(wizard->run());
    wizard->Destroy();
    CHECK(driver.done());
    CHECK(seen.size() == builtin_questionnaire().dimensions.size() + 3);
}

TEST_CASE("every control of the results window has a name a screen reader speaks")
{
    ShownResults shown;
    ResultsDialog& dlg = *shown.dlg;
    // The profile, trend, spread and coaching tabs (the agreements and mirror tabs have tests of their own).
    for (int tab = 0; tab < 4; ++tab) {
        dlg.notebook()->SetSelection(static_cast<std::size_t>(tab));
        settle(200);
        INFO("tab " << tab);
        CHECK_ALL_NAMED(&dlg);
    }
    dlg.Hide();
}
