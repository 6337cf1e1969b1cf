#pragma once
// How the workbooks' charts read at a glance: a marker on every point (a round between two hidden ones is still
// seen), axis titles, statements named by a short text instead of an id, and answer positions coloured with the
// chart wing's diverging scale around the scale's middle (the same colours as the PDF and the windows).
#include "workbook/xlsx_writer.h"

#include <string>
#include <vector>

namespace hs::wb {

// A line or radar series with a round marker on every point.
void mark_points(lxw_chart_series* series);
// Titles on both axes (an empty title leaves that axis without one).
void axis_titles(lxw_chart* chart, const std::string& x_title, const std::string& y_title);
// A series filled with the colour of answer position `point` (0-based) of `points` positions: orange below the
// middle, grey at it, blue above.
void fill_answer_position(lxw_chart_series* series, int point, int points);
// `text` cut at a word boundary to at most `max_chars` characters (UTF-8 aware), with an ellipsis when cut.
std::string short_text(const std::string& text, std::size_t max_chars = 48);
// The statements as a chart's category axis can show them: a lead-in of three or more words that at least a
// quarter of them share ("In de afgelopen maand") left out, so what tells them apart comes first; then cut
// with short_text.
std::vector<std::string> short_statements(const std::vector<std::string>& texts, std::size_t max_chars = 48);

} // namespace hs::wb
