// The spread chart's geometry: a bar per statement split by scale point in proportion to the answers, the
// diverging colours of the legend, counts where they fit, agreement in words, and words where numbers are withheld.
#include "chart/spread_chart.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hs::chart;

namespace {
// A font whose every character is 5 points wide at size 10: widths are easy to predict.
double fixed_width(const std::string& text, double size, bool) { return static_cast<double>(text.size()) * size / 2; }

bool same(const Colour& a, const Colour& b) { return a.r == Approx(b.r) && a.g == Approx(b.g) && a.b == Approx(b.b); }

const Text* find_text(const Scene& scene, const std::string& text)
{
    for (const auto& t : scene.texts)
        if (t.text == text)
            return &t;
    return nullptr;
}
} // namespace

TEST_CASE("the spread chart splits each statement's bar by scale point in proportion to its answers")
{
    SpreadSpec spec;
    spec.point_labels = {"1 Nooit", "2 Soms", "3 Vaak", "4 Altijd"};
    spec.agreement_heading = "overeenstemming (rwg)";
    spec.rows = {{"Eerst luisteren", {1, 0, 3, 6}, "0,62  deels eens", {}, "Eerst luisteren\nHet team is het deels eens."},
                 {"Een stelling met een heel erg lange tekst die nooit in de kolom past", {5, 5, 0, 0}, "0,20  oneens", {}, {}},
                 {"Doelen in eigen woorden", {}, {}, "te weinig respondenten", {}}};
    const double width = 500;
    const auto scene = spread_chart(spec, width, fixed_width);

    // The legend: a swatch per scale point, from orange (below the middle) through to blue (above it).
    REQUIRE(scene.rects.size() >= 4);
    const Colour first = scene.rects[0].fill, last = scene.rects[3].fill;
    CHECK(first.r > first.b + 0.3); // orange
    CHECK(last.b > last.r + 0.3);   // blue
    CHECK(find_text(scene, "1 Nooit"));
    CHECK(find_text(scene, "4 Altijd"));
    CHECK(find_text(scene, "overeenstemming (rwg)"));

    // Row one: three parts (no part for the point nobody chose), widths as 1 : 3 : 6, in the legend's colours.
    const std::vector<Rect> bars(scene.rects.begin() + 4, scene.rects.end());
    REQUIRE(bars.size() == 3 + 2); // row two: two parts; row three: none
    const double full = bars[0].w + bars[1].w + bars[2].w;
    CHECK(bars[1].w == Approx(3 * bars[0].w));
    CHECK(bars[2].w == Approx(6 * bars[0].w));
    CHECK(bars[1].x == Approx(bars[0].x + bars[0].w)); // side by side
    CHECK(same(bars[0].fill, scene.rects[0].fill));
    CHECK(same(bars[1].fill, scene.rects[2].fill));
    CHECK(same(bars[2].fill, scene.rects[3].fill));
    // Every row's bar spans the same width, whatever the number of answers.
    CHECK(bars[3].w + bars[4].w == Approx(full));
    CHECK(bars[3].x == Approx(bars[0].x));
    // Bars stay clear of the statements' column and of the agreement column on the right.
    const double label_width = std::min(width * 0.38, 285.0);
    CHECK(bars[0].x > label_width);
    CHECK(bars[2].x + bars[2].w < width - fixed_width("overeenstemming (rwg)", 7.5, false));

    // Counts in the parts wide enough for them; the agreement in words in a column of its own, its numbers under
    // each other and the widest text (here the heading) ending at the edge.
    CHECK(find_text(scene, "6"));
    CHECK(find_text(scene, "5"));
    const Text* agreement = find_text(scene, "0,62  deels eens");
    const Text* other = find_text(scene, "0,20  oneens");
    const Text* heading = find_text(scene, "overeenstemming (rwg)");
    REQUIRE((agreement && other && heading));
    CHECK(agreement->anchor == Anchor::Start);
    CHECK(other->x == Approx(agreement->x));
    CHECK(heading->x + fixed_width(heading->text, heading->size, false) == Approx(width));

    // A long statement is shortened to its column, its full text kept for the tooltip; a withheld one says why.
    bool shortened = false;
    for (const auto& t : scene.texts)
        if (t.tooltip == spec.rows[1].label) {
            shortened = true;
            CHECK(fixed_width(t.text, t.size, false) <= label_width + 1e-9);
        }
    CHECK(shortened);
    CHECK(find_text(scene, "te weinig respondenten"));

    // One region per statement, in order, explaining it under the pointer: its tooltip, else its label.
    REQUIRE(scene.regions.size() == 3);
    CHECK(scene.regions[0].tooltip == "Eerst luisteren\nHet team is het deels eens.");
    CHECK(scene.regions[1].tooltip == spec.rows[1].label);
    CHECK(scene.region_at(width / 2, bars[0].y + 1) == &scene.regions[0]);
    CHECK(scene.regions[2].y > scene.regions[1].y);
    CHECK(scene.height >= scene.regions[2].y + scene.regions[2].h);
}

TEST_CASE("the spread chart's legend wraps in a narrow box instead of running off it")
{
    SpreadSpec spec;
    spec.point_labels = {"1 Helemaal oneens", "2 Oneens", "3 Neutraal", "4 Eens", "5 Helemaal eens"};
    spec.rows = {{"Stelling", {1, 1, 1, 1, 1}, {}, {}, {}}};
    const double width = 260;
    const auto scene = spread_chart(spec, width, fixed_width);
    double lowest = 0;
    for (std::size_t p = 0; p < 5; ++p) {
        const Rect& swatch = scene.rects[p];
        CHECK(swatch.x + swatch.w <= width);
        lowest = std::max(lowest, swatch.y);
    }
    CHECK(lowest > scene.rects[0].y); // on a second line
    for (const auto& t : scene.texts)
        CHECK(t.x + (t.anchor == Anchor::Start ? fixed_width(t.text, t.size, false) : 0) <= width + 1e-9);
    CHECK(scene.regions.at(0).y > lowest); // the rows start under the legend
}
