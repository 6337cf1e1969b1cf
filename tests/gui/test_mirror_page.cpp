// The results' Spiegel tab as a team reads it: the team next to its clients per theme, the largest gap first with
// its interval and verdict, "indicatief" for few clients, no numbers for a hidden group, and the statements of both
// versions (including "geen cliëntperspectief") for the theme a click chooses.
#include "mirror_page.h"
#include "results_dialog.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/dcclient.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {
NewResponse response(Perspective p, std::vector<AnswerCode> answers)
{
    NewResponse r;
    r.team = "T";
    r.perspective = p;
    r.answers = std::move(answers);
    return r;
}
} // namespace

TEST_CASE("the Spiegel tab shows team and clients side by side, the largest gap first, and the statements of both versions")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& client_q = test::small_client_questionnaire();
    const Questionnaire& relative_q = test::small_relative_questionnaire();
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire(), {&client_q, &relative_q});
    const RowId team = store.add_team("T");
    std::vector<NewResponse> batch;
    for (int i = 0; i < 5; ++i)
        batch.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
    for (AnswerCode a : {AnswerCode{1}, AnswerCode{2}, AnswerCode{1}, AnswerCode{2}, AnswerCode{1}})
        batch.push_back(response(Perspective::Client, {a, a, 3}));
    for (int i = 0; i < 2; ++i)
        batch.push_back(response(Perspective::Relative, {4, 4}));
    REQUIRE(store.insert_responses(round, batch).inserted == 12);

    ResultsDialog dlg(nullptr, store, team, round, "nl");
    dlg.SetSize(wxSize(1100, 700));
    dlg.Show();
    settle();
    wxNotebook* book = dlg.notebook();
    const int tab = book->FindPage(dlg.mirror()->GetParent() == book ? static_cast<wxWindow*>(dlg.mirror()) : nullptr);
    REQUIRE(tab != wxNOT_FOUND);
    CHECK(book->GetPageText(static_cast<size_t>(tab)) == "Spiegel");
    book->SetSelection(static_cast<size_t>(tab));
    settle(300);

    wxListCtrl* table = dlg.mirror()->table();
    REQUIRE(table->GetItemCount() == 3);
    REQUIRE(table->GetColumnCount() == 8); // theme, team, clients, gap, verdict, relatives, gap, verdict
    wxListItem heading;
    table->GetColumn(3, heading);
    CHECK(heading.GetText() == wxString::FromUTF8("Team − Cliënten"));
    // The largest gap first: hope, 3,00 against 1,40, a gap of +1,60 with its interval, in Dutch.
    CHECK(table->GetItemText(0, 0) == "Hoop");
    CHECK(table->GetItemText(0, 1) == "3,00 (N 5)");
    CHECK(table->GetItemText(0, 2) == "1,40 (N 5) indicatief");
    CHECK(table->GetItemText(0, 3).StartsWith("+1,60 (+"));
    CHECK(table->GetItemText(0, 4).Contains("duidelijk"));
    // Two relatives: no numbers and no gap.
    CHECK_FALSE(table->GetItemText(0, 5).Contains(","));
    CHECK(table->GetItemText(0, 6).empty());
    // Training: clients cannot judge it.
    CHECK(table->GetItemText(2, 0) == "Scholing");
    CHECK(table->GetItemText(2, 2) == wxString::FromUTF8("geen cliëntperspectief"));
    CHECK(table->GetItemText(2, 3).empty());

    // The first theme's statements show at once; a click on another row shows its own.
    CHECK(dlg.mirror()->statements()->GetValue().Contains("Mijn begeleiders geven mij hoop."));
    CHECK(dlg.mirror()->statements()->GetValue().Contains("Hoop A"));
    // The verdict is never cut: its column fits its sentence, and the chosen theme's verdict stands in full above
    // its statements.
    wxClientDC dc(table);
    dc.SetFont(table->GetFont());
    CHECK(table->GetColumnWidth(4) >= dc.GetTextExtent(table->GetItemText(0, 4)).GetWidth());
    CHECK(dlg.mirror()->statements()->GetValue().StartsWith(
        wxString::FromUTF8("Team − Cliënten: +1,60 (+") ));
    CHECK(dlg.mirror()->statements()->GetValue().Contains(table->GetItemText(0, 4)));
    maybe_screenshot(&dlg, "results-mirror.png");
    wxRect row;
    REQUIRE(table->GetItemRect(2, row));
    mouse_click_at(table->GetScreenPosition() + wxPoint(row.x + 40, row.y + row.height / 2));
    const wxString shown = dlg.mirror()->statements()->GetValue();
    CHECK(shown.Contains("Scholing A"));
    CHECK(shown.Contains(wxString::FromUTF8("geen cliëntperspectief")));
    dlg.Hide();
}

TEST_CASE("the Spiegel tab says how much each gap changed since the team's previous round")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& client_q = test::small_client_questionnaire();
    const RowId r1 = store.add_round("R1", "2026-03-01", test::small_questionnaire(), {&client_q});
    const RowId r2 = store.add_round("R2", "2026-09-01", test::small_questionnaire(), {&client_q});
    const RowId team = store.add_team("T");
    // The team 3 everywhere; clients on hope 2 in R1 (a gap of 1,00) and 1,2,1,2,1 in R2 (a gap of 1,60).
    std::vector<NewResponse> first, second;
    for (int i = 0; i < 5; ++i) {
        first.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
        second.push_back(response(Perspective::Team, {3, 3, 3, 3, 3, 3, 3}));
        first.push_back(response(Perspective::Client, {2, 2, 3}));
    }
    for (AnswerCode a : {AnswerCode{1}, AnswerCode{2}, AnswerCode{1}, AnswerCode{2}, AnswerCode{1}})
        second.push_back(response(Perspective::Client, {a, a, 3}));
    REQUIRE(store.insert_responses(r1, first).inserted == 10);
    REQUIRE(store.insert_responses(r2, second).inserted == 10);

    auto gap_cell = [&](RowId round) {
        ResultsDialog dlg(nullptr, store, team, round, "nl");
        dlg.SetSize(wxSize(1100, 700));
        dlg.Show();
        settle();
        wxListCtrl* table = dlg.mirror()->table();
        REQUIRE(table->GetItemCount() == 3);
        CHECK(table->GetItemText(0, 0) == "Hoop");
        const wxString cell = table->GetItemText(0, 3);
        dlg.Hide();
        return cell;
    };
    const wxString now = gap_cell(r2);
    CHECK(now.StartsWith("+1,60 (+"));
    CHECK(now.EndsWith("; sinds de vorige ronde +0,60"));
    // The first round has no previous round: no change is named.
    const wxString before = gap_cell(r1);
    CHECK(before.StartsWith("+1,00"));
    CHECK_FALSE(before.Contains("vorige ronde"));
}
