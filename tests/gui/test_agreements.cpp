// The agreements tab of the results window, driven as a coordinator would under Xvfb: one click on a theme under
// the coaching summary makes an agreement, the list shows the change of its theme since, and its status changes.
#include "agreements_panel.h"
#include "analysis/team_trend.h"
#include "common/ids.h"
#include "demo_data.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "coaching_page.h"
#include "results_dialog.h"
#include "screenshot.h"
#include "translations.h"

#include "../core/test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/dcclient.h>

#include <cstdlib>

#include <wx/button.h>
#include <wx/evtloop.h>
#include <wx/timer.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/textctrl.h>

using namespace hs;
using namespace hs::gui;

namespace {

void press(wxWindow* button_window)
{
    auto* button = wxDynamicCast(button_window, wxButton);
    REQUIRE(button);
    wxCommandEvent event(wxEVT_BUTTON, button->GetId());
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
}

template <typename T>
T* field(wxWindow* dialog, const char* name)
{
    auto* w = dynamic_cast<T*>(dialog->FindWindow(name));
    REQUIRE(w);
    return w;
}

// The read-only text of the coaching tab.
// Saves a screenshot for the README when HS_SCREENSHOT_DIR is set (tests/gui/make_screenshots.sh), after GTK painted.
void maybe_screenshot(wxWindow* window, const char* name)
{
    if (const char* dir = std::getenv("HS_SCREENSHOT_DIR")) {
        wxGUIEventLoop loop;
        wxTimer stop;
        stop.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { loop.Exit(); });
        stop.StartOnce(600);
        loop.Run();
        save_screenshot(window, wxString(dir) + "/" + name);
    }
}

} // namespace

