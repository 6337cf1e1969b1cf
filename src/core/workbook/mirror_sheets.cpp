// The mirror in the workbooks: the team's Spiegel sheet, the gaps heading its coaching sheet, and the
// organisation's gap heat map.
#include "workbook/mirror_sheets.h"

#include "analysis/reason_text.h"
#include "common/i18n.h"
#include "workbook/workbook_common.h"

#include <algorithm>

namespace hs::wb {

namespace {

const std::vector<Perspective> kOthers = {Perspective::Client, Perspective::Relative};

std::string who(const std::string& lang, Perspective p) { return text_in(lang, perspective_msgid(p)); }

std::string dimension_title(const Questionnaire& q, const std::string& id, const std::string& lang)
{
    if (auto d = q.dimension_index(id))
        return q.dimensions[*d].title.in(lang);
    return id;
}

bool in_round(const MirrorResult& m, Perspective p)
{
    return std::find(m.perspectives.begin(), m.perspectives.end(), p) != m.perspectives.end();
}

// The team questionnaire of the mirror's round (its dimension titles).
const Questionnaire& team_questionnaire(const MirrorResult& m) { return *m.group(Perspective::Team)->questionnaire; }

// Whether a perspective has any number in the round.
bool shown_in(const MirrorResult& m, Perspective p)
{
    return std::any_of(m.dimensions.begin(), m.dimensions.end(), [p](const MirrorDimension& d) {
        const auto* s = d.score(p);
        return s && s->shown();
    });
}

// The verdict of a shown gap in words; "indicative" added when the other group is small.
std::string verdict_text(const std::string& lang, const char* verdict_msgid, bool indicative)
{
    std::string text = text_in(lang, verdict_msgid);
    if (indicative)
        text += " (" + text_in(lang, N_("indicative: fewer than 10 respondents")) + ")";
    return text;
}

// Positive gaps (the team sees itself more positively) in orange, negative in blue, white at no gap; anchored at
// half the scale's range either way, so the same colour means the same gap in every workbook.
void gap_colours(XlsxWriter& x, lxw_worksheet* ws, int first_row, int first_col, int last_row, int last_col,
                 const ReportDefinition& report)
{
    const double span = (report.scale_high - report.scale_low) / 2;
    x.colour_scale(ws, first_row, first_col, last_row, last_col, -span, 0, span, {0x5B9BD5, 0xFFFFFF, 0xF4B183});
}

// The sheet's title, the anonymity rule in force and what the sheet shows, in rows 0 to 2.
void title_block(XlsxWriter& x, lxw_worksheet* ws, const std::string& title, const std::string& explanation,
                 const AnalysisOptions& options, const std::string& lang)
{
    x.text(ws, 0, 0, title, CellStyle::Title);
    x.text(ws, 1, 0, threshold_note(lang, options), CellStyle::Note);
    x.text(ws, 2, 0, explanation, CellStyle::Note);
}

class MirrorSheet {
public:
    MirrorSheet(XlsxWriter& x, lxw_worksheet* ws, const std::string& sheet_name, const std::vector<MirrorResult>& rounds,
                const ReportDefinition& report, const std::string& lang)
        : x_(x), ws_(ws), sheet_name_(sheet_name), rounds_(rounds), report_(report), lang_(lang)
    {
        for (Perspective p : kOthers)
            if (std::any_of(rounds.begin(), rounds.end(), [p](const MirrorResult& r) { return in_round(r, p); }))
                others_.push_back(p);
    }

