// The respondent's wizard as a person meets it, with real keys under a window manager and without the Dutch
// system locale: the introduction and the anonymity promise first, the code in sight, a thank-you page, a
// window that fits an 800x600 screen whatever the team's name, and a name for every control a screen reader
// reaches; and the whole questionnaire filled in and handed in with the keyboard alone.
#include "accessibility.h"
#include "charts.h"
#include "analysis/group_result.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "wizard_pages.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <wx/button.h>
#include <wx/control.h>
#include <wx/frame.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {
// Controls a person reaches with Tab on the page shown now.
std::vector<wxWindow*> reachable(wxWindow* page)
{
    return descendants(page, [](wxWindow* w) {
        return dynamic_cast<wxControl*>(w) && w->IsShownOnScreen() && w->IsEnabled() && w->CanAcceptFocus();
    });
}
} // namespace

TEST_CASE("the wizard opens with the introduction and the anonymity promise, shows the code, fits 800x600 and names every control")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const std::string long_name = "Team Ambulante Begeleiding en Herstelondersteuning voor Volwassenen met Ernstige "
                                  "Psychiatrische Aandoeningen in de Regio Noord-Holland Noord, locatie Den Helder";
    const RowId team = store.add_team(long_name);
    std::vector<wxString> messages;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return wxYES;
    });

    auto* wizard = new ResponseWizard(nullptr, store, "nl", {team, round, std::nullopt, {}});
    const int threshold = AnalysisOptions{}.anonymity_threshold;
    const Questionnaire& q = builtin_questionnaire();
    std::string code;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        // First the questionnaire's introduction and the promise, with the threshold the analysis applies.
        StartPage* start = wizard->start_page();
        REQUIRE(wizard->GetCurrentPage() == start);
        const wxString intro = wxString::FromUTF8(q.introduction.in("nl").c_str());
        wxString shown = start->introduction()->GetLabel();
        shown.Replace("\n", " ");
        CHECK(shown.Contains(intro.Left(60)));
        CHECK(start->introduction()->IsShown() == !intro.empty());
        CHECK(start->promise()->GetLabel().Contains(wxString::Format("%d respondenten", threshold)));
        CHECK(start->promise()->GetLabel().Contains("anoniem"));
        // Fits an 800x600 screen although the team's name is 170 characters long.
        const wxSize size = wizard->GetSize();
        CHECK(size.x <= 800);
        CHECK(size.y <= 600);
        // Every control that Tab reaches has a name for a screen reader.
        for (wxWindow* w : reachable(start))
            CHECK_FALSE(accessible_name(w).empty());
        maybe_screenshot(wizard, "wizard-start.png");
        // The keyboard alone: a PIN (so that only this respondent can continue later), then Enter takes the
        // default button, Next.
        start->pin()->SetFocus();
        type_text("2468");
        wizard->FindWindow(wxID_FORWARD)->SetFocus();
        press(WXK_RETURN);
    });
    steps.push_back([&] {
        DimensionPage* page = wizard->dimension_pages().front();
        REQUIRE(wizard->GetCurrentPage() == page);
        code = wizard->session()->info().code;
        // The code stays in sight while filling in.
        CHECK(page->progress()->GetLabel().Contains(wxString::Format("Je code: %s", wxString::FromUTF8(code.c_str()))));
        for (wxWindow* w : reachable(page))
            CHECK_FALSE(accessible_name(w).empty());
        CHECK(wizard->GetSize().x <= 800);
        // Real key presses: a digit answers the statement with the focus and moves on to the next.
        page->rows().front()->focus_choice();
        type_text("4");
        type_text("2");
        CHECK(page->rows()[0]->value() == 4);
        CHECK(page->rows()[1]->value() == 2);
        press(WXK_ESCAPE); // stop for now
    });
    Driver driver(std::move(steps));
    CHECK_FALSE(wizard->run());
    wizard->Destroy();
    set_message_handler({});
    CHECK(driver.done());
    REQUIRE_FALSE(messages.empty());
    CHECK(messages.back().Contains("pincode")); // how to continue: the PIN, never a code others could read
    CHECK_FALSE(messages.back().Contains(wxString::FromUTF8(code.c_str())));
    // The two answers typed were saved when the respondent stopped.
    auto unfinished = store.unfinished_responses();
    REQUIRE(unfinished.size() == 1);
    auto saved = store.load_response(unfinished[0].id);
    CHECK(saved.answers[q.dimensions[0].items[0]] == 4);
    CHECK(saved.answers[q.dimensions[0].items[1]] == 2);
}

