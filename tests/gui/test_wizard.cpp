// The respondent's wizard and the results view driven as a person would, under Xvfb.
#include "analysis/team_trend.h"
#include "coaching_page.h"
#include "demo_data.h"
#include "main_frame.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "screenshot.h"
#include "wizard_pages.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/evtloop.h>
#include <wx/timer.h>

#include <deque>
#include <functional>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {

struct Fixture {
    test::TempDir dir;
    Store store{dir.file("hs.db")};
    RowId round = 0, team = 0;
    Fixture()
    {
        round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
        team = store.add_team("FACT Noord");
    }
};

} // namespace

TEST_CASE("a respondent fills in the whole questionnaire with the wizard, keyboard included")
{
    Fixture f;
    std::vector<wxString> messages;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return wxYES;
    });
    auto* wizard = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, std::nullopt});
    std::deque<std::function<void()>> steps;
    steps.push_back([&] { click(wizard, wxID_FORWARD); }); // start page: team and round preselected
    steps.push_back([&] {
        // First page by keyboard: digits pick a score and move to the next statement.
        auto* page = wizard->dimension_pages().front();
        REQUIRE(wizard->GetCurrentPage() == page);
        page->rows().front()->focus_choice();
    });
    // Key presses as GTK delivers them to the focused control (Xvfb has no window manager to give the dialog
    // keyboard focus, so X-level key injection does not reach it reliably).
    for (char key : {'4', '5', '0', 'w'})
        steps.push_back([key, &wizard] {
            wxWindow* focus = wxWindow::FindFocus();
            auto* page = wizard->dimension_pages().front();
            wxWindow* target = focus && page->IsDescendant(focus) ? focus : page;
            wxKeyEvent event(wxEVT_CHAR_HOOK);
            event.m_keyCode = key;
            event.m_uniChar = static_cast<wxChar>(key);
            event.SetEventObject(target);
            target->GetEventHandler()->ProcessEvent(event);
        });
    steps.push_back([&] {
        wxYield();
        auto* page = wizard->dimension_pages().front();
        page->remark()->ChangeValue("=Goed bezig");
    });
    steps.push_back([&] { maybe_screenshot(wizard, "wizard.png"); });
    steps.push_back([&] { click(wizard, wxID_FORWARD); });
    const int pages = static_cast<int>(builtin_questionnaire().dimensions.size());
    for (int p = 1; p < pages; ++p)
        steps.push_back([&, p] {
            auto* page = wizard->dimension_pages()[static_cast<std::size_t>(p)];
            REQUIRE(wizard->GetCurrentPage() == page);
            for (auto* row : page->rows())
                row->set_value(static_cast<AnswerCode>(1 + p % 5));
            click(wizard, wxID_FORWARD);
        });
    steps.push_back([&] { maybe_screenshot(wizard, "wizard-summary.png"); });
    steps.push_back([&] {
        REQUIRE(wizard->GetCurrentPage() == wizard->summary_page());
        CHECK(wxStripMenuCodes(wizard->FindWindow(wxID_FORWARD)->GetLabel()) == "Inleveren");
        click(wizard, wxID_FORWARD); // hand in
    });
    steps.push_back([&] {
        // A thank-you page, with no way back into the handed-in answers.
        REQUIRE(wizard->GetCurrentPage() == wizard->thanks_page());
        CHECK(wizard->thanks_page()->text()->GetLabel().Contains("ingeleverd"));
        CHECK_FALSE(wizard->FindWindow(wxID_BACKWARD)->IsEnabled());
        CHECK_FALSE(wizard->FindWindow(wxID_CANCEL)->IsShown());
        maybe_screenshot(wizard, "wizard-thanks.png");
        click(wizard, wxID_FORWARD); // Close
    });
    Driver driver(std::move(steps));
    const bool handed_in = wizard->run();
    const std::string code = wizard->session()->info().code;
    wizard->Destroy();
    set_message_handler({});

    CHECK(handed_in);
    CHECK(driver.done());
    auto responses = f.store.load_responses({});
    REQUIRE(responses.size() == 1);
    const auto& r = responses.front();
    CHECK(r.info.code == code);
    const auto& q = builtin_questionnaire();
    const auto& first = q.dimensions.front().items;
    CHECK(r.answers[first[0]] == 4);
    CHECK(r.answers[first[1]] == 5);
    CHECK(r.answers[first[2]] == kNotApplicable);
    CHECK(r.answers[first[3]] == kDontKnow);
    CHECK(r.answers[q.dimensions[1].items.front()] == 2);
    CHECK(r.remarks.at(0) == "=Goed bezig");
    CHECK(messages.empty()); // everything answered: no warnings
}