TEST_CASE("agreements: made with one click on a theme, shown beside the change of the theme, and closed")
{
    test::TempDir dir;
    Store store(dir.file("demo.db"));
    DemoSpec spec;
    spec.teams = 3;
    spec.rounds = 2;
    spec.respondents = 8;
    generate_demo(store, builtin_questionnaire(), spec);
    // A team with numbers in both rounds; the agreement is made after the first.
    AnalysisOptions options;
    TeamTrend trend;
    for (const auto& t : store.teams()) {
        trend = team_trend(store, t.id, options);
        if (trend.rounds.size() == 2 && trend.rounds[0].result.availability == Availability::Available &&
            trend.rounds[1].result.availability == Availability::Available)
            break;
    }
    REQUIRE(trend.rounds.size() == 2);
    const Round first = trend.rounds[0].round;
    std::string weakest;
    double lowest = 99;
    for (const auto& d : trend.rounds[0].result.dimensions)
        if (d.score.available() && d.score.mean < lowest) {
            weakest = d.id;
            lowest = d.score.mean;
        }

    // A refusal says why in a message box; here it is counted (and shown if the test fails), never left waiting.
    int warnings = 0;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        UNSCOPED_INFO(message.utf8_string());
        ++warnings;
        return wxOK;
    });
    struct Restore {
        ~Restore() { set_message_handler({}); } // also when a REQUIRE ends the test early
    } restore;
    ResultsDialog dlg(nullptr, store, trend.team.id, first.id, "nl");
    dlg.Show();
    AgreementsPanel* panel = nullptr;
    int agreements_page = -1;
    for (std::size_t p = 0; p < dlg.notebook()->GetPageCount(); ++p)
        if (auto* found = dynamic_cast<AgreementsPanel*>(dlg.notebook()->GetPage(p))) {
            panel = found;
            agreements_page = static_cast<int>(p);
        }
    REQUIRE(panel);
    CHECK(dlg.notebook()->GetPageText(static_cast<std::size_t>(agreements_page)) == "Afspraken");
    CHECK(panel->list()->GetItemCount() == 0);

    // One click on the theme the bar offers (the weakest of the round): the dialog is answered as a person would.
    panel->run_dialog = [&](wxDialog& d) {
        CHECK(field<wxChoice>(&d, "round")->GetStringSelection() == wxString::FromUTF8(first.label));
        field<wxTextCtrl>(&d, "action")->SetValue("Elke week een levensverhaal in het overleg");
        field<wxTextCtrl>(&d, "owner")->SetValue("Anna");
        field<wxTextCtrl>(&d, "due")->SetValue("2026-06-30"); // past, on any day this test runs
        if (std::getenv("HS_SCREENSHOT_DIR")) {
            d.Show();
            maybe_screenshot(&d, "agreement-dialog.png");
            d.Hide();
        }
        return true;
    };
    // The bars under the coaching summary and under the spread, each on its own tab.
    auto page_titled = [&](const char* msgid) -> wxWindow* {
        for (std::size_t p = 0; p < dlg.notebook()->GetPageCount(); ++p)
            if (dlg.notebook()->GetPageText(p) == wxGetTranslation(msgid))
                return dlg.notebook()->GetPage(p);
        return nullptr;
    };
    wxWindow* coaching_tab = page_titled("Coaching");
    wxWindow* spread_tab = page_titled("Spread per item");
    REQUIRE(coaching_tab);
    REQUIRE(spread_tab);
    REQUIRE(coaching_tab->FindWindow("shortcut"));
    REQUIRE(spread_tab->FindWindow("shortcut"));
    press(coaching_tab->FindWindow("shortcut"));
    auto stored = store.agreements(trend.team.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].dimension_id == weakest);
    CHECK(stored[0].round_id == first.id);
    CHECK(stored[0].owner == "Anna");
    CHECK(stored[0].status == AgreementStatus::Open);
    CHECK(dlg.notebook()->GetSelection() == agreements_page);

    // The list row: the theme's change since the first round with its interval and verdict, from the core.
    REQUIRE(panel->list()->GetItemCount() == 1);
    REQUIRE(panel->follow_ups().size() == 1);
    const AgreementFollowUp& f = panel->follow_ups()[0];
    REQUIRE(f.state == FollowUpState::Compared);
    CHECK(f.change.previous == Approx(lowest));
    wxString change = format_number(f.change.difference, 2, true);
    if (f.change.interval_estimable)
        change += " [" + format_number(f.change.low, 2, true) + "; " + format_number(f.change.high, 2, true) + "]";
    CHECK(panel->list()->GetItemText(0, 8) == change);
    CHECK(panel->list()->GetItemText(0, 6) == format_number(f.when_made.mean));
    CHECK(panel->list()->GetItemText(0, 9) == wxString(wxGetTranslation(f.change.verdict == Verdict::Improved   ? "improved"
                                                                        : f.change.verdict == Verdict::Declined ? "declined"
                                                                                                                : "no clear change")));
    CHECK(panel->list()->GetItemText(0, 4).Contains("(verlopen)"));
    CHECK(panel->list()->GetItemText(0, 5) == "open (" + format_date(stored[0].status_date) + ")");
    // The chosen agreement stands in full under the list, a line per column, whatever the columns cut.
    const wxString details = panel->details()->GetValue();
    CHECK(details.Contains("Afspraak: " + wxString::FromUTF8(stored[0].action)));
    CHECK(details.Contains("Verandering [95%-interval]: " + change));
    CHECK(details.Contains("Oordeel: " + panel->list()->GetItemText(0, 9)));
    // Short columns fit what they hold.
    wxClientDC dc(panel->list());
    dc.SetFont(panel->list()->GetFont());
    for (int c : {0, 4, 5, 8})
        CHECK(panel->list()->GetColumnWidth(c) >= dc.GetTextExtent(panel->list()->GetItemText(0, c)).x);
    maybe_screenshot(&dlg, "results-agreements.png");
    // The coaching summary starts with the open agreements.
    CoachingPage* coaching = dlg.coaching();
    REQUIRE(coaching);
    const wxString page = coaching->text();
    CHECK(page.Find("Open afspraken") != wxNOT_FOUND);
    CHECK(page.Find("Open afspraken") < page.Find("Sterkste"));
    CHECK(page.Contains("Elke week een levensverhaal in het overleg"));

    // Status and evaluation: a mistyped day keeps the dialog open with what was typed (Save refuses it and says
    // why), nothing is stored.
    panel->run_dialog = [&](wxDialog& d) {
        field<wxTextCtrl>(&d, "status-date")->SetValue("gisteren");
        field<wxTextCtrl>(&d, "evaluation")->SetValue("Half gelukt");
        const int before = warnings;
        press(d.FindWindow(wxID_OK));
        CHECK(warnings == before + 1);
        CHECK(field<wxTextCtrl>(&d, "evaluation")->GetValue() == "Half gelukt");
        return false; // the user cancels after all
    };
    panel->list()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    press(panel->FindWindow("status"));
    CHECK(store.agreement(stored[0].id).evaluation.empty());
    warnings = 0;
    // Done, with the team's words; choosing the new status dates it today.
    panel->run_dialog = [&](wxDialog& d) {
        auto* status = field<wxChoice>(&d, "status");
        field<wxTextCtrl>(&d, "status-date")->ChangeValue("2000-01-01");
        status->SetSelection(1);
        wxCommandEvent chosen(wxEVT_CHOICE, status->GetId());
        chosen.SetEventObject(status);
        chosen.SetInt(1);
        status->GetEventHandler()->ProcessEvent(chosen);
        CHECK(field<wxTextCtrl>(&d, "status-date")->GetValue() == format_date(today_iso())); // as the list shows dates
        field<wxTextCtrl>(&d, "evaluation")->SetValue("Gelukt: we vragen vaker door");
        return true;
    };
    panel->list()->SetItemState(0, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    press(panel->FindWindow("status"));
    const Agreement done = store.agreement(stored[0].id);
    CHECK(done.status == AgreementStatus::Done);
    CHECK(done.evaluation == "Gelukt: we vragen vaker door");
    CHECK(done.status_date == today_iso());
    CHECK(panel->list()->GetItemText(0, 5) == "gedaan (" + format_date(today_iso()) + ")"); // the status with its date
    CHECK_FALSE(panel->list()->GetItemText(0, 4).Contains("(verlopen)"));
    CHECK(panel->list()->GetItemText(0, 10) == "Gelukt: we vragen vaker door");
    CHECK_FALSE(dlg.coaching()->text().Contains("Open afspraken"));
    // Done last week: the team types the day it happened, as people write dates.
    panel->run_dialog = [&](wxDialog& d) {
        field<wxTextCtrl>(&d, "status-date")->SetValue("2-4-2026");
        const int before = warnings;
        press(d.FindWindow(wxID_OK));
        CHECK(warnings == before); // accepted
        return true;
    };
    press(panel->FindWindow("status"));
    CHECK(store.agreement(stored[0].id).status_date == "2026-04-02");
    CHECK(panel->list()->GetItemText(0, 5) == "gedaan (" + format_date("2026-04-02") + ")");

    // An edit without text is refused in the dialog, which keeps what was typed; nothing changes.
    CHECK(warnings == 0);
    panel->run_dialog = [&](wxDialog& d) {
        field<wxTextCtrl>(&d, "action")->SetValue(" ");
        field<wxTextCtrl>(&d, "owner")->SetValue("Bram");
        press(d.FindWindow(wxID_OK));
        CHECK(warnings == 1);
        CHECK(field<wxTextCtrl>(&d, "owner")->GetValue() == "Bram");
        return false;
    };
    CHECK_FALSE(panel->edit(0));
    CHECK(warnings == 1);
    CHECK(store.agreement(stored[0].id).action == "Elke week een levensverhaal in het overleg");

    // Edited: who and when change, the list shows it.
    panel->run_dialog = [&](wxDialog& d) {
        field<wxTextCtrl>(&d, "owner")->SetValue("Bram");
        field<wxTextCtrl>(&d, "due")->SetValue("2999-12-31");
        return true;
    };
    CHECK(panel->edit(0));
    CHECK(store.agreement(stored[0].id).owner == "Bram");
    CHECK(store.agreement(stored[0].id).due == "2999-12-31");
    CHECK(store.agreement(stored[0].id).status == AgreementStatus::Done);
    CHECK(panel->list()->GetItemText(0, 3) == "Bram");
    CHECK(panel->list()->GetItemText(0, 4) == format_date("2999-12-31"));

    // One click under the spread makes an agreement about the theme chosen there.
    auto* spread_choice = dynamic_cast<wxChoice*>(spread_tab->FindWindow(_("Theme"))); // its accessible name
    REQUIRE(spread_choice);
    REQUIRE(spread_choice->GetCount() >= 2);
    const int other = spread_choice->GetSelection() == 0 ? 1 : 0;
    spread_choice->SetSelection(other);
    const Questionnaire& q = *store.questionnaire_of(first.id);
    const std::string chosen = q.dimensions[static_cast<std::size_t>(other)].id;
    REQUIRE(chosen != weakest);
    panel->run_dialog = [&](wxDialog& d) {
        field<wxTextCtrl>(&d, "action")->SetValue(wxString::FromUTF8("Vaker vragen wat de cliënt zelf wil"));
        return true;
    };
    press(spread_tab->FindWindow("shortcut"));
    stored = store.agreements(trend.team.id);
    REQUIRE(stored.size() == 2);
    CHECK(stored[1].dimension_id == chosen);
    CHECK(stored[1].action == "Vaker vragen wat de cliënt zelf wil");
    CHECK(panel->list()->GetItemCount() == 2);
    CHECK(dlg.notebook()->GetSelection() == agreements_page);
    // The new agreement is the one chosen, wherever the list's order puts it.
    CHECK(panel->details()->GetValue().Contains(wxString::FromUTF8("Vaker vragen wat de cliënt zelf wil")));
    // The first agreement moved to the other round: it stays the chosen one though its row changes.
    long row_of_first = -1;
    for (long r = 0; r < panel->list()->GetItemCount(); ++r)
        if (panel->list()->GetItemText(r, 2) == "Elke week een levensverhaal in het overleg")
            row_of_first = r;
    REQUIRE(row_of_first >= 0);
    panel->list()->SetItemState(row_of_first, wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    panel->run_dialog = [&](wxDialog& d) {
        auto* round = field<wxChoice>(&d, "round");
        round->SetSelection(round->GetSelection() == 0 ? 1 : 0);
        wxCommandEvent chosen_round(wxEVT_CHOICE, round->GetId());
        chosen_round.SetEventObject(round);
        round->GetEventHandler()->ProcessEvent(chosen_round);
        return true;
    };
    CHECK(panel->edit(row_of_first));
    CHECK(panel->details()->GetValue().Contains("Elke week een levensverhaal in het overleg"));
    // Open again, so the coaching summary lists it first.
    CHECK(dlg.coaching()->text().Find("Open afspraken") < dlg.coaching()->text().Find("Sterkste"));
    CHECK(dlg.coaching()->text().Contains(wxString::FromUTF8("Vaker vragen wat de cliënt zelf wil")));
    CHECK(warnings == 1); // nothing else was refused
    dlg.Hide();
}
