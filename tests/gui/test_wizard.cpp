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
#include "translations.h"
#include "export_dialog.h"
#include "workbook/workbooks.h"

#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include <algorithm>
#include <clocale>
#include <filesystem>

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
    auto* wizard = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, std::nullopt, {}});
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        click(wizard, wxID_FORWARD); // start page: team and round preselected, but no PIN yet: stays
        REQUIRE(wizard->GetCurrentPage() == wizard->start_page());
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].Contains("pincode"));
        messages.clear();
        wizard->start_page()->pin()->ChangeValue("2468");
        click(wizard, wxID_FORWARD);
    });
    steps.push_back([&] {
        // First page by keyboard: digits pick a score and move to the next statement.
        auto* page = wizard->dimension_pages().front();
        REQUIRE(wizard->GetCurrentPage() == page);
        page->rows().front()->focus_choice();
    });
    // Key presses as GTK delivers them to the focused control (Xvfb has no window manager to give the dialog
    // keyboard focus, so X-level key injection does not reach it reliably).
    for (char key : {'4', '0', 'w'}) // the first theme has three statements
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
        page->remark()->ChangeValue("Goed bezig");
    });
    steps.push_back([&] { maybe_screenshot(wizard, "wizard.png"); });
    steps.push_back([&] {
        // A remark that a spreadsheet would take for a formula is kept as written (after the README's picture).
        wizard->dimension_pages().front()->remark()->ChangeValue("=Goed bezig");
        click(wizard, wxID_FORWARD);
    });
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
    REQUIRE(first.size() == 3);
    CHECK(r.answers[first[0]] == 4);
    CHECK(r.answers[first[1]] == kNotApplicable);
    CHECK(r.answers[first[2]] == kDontKnow);
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
    auto* wizard = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, std::nullopt, {}});
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        wizard->start_page()->pin()->ChangeValue("2468");
        click(wizard, wxID_FORWARD);
    });
    steps.push_back([&] {
        auto* page = wizard->dimension_pages()[0];
        page->rows()[0]->set_value(3);
        click(wizard, wxID_FORWARD); // two unanswered: warned, "no": stays
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
    REQUIRE(builtin_questionnaire().dimensions[0].items.size() == 3);
    CHECK(messages[0].Contains("2"));
    CHECK(messages[2].Contains("pincode")); // how to continue: the PIN, never a code others could read
    CHECK_FALSE(messages[2].Contains(wxString::FromUTF8(code.c_str())));
    messages.clear();

    // Nothing was lost: page one and the answer on page two are in the store.
    auto unfinished = f.store.unfinished_responses();
    REQUIRE(unfinished.size() == 1);
    CHECK(unfinished[0].last_page == 1);
    const auto& q = builtin_questionnaire();
    auto rec = f.store.load_response(unfinished[0].id);
    CHECK(rec.answers[q.dimensions[0].items[0]] == 3);
    CHECK(rec.answers[q.dimensions[1].items[0]] == 5);

    // The next start offers to continue, for whoever types the PIN: the list shows no respondent code, a wrong
    // PIN keeps the questionnaire closed, the right one opens it on page two with the answers in place.
    auto* again = new ResponseWizard(nullptr, f.store, "nl", {f.team, f.round, unfinished[0].id, {}});
    std::deque<std::function<void()>> resume;
    resume.push_back([&] {
        auto* list = again->start_page()->unfinished_list();
        REQUIRE(list->GetCount() == 1);
        CHECK(list->GetSelection() == 0);
        CHECK_FALSE(list->GetString(0).Contains(wxString::FromUTF8(code.c_str())));
        again->start_page()->pin()->ChangeValue("1357");
        click(again, wxID_FORWARD);
    });
    resume.push_back([&] {
        CHECK(again->GetCurrentPage() == again->start_page());
        CHECK(again->session() == nullptr);
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].Contains("pincode"));
        again->start_page()->pin()->ChangeValue("2468");
        click(again, wxID_FORWARD);
    });
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
    maybe_screenshot(&dlg, "results.png");
    CHECK(dlg.notebook()->GetPageCount() == 6); // profile, trend, spread, coaching, agreements, mirror
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

