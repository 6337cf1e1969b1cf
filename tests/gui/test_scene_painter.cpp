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
    wxBitmap bitmap(static_cast<int>(std::ceil(scene.width * s)) + 1, static_cast<int>(std::ceil(scene.height * s)) + 1, 24);
    {
        wxMemoryDC dc(bitmap);
        dc.SetBackground(*wxWHITE_BRUSH);
        dc.Clear();
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        REQUIRE(gc);
        ScenePainter(chart->GetFont(), s).draw(*gc, scene);
    }
    const wxImage image = bitmap.ConvertToImage();
    auto pixel = [&](double x, double y) {
        const int px = static_cast<int>(x * s), py = static_cast<int>(y * s);
        return wxColour(image.GetRed(px, py), image.GetGreen(px, py), image.GetBlue(px, py));
    };
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
