#include "workbook/workbook_common.h"

#include "common/i18n.h"

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
        x.text(ws, row, col, text_in(lang, score_note_msgid(s)), CellStyle::Note);
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

std::string text_in(const std::string& lang, const char* msgid)
{
    return MessageCatalogue::for_language(lang).translate(msgid);
}

std::string threshold_note(const std::string& lang, const AnalysisOptions& options)
{
    return MessageCatalogue::for_language(lang).translate(
        N_("Groups of fewer than %1 respondents show no numbers, nor do the groups hidden with them so that no small "
           "group can be worked out from a total. Remarks are shown for groups of at least %2."),
        {std::to_string(options.anonymity_threshold), std::to_string(options.remark_threshold)});
}

void header_row(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<std::string>& headers)
{
    for (std::size_t c = 0; c < headers.size(); ++c)
        x.text(ws, row, static_cast<int>(c), headers[c], CellStyle::Header);
}

int write_questionnaire(XlsxWriter& x, lxw_worksheet* ws, int row, const Questionnaire& q, const Questionnaire* older,
                        const std::string& lang)
{
    auto T = [&](const char* msgid) { return text_in(lang, msgid); };
    x.text(ws, row++, 0, T(N_("Questionnaire")) + " " + q.id + ", " + T(N_("Version")) + " " + q.version + ": " + q.title.in(lang),
           CellStyle::Title);
    header_row(x, ws, row++,
               {T(N_("Part")), T(N_("Dimension id")), T(N_("Dimension")), T(N_("Item id")), T(N_("Statement")),
                T(N_("Explanation")), T(N_("Reverse scored")), T(N_("Status in this version"))});
    for (const auto& item : q.items) {
        const Dimension& d = q.dimensions[*q.dimension_index(item.dimension_id)];
        x.text(ws, row, 0, q.part_of(d).title.in(lang));
        x.text(ws, row, 1, d.id);
        x.text(ws, row, 2, d.title.in(lang));
        x.text(ws, row, 3, item.id);
        x.text(ws, row, 4, item.text.in(lang), CellStyle::Wrapped);
        x.text(ws, row, 5, item.explanation.in(lang), CellStyle::Wrapped);
        x.text(ws, row, 6, T(item.reverse ? N_("yes") : N_("no")));
        if (older && !older->item_index(item.id))
            x.text(ws, row, 7, T(N_("new since the previous version")));
        ++row;
    }
    if (older) {
        std::vector<std::string> retired;
        for (const auto& m : match_items(*older, q))
            if (m.presence == ItemPresence::Retired)
                retired.push_back(m.id);
        if (!retired.empty()) {
            x.text(ws, row++, 0, T(N_("Items that appeared in an earlier version and are now retired:")), CellStyle::Note);
            for (const auto& id : retired)
                x.text(ws, row++, 3, id);
        }
    }
    x.column_width(ws, 0, 0, 26);
    x.column_width(ws, 1, 1, 22);
    x.column_width(ws, 2, 2, 36);
    x.column_width(ws, 3, 3, 30);
    x.column_width(ws, 4, 5, 60);
    x.column_width(ws, 6, 7, 16);
    return row + 1;
}

std::time_t date_to_time(const std::string& iso)
{
    std::tm tm{};
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday) != 3)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
#ifdef _WIN32
    return _mkgmtime(&tm); // the C runtime's name for timegm
#else
    return timegm(&tm);
#endif
}

} // namespace hs::wb
