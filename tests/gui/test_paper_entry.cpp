// Paper forms typed back in with the real keyboard: the grid takes the role box ticked and the wizard's keys,
// moves on by itself, refuses what the statement's scale does not allow, takes the form's remarks, and stores the
// forms as an import would.
#include "main_frame.h"
#include "messages.h"
#include "paper_entry_dialog.h"
#include "report_actions.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/choice.h>
#include <wx/menu.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {
// The entry grid shown for a round with the team's and the clients' version, and one team.
struct EntryOnRoundWithClients {
    hs::test::TempDir dir;
    Store store{dir.file("hs.db")};
    RowId round = store.add_round("2026-voorjaar", "2026-04-01", hs::test::small_questionnaire(),
                                  {&hs::test::small_client_questionnaire()});
    RowId team = store.add_team("FACT Noord");
    PaperEntryDialog dlg{nullptr, store, team, round, "nl"};
    EntryOnRoundWithClients()
    {
        dlg.Show();
        dlg.Raise();
        settle();
    }
    ~EntryOnRoundWithClients() { dlg.Hide(); }
};

// Chooses the version `index` above the grid, as a click on the choice does.
void choose_version(PaperEntryDialog& dlg, int index)
{
    wxChoice* whose = dlg.perspective_choice();
    whose->SetSelection(index);
    wxCommandEvent chosen(wxEVT_CHOICE, whose->GetId());
    chosen.SetInt(index);
    whose->GetEventHandler()->ProcessEvent(chosen);
    settle(200);
}
} // namespace

