#pragma once
// A4 pages drawn with cairo, with the program's own font (DejaVu Sans, embedded at build time, so a report looks
// the same on every machine) and text laid out and wrapped here: Dutch and English need no complex shaping, and
// leaving pango out keeps the same code buildable for Windows. The document is built in memory and written with
// the one atomic-write helper, so a reader never finds half a PDF.
#include "chart/scene.h"

#include <cairo.h>

#include <memory>
#include <string>
#include <vector>

namespace hs::report {

using chart::Anchor;
using chart::Colour;

struct TextStyle {
    double size = 10; // points
    bool bold = false;
    Colour colour{};
};

class PdfDocument {
public:
    static constexpr double kPageWidth = 595.276;  // A4 in points
    static constexpr double kPageHeight = 841.890;
    static constexpr double kMargin = 56.7;        // 2 cm

    PdfDocument(const std::string& title, const std::string& subject);
    ~PdfDocument();
    PdfDocument(const PdfDocument&) = delete;
    PdfDocument& operator=(const PdfDocument&) = delete;

    // Ends the current page (if any) and starts a new one; the first call starts page 1.
    void new_page();
    int page_count() const { return pages_; }
    cairo_t* cairo() { return cr_; }

    double text_width(const std::string& text, const TextStyle& style);
    // Draws `text` on one line with its baseline at y.
    void text(double x, double y, const std::string& text, const TextStyle& style, Anchor anchor = Anchor::Start);
    // Splits `text` into lines no wider than `width` at spaces (a word longer than the line is cut by characters).
    std::vector<std::string> wrap(const std::string& text, double width, const TextStyle& style);
    // Shortens `text` with an ellipsis so that it fits `width`.
    std::string fit(const std::string& text, double width, const TextStyle& style);

    void rectangle(double x, double y, double w, double h, const Colour& fill);
    void frame(double x, double y, double w, double h, const Colour& stroke, double line_width = 0.6);
    void line(double x1, double y1, double x2, double y2, const Colour& stroke, double line_width = 0.6,
              bool dashed = false);

    // Draws a chart scene with its top left corner at (x, y).
    void draw(const chart::Scene& scene, double x, double y);
    // Text widths in this document's font, for the chart builders.
    chart::TextMeasure measure();

    // Finishes the document and writes it to `path` atomically; FileRefused when it cannot be written.
    void save(const std::string& path);
    // Finishes the document and returns its bytes (for tests and previews).
    std::string finish();

private:
    std::string bytes_;
    cairo_surface_t* surface_ = nullptr;
    cairo_t* cr_ = nullptr;
    int pages_ = 0;
    bool finished_ = false;
};

// A chart scene alone as a PNG picture on white with `margin` points around it, `pixels_per_point` pixels to the
// point, drawn by the same code as the PDF's charts (for the README's pictures). Lay the scene out with a
// PdfDocument's measure(): the same widths.
std::string scene_png(const chart::Scene& scene, double pixels_per_point, double margin = 0);

// Formats a number with `decimals` decimals in the reader's language (3,4 in Dutch, 3.4 in English), never
// through the process locale.
std::string decimal(double value, int decimals, const std::string& language);

} // namespace hs::report
