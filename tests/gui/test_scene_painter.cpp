// The windows' chart back end draws the chart wing's scene: bars in the scene's colours where the scene puts
// them, the previous round's dot, and the texts; the results' profile is that scene.
#include "charts.h"
#include "scene_painter.h"

#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/dcmemory.h>
#include <wx/frame.h>
#include <wx/sizer.h>

#include <cmath>
#include <limits>
#include <memory>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {
bool near(const wxColour& a, const wxColour& b, int tolerance = 12)
{
    return std::abs(a.Red() - b.Red()) <= tolerance && std::abs(a.Green() - b.Green()) <= tolerance &&
           std::abs(a.Blue() - b.Blue()) <= tolerance;
}

// A scene drawn by the windows' back end into a white bitmap at `scale`; read back by scene coordinates.
class Drawn {
public:
    Drawn(const chart::Scene& scene, const wxFont& font, double scale) : scale_(scale)
    {
        wxBitmap bitmap(static_cast<int>(std::ceil(scene.width * scale)) + 1, static_cast<int>(std::ceil(scene.height * scale)) + 1, 24);
        {
            wxMemoryDC dc(bitmap);
            dc.SetBackground(*wxWHITE_BRUSH);
            dc.Clear();
            std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
            REQUIRE(gc);
            ScenePainter(font, scale).draw(*gc, scene);
        }
        image_ = bitmap.ConvertToImage();
    }
    wxColour operator()(double x, double y) const
    {
        const int px = static_cast<int>(x * scale_), py = static_cast<int>(y * scale_);
        return wxColour(image_.GetRed(px, py), image_.GetGreen(px, py), image_.GetBlue(px, py));
    }

private:
    double scale_;
    wxImage image_;
};
} // namespace

TEST_CASE("the window's chart back end draws the profile scene as the PDF lays it out")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "profile", wxDefaultPosition, wxSize(800, 400));
    auto* chart = new ProfileChart(frame, 1, 5);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(chart, wxSizerFlags(1).Expand());
    frame->SetSizer(sizer);
    frame->Show();
    settle(300);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::vector<ProfileBar> bars(4);
    bars[0].label = "Houding";
    bars[0].heading = true;
    bars[1].label = "Presentie";
    bars[1].value = 4.6;
    bars[1].previous = 3.0;
    bars[1].tooltip = "Presentie: 4,6\nRuimte voor het levensverhaal";
    bars[2].label = "Hoop";
    bars[2].value = 1.4;
    bars[2].previous = nan;
    bars[3].label = "Tempo";
    bars[3].value = nan;
    bars[3].previous = nan;
    bars[3].note = "te weinig respondenten";
    chart->set(bars, "2026-najaar", "vorige ronde (2026-voorjaar)");
    settle(300);
    const chart::Scene& scene = chart->scene();
    REQUIRE(scene.rects.size() == 3); // two bars and the legend's swatch; none where there is no number

    // Drawn into a bitmap by the back end, every bar is where the scene puts it, in the scene's colour.
    const double s = chart->scale();
    const Drawn pixel(scene, chart->GetFont(), s);
    for (const auto& r : scene.rects)
        CHECK(near(pixel(r.x + 2, r.y + r.h / 2), to_wx(r.fill)));
    // The high bar is blue and the low one orange: the diverging scale around the middle, as in the PDF.
    const wxColour high = pixel(scene.rects[0].x + 2, scene.rects[0].y + scene.rects[0].h / 2);
    const wxColour low = pixel(scene.rects[1].x + 2, scene.rects[1].y + scene.rects[1].h / 2);
    CHECK(high.Blue() > high.Red() + 40);
    CHECK(low.Red() > low.Blue() + 40);
    // The previous round's dot in ink.
    REQUIRE(!scene.markers.empty());
    CHECK(near(pixel(scene.markers[0].x, scene.markers[0].y), to_wx(chart::kInk), 40));
    // Texts are drawn where the scene puts them: ink on the label's line.
    int ink_in_label = 0;
    const chart::Text* label = nullptr;
    for (const auto& t : scene.texts)
        if (t.text == "Presentie")
            label = &t;
    REQUIRE(label);
    for (double x = label->x; x < label->x + 30; x += 0.5)
        for (double y = label->y - 5; y < label->y; y += 0.5)
            ink_in_label += pixel(x, y).Red() < 128;
    CHECK(ink_in_label > 10);

    // The window's rows explain themselves with the full texts.
    const chart::Region& row = scene.regions[1];
    const wxPoint inside(4 + static_cast<int>((row.x + 10) * s), 4 + static_cast<int>((row.y + row.h / 2) * s));
    CHECK(chart->row_at(inside) == 1);
    maybe_screenshot(frame, "profile-scene.png");
    frame->Destroy();
}

TEST_CASE("the window's spread is the chart wing's spread scene, drawn where the scene puts it")
{
    auto* frame = new wxFrame(nullptr, wxID_ANY, "spread", wxDefaultPosition, wxSize(900, 300));
    auto* chart = new SpreadChart(frame);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(chart, wxSizerFlags(1).Expand());
    frame->SetSizer(sizer);
    frame->Show();
    settle(300);
    std::vector<SpreadRow> rows(2);
    rows[0].label = "In de afgelopen maand luisterden we eerst goed";
    rows[0].counts = {4, 0, 1, 0, 5};
    rows[0].agreement = 0.12;
    rows[0].agreement_word = "oneens";
    rows[0].tooltip = "In de afgelopen maand luisterden we eerst goed\nHet team is het oneens.";
    rows[1].label = "Doelen in eigen woorden";
    rows[1].agreement = std::numeric_limits<double>::quiet_NaN();
    rows[1].note = "te weinig respondenten";
    chart->set(rows, {"1 Nooit", "2 Zelden", "3 Soms", "4 Vaak", "5 Altijd"});
    settle(300);
    const chart::Scene& scene = chart->scene();
    // Five legend swatches and three parts of the first bar; the withheld statement has none, only words.
    REQUIRE(scene.rects.size() == 5 + 3);
    REQUIRE(scene.regions.size() == 2);
    bool withheld = false, agreement = false;
    for (const auto& t : scene.texts) {
        withheld |= t.text == "te weinig respondenten";
        agreement |= t.text.find("oneens") != std::string::npos && t.anchor == chart::Anchor::Start;
    }
    CHECK(withheld);
    CHECK(agreement);

    // Drawn by the back end: every part where the scene puts it, the lowest answer orange, the highest blue.
    const double s = ScenePainter::scale_for(chart);
    const Drawn pixel(scene, chart->GetFont(), s);
    for (const auto& r : scene.rects)
        CHECK(near(pixel(r.x + 1, r.y + 1), to_wx(r.fill)));
    const chart::Rect& lowest = scene.rects[5];
    const chart::Rect& highest = scene.rects[7];
    CHECK(pixel(lowest.x + 1, lowest.y + 1).Red() > pixel(lowest.x + 1, lowest.y + 1).Blue() + 40);
    CHECK(pixel(highest.x + 1, highest.y + 1).Blue() > pixel(highest.x + 1, highest.y + 1).Red() + 40);
    CHECK(highest.w == Approx(lowest.w * 5 / 4));

    // The row under the pointer is the statement whose region it is.
    const chart::Region& second = scene.regions[1];
    CHECK(chart->row_at(wxPoint(4 + static_cast<int>(20 * s), 4 + static_cast<int>((second.y + second.h / 2) * s))) == 1);
    maybe_screenshot(frame, "spread-scene.png");
    frame->Destroy();
}