    void write(const std::string& team_name, bool with_chart, const AnalysisOptions& options)
    {
        title_block(x_, ws_, T(N_("The mirror: the team, its clients and their relatives")) + " – " + team_name,
                    T(N_("Gap: the team's mean minus that of its clients or relatives, with a 95% interval (Welch); positive "
                         "when the team sees itself more positively. Each perspective is a group of its own for the anonymity "
                         "rule, and a gap is shown only when both groups have numbers. Results of fewer than 10 clients or "
                         "relatives are indicative.")),
                    options, lang_);
        x_.column_width(ws_, 0, 0, 14);
        x_.column_width(ws_, 1, 1, 22);
        x_.column_width(ws_, 2, 2, 40);
        x_.column_width(ws_, 3, 3 + 2 + 7 * static_cast<int>(others_.size()), 12);
        if (rounds_.empty()) {
            x_.text(ws_, 4, 0, T(N_("No round of this team has a version for clients or relatives.")), CellStyle::Note);
            return;
        }
        const int last_row = table(4);
        if (with_chart)
            chart(last_row + 3);
    }

private:
    std::string T(const char* msgid) const { return text_in(lang_, msgid); }
    int gap_col(std::size_t other) const { return 5 + 7 * static_cast<int>(other); }

    // One row per round and dimension; returns the last row written.
    int table(int header)
    {
        std::vector<std::string> headers = {T(N_("Round")), T(N_("Dimension id")), T(N_("Dimension")),
                                            format(T(N_("Mean (%1)")), {who(lang_, Perspective::Team)}),
                                            format(T(N_("N (%1)")), {who(lang_, Perspective::Team)})};
        for (Perspective p : others_) {
            const std::string name = who(lang_, p);
            for (const char* h : {N_("Mean (%1)"), N_("N (%1)"), N_("Gap team - %1")})
                headers.push_back(format(T(h), {name}));
            headers.push_back(T(N_("95% interval from")));
            headers.push_back(T(N_("95% interval to")));
            headers.push_back(T(N_("Verdict")));
            headers.push_back(T(N_("Change of the gap since the previous round")));
        }
        header_row(x_, ws_, header, headers);
        x_.freeze(ws_, header + 1, 3);
        int row = header;
        for (const auto& r : rounds_) {
            for (const auto& d : r.dimensions) {
                ++row;
                x_.text(ws_, row, 0, r.round.label);
                x_.text(ws_, row, 1, d.id);
                x_.text(ws_, row, 2, dimension_title(team_questionnaire(r), d.id, lang_));
                score_cells(row, 3, r, d, Perspective::Team);
                for (std::size_t o = 0; o < others_.size(); ++o) {
                    score_cells(row, gap_col(o), r, d, others_[o]);
                    gap_cells(row, gap_col(o) + 2, d, others_[o]);
                }
            }
        }
        x_.autofilter(ws_, header, 0, row, static_cast<int>(headers.size()) - 1);
        for (std::size_t o = 0; o < others_.size(); ++o)
            gap_colours(x_, ws_, header + 1, gap_col(o) + 2, row, gap_col(o) + 2, report_);
        return row;
    }

    // Mean and N, or why there are none (a hidden group's N is not shown either).
    void score_cells(int row, int col, const MirrorResult& m, const MirrorDimension& d, Perspective p)
    {
        const MirrorScore* s = d.score(p);
        if (!in_round(m, p) || !s)
            x_.text(ws_, row, col, T(N_("not asked in this round")), CellStyle::Note);
        else if (!s->asked)
            x_.text(ws_, row, col, T(not_asked_msgid(p)), CellStyle::Note);
        else if (!s->score.available())
            x_.text(ws_, row, col, T(score_note_msgid(s->score)), CellStyle::Note);
        else {
            x_.number(ws_, row, col, s->score.mean);
            x_.number(ws_, row, col + 1, s->score.n, CellStyle::Integer);
        }
    }

    // Gap, interval, verdict and the gap's change since the previous round: only where the gap is shown.
    void gap_cells(int row, int col, const MirrorDimension& d, Perspective p)
    {
        const MirrorGap* g = d.gap(p);
        if (!g || !g->shown)
            return;
        x_.number(ws_, row, col, g->difference);
        if (g->interval_estimable) { // not from a consensus response: no spread, no interval
            x_.number(ws_, row, col + 1, g->low);
            x_.number(ws_, row, col + 2, g->high);
        }
        x_.text(ws_, row, col + 3, verdict_text(lang_, gap_verdict_msgid(g->verdict, p), g->indicative));
        if (g->change)
            x_.number(ws_, row, col + 4, *g->change);
    }

