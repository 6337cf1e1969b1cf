#pragma once
// Pieces shared by the workbook builders.
#include "analysis/analysis.h"
#include "workbook/workbook_labels.h"
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

std::string verdict_text(Verdict v, const std::string& lang);
std::string role_text(Role role, const std::string& lang);
void header_row(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<std::string>& headers);

// The questionnaire as used, from `row` on: title, then per item its part, dimension, id, text, explanation,
// reverse scoring and (with `older`) whether it is new since that version; retired items listed after.
// Returns the first free row after it.
int write_questionnaire(XlsxWriter& x, lxw_worksheet* ws, int row, const Questionnaire& q, const Questionnaire* older,
                        const std::string& lang);

// Midnight UTC of an ISO date (the workbook's fixed "created" time); 0 when not a date.
std::time_t date_to_time(const std::string& iso_date);

} // namespace hs::wb
