// The results and the help as a trainer and a new user meet them, with real pointer and key events: charts
// grouped by part with the full texts under the pointer, agreement in words, coaching as a page with headings,
// counts in correct Dutch, and the user guide behind F1.
#include "charts.h"
#include "coaching_page.h"
#include "demo_data.h"
#include "main_frame.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "scene_painter.h"
#include "start_panel.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/html/htmlwin.h>
#include <wx/spinctrl.h>
#include <wx/uiaction.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

TEST_CASE("results are grouped by part with full texts under the pointer, agreement in words and coaching as a page")
{
    hs::test::TempDir dir;
    Store store(dir.file("demo.db"));
    fill_demo(store, 2, 2);
    const Team team = store.teams().front();
    const Round latest = store.rounds().back();
    const Questionnaire& q = builtin_questionnaire();
    ResultsDialog dlg(nullptr, store, team.id, latest.id, "nl");
    dlg.SetSize(wxSize(1000, 700));
    dlg.Show();
    settle();

    // The profile starts with the first part's heading; the statement's full text shows under the pointer.
    ProfileChart* profile = dlg.profile();
    // The middle of a row, where the chart's scene puts it (drawn 4 pixels in from the corner).
    auto row_middle = [&](std::size_t i) {
        const auto& r = profile->scene().regions.at(i);
        return profile->GetScreenPosition() + wxPoint(40, 4 + static_cast<int>((r.y + r.h / 2) * profile->scale()));
    };
    wxUIActionSimulator sim;
    // The pointer rests on a row until its tooltip is there (a busy window manager may still be placing the
    // dialog: the row's screen position is asked again each time).
    auto hover = [&](std::size_t i, const std::function<bool(const wxString&)>& shows) {
        return wait_until([&] {
            sim.MouseMove(row_middle(i));
            settle(100);
            return shows(profile->GetToolTipText());
        }, 4000);
    };
    const wxString part = wxString::FromUTF8(q.parts.front().title.in("nl").c_str());
    CHECK(hover(0, [&](const wxString& tip) { return tip == part; }));
    const auto& first_dimension = q.dimensions[q.parts.front().dimensions.front()];
    CHECK(hover(1, [&](const wxString& tip) { return tip.StartsWith(wxString::FromUTF8(first_dimension.title.in("nl").c_str())); }));

    // The spread: the whole statement and what its agreement means, in words.
    dlg.notebook()->SetSelection(2);
    settle(300);
    SpreadChart* spread = dlg.spread();
    REQUIRE(!spread->scene().regions.empty()); // the chart wing's scene: one region per statement
    const chart::Region& first_row = spread->scene().regions.front();
    const double s = ScenePainter::scale_for(spread);
    sim.MouseMove(spread->GetScreenPosition() + wxPoint(40, static_cast<int>(4 + (first_row.y + first_row.h / 2) * s)));
    settle(300);
    const wxString tip = spread->GetToolTipText();
    CHECK(tip.StartsWith(wxString::FromUTF8(q.items[q.dimensions.front().items.front()].text.in("nl").c_str())));
    // (A statement can be withheld so that a hidden answer cannot be worked out; then it says so in words too.)
    CHECK((tip.Contains("De teamleden zijn het met elkaar eens") || tip.Contains("De teamleden zijn het deels met elkaar eens") ||
           tip.Contains("De teamleden zijn het niet met elkaar eens") || tip.Contains("niet te berekenen")));
    maybe_screenshot(&dlg, "results-spread.png");

    // Coaching: a page with headings, printable, with disagreement explained in words.
    const wxString html = dlg.coaching()->html();
    CHECK(html.Contains("<h1>"));
    CHECK(html.Contains("<h2>Waar het team het meest over verschilt</h2>"));
    CHECK(html.Contains("vanaf 0,70 is het team het eens"));
    dlg.notebook()->SetSelection(3);
    maybe_screenshot(&dlg, "results-coaching.png");
    dlg.notebook()->SetSelection(1);
    maybe_screenshot(&dlg, "results-trend.png");
    dlg.notebook()->SetSelection(0);
    maybe_screenshot(&dlg, "results.png");
    dlg.Hide();
}

TEST_CASE("one respondent is counted in correct Dutch")
{
    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Noord");
    std::vector<NewResponse> one(1);
    one[0].team = "FACT Noord";
    one[0].answers.assign(builtin_questionnaire().items.size(), 4);
    store.insert_responses(round, one);
    ResultsDialog dlg(nullptr, store, team, round, "nl");
    CHECK(dlg.status()->GetLabel().StartsWith("1 respondent:"));
    CHECK_FALSE(dlg.status()->GetLabel().Contains("1 respondenten"));
}

