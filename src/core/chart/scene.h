#pragma once
// The chart wing: charts described once, as plain geometry (rectangles, lines, markers and anchored text in
// points), so the PDF (cairo), the windows (wxGraphicsContext) and the README's pictures draw the same thing.
// Builders here decide layout and colour; back ends only draw. Nothing here knows a file format or a toolkit.
#include <functional>
#include <string>
#include <vector>

namespace hs::chart {

struct Colour {
    double r = 0, g = 0, b = 0;
};

enum class Anchor { Start, Middle, End };

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;
    Colour fill;
};

struct Line {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    Colour stroke;
    double width = 0.6;
    bool dashed = false;
};

struct Marker { // a filled circle
    double x = 0, y = 0, radius = 2.5;
    Colour fill;
};

struct Text { // one line; y is the baseline
    double x = 0, y = 0;
    std::string text;
    double size = 8;
    bool bold = false;
    Anchor anchor = Anchor::Start;
    Colour colour;
    std::string tooltip; // the full text where `text` was shortened; back ends that can show tooltips do
};

// An area that explains itself when the pointer rests on it (a whole row of a chart, say); not drawn. Back ends
// that can show tooltips do; paper ignores them.
struct Region {
    double x = 0, y = 0, w = 0, h = 0;
    std::string tooltip;
};

struct Scene {
    double width = 0, height = 0;
    std::vector<Rect> rects; // drawn first
    std::vector<Line> lines;
    std::vector<Marker> markers;
    std::vector<Text> texts; // drawn last
    std::vector<Region> regions;

    // The region under a point, or nullptr.
    const Region* region_at(double x, double y) const;
};

// How wide a text is when drawn; each back end measures with its own font.
using TextMeasure = std::function<double(const std::string& text, double size, bool bold)>;

// Shortens `text` with an ellipsis to fit `width`.
std::string fit_text(const std::string& text, double width, double size, bool bold, const TextMeasure& measure);

// Colours that diverge from a neutral grey at the scale's middle: blue above, orange below.
Colour diverging_colour(double value, double scale_min, double scale_max);

inline const Colour kInk{0.13, 0.13, 0.13};
inline const Colour kGrid{0.85, 0.85, 0.85};
inline const Colour kMuted{0.45, 0.45, 0.45};

} // namespace hs::chart
