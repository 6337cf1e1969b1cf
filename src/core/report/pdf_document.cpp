// A4 PDF pages with cairo, the embedded DejaVu Sans through FreeType, and the program's own line breaking; a
// chart scene drawn alone as a PNG picture by the same code.
#include "report/pdf_document.h"

#include "common/embedded_files.h"
#include "common/file_io.h"

#include "report/cairo_link.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <stdexcept>

namespace hs::report {

namespace {

// The two faces, loaded once per process from the bytes compiled into the program. FreeType faces must outlive
// cairo's font faces, and cairo caches faces process-wide, so both live until the program ends.
struct Fonts {
    cairo_font_face_t* regular = nullptr;
    cairo_font_face_t* bold = nullptr;
};

cairo_font_face_t* load_face(FT_Library library, const std::string& name)
{
    for (const auto& file : embedded::fonts()) {
        if (file.name != name)
            continue;
        FT_Face face = nullptr;
        if (cairo_functions().FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(file.contents.data()),
                               static_cast<FT_Long>(file.contents.size()), 0, &face) != 0)
            throw std::runtime_error("the embedded font " + name + " cannot be read");
        return cairo_functions().cairo_ft_font_face_create_for_ft_face(face, 0);
    }
    throw std::logic_error("no embedded font " + name);
}

const Fonts& fonts()
{
    static const Fonts loaded = [] {
        FT_Library library = nullptr;
        if (cairo_functions().FT_Init_FreeType(&library) != 0)
            throw std::runtime_error("FreeType cannot be started");
        return Fonts{load_face(library, "DejaVuSans.ttf"), load_face(library, "DejaVuSans-Bold.ttf")};
    }();
    return loaded;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Length of the UTF-8 sequence that starts with byte c (1 for a stray continuation byte, so loops advance).
std::size_t sequence_length(unsigned char c)
{
    if (c >= 0xF0)
        return 4;
    if (c >= 0xE0)
        return 3;
    if (c >= 0xC0)
        return 2;
    return 1;
}

void use_style(cairo_t* cr, const TextStyle& style)
{
    cairo_functions().cairo_set_font_face(cr, style.bold ? fonts().bold : fonts().regular);
    cairo_functions().cairo_set_font_size(cr, style.size);
    cairo_functions().cairo_set_source_rgb(cr, style.colour.r, style.colour.g, style.colour.b);
}

double width_of(cairo_t* cr, const std::string& text, const TextStyle& style)
{
    use_style(cr, style);
    cairo_text_extents_t extents;
    cairo_functions().cairo_text_extents(cr, text.c_str(), &extents);
    return extents.x_advance;
}

// The drawing itself, on any cairo surface: the PDF's pages and the PNG pictures draw a scene alike.
void show_text(cairo_t* cr, double x, double y, const std::string& text, const TextStyle& style, Anchor anchor)
{
    const double width = anchor == Anchor::Start ? 0 : width_of(cr, text, style);
    use_style(cr, style);
    cairo_functions().cairo_move_to(cr, anchor == Anchor::Start ? x : anchor == Anchor::Middle ? x - width / 2 : x - width, y);
    cairo_functions().cairo_show_text(cr, text.c_str());
}

void fill_rectangle(cairo_t* cr, double x, double y, double w, double h, const Colour& fill)
{
    cairo_functions().cairo_set_source_rgb(cr, fill.r, fill.g, fill.b);
    cairo_functions().cairo_rectangle(cr, x, y, w, h);
    cairo_functions().cairo_fill(cr);
}

void stroke_line(cairo_t* cr, double x1, double y1, double x2, double y2, const Colour& stroke, double line_width, bool dashed)
{
    cairo_functions().cairo_set_source_rgb(cr, stroke.r, stroke.g, stroke.b);
    cairo_functions().cairo_set_line_width(cr, line_width);
    const double dash[] = {3.0, 2.0};
    cairo_functions().cairo_set_dash(cr, dash, dashed ? 2 : 0, 0);
    cairo_functions().cairo_move_to(cr, x1, y1);
    cairo_functions().cairo_line_to(cr, x2, y2);
    cairo_functions().cairo_stroke(cr);
    cairo_functions().cairo_set_dash(cr, dash, 0, 0);
}

void draw_scene(cairo_t* cr, const chart::Scene& scene, double x, double y)
{
    for (const auto& r : scene.rects)
        fill_rectangle(cr, x + r.x, y + r.y, r.w, r.h, r.fill);
    for (const auto& l : scene.lines)
        stroke_line(cr, x + l.x1, y + l.y1, x + l.x2, y + l.y2, l.stroke, l.width, l.dashed);
    for (const auto& m : scene.markers) {
        cairo_functions().cairo_set_source_rgb(cr, m.fill.r, m.fill.g, m.fill.b);
        cairo_functions().cairo_new_sub_path(cr);
        cairo_functions().cairo_arc(cr, x + m.x, y + m.y, m.radius, 0, 6.283185307179586);
        cairo_functions().cairo_fill(cr);
    }
    for (const auto& t : scene.texts)
        show_text(cr, x + t.x, y + t.y, t.text, {t.size, t.bold, t.colour}, t.anchor);
}

} // namespace

PdfDocument::PdfDocument(const std::string& title, const std::string& subject)
{
    surface_ = cairo_functions().cairo_pdf_surface_create_for_stream(append, &bytes_, kPageWidth, kPageHeight);
    cairo_functions().cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_functions().cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
    cairo_functions().cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Herstelspiegel " HS_VERSION);
    cr_ = cairo_functions().cairo_create(surface_);
    if (cairo_functions().cairo_status(cr_) != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo: ") + cairo_functions().cairo_status_to_string(cairo_functions().cairo_status(cr_)));
}

PdfDocument::~PdfDocument()
{
    if (cr_)
        cairo_functions().cairo_destroy(cr_);
    if (surface_)
        cairo_functions().cairo_surface_destroy(surface_);
}

void PdfDocument::new_page()
{
    if (pages_ > 0)
        cairo_functions().cairo_show_page(cr_);
    ++pages_;
}

double PdfDocument::text_width(const std::string& text, const TextStyle& style) { return width_of(cr_, text, style); }

void PdfDocument::text(double x, double y, const std::string& text, const TextStyle& style, Anchor anchor)
{
    show_text(cr_, x, y, text, style, anchor);
}

std::vector<std::string> PdfDocument::wrap(const std::string& text, double width, const TextStyle& style)
{
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto end = text.find_first_of(" \n", start);
        if (end == std::string::npos)
            end = text.size();
        std::string word = text.substr(start, end - start);
        const std::string candidate = line.empty() ? word : line + " " + word;
        if (text_width(candidate, style) <= width) {
            line = candidate;
        } else {
            if (!line.empty())
                lines.push_back(line);
            // A word wider than the line is cut between characters.
            while (text_width(word, style) > width && word.size() > 1) {
                std::size_t cut = 0;
                for (std::size_t i = 0; i < word.size(); i += sequence_length(static_cast<unsigned char>(word[i]))) {
                    if (text_width(word.substr(0, i + sequence_length(static_cast<unsigned char>(word[i]))), style) > width)
                        break;
                    cut = i + sequence_length(static_cast<unsigned char>(word[i]));
                }
                if (cut == 0)
                    cut = sequence_length(static_cast<unsigned char>(word[0]));
                lines.push_back(word.substr(0, cut));
                word = word.substr(cut);
            }
            line = word;
        }
        if (end < text.size() && text[end] == '\n') {
            lines.push_back(line);
            line.clear();
        }
        start = end + 1;
    }
    if (!line.empty())
        lines.push_back(line);
    return lines;
}

std::string PdfDocument::fit(const std::string& text, double width, const TextStyle& style)
{
    if (text_width(text, style) <= width)
        return text;
    static const std::string ellipsis = "\xE2\x80\xA6"; // …
    std::string kept;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
        if (text_width(kept + text.substr(i, n) + ellipsis, style) > width)
            break;
        kept += text.substr(i, n);
        i += n;
    }
    return kept + ellipsis;
}

