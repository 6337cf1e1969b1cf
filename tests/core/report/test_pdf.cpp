// PDF building blocks: line breaking, numbers in the reader's language, a finished document.
#include "report/pdf_document.h"

#include <catch2/catch.hpp>

#include <array>
#include <clocale>
#include <cstdlib>
#include <sstream>

using namespace hs::report;

namespace {
bool valid_utf8(const std::string& s)
{
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (n == 0 || i + n > s.size())
            return false;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2)
                return false;
        i += n;
    }
    return true;
}
} // namespace

TEST_CASE("text is wrapped at the width, keeps every word and never splits a character")
{
    PdfDocument doc("test", "test");
    doc.new_page();
    const TextStyle style{10, false, {}};
    const std::string text = "Wij sluiten aan bij het tempo van cliënten, ook als een gesprek over herstel tijd kost; "
                             "één woord-dat-veel-te-lang-is-voor-een-regel-van-deze-breedte-ëëëëëëëëëë staat er ook in.";
    const auto lines = doc.wrap(text, 120, style);
    REQUIRE(lines.size() > 3);
    std::string joined;
    for (const auto& line : lines) {
        CHECK(doc.text_width(line, style) <= 120 + 1e-6);
        CHECK(valid_utf8(line));
        joined += line;
    }
    std::string without_spaces;
    for (char c : text)
        if (c != ' ')
            without_spaces += c;
    std::string joined_without_spaces;
    for (char c : joined)
        if (c != ' ')
            joined_without_spaces += c;
    CHECK(joined_without_spaces == without_spaces);
    const auto shortened = doc.fit(text, 100, style);
    CHECK(doc.text_width(shortened, style) <= 100 + 1e-6);
    CHECK(valid_utf8(shortened));
}

TEST_CASE("numbers are written in the reader's language whatever the process locale")
{
    const char* previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    const bool comma_locale = std::setlocale(LC_ALL, "nl_NL.UTF-8") != nullptr;
    CHECK(decimal(3.14159, 1, "nl") == "3,1");
    CHECK(decimal(3.14159, 2, "en") == "3.14");
    CHECK(decimal(-0.01, 1, "nl") == "0,0");
    CHECK(decimal(-0.26, 2, "nl") == "-0,26");
    std::setlocale(LC_ALL, saved.c_str());
    INFO("ran under a comma-decimal locale: " << comma_locale);
}

TEST_CASE("a finished document is a PDF with its pages")
{
    PdfDocument doc("Titel", "Onderwerp");
    doc.new_page();
    doc.text(100, 100, "Herstelspiegel ëé", {12, true, {}});
    doc.new_page();
    doc.text(100, 100, "2", {12, false, {}}); // cairo leaves out a last page that nothing was drawn on
    const auto bytes = doc.finish();
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    CHECK(doc.page_count() == 2);
    CHECK(bytes.find("/Count 2") != std::string::npos);
}

namespace {
cairo_status_t read_from(void* closure, unsigned char* data, unsigned int length)
{
    auto& in = *static_cast<std::istringstream*>(closure);
    return in.read(reinterpret_cast<char*>(data), length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR;
}
} // namespace

TEST_CASE("a chart scene drawn as a PNG picture puts every shape where the scene says, in its colour, on white")
{
    hs::chart::Scene scene;
    scene.width = 100;
    scene.height = 40;
    scene.rects.push_back({10, 10, 30, 20, {0.86, 0.45, 0.13}}); // orange
    scene.rects.push_back({60, 10, 30, 20, {0.16, 0.40, 0.70}}); // blue
    scene.texts.push_back({0, 38, "Hoop", 8, false, Anchor::Start, hs::chart::kInk, {}});
    const std::string png = scene_png(scene, 2.0, 5.0);
    REQUIRE(png.compare(1, 3, "PNG") == 0);

    std::istringstream in(png);
    cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read_from, &in);
    REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_image_surface_get_width(image) == 220); // (100 + 2 * 5) points at 2 pixels each
    CHECK(cairo_image_surface_get_height(image) == 100);
    const unsigned char* data = cairo_image_surface_get_data(image);
    const int stride = cairo_image_surface_get_stride(image);
    auto rgb = [&](double x, double y) { // scene points to the picture's pixel (B, G, R in memory)
        const unsigned char* p = data + static_cast<int>((y + 5) * 2) * stride + static_cast<int>((x + 5) * 2) * 4;
        return std::array<int, 3>{p[2], p[1], p[0]};
    };
    auto near = [](std::array<int, 3> a, std::array<int, 3> b) { // (cairo rounds a colour's bytes its own way)
        return std::abs(a[0] - b[0]) <= 2 && std::abs(a[1] - b[1]) <= 2 && std::abs(a[2] - b[2]) <= 2;
    };
    CHECK(near(rgb(25, 20), {219, 115, 33}));
    CHECK(near(rgb(75, 20), {41, 102, 179}));
    CHECK(near(rgb(50, 20), {255, 255, 255}));
    CHECK(near(rgb(-4, -4), {255, 255, 255})); // the margin
    int ink = 0; // the label's letters, dark, on its baseline's line
    for (double x = 0; x < 20; x += 0.5)
        for (double y = 32; y < 38; y += 0.5)
            ink += rgb(x, y)[0] < 100;
    CHECK(ink > 10);
    cairo_surface_destroy(image);
}