    // Team against clients (and relatives) per dimension in the latest round where another perspective has numbers:
    // the chart's data as a block of numbers (empty cells where there is none), then the chart below it.
    void chart(int data_header)
    {
        const MirrorResult* latest = nullptr;
        for (const auto& r : rounds_)
            if (std::any_of(others_.begin(), others_.end(), [&](Perspective p) { return shown_in(r, p); }))
                latest = &r;
        if (!latest)
            return;
        x_.text(ws_, data_header - 1, 0, T(N_("Chart data (empty cell: too few respondents)")) + ": " + latest->round.label,
                CellStyle::Note);
        const std::vector<Perspective> series = [&] {
            std::vector<Perspective> s = {Perspective::Team};
            for (Perspective p : others_)
                if (shown_in(*latest, p)) // a perspective with no numbers in the round would be an empty series
                    s.push_back(p);
            return s;
        }();
        x_.text(ws_, data_header, 2, T(N_("Dimension")), CellStyle::Header);
        for (std::size_t c = 0; c < series.size(); ++c)
            x_.text(ws_, data_header, 3 + static_cast<int>(c), who(lang_, series[c]), CellStyle::Header);
        int row = data_header;
        for (const auto& d : latest->dimensions) {
            const bool covered = std::any_of(series.begin() + 1, series.end(), [&](Perspective p) {
                const auto* s = d.score(p);
                return s && s->asked;
            });
            if (!covered) // a dimension clients and relatives cannot judge has nothing to hold up against the team
                continue;
            ++row;
            x_.text(ws_, row, 2, dimension_title(team_questionnaire(*latest), d.id, lang_));
            for (std::size_t c = 0; c < series.size(); ++c)
                if (const auto* s = d.score(series[c]); s && s->shown())
                    x_.number(ws_, row, 3 + static_cast<int>(c), s->score.mean);
        }
        if (row == data_header)
            return;
        lxw_chart* chart = x_.add_chart(LXW_CHART_COLUMN);
        const std::string title = format(T(N_("The team and its clients per dimension, round %1")), {latest->round.label});
        chart_title_set_name(chart, title.c_str());
        for (std::size_t c = 0; c < series.size(); ++c) {
            const int col = 3 + static_cast<int>(c);
            lxw_chart_series* s = chart_add_series(chart, range(sheet_name_, data_header + 1, 2, row, 2).c_str(),
                                                   range(sheet_name_, data_header + 1, col, row, col).c_str());
            chart_series_set_name_range(s, sheet_name_.c_str(), static_cast<lxw_row_t>(data_header), static_cast<lxw_col_t>(col));
        }
        chart_axis_set_min(chart->y_axis, report_.scale_low);
        chart_axis_set_max(chart->y_axis, report_.scale_high);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        x_.insert_chart(ws_, row + 2, 2, chart, 2.4, 1.8);
    }