TEST_CASE("the results view and the workbook compare with the same previous round, and the threshold stays at 3 or more")
{
    // Three rounds, the middle one under the threshold: both compare round 3 with round 1.
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const auto& q = builtin_questionnaire();
    RowId rounds[3];
    const char* labels[3] = {"R1", "R2", "R3"};
    const char* dates[3] = {"2025-10-01", "2026-04-01", "2026-10-01"};
    const int sizes[3] = {5, 2, 5};
    const AnswerCode values[3] = {2, 5, 5};
    for (int r = 0; r < 3; ++r) {
        rounds[r] = store.add_round(labels[r], dates[r], q);
        std::vector<NewResponse> responses(static_cast<std::size_t>(sizes[r]));
        for (auto& n : responses) {
            n.team = "Drie";
            n.answers.assign(q.items.size(), values[r]);
        }
        store.insert_responses(rounds[r], responses);
    }
    const RowId team = store.find_team("Drie")->id;
    ResultsDialog dlg(nullptr, store, team, rounds[2], "nl");
    CoachingPage* coaching = dlg.coaching();
    REQUIRE(coaching);
    CHECK(coaching->text().Contains("(R1)"));
    CHECK_FALSE(coaching->text().Contains("Er is nog geen vorige ronde"));
    CHECK(coaching->text().Contains("verbeterd"));

    const std::string book = dir.file("drie.xlsx");
    export_team_trend(store, team, builtin_report(ReportKind::TeamTrend), book);
    std::string output;
    REQUIRE(test::run_command("/usr/bin/python3 -c \"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Coaching']; "
                              "print([c.value for r in ws.iter_rows() for c in r if isinstance(c.value,str) and '\\u2192' in c.value])\" " +
                                  book,
                              output) == 0);
    INFO(output);
    CHECK(output.find("R1 \xe2\x86\x92 R3") != std::string::npos);

    // The threshold control: default 5, never below 3, and it says why.
    wxSpinCtrl* spin = nullptr;
    for (wxWindow* w : dlg.GetChildren())
        if (auto* s = wxDynamicCast(w, wxSpinCtrl))
            spin = s;
    REQUIRE(spin);
    CHECK(spin->GetValue() == anonymity::kDefaultThreshold);
    CHECK(spin->GetMin() == anonymity::kMinimumThreshold);
    CHECK_FALSE(spin->GetToolTipText().empty());
}

namespace {
template <typename T>
std::vector<T*> children_of(wxWindow* w)
{
    std::vector<T*> out;
    for (wxWindow* c : w->GetChildren())
        if (auto* t = wxDynamicCast(c, T))
            out.push_back(t);
    return out;
}
} // namespace

TEST_CASE("the export dialog uses the report's threshold and language until the user changes them, and says so")
{
    Fixture f;
    std::unique_ptr<wxDialog> dlg(create_export_dialog(nullptr, f.store, f.team, f.round, "en"));
    auto spins = children_of<wxSpinCtrl>(dlg.get());
    auto pickers = children_of<wxFilePickerCtrl>(dlg.get());
    REQUIRE(spins.size() == 1);
    REQUIRE(pickers.size() == 2);
    wxChoice* language = children_of<wxChoice>(dlg.get())[2]; // team, round, language
    auto uses = [&] {
        wxString all;
        for (auto* t : children_of<wxStaticText>(dlg.get()))
            all += t->GetLabel() + "\n";
        return all;
    };
    // The built-in report: threshold 5, Dutch, even though the program runs in English here.
    CHECK(spins[0]->GetValue() == 5);
    CHECK(spins[0]->GetMin() == anonymity::kMinimumThreshold);
    CHECK(language->GetSelection() == 0);
    CHECK(uses().Contains("5 (uit het rapport)"));

    // A report file with its own threshold and language fills both.
    const std::string report = f.dir.file("eigen.xml");
    test::write_file(report, R"(<report id="eigen" kind="team-trend" language="en"><settings anonymity-threshold="7"/>)"
                             R"(<sheet type="overview"><title lang="nl">Overzicht</title><title lang="en">Overview</title></sheet></report>)");
    auto pick = [&](const wxString& path) {
        pickers[0]->SetPath(path);
        wxFileDirPickerEvent event(wxEVT_FILEPICKER_CHANGED, pickers[0], pickers[0]->GetId(), path);
        pickers[0]->GetEventHandler()->ProcessEvent(event);
    };
    pick(wxString::FromUTF8(report.c_str()));
    CHECK(spins[0]->GetValue() == 7);
    CHECK(language->GetSelection() == 1);
    CHECK(uses().Contains("7 (uit het rapport)"));

    // Once the user sets the threshold, another report no longer overrides it; the language still follows.
    spins[0]->SetValue(6);
    wxSpinEvent changed(wxEVT_SPINCTRL, spins[0]->GetId());
    changed.SetEventObject(spins[0]);
    spins[0]->GetEventHandler()->ProcessEvent(changed);
    pick("");
    CHECK(spins[0]->GetValue() == 6);
    CHECK(language->GetSelection() == 0);
    CHECK(uses().Contains("6 (je keuze)"));
}

