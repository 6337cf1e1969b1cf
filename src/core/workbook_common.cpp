#include "workbook_common.h"

#include <cmath>
#include <cstdio>

namespace hs::wb {

namespace {
std::string column_letters(int col)
{
    std::string s;
    for (int c = col + 1; c > 0; c = (c - 1) / 26)
        s.insert(s.begin(), static_cast<char>('A' + (c - 1) % 26));
    return s;
}
} // namespace

std::string cell(int row, int col) { return "$" + column_letters(col) + "$" + std::to_string(row + 1); }

std::string range(const std::string& sheet, int first_row, int first_col, int last_row, int last_col)
{
    return "=" + sheet_ref(sheet) + "!" + cell(first_row, first_col) + ":" + cell(last_row, last_col);
}

void score_cell(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const ScoreSummary& s, const std::string& lang)
{
    if (s.available())
        x.number(ws, row, col, s.mean);
    else
        x.text(ws, row, col, workbook_label(lang, s.availability == Availability::TooFewRespondents ? "too-few" : "no-scores"),
               CellStyle::Note);
}

void chart_cell(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const ScoreSummary& s)
{
    if (s.available())
        x.number(ws, row, col, s.mean);
}

void optional_number(XlsxWriter& x, lxw_worksheet* ws, int row, int col, double value, CellStyle style)
{
    if (!std::isnan(value))
        x.number(ws, row, col, value, style);
}

std::string verdict_text(Verdict v, const std::string& lang)
{
    switch (v) {
    case Verdict::Improved: return workbook_label(lang, "improved");
    case Verdict::Declined: return workbook_label(lang, "declined");
    case Verdict::NoClearChange: return workbook_label(lang, "no-clear-change");
    case Verdict::NotComparable: break;
    }
    return workbook_label(lang, "not-comparable");
}

std::string role_text(Role role, const std::string& lang) { return workbook_label(lang, "role-" + role_key(role)); }

void header_row(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<std::string>& headers)
{
    for (std::size_t c = 0; c < headers.size(); ++c)
        x.text(ws, row, static_cast<int>(c), headers[c], CellStyle::Header);
}

std::time_t date_to_time(const std::string& iso)
{
    std::tm tm{};
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return timegm(&tm);
}

} // namespace hs::wb