void PdfDocument::rectangle(double x, double y, double w, double h, const Colour& fill) { fill_rectangle(cr_, x, y, w, h, fill); }

void PdfDocument::frame(double x, double y, double w, double h, const Colour& stroke, double line_width)
{
    cairo_functions().cairo_set_source_rgb(cr_, stroke.r, stroke.g, stroke.b);
    cairo_functions().cairo_set_line_width(cr_, line_width);
    cairo_functions().cairo_rectangle(cr_, x, y, w, h);
    cairo_functions().cairo_stroke(cr_);
}

void PdfDocument::line(double x1, double y1, double x2, double y2, const Colour& stroke, double line_width, bool dashed)
{
    stroke_line(cr_, x1, y1, x2, y2, stroke, line_width, dashed);
}

void PdfDocument::draw(const chart::Scene& scene, double x, double y) { draw_scene(cr_, scene, x, y); }

chart::TextMeasure PdfDocument::measure()
{
    return [this](const std::string& text, double size, bool bold) { return text_width(text, {size, bold, {}}); };
}

std::string PdfDocument::finish()
{
    if (!finished_) {
        if (pages_ == 0)
            new_page();
        cairo_functions().cairo_destroy(cr_);
        cr_ = nullptr;
        cairo_functions().cairo_surface_finish(surface_);
        const auto status = cairo_functions().cairo_surface_status(surface_);
        cairo_functions().cairo_surface_destroy(surface_);
        surface_ = nullptr;
        finished_ = true;
        if (status != CAIRO_STATUS_SUCCESS)
            throw std::runtime_error(std::string("cairo: ") + cairo_functions().cairo_status_to_string(status));
    }
    return bytes_;
}