    XlsxWriter& x_;
    lxw_worksheet* ws_;
    const std::string& sheet_name_;
    const std::vector<MirrorResult>& rounds_;
    const ReportDefinition& report_;
    const std::string& lang_;
    std::vector<Perspective> others_; // client and relative, as far as any round has them
};

} // namespace

void write_mirror_sheet(XlsxWriter& x, lxw_worksheet* ws, const std::string& sheet_name, const std::string& team_name,
                        bool with_chart, const std::vector<MirrorResult>& rounds, const ReportDefinition& report,
                        const AnalysisOptions& options, const std::string& lang)
{
    MirrorSheet(x, ws, sheet_name, rounds, report, lang).write(team_name, with_chart, options);
}

int write_largest_gaps(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<RankedGap>& gaps,
                       const Questionnaire& team_questionnaire, const std::string& lang)
{
    if (gaps.empty())
        return row;
    auto T = [&](const char* msgid) { return text_in(lang, msgid); };
    x.text(ws, row++, 0, T(N_("Largest gaps between the team and its clients or relatives")), CellStyle::Title);
    header_row(x, ws, row++,
               {"id", T(N_("Dimension")), T(N_("Compared with")), format(T(N_("Mean (%1)")), {who(lang, Perspective::Team)}),
                T(N_("Their mean")), T(N_("Gap")), T(N_("95% interval from")), T(N_("95% interval to")), T(N_("Verdict"))});
    for (const auto& g : gaps) {
        x.text(ws, row, 0, g.dimension_id);
        x.text(ws, row, 1, dimension_title(team_questionnaire, g.dimension_id, lang));
        x.text(ws, row, 2, who(lang, g.other));
        x.number(ws, row, 3, g.team);
        x.number(ws, row, 4, g.other_mean);
        x.number(ws, row, 5, g.gap);
        if (g.interval_estimable) {
            x.number(ws, row, 6, g.low);
            x.number(ws, row, 7, g.high);
        }
        x.text(ws, row, 8, verdict_text(lang, g.verdict, g.indicative));
        ++row;
    }
    return row + 1;
}

void write_mirror_map_sheet(XlsxWriter& x, lxw_worksheet* ws, const std::string& round_label, const Questionnaire& team_questionnaire,
                            const std::vector<MirrorResult>& teams, const ReportDefinition& report,
                            const AnalysisOptions& options, const std::string& lang)
{
    auto T = [&](const char* msgid) { return text_in(lang, msgid); };
    const auto& dims = team_questionnaire.dimensions;
    const int last_col = static_cast<int>(dims.size());
    title_block(x, ws, T(N_("Gaps between teams and their clients or relatives, round")) + " " + round_label,
                T(N_("Each cell: the team's mean minus that of its clients (or relatives) in this round. Orange: the team sees "
                     "itself more positively; blue: less positively. Empty: one of the two groups has too few respondents, or "
                     "nobody from that perspective answered. Teams are listed alphabetically: they are never ranked on what "
                     "their clients say.")),
                options, lang);
    x.freeze(ws, 4, 1);
    x.column_width(ws, 0, 0, 34);
    x.column_width(ws, 1, std::max(last_col, 1), 16);
    int row = 4;
    bool any = false;
    for (Perspective p : kOthers) {
        std::vector<const MirrorResult*> asked;
        for (const auto& t : teams)
            if (in_round(t, p))
                asked.push_back(&t);
        if (asked.empty())
            continue;
        any = true;
        // A dimension's coverage is the round's version's, the same for every team.
        std::vector<std::string> headers = {format(T(N_("Gap team - %1")), {who(lang, p)})};
        for (const auto& d : dims) {
            bool covered = false;
            for (const auto* t : asked)
                for (const auto& md : t->dimensions)
                    if (md.id == d.id)
                        if (const auto* s = md.score(p); s && s->asked)
                            covered = true;
            headers.push_back(covered ? d.title.in(lang) : d.title.in(lang) + " (" + T(not_asked_msgid(p)) + ")");
        }
        header_row(x, ws, row, headers);
        const int first = row + 1, last = row + static_cast<int>(asked.size());
        gap_colours(x, ws, first, 1, last, last_col, report);
        for (const auto* t : asked) {
            ++row;
            x.text(ws, row, 0, t->team.name);
            for (std::size_t c = 0; c < dims.size(); ++c)
                for (const auto& md : t->dimensions)
                    if (md.id == dims[c].id)
                        if (const auto* g = md.gap(p); g && g->shown)
                            x.number(ws, row, 1 + static_cast<int>(c), g->difference);
        }
        row += 2;
    }
    if (!any)
        x.text(ws, row, 0, T(N_("This round has no version for clients or relatives.")), CellStyle::Note);
}

} // namespace hs::wb