TEST_CASE("F1 opens the Dutch user guide for every role")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("hs.db");
    { Store create(db); }
    auto* frame = new MainFrame("nl");
    REQUIRE(frame->open_database(wxString::FromUTF8(db.c_str())));
    frame->Show();
    frame->Raise();
    settle();
    mouse_click(frame->start_panel());
    press(WXK_F1);
    wxHtmlWindow* guide = nullptr;
    CHECK(wait_until([&] {
        for (wxWindow* w : wxTopLevelWindows)
            if (w != frame && w->IsShown())
                for (wxWindow* found : descendants(w, [](wxWindow* c) { return dynamic_cast<wxHtmlWindow*>(c) != nullptr; }))
                    guide = static_cast<wxHtmlWindow*>(found);
        return guide != nullptr;
    }));
    REQUIRE(guide);
    const wxString text = guide->ToText();
    for (const char* role : {"Coördinator", "Teamlid", "Manager", "Trainer"})
        CHECK(text.Contains(wxString::FromUTF8(role)));
    wxGetTopLevelParent(guide)->Destroy();
    frame->Destroy();
}

TEST_CASE("the threshold's minus button stops at 3, and a reverse-scored statement says so in the spread")
{
    ShownResults shown;
    ResultsDialog& dlg = *shown.dlg;
    // Clicks on the spin control's "-" (GTK draws "-" left of "+" at its right end), as a person lowers the
    // threshold: 5, 4, 3, and there it stays.
    auto spins = descendants(&dlg, [](wxWindow* w) { return dynamic_cast<wxSpinCtrl*>(w) != nullptr; });
    REQUIRE(spins.size() == 1);
    auto* spin = static_cast<wxSpinCtrl*>(spins.front());
    REQUIRE(spin->GetValue() == 5);
    auto click_minus = [&] {
        const wxRect r = spin->GetScreenRect();
        mouse_click_at(wxPoint(r.GetRight() - r.height * 3 / 2, r.y + r.height / 2));
        settle(200);
    };
    click_minus();
    CHECK(spin->GetValue() == 4);
    for (int i = 0; i < 3; ++i)
        click_minus();
    CHECK(spin->GetValue() == 3);

    // The spread counts what people answered, under the answer's label; a reverse-scored statement says that
    // only its mean counts mirrored, in its row and under the pointer.
    const Questionnaire& q = builtin_questionnaire();
    const auto reverse = std::find_if(q.items.begin(), q.items.end(), [](const Item& i) { return i.reverse; });
    const auto plain = std::find_if(q.items.begin(), q.items.end(), [](const Item& i) { return !i.reverse; });
    REQUIRE(reverse != q.items.end());
    dlg.notebook()->SetSelection(2);
    settle(300);
    SpreadChart* spread = dlg.spread();
    auto region_of = [&](const Item& item) -> const chart::Region* {
        for (const auto& r : spread->scene().regions)
            if (wxString::FromUTF8(r.tooltip.c_str()).StartsWith(wxString::FromUTF8(item.text.in("nl").c_str())))
                return &r;
        return nullptr;
    };
    const chart::Region* reversed_row = region_of(*reverse);
    REQUIRE(reversed_row);
    REQUIRE(region_of(*plain));
    CHECK_FALSE(wxString::FromUTF8(region_of(*plain)->tooltip.c_str()).Contains("omgekeerd gescoord"));
    // The pointer on that row (the page scrolled to it first) shows it.
    auto* scroller = static_cast<wxScrolledWindow*>(spread->GetParent());
    const double s = ScenePainter::scale_for(spread);
    int unit_x = 0, unit_y = 0;
    scroller->GetScrollPixelsPerUnit(&unit_x, &unit_y);
    const int row_y = static_cast<int>(4 + (reversed_row->y + reversed_row->h / 2) * s);
    scroller->Scroll(0, std::max(0, (row_y - 100) / std::max(1, unit_y)));
    settle(300);
    wxUIActionSimulator sim;
    CHECK(wait_until([&] {
        sim.MouseMove(spread->GetScreenPosition() + wxPoint(40, row_y));
        settle(100);
        return spread->GetToolTipText().Contains("(omgekeerd gescoord)");
    }, 4000));
    CHECK(spread->GetToolTipText().StartsWith(wxString::FromUTF8(reverse->text.in("nl").c_str())));
    dlg.Hide();
}
