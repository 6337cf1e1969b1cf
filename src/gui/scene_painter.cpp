// Drawing chart scenes in windows; see scene_painter.h.
#include "scene_painter.h"

#include "translations.h"

#include <wx/brush.h>
#include <wx/pen.h>
#include <wx/window.h>

#include <algorithm>
#include <cmath>

namespace hs::gui {

wxColour to_wx(const chart::Colour& c)
{
    auto byte = [](double v) { return static_cast<unsigned char>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return wxColour(byte(c.r), byte(c.g), byte(c.b));
}

namespace {
// A scene's text sizes are in points at 72 per inch; the screen's pixels are 96 per inch.
constexpr double kPointsPerPixel = 72.0 / 96.0;
} // namespace

double ScenePainter::scale_for(const wxWindow* window)
{
    // A 7.5-point scene text at about the window's own text size; never smaller than 1:1 in pixels.
    return std::max(96.0 / 72.0, window->GetCharHeight() / 9.0);
}

wxFont ScenePainter::font(double size, bool bold) const
{
    wxFont f(base_);
    f.SetFractionalPointSize(size * scale_ * kPointsPerPixel);
    f.SetWeight(bold ? wxFONTWEIGHT_BOLD : wxFONTWEIGHT_NORMAL);
    return f;
}

chart::TextMeasure ScenePainter::measure(wxGraphicsContext& gc) const
{
    return [this, &gc](const std::string& text, double size, bool bold) {
        gc.SetFont(font(size, bold), *wxBLACK);
        double w = 0, h = 0;
        gc.GetTextExtent(u8(text), &w, &h);
        return w / scale_;
    };
}

void ScenePainter::draw(wxGraphicsContext& gc, const chart::Scene& scene, double x, double y) const
{
    const double s = scale_;
    gc.SetPen(*wxTRANSPARENT_PEN);
    for (const auto& r : scene.rects) {
        gc.SetBrush(wxBrush(to_wx(r.fill)));
        gc.DrawRectangle(x + r.x * s, y + r.y * s, r.w * s, r.h * s);
    }
    for (const auto& l : scene.lines) {
        gc.SetPen(gc.CreatePen(wxGraphicsPenInfo(to_wx(l.stroke), std::max(1.0, l.width * s),
                                                 l.dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID)));
        gc.StrokeLine(x + l.x1 * s, y + l.y1 * s, x + l.x2 * s, y + l.y2 * s);
    }
    gc.SetPen(*wxTRANSPARENT_PEN);
    for (const auto& m : scene.markers) {
        gc.SetBrush(wxBrush(to_wx(m.fill)));
        gc.DrawEllipse(x + (m.x - m.radius) * s, y + (m.y - m.radius) * s, 2 * m.radius * s, 2 * m.radius * s);
    }
    for (const auto& t : scene.texts) {
        gc.SetFont(font(t.size, t.bold), to_wx(t.colour));
        const wxString text = u8(t.text);
        double w = 0, h = 0, descent = 0;
        gc.GetTextExtent(text, &w, &h, &descent);
        double left = x + t.x * s;
        if (t.anchor == chart::Anchor::Middle)
            left -= w / 2;
        else if (t.anchor == chart::Anchor::End)
            left -= w;
        gc.DrawText(text, left, y + t.y * s - (h - descent)); // the scene's y is the baseline
    }
}

} // namespace hs::gui
