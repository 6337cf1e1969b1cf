#pragma once
// Pieces shared by the workbook builders.
#include "analysis/analysis.h"
#include "common/message_catalogue.h"
#include "workbook/xlsx_writer.h"

#include <ctime>
#include <string>

namespace hs::wb {

// "$A$1"-style absolute reference and "=Sheet!$A$1:$B$2" ranges for charts.
std::string cell(int row, int col);
std::string range(const std::string& sheet, int first_row, int first_col, int last_row, int last_col);

// A score cell: the mean as a number, or the reason there is none as text.
void score_cell(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const ScoreSummary& s, const std::string& lang);
// Like score_cell, but leaves the cell empty when there is no number (charts show a gap, never a false zero).
void chart_cell(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const ScoreSummary& s);
void optional_number(XlsxWriter& x, lxw_worksheet* ws, int row, int col, double value, CellStyle style = CellStyle::Number2);

// A text of the workbook in its language ("nl" or "en"), through the program's one catalogue; the workbook's
// language is the report's choice, independent of the language the program runs in.
std::string text_in(const std::string& lang, const char* msgid);
// The anonymity rule as the reader of a sheet needs to know it, with the thresholds in use.
std::string threshold_note(const std::string& lang, const AnalysisOptions& options);
void header_row(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<std::string>& headers);

// The questionnaire as used, from `row` on: title, then per item its part, dimension, id, text, explanation,
// reverse scoring and (with `older`) whether it is new since that version; retired items listed after.
// Returns the first free row after it.
int write_questionnaire(XlsxWriter& x, lxw_worksheet* ws, int row, const Questionnaire& q, const Questionnaire* older,
                        const std::string& lang);

// Midnight UTC of an ISO date (the workbook's fixed "created" time); 0 when not a date.
std::time_t date_to_time(const std::string& iso_date);

} // namespace hs::wb