TEST_CASE("paper forms typed into the entry grid are stored as typed")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", hs::test::small_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    PaperEntryDialog dlg(nullptr, store, team, round, "nl");
    dlg.Show();
    dlg.Raise();
    settle();
    wxGrid* grid = dlg.grid();
    grid->GetGridWindow()->SetFocus();
    settle(200);
    REQUIRE(grid->GetNumberCols() == 9); // the form number, the role and seven statements
    CHECK(grid->GetCellValue(0, 0) == "1");
    CHECK(dlg.statement_column(0) == 2);

    type_text("34352w01"); // form 1: the third role box (manager), then complete: each key moves on
    press(WXK_RETURN);     // form 2
    type_text("9");        // no ninth role box: refused, the cursor stays
    CHECK(dlg.status()->GetLabel().StartsWith("Rol: de plaats"));
    type_text("03");       // no box ticked; one answer: stored as unfinished
    press(WXK_RETURN);     // form 3
    type_text("0");
    type_text("7");        // not on the 1-5 scale: refused, the cursor stays
    CHECK(dlg.status()->GetLabel().Contains("'7'"));
    type_text("55555w5");

    REQUIRE(grid->GetNumberRows() == 3);
    CHECK(grid->GetCellValue(0, 1) == "leidinggevende");
    CHECK(grid->GetCellValue(0, dlg.statement_column(0)) == "4");
    CHECK(grid->GetCellValue(0, dlg.statement_column(4)) == "w");
    CHECK(grid->GetCellValue(0, dlg.statement_column(5)) == "0");
    CHECK(grid->GetCellValue(1, 1).empty());
    CHECK(grid->GetCellValue(1, dlg.statement_column(0)) == "3");
    CHECK(grid->GetCellValue(1, dlg.statement_column(1)).empty());
    CHECK(grid->GetCellValue(2, 0) == "3");
    CHECK(grid->GetCellValue(2, dlg.statement_column(0)) == "5");
    CHECK(grid->GetCellValue(2, dlg.statement_column(6)) == "5");

    // Form 1's remark, typed under the grid on the theme it is about (the second theme: "tempo").
    grid->SetGridCursor(0, dlg.statement_column(0));
    settle(100);
    CHECK(dlg.remark_theme()->GetCount() == 3);
    dlg.remark_theme()->SetSelection(1);
    wxCommandEvent theme(wxEVT_CHOICE, dlg.remark_theme()->GetId());
    theme.SetInt(1);
    dlg.remark_theme()->GetEventHandler()->ProcessEvent(theme);
    dlg.remark_text()->SetFocus();
    settle(100);
    type_text("Meer tijd nodig");
    settle(100);
    CHECK(dlg.remark_text()->GetValue() == "Meer tijd nodig");
    maybe_screenshot(&dlg, "paper-entry.png");
    // On another theme the area is empty; back on "tempo" it shows the remark again.
    dlg.remark_theme()->SetSelection(0);
    theme.SetInt(0);
    dlg.remark_theme()->GetEventHandler()->ProcessEvent(theme);
    CHECK(dlg.remark_text()->GetValue().empty());
    dlg.remark_theme()->SetSelection(1);
    theme.SetInt(1);
    dlg.remark_theme()->GetEventHandler()->ProcessEvent(theme);
    CHECK(dlg.remark_text()->GetValue() == "Meer tijd nodig");

    std::vector<wxString> messages;
    set_message_handler([&](const wxString& message, const wxString&, long) {
        messages.push_back(message);
        return wxOK;
    });
    mouse_click(dlg.save_button());
    set_message_handler({});
    REQUIRE(messages.size() == 1);
    CHECK(messages.front().StartsWith("3 papieren formulieren opgeslagen"));

    ResponseQuery query;
    query.round = round;
    query.include_unfinished = true;
    const auto stored = store.load_responses(query);
    REQUIRE(stored.size() == 3);
    const Questionnaire& q = *store.questionnaire_of(round);
    int complete = 0;
    bool first_form_found = false;
    for (const auto& r : stored) {
        complete += r.info.status == ResponseStatus::Complete;
        if (r.answers[*q.item_index("hoop.a")] != 4) {
            CHECK(r.info.role == Role::Unspecified);
            CHECK(r.remarks.empty());
        }
        if (r.answers[*q.item_index("hoop.a")] == 4) {
            first_form_found = true;
            CHECK(r.info.role == Role::Manager);
            CHECK(r.remarks == std::map<std::size_t, std::string>{{*q.dimension_index("tempo"), "Meer tijd nodig"}});
            CHECK(r.answers[*q.item_index("hoop.b")] == 3);
            CHECK(r.answers[*q.item_index("hoop.c")] == 5);
            CHECK(r.answers[*q.item_index("tempo.a")] == 2);
            CHECK(r.answers[*q.item_index("tempo.b")] == kDontKnow);
            CHECK(r.answers[*q.item_index("scholing.a")] == kNotApplicable);
            CHECK(r.answers[*q.item_index("scholing.b")] == 1);
        }
    }
    CHECK(first_form_found);
    CHECK(complete == 2);
    dlg.Hide();
}

TEST_CASE("the Round menu opens the entry grid for the selected team and round")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    RowId team = 0, round = 0;
    {
        Store store(db);
        round = store.add_round("2026-voorjaar", "2026-04-01", hs::test::small_questionnaire());
        team = store.add_team("FACT Noord");
        std::vector<NewResponse> one(1);
        one[0].team = "FACT Noord";
        one[0].answers.assign(hs::test::small_questionnaire().items.size(), 4);
        store.insert_responses(round, one);
    }
    auto* frame = new MainFrame("nl");
    REQUIRE(frame->open_database(wxString::FromUTF8(db.c_str())));
    frame->Show();
    settle();
    REQUIRE(frame->select(team, round));
    const int id = frame->GetMenuBar()->FindMenuItem("&Ronde", wxString::FromUTF8("&Papieren formulieren invoeren..."));
    REQUIRE(id != wxNOT_FOUND);
    CHECK(frame->GetMenuBar()->IsEnabled(id));
    wxString title;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        auto* dlg = shown_window<PaperEntryDialog>();
        title = dlg->GetTitle();
        dlg->EndModal(wxID_CLOSE);
    });
    Driver driver(std::move(steps), [] { return shown_window<PaperEntryDialog>() != nullptr; });
    frame->ProcessCommand(id);
    CHECK(driver.done());
    CHECK(title == "Papieren formulieren van FACT Noord, ronde 2026-voorjaar");
    frame->Destroy();
}

