// The workbooks' chart styling; see chart_style.h.
#include "workbook/chart_style.h"

#include "chart/scene.h"
#include <algorithm>
#include <vector>

#include <cmath>
#include <map>

namespace hs::wb {

void mark_points(lxw_chart_series* series)
{
    chart_series_set_marker_type(series, LXW_CHART_MARKER_CIRCLE);
    chart_series_set_marker_size(series, 6);
}

void axis_titles(lxw_chart* chart, const std::string& x_title, const std::string& y_title)
{
    if (!x_title.empty())
        chart_axis_set_name(chart->x_axis, x_title.c_str());
    if (!y_title.empty())
        chart_axis_set_name(chart->y_axis, y_title.c_str());
}

void fill_answer_position(lxw_chart_series* series, int point, int points)
{
    const chart::Colour c = chart::diverging_colour(point, 0, std::max(1, points - 1));
    auto byte = [](double v) { return static_cast<lxw_color_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    lxw_chart_fill fill = {};
    fill.color = (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
    chart_series_set_fill(series, &fill);
}

std::string short_text(const std::string& text, std::size_t max_chars)
{
    // Character boundaries: the byte offsets where a UTF-8 sequence starts.
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            starts.push_back(i);
    if (starts.size() <= max_chars)
        return text;
    std::size_t cut = starts[max_chars - 1]; // room for the ellipsis
    const std::size_t space = text.rfind(' ', cut);
    if (space != std::string::npos && space > cut / 2)
        cut = space;
    std::string kept = text.substr(0, cut);
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';'))
        kept.pop_back();
    return kept + "\xE2\x80\xA6";
}

namespace {
// The first `n` words of `text` with the space after them, or empty when it has fewer words.
std::string lead_in(const std::string& text, int n)
{
    std::size_t at = 0;
    for (int w = 0; w < n; ++w) {
        at = text.find(' ', at);
        if (at == std::string::npos)
            return {};
        ++at;
    }
    return text.substr(0, at);
}
} // namespace

std::vector<std::string> short_statements(const std::vector<std::string>& texts, std::size_t max_chars)
{
    // The longest shared lead-in wins: "In de afgelopen maand " before "In de afgelopen ".
    std::string common;
    for (int words = 6; words >= 3 && common.empty(); --words) {
        std::map<std::string, std::size_t> count;
        for (const auto& t : texts)
            if (auto lead = lead_in(t, words); !lead.empty())
                ++count[lead];
        for (const auto& [lead, n] : count)
            if (n * 4 >= texts.size() && n >= 3 && (common.empty() || n > count[common]))
                common = lead;
    }
    std::vector<std::string> out;
    for (const auto& t : texts) {
        std::string rest = !common.empty() && t.rfind(common, 0) == 0 ? t.substr(common.size()) : t;
        if (!rest.empty() && rest[0] >= 'a' && rest[0] <= 'z')
            rest[0] = static_cast<char>(rest[0] - 'a' + 'A');
        while (!rest.empty() && (rest.back() == '.' || rest.back() == ' '))
            rest.pop_back();
        out.push_back(short_text(rest, max_chars));
    }
    return out;
}

} // namespace hs::wb