TEST_CASE("the coordinator's raw export warns first and writes no respondent code")
{
    Fixture f;
    std::vector<NewResponse> responses(6);
    for (auto& n : responses) {
        n.team = "FACT Noord";
        n.answers.assign(builtin_questionnaire().items.size(), 3);
    }
    f.store.insert_responses(f.round, responses);
    std::vector<wxString> shown;
    set_message_handler([&](const wxString& message, const wxString&, long style) {
        shown.push_back(message);
        return (style & wxYES_NO) ? wxNO : wxOK;
    });
    const std::string path = f.dir.file("ruw.csv");
    run_raw_export(nullptr, f.store, f.round, wxString::FromUTF8(path.c_str()));
    CHECK_FALSE(std::filesystem::exists(path)); // declined: nothing written
    REQUIRE(shown.size() == 1);
    CHECK(shown[0].Contains("persoonsgegevens"));
    set_message_handler([&](const wxString& message, const wxString&, long style) {
        shown.push_back(message);
        return (style & wxYES_NO) ? wxYES : wxOK;
    });
    run_raw_export(nullptr, f.store, f.round, wxString::FromUTF8(path.c_str()));
    set_message_handler({});
    const std::string text = read_text_file(path);
    for (const auto& r : f.store.load_responses({}))
        CHECK(text.find(r.info.code) == std::string::npos);
    CHECK(std::count(text.begin(), text.end(), '\n') == 7);
}

TEST_CASE("on a computer with a decimal comma the export writes numbers a spreadsheet reads as numbers", "[nl-locale]")
{
    // The test main set the program up in Dutch; with the locale generated, wxLocale switched the C library to it.
    std::unique_ptr<wxLocale> locale;
    setup_language(locale, "nl");
    REQUIRE(std::string(std::localeconv()->decimal_point) == ",");
    Fixture f;
    std::vector<NewResponse> responses(5);
    AnswerCode v = 1;
    for (auto& n : responses) {
        n.team = "FACT Noord";
        n.answers.assign(builtin_questionnaire().items.size(), v++);
    }
    f.store.insert_responses(f.round, responses);
    const std::string book = f.dir.file("komma.xlsx");
    ExportSettings settings;
    settings.language = "nl";
    export_team_trend(f.store, f.team, builtin_report(ReportKind::TeamTrend), book, settings); // as the dialog does
    CHECK(std::string(std::localeconv()->decimal_point) == ","); // the program's locale is back afterwards
    std::string output;
    // The first dimension's mean, 3 (answers 1..5), read back as a number, and no number stored as "3,00" text.
    REQUIRE(test::run_command("/usr/bin/python3 -c \"import openpyxl,sys; ws=openpyxl.load_workbook(sys.argv[1])['Themascores']; "
                              "v=ws['G2'].value; print(isinstance(v,(int,float)) and v==3, [c.value for r in ws.iter_rows() for c in r "
                              "if isinstance(c.value,str) and c.value.replace(',','').isdigit()])\" " + book,
                              output) == 0);
    CHECK(output == "True []\n");
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
