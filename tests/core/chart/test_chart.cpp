// The chart builders: geometry that every back end draws the same way.
#include "chart/profile_chart.h"
#include "chart/trend_chart.h"

#include <catch2/catch.hpp>

using namespace hs::chart;

namespace {
// A font whose every character is 5 points wide at size 10: widths are easy to predict.
double fixed_width(const std::string& text, double size, bool) { return static_cast<double>(text.size()) * size / 2; }
} // namespace

TEST_CASE("the profile chart draws a bar per theme in proportion to its score, and words where there is none")
{
    ProfileSpec spec;
    spec.rows = {{"Houding", {}, {}, {}, true, {}},
                 {"Presentie", 4.0, 3.0, {}, false, {}},
                 {"Hoop", {}, {}, "te weinig respondenten", false, {}},
                 {"Een thema met een heel erg lange naam die niet past", 2.0, {}, {}, false, {}}};
    spec.legend_current = "deze ronde";
    spec.legend_previous = "vorige ronde";
    spec.decimal_point = ",";
    const auto scene = profile_chart(spec, 400, fixed_width);

    // Two bars (plus the legend's swatch), none for the theme without a number.
    REQUIRE(scene.rects.size() == 3);
    const auto& four = scene.rects[0];
    const auto& two = scene.rects[1];
    CHECK(four.w == Approx(3 * two.w)); // 4 and 2 on a scale from 1: three times as long
    CHECK(four.x == two.x);
    // The previous round as one marker (plus the legend's), at the position of 3 on the scale.
    REQUIRE(scene.markers.size() == 2);
    CHECK(scene.markers[0].x == Approx(four.x + four.w / 1.5));
    auto has_text = [&](const std::string& t) {
        for (const auto& text : scene.texts)
            if (text.text == t)
                return true;
        return false;
    };
    CHECK(has_text("4,0"));
    CHECK(has_text("2,0"));
    CHECK(has_text("te weinig respondenten"));
    CHECK(has_text("Houding"));
    // A label too long for its column is shortened, with the full text kept for a tooltip.
    bool shortened = false;
    for (const auto& text : scene.texts)
        if (text.tooltip == "Een thema met een heel erg lange naam die niet past") {
            shortened = true;
            CHECK(fixed_width(text.text, text.size, false) <= 400 * 0.42 + 1e-9);
            CHECK(text.text.substr(text.text.size() - 3) == "\xE2\x80\xA6");
        }
    CHECK(shortened);
    CHECK(scene.height > 4 * 14);
    // Every row explains itself under the pointer, over the row's full width: its own tooltip, else its label.
    REQUIRE(scene.regions.size() == 4);
    const Region* row_of_four = scene.region_at(300, scene.rects[0].y + 1);
    REQUIRE(row_of_four);
    CHECK(row_of_four->tooltip == "Presentie");
    CHECK(scene.region_at(1, scene.regions[0].y + 1)->tooltip == "Houding");
    CHECK(scene.region_at(1, scene.height - 1) == nullptr); // the legend explains nothing
    spec.rows[1].tooltip = "Presentie: 4,0\nRuimte voor het levensverhaal";
    CHECK(profile_chart(spec, 400, fixed_width).regions[1].tooltip == spec.rows[1].tooltip);
}

TEST_CASE("bar colours diverge from grey at the scale's middle: blue above, orange below")
{
    const auto middle = diverging_colour(3, 1, 5);
    const auto high = diverging_colour(5, 1, 5);
    const auto low = diverging_colour(1, 1, 5);
    CHECK(middle.r == Approx(middle.b));
    CHECK(high.b > high.r);
    CHECK(low.r > low.b);
    const auto a_bit_high = diverging_colour(3.5, 1, 5);
    // Closer to the middle, closer to grey: less blue than the top of the scale, but blue all the same.
    CHECK(a_bit_high.b - a_bit_high.r > 0);
    CHECK(a_bit_high.b - a_bit_high.r < high.b - high.r);
}

TEST_CASE("the trend chart marks every round with a number, leaves gaps, and joins no points across a break")
{
    TrendSpec spec;
    spec.rounds = {"2025-voorjaar", "2025-najaar", "2026-voorjaar", "2026-najaar"};
    // A round hidden between two shown ones, and the questionnaire changed before the last round.
    spec.series = {{"Presentie", {3.0, std::nullopt, 4.0, 4.5}}, {"Hoop", {2.0, 2.5, 3.0, 3.5}}};
    spec.breaks = {{3, "vragenlijst 2.0"}};
    const auto scene = trend_chart(spec, 500, 250, fixed_width);
    // Markers: 3 + 4, one per round with a number.
    REQUIRE(scene.markers.size() == 7);
    // Lines between neighbours with numbers, none across the gap or the break: Presentie none (1-2 gap, 2-3
    // gap, 3-4 break), Hoop two (1-2, 2-3).
    std::size_t joined = 0;
    for (const auto& l : scene.lines)
        joined += !l.dashed && l.width > 1;
    CHECK(joined == 2);
    std::size_t dashed = 0;
    for (const auto& l : scene.lines)
        dashed += l.dashed;
    CHECK(dashed == 1);
    // Higher scores sit higher: Hoop's 3.5 above its 2.0.
    CHECK(scene.markers[6].y < scene.markers[3].y);
    // The legend names each theme, with its full name under the pointer.
    REQUIRE(scene.regions.size() == 2);
    CHECK(scene.regions[1].tooltip == "Hoop");
    CHECK(series_colour(0).b > series_colour(0).r);
}
