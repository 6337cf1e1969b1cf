// The results window's "Rapport (PDF)" button, clicked with the real pointer: the coaching report is written by
// the core's report wing (as the CLI's `report` verb does) and read back with poppler's pdftotext.
#include "demo_data.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "report_actions.h"
#include "results_dialog.h"
#include "translations.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/filefn.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {
std::string pdf_text(const std::string& pdf, const std::string& txt)
{
    const std::string command = "pdftotext -enc UTF-8 '" + pdf + "' '" + txt + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    std::ifstream in(txt);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct Answers { // the file chooser's and the message boxes' answers, put back afterwards
    wxString path;
    std::vector<wxString> messages;
    Answers()
    {
        set_save_path_handler([this](const wxString&, const wxString& name) {
            CHECK(name.EndsWith(".pdf"));
            return path;
        });
        set_message_handler([this](const wxString& message, const wxString&, long) {
            messages.push_back(message);
            return wxNO; // do not open the PDF viewer
        });
    }
    ~Answers()
    {
        set_save_path_handler({});
        set_message_handler({});
    }
};
} // namespace

TEST_CASE("the results window saves the coaching report as a PDF that names the team")
{
    hs::test::TempDir dir;
    Store store(dir.file("demo.db"));
    DemoSpec spec;
    spec.teams = 2;
    spec.rounds = 2;
    spec.respondents = 8;
    spec.seed = 11;
    generate_demo(store, builtin_questionnaire(), spec);
    const Team team = store.teams().front();
    const Round latest = store.rounds().back();
    ResultsDialog dlg(nullptr, store, team.id, latest.id, "nl");
    dlg.SetSize(wxSize(1000, 700));
    dlg.Show();
    dlg.Raise();
    settle();

    Answers answers;
    answers.path = wxString::FromUTF8(dir.file("rapport.pdf").c_str());
    REQUIRE(dlg.report_button()->IsEnabled());
    CHECK(dlg.report_button()->GetLabel().Contains("Rapport (PDF)"));
    mouse_click(dlg.report_button());
    REQUIRE(wait_until([&] { return !answers.messages.empty(); }, 20000));
    CHECK(answers.messages.front().Contains(answers.path));
    CHECK(dlg.status()->GetLabel().Contains("rapport.pdf"));
    REQUIRE(wxFileExists(answers.path));
    const std::string text = pdf_text(dir.file("rapport.pdf"), dir.file("rapport.txt"));
    CHECK(text.find(team.name) != std::string::npos);
    CHECK(text.find(latest.label) != std::string::npos);
    CHECK(text.find("Coachingsrapport") != std::string::npos);

    // A folder that does not exist: the reason is shown and nothing is written.
    answers.messages.clear();
    answers.path = wxString::FromUTF8(dir.file("bestaat-niet/rapport.pdf").c_str());
    mouse_click(dlg.report_button());
    REQUIRE(wait_until([&] { return !answers.messages.empty(); }, 20000));
    CHECK(answers.messages.front().Contains("bestaat-niet"));
    CHECK_FALSE(wxFileExists(answers.path));

    // Cancelling the file chooser writes nothing and says nothing.
    answers.messages.clear();
    answers.path.clear();
    mouse_click(dlg.report_button());
    settle(300);
    CHECK(answers.messages.empty());
    dlg.Hide();
}
