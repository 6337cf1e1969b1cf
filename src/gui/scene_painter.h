#pragma once
// The windows' back end of the chart wing: draws a chart::Scene with wxGraphicsContext, as report/pdf_document
// draws the same scene with cairo, so a chart on screen and in the PDF share one layout and one colour scheme.
// A scene is laid out in points; `scale` turns them into pixels (larger with a larger system font).
#include "chart/scene.h"

#include <wx/font.h>
#include <wx/graphics.h>

namespace hs::gui {

// A scene colour as wxWidgets takes it.
wxColour to_wx(const chart::Colour& c);

class ScenePainter {
public:
    // Text in `base`'s face; sizes come from the scene.
    ScenePainter(const wxFont& base, double scale) : base_(base), scale_(scale) {}
    double scale() const { return scale_; }

    // Widths in scene units as this back end will draw them (for the chart builders); measured on `gc`.
    chart::TextMeasure measure(wxGraphicsContext& gc) const;
    // Draws `scene` with its top left corner at pixel (x, y): rectangles, lines, markers, then texts.
    void draw(wxGraphicsContext& gc, const chart::Scene& scene, double x = 0, double y = 0) const;

    // The pixel scale for charts in `window`: in proportion to its font's height, so rows grow with the text.
    static double scale_for(const wxWindow* window);

private:
    wxFont font(double size, bool bold) const;
    wxFont base_;
    double scale_;
};

} // namespace hs::gui