void PdfDocument::save(const std::string& path) { write_file_atomically(path, finish()); }

std::string scene_png(const chart::Scene& scene, double pixels_per_point, double margin)
{
    const int width = static_cast<int>(std::ceil((scene.width + 2 * margin) * pixels_per_point));
    const int height = static_cast<int>(std::ceil((scene.height + 2 * margin) * pixels_per_point));
    cairo_surface_t* surface = cairo_functions().cairo_image_surface_create(CAIRO_FORMAT_RGB24, std::max(width, 1), std::max(height, 1));
    cairo_t* cr = cairo_functions().cairo_create(surface);
    // Text as wide as the PDF measured it when the scene was laid out: no metrics rounded to whole pixels.
    cairo_font_options_t* options = cairo_functions().cairo_font_options_create();
    cairo_functions().cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_functions().cairo_set_font_options(cr, options);
    cairo_functions().cairo_font_options_destroy(options);
    cairo_functions().cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_functions().cairo_paint(cr);
    cairo_functions().cairo_scale(cr, pixels_per_point, pixels_per_point);
    draw_scene(cr, scene, margin, margin);
    cairo_functions().cairo_destroy(cr);
    std::string bytes;
    const cairo_status_t status = cairo_functions().cairo_surface_write_to_png_stream(surface, append, &bytes);
    cairo_functions().cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        throw std::runtime_error(std::string("cairo: ") + cairo_functions().cairo_status_to_string(status));
    return bytes;
}

std::string decimal(double value, int decimals, const std::string& language)
{
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    std::string out = ec == std::errc{} ? std::string(buffer, end) : std::string("?");
    if (out.find_first_not_of("-0.") == std::string::npos && out.front() == '-')
        out.erase(0, 1); // no "-0,0"
    if (language == "nl")
        for (auto& c : out)
            if (c == '.')
                c = ',';
    return out;
}

} // namespace hs::report