TEST_CASE("the list of interrupted questionnaires is readable on a PC without the Dutch locale")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    auto info = store.start_response(round, team, Role::Practitioner);
    store.save_page({info.id, 1, {{0, 4}}, {}});
    auto* wizard = new ResponseWizard(nullptr, store, "nl", {team, round, std::nullopt, {}});
    wizard->Show();
    settle(300);
    wxListBox* list = wizard->start_page()->unfinished_list();
    REQUIRE(list->GetCount() == 1);
    // Not blank and not mangled: the text as translated, whatever the system's locale.
    CHECK(list->GetString(0).Contains("gestopt bij pagina 2"));
    wizard->Destroy();
}

TEST_CASE("with a large system font the wizard still fits a 1366x768 laptop and the charts' rows grow", "[large-font]")
{
    // CTest runs this case with GDK_DPI_SCALE=1.5: every font half as large again, as a user who set a larger
    // text size in the desktop's settings.
    auto* probe = new wxFrame(nullptr, wxID_ANY, "probe");
    const int char_height = probe->GetCharHeight();
    REQUIRE(char_height >= 22);
    auto* chart = new ProfileChart(probe, 1, 5);
    chart->set(std::vector<ProfileBar>(10), "a", "b");
    CHECK(chart->GetMinSize().y > 10 * 26 + 44 + 16);
    probe->Destroy();

    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    auto* wizard = new ResponseWizard(nullptr, store, "nl", {team, round, std::nullopt, {}});
    wizard->Show();
    settle(300);
    CHECK(wizard->GetSize().x <= 1366);
    CHECK(wizard->GetSize().y <= 768);
    wizard->Destroy();
}

TEST_CASE("a respondent fills in and hands in the whole questionnaire with the keyboard alone")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    Messages messages;
    auto* wizard = new ResponseWizard(nullptr, store, "nl", {team, round, std::nullopt, {}});
    const Questionnaire& q = builtin_questionnaire();
    // Only keys, as X delivers them, from the moment the wizard opens: no control is given the focus by the test.
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        settle(300);
        // Tab through the start page to the PIN field, type a PIN, Enter.
        for (int i = 0; i < 20 && wxWindow::FindFocus() != wizard->start_page()->pin(); ++i)
            press(WXK_TAB);
        REQUIRE(wxWindow::FindFocus() == wizard->start_page()->pin());
        type_text("2468");
        press(WXK_RETURN);
    });
    for (std::size_t p = 0; p < q.dimensions.size(); ++p)
        steps.push_back([&, p] {
            // Each page opens with the focus on its first statement; a digit answers and moves to the next, the
            // last one on to the remark; Alt+V (the "Volgende" button's underlined letter) turns the page.
            DimensionPage* page = wizard->dimension_pages()[p];
            REQUIRE(wizard->GetCurrentPage() == page);
            if (p == 1) { // Alt+T ("Terug") goes back a page, Alt+V forward again
                press('t', wxMOD_ALT);
                CHECK(wait_until([&] { return wizard->GetCurrentPage() == wizard->dimension_pages()[0]; }));
                press('v', wxMOD_ALT);
                REQUIRE(wait_until([&] { return wizard->GetCurrentPage() == page; }));
            }
            CHECK(page->rows().front()->IsDescendant(wxWindow::FindFocus()));
            type_text(std::string(page->rows().size(), '4').c_str());
            CHECK(wxWindow::FindFocus() == page->remark());
            if (p == 0)
                type_text("Goed bezig");
            press('v', wxMOD_ALT);
        });
    steps.push_back([&] {
        REQUIRE(wizard->GetCurrentPage() == wizard->summary_page());
        press('i', wxMOD_ALT); // "Inleveren"
    });
    steps.push_back([&] {
        REQUIRE(wizard->GetCurrentPage() == wizard->thanks_page());
        press(WXK_RETURN); // "Sluiten" has the focus
    });
    Driver driver(std::move(steps));
    CHECK(wizard->run());
    wizard->Destroy();
    CHECK(driver.done());
    CHECK(messages.seen.empty()); // nothing left unanswered, nothing refused
    auto responses = store.load_responses({});
    REQUIRE(responses.size() == 1);
    CHECK(responses[0].info.status == ResponseStatus::Complete);
    CHECK(std::all_of(responses[0].answers.begin(), responses[0].answers.end(), [](AnswerCode a) { return a == 4; }));
    CHECK(responses[0].remarks.at(0) == "Goed bezig");
}