TEST_CASE("clients' paper forms are typed on the clients' version and stored as theirs")
{
    EntryOnRoundWithClients f;
    Store& store = f.store;
    const RowId round = f.round;
    PaperEntryDialog& dlg = f.dlg;
    wxChoice* whose = dlg.perspective_choice();
    REQUIRE(whose->IsShownOnScreen());
    REQUIRE(whose->GetCount() == 2);
    CHECK(whose->GetString(1) == wxString::FromUTF8("cliënten"));
    choose_version(dlg, 1);
    const std::size_t statements = hs::test::small_client_questionnaire().items.size();
    REQUIRE(dlg.grid()->GetNumberCols() == static_cast<int>(statements) + 1);
    dlg.grid()->GetGridWindow()->SetFocus();
    settle(200);
    type_text(std::string(statements, '2').c_str());

    set_message_handler([](const wxString&, const wxString&, long) { return wxOK; });
    mouse_click(dlg.save_button());
    set_message_handler({});
    ResponseQuery query;
    query.round = round;
    query.perspective = Perspective::Client;
    const auto stored = store.load_responses(query);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].info.collection == CollectionMode::Paper);
    CHECK(stored[0].answers == std::vector<AnswerCode>(statements, 2));
    dlg.Hide();
}

TEST_CASE("the entry grid prints blank forms of the version chosen, with the team, the round and a number each")
{
    EntryOnRoundWithClients f;
    PaperEntryDialog& dlg = f.dlg;
    auto& dir = f.dir;
    maybe_screenshot(&dlg, "paper-entry-print.png");

    auto print = [&](const std::string& file, int copies) {
        wxString suggested;
        std::vector<wxString> messages;
        set_save_path_handler([&](const wxString&, const wxString& name) {
            suggested = name;
            return wxString::FromUTF8(dir.file(file).c_str());
        });
        set_message_handler([&](const wxString& message, const wxString&, long) {
            messages.push_back(message);
            return wxNO; // do not open the PDF viewer
        });
        dlg.copies()->SetValue(copies);
        mouse_click(dlg.print_button());
        set_save_path_handler({});
        set_message_handler({});
        CHECK(suggested == "papieren formulieren FACT Noord 2026-voorjaar.pdf");
        REQUIRE(messages.size() == 1);
        CHECK(messages[0].StartsWith("De papieren formulieren zijn opgeslagen als"));
        const std::string txt = dir.file(file + ".txt");
        REQUIRE(std::system(("pdftotext -enc UTF-8 '" + dir.file(file) + "' '" + txt + "'").c_str()) == 0);
        std::ifstream in(txt);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    };
    CHECK(dlg.print_button()->GetLabel().Contains("afdrukken"));
    const std::string team_forms = print("team.pdf", 3);
    CHECK(team_forms.find("FACT Noord") != std::string::npos);
    CHECK(team_forms.find("2026-voorjaar") != std::string::npos);
    CHECK(team_forms.find("formulier 3") != std::string::npos);
    CHECK(team_forms.find("formulier 4") == std::string::npos);
    CHECK(team_forms.find("Hoop A") != std::string::npos); // the team's statements

    // The clients' version, when chosen above the grid.
    choose_version(dlg, 1);
    const std::string client_forms = print("clients.pdf", 1);
    const std::string first_client_statement = hs::test::small_client_questionnaire().items.front().text.in("nl");
    CHECK(client_forms.find(first_client_statement) != std::string::npos);
    CHECK(client_forms.find("formulier 1") != std::string::npos);
    CHECK(client_forms.find("formulier 2") == std::string::npos);
    dlg.Hide();
}