TEST_CASE("unanswered statements are warned about, and an interrupted respondent continues where they stopped")
{
    Fixture f;
    std::vector<wxString> messages;
    int answer_to_warning = wxNO;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return answer_to_warning;
    });
    auto* wizard = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, std::nullopt});
    std::deque<std::function<void()>> steps;
    steps.push_back([&] { click(wizard, wxID_FORWARD); });
    steps.push_back([&] {
        auto* page = wizard->dimension_pages()[0];
        page->rows()[0]->set_value(3);
        click(wizard, wxID_FORWARD); // three unanswered: warned, "no": stays
    });
    steps.push_back([&] {
        CHECK(wizard->GetCurrentPage() == wizard->dimension_pages()[0]);
        answer_to_warning = wxYES;
        click(wizard, wxID_FORWARD); // "yes": on to page two
    });
    steps.push_back([&] {
        CHECK(wizard->GetCurrentPage() == wizard->dimension_pages()[1]);
        wizard->dimension_pages()[1]->rows()[0]->set_value(5);
        click(wizard, wxID_CANCEL); // the window is closed mid-way
    });
    Driver driver(std::move(steps));
    CHECK_FALSE(wizard->run());
    const std::string code = wizard->session()->info().code;
    wizard->Destroy();
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].Contains("3"));
    CHECK(messages[2].Contains(wxString::FromUTF8(code.c_str()))); // the code to continue with

    // Nothing was lost: page one and the answer on page two are in the store.
    auto unfinished = f.store.unfinished_responses();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished[0].last_page == 1);
    const auto& q = builtin_questionnaire();
    auto rec = f.store.load_response(unfinished[0].id);
    CHECK(rec.answers[q.dimensions[0].items[0]] == 3);
    CHECK(rec.answers[q.dimensions[1].items[0]] == 5);

    // The next start offers to continue: the wizard opens on page two with the answers in place.
    auto* again = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, unfinished[0].id});
    std::deque<std::function<void()>> resume;
    resume.push_back([&] { click(again, wxID_FORWARD); });
    resume.push_back([&] {
        REQUIRE(again->GetCurrentPage() == again->dimension_pages()[1]);
        CHECK(again->dimension_pages()[1]->rows()[0]->value() == 5);
        click(again, wxID_CANCEL);
    });
    Driver resume_driver(std::move(resume));
    again->run();
    again->Destroy();
    set_message_handler({});
    CHECK(f.store.unfinished_responses().size() == 1); // still the same single response
}

TEST_CASE("the results view draws the analysis and withholds groups under the threshold")
{
    test::TempDir dir;
    Store store(dir.file("demo.db"));
    DemoSpec spec;
    spec.teams = 3;
    spec.rounds = 4;
    spec.respondents = 9;
    spec.seed = 4;
    generate_demo(store, builtin_questionnaire(), spec);
    const Team team = store.teams().front();
    const Round latest = store.rounds().back();
    ResultsDialog dlg(nullptr, store, team.id, latest.id, "nl");
    dlg.Show();
    CHECK(dlg.notebook()->GetPageCount() == 4);
    CoachingPage* coaching = dlg.coaching();
    REQUIRE(coaching);
    // The summary names the strongest dimension the analysis finds.
    AnalysisOptions options;
    auto trend = team_trend(store, team.id, options);
    auto summary = coaching_summary(trend.rounds.back().result, trend.rounds.back().changes, 3);
    const auto& q = builtin_questionnaire();
    CHECK(coaching->text().Contains(wxString::FromUTF8(
        q.dimensions[*q.dimension_index(summary.strongest_dimensions.front().id)].title.in("nl").c_str())));
    dlg.notebook()->SetSelection(1);
    dlg.notebook()->SetSelection(2);
    dlg.Hide();

    // Two respondents only: the view says so and shows no numbers.
    Fixture small;
    std::vector<NewResponse> responses(2);
    for (auto& n : responses) {
        n.team = "FACT Noord";
        n.answers.assign(q.items.size(), 4);
    }
    small.store.insert_responses(small.round, responses);
    ResultsDialog few(nullptr, small.store, small.team, small.round, "nl");
    CHECK(few.coaching()->text().Contains("Te weinig respondenten"));
    CHECK_FALSE(few.coaching()->text().Contains("4.00"));
}

TEST_CASE("the main window lists every team in every round and offers to continue an interrupted questionnaire")
{
    Fixture f;
    f.store.add_team("Beschermd Wonen Oost");
    f.store.add_round("2026-najaar", "2026-10-01", builtin_questionnaire());
    auto info = f.store.start_response(f.round, f.team, Role::Practitioner);
    f.store.save_page({info.id, 0, {{0, 4}}, {}});
    std::vector<wxString> messages;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return wxNO; // not now
    });
    auto* frame = new MainFrame("nl");
    REQUIRE(frame->open_database(wxString::FromUTF8(f.store.path().c_str())));
    frame->Show();
    CHECK(frame->select(f.team, f.round));
    REQUIRE(frame->selection());
    CHECK(frame->selection()->team == f.team);
    frame->offer_to_continue();
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].Contains("onderbroken"));
    set_message_handler({});
    frame->Destroy();
    CHECK(f.store.unfinished_responses().size() == 1); // "not now" keeps it as it was
}
