// The team trend workbook: one sheet per entry of the report definition, in its order.
#include "analysis/team_trend.h"
#include "common/i18n.h"
#include "common/ids.h"
#include "workbook/agreements_sheet.h"
#include "workbook/mirror_sheets.h"
#include "workbook/chart_style.h"
#include "workbook/workbook_common.h"
#include "workbook/workbooks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace hs {

namespace {

using namespace wb;

// The overview's charts, side by side under the table: a chart is 480 by 288 pixels before scaling.
constexpr double kOverviewChartXScale = 1.2, kOverviewChartYScale = 1.5;
constexpr int kOverviewChartWidth = static_cast<int>(480 * kOverviewChartXScale);
constexpr int kOverviewChartRows = 22; // 432 pixels in rows of 20

// The last column needed to reach `pixels` from column A, with the given column widths (in characters; columns
// after them at Excel's default width), measured as Excel does: 7 pixels a character and 5 of padding.
int last_column_within(const std::vector<double>& widths, int pixels)
{
    int col = 0;
    for (double x = 0;; ++col) {
        const double w = static_cast<std::size_t>(col) < widths.size() ? widths[static_cast<std::size_t>(col)] : 8.43;
        x += std::floor(w * 7 + 0.5) + 5;
        if (x >= pixels)
            return col;
    }
}

class TeamWorkbook {
public:
    TeamWorkbook(Store& store, RowId team, const ReportDefinition& report, const ExportSettings& settings)
        : store_(store), report_(report)
    {
        lang_ = settings.language.empty() ? report.language : settings.language;
        options_.anonymity_threshold = settings.anonymity_threshold.value_or(report.anonymity_threshold);
        options_.remark_threshold = settings.remark_threshold.value_or(report.remark_threshold);
        options_.validate();
        // Read once, every perspective: the trend and the team's sheets take the team's responses, the mirrors all.
        ResponseQuery query;
        query.team = team;
        query.perspective = std::nullopt;
        auto all = store.load_responses(query);
        std::vector<ResponseRecord> responses;
        for (const auto& r : all)
            if (r.info.perspective == Perspective::Team)
                responses.push_back(r);
            else if (r.info.status == ResponseStatus::Complete)
                others_answered_ = true;
        trend_ = team_trend(store, team, responses, options_, ChangesOf::LatestRound); // the one shown
        agreements_ = follow_up_agreements(store, trend_, settings.today.empty() ? today_iso() : settings.today);
        for (auto& r : responses)
            responses_[r.info.round_id].push_back(std::move(r));
        latest_ = trend_.latest_with_numbers();
        previous_ = latest_ ? trend_.previous_of(*latest_) : nullptr;
        mirrors_ = team_mirrors(store, team, options_, trend_, std::move(all));
    }

    void write(const std::string& path, const ExportProgress& progress)
    {
        std::time_t created = trend_.rounds.empty() ? 0 : date_to_time(trend_.rounds.back().round.date);
        XlsxWriter x(path, false, created);
        x_ = &x;
        const double steps = static_cast<double>(report_.sheets.size()) + 1;
        double done = 0;
        for (const auto& sheet : report_.sheets) {
            const std::string title = sheet.title.in(lang_);
            if (progress)
                progress(done / steps, title);
            lxw_worksheet* ws = x.add_sheet(title);
            page_header(ws, title, sheet.type == SheetType::Dimensions || sheet.type == SheetType::Items);
            switch (sheet.type) {
            case SheetType::Overview: overview(ws, title, sheet); break;
            case SheetType::Coaching: coaching(ws); break;
            case SheetType::Dimensions: dimensions(ws); break;
            case SheetType::Items: items(ws); break;
            case SheetType::Distribution: distribution(ws, title, sheet); break;
            case SheetType::Perspectives: perspectives(ws); break;
            case SheetType::Remarks: remarks(ws); break;
            case SheetType::Agreements: write_agreements_sheet(x, ws, trend_, agreements_, lang_); break;
            case SheetType::Mirror:
                write_mirror_sheet(x, ws, title, trend_.team.name, sheet.chart != ChartChoice::None, mirrors_, report_, options_,
                                   lang_);
                break;
            case SheetType::Questionnaire: questionnaire(ws); break;
            case SheetType::Comparison:
            case SheetType::OrganisationTrend:
            case SheetType::MirrorMap:
            case SheetType::Instrument: break; // refused by the report loader for this kind
            }
            ++done;
        }
        if (progress)
            progress(done / steps, tr(N_("saving the file")));
        x.commit();
        if (progress)
            progress(1.0, "");
    }

private:
    std::string T(const char* msgid) const { return text_in(lang_, msgid); }
    // Why a sheet shows no numbers: no completed questionnaire at all, or too few in every round.
    std::string no_numbers_note() const
    {
        if (trend_.rounds.empty() && others_answered_)
            return T(N_("No completed questionnaires of the team itself; what its clients or relatives answered is on the mirror sheet."));
        if (trend_.rounds.empty())
            return T(N_("No completed questionnaires for this team."));
        return format(T(N_("Too few completed questionnaires in every round to show numbers: at least %1 per round, so that no answer can be traced to a person.")),
                      {std::to_string(options_.anonymity_threshold)});
    }

    // Every printed page says whose workbook it is, which sheet, up to which round (or, on a sheet that prints
    // one round of many, which one), and which page.
    void page_header(lxw_worksheet* ws, const std::string& sheet_title, bool prints_one_round)
    {
        std::string rounds =
            trend_.rounds.empty() ? std::string() : format(T(N_("rounds up to %1")), {trend_.rounds.back().round.label});
        if (prints_one_round && printed_round() && trend_.rounds.size() > 1)
            rounds = format(T(N_("printed: round %1 (the sheet holds every round)")), {printed_round()->round.label});
        x_->page_header(ws, "Herstelspiegel \xC2\xB7 " + trend_.team.name, sheet_title, rounds,
                        "&C" + T(N_("page &P of &N")));
    }

    // The round a sheet with a row per round and statement prints: the latest with numbers (or else the last), so
    // the printout stays a page however many rounds the team has had.
    const TeamRoundResult* printed_round() const
    {
        return latest_ ? latest_ : (trend_.rounds.empty() ? nullptr : &trend_.rounds.back());
    }

    // Prints only the rows [first, last] of the printed round, on one page, under the repeated headings.
    void print_one_round(lxw_worksheet* ws, int first, int last, int last_col)
    {
        if (first < 0 || last < first || trend_.rounds.size() < 2)
            return; // one round: the whole sheet is that round
        x_->print_area(ws, first, 0, last, last_col);
        x_->fit_to_pages(ws, 1, 1);
    }

    // The dimensions to show, by id: the latest questionnaire's order, then any retired ones.
    std::vector<std::pair<std::string, std::string>> dimension_rows() const // (id, title)
    {
        std::vector<std::pair<std::string, std::string>> rows;
        std::set<std::string> seen;
        for (std::size_t i = trend_.rounds.size(); i-- > 0;) {
            const Questionnaire& q = *trend_.rounds[i].result.questionnaire;
            for (const auto& d : q.dimensions)
                if (seen.insert(d.id).second)
                    rows.emplace_back(d.id, d.title.in(lang_));
        }
        return rows;
    }

    std::string part_title_of(const std::string& dim_id) const
    {
        for (std::size_t i = trend_.rounds.size(); i-- > 0;) {
            const Questionnaire& q = *trend_.rounds[i].result.questionnaire;
            if (auto d = q.dimension_index(dim_id))
                return q.part_of(q.dimensions[*d]).title.in(lang_);
        }
        return "";
    }

    void title_block(lxw_worksheet* ws, const std::string& heading)
    {
        x_->text(ws, 0, 0, heading + " – " + trend_.team.name, CellStyle::Title);
        x_->text(ws, 1, 0, threshold_note(lang_, options_), CellStyle::Note);
    }

    void overview(lxw_worksheet* ws, const std::string& sheet_name, const SheetDefinition& def)
    {
        title_block(ws, T(N_("Dimension scores per round")));
        auto dims = dimension_rows();
        const int header = 3;
        const int n_rounds = static_cast<int>(trend_.rounds.size());
        header_row(*x_, ws, header, {T(N_("Part")), T(N_("Dimension"))});
        for (int r = 0; r < n_rounds; ++r)
            x_->text(ws, header, 2 + r, trend_.rounds[static_cast<std::size_t>(r)].round.label, CellStyle::Header);
        version_row(ws, header - 1);
        x_->column_width(ws, 0, 0, 28); // these widths also set the print area's width below
        x_->column_width(ws, 1, 1, 44);
        x_->column_width(ws, 2, 2 + std::max(n_rounds, 1), 14);
        x_->freeze(ws, header + 1, 2);
        x_->repeat_rows(ws, header, header);
        if (trend_.rounds.empty()) {
            x_->text(ws, header + 1, 0, no_numbers_note(), CellStyle::Note);
            return;
        }
        for (std::size_t d = 0; d < dims.size(); ++d) {
            const int row = header + 1 + static_cast<int>(d);
            x_->text(ws, row, 0, part_title_of(dims[d].first));
            x_->text(ws, row, 1, dims[d].second);
            for (int r = 0; r < n_rounds; ++r)
                if (const auto* dr = trend_.rounds[static_cast<std::size_t>(r)].result.dimension(dims[d].first))
                    score_cell(*x_, ws, row, 2 + r, dr->score, lang_);
        }
        const int last_row = header + static_cast<int>(dims.size());
        x_->colour_scale(ws, header + 1, 2, last_row, 1 + n_rounds, report_.scale_low, report_.scale_mid, report_.scale_high);
        break_notes(ws, last_row + 1);

        // Printed on one page: the table with the charts in a row under it. The charts' numbers sit below them,
        // outside the print area (they repeat the table with gaps where a round is hidden).
        const Questionnaire& latest_q = *trend_.rounds.back().result.questionnaire;
        const int n_charts = (def.chart != ChartChoice::None ? static_cast<int>(latest_q.parts.size()) : 0) +
                             (def.radar && latest_ ? 1 : 0);
        const int chart_row = last_row + 3;
        const int data_header = chart_row + (n_charts > 0 ? kOverviewChartRows + 2 : 0) + 1;
        x_->text(ws, data_header - 1, 0, T(N_("Chart data (empty cell: too few respondents)")), CellStyle::Note);
        x_->text(ws, data_header, 1, T(N_("Dimension")), CellStyle::Header);
        for (int r = 0; r < n_rounds; ++r)
            x_->text(ws, data_header, 2 + r, trend_.rounds[static_cast<std::size_t>(r)].round.label, CellStyle::Header);
        for (std::size_t d = 0; d < dims.size(); ++d) {
            const int row = data_header + 1 + static_cast<int>(d);
            x_->text(ws, row, 1, dims[d].second);
            for (int r = 0; r < n_rounds; ++r)
                if (const auto* dr = trend_.rounds[static_cast<std::size_t>(r)].result.dimension(dims[d].first))
                    chart_cell(*x_, ws, row, 2 + r, dr->score);
        }

        int chart_x = 0; // pixels from column A
        if (def.chart != ChartChoice::None) {
            // One chart per part keeps each readable: about ten lines at most.
            for (const auto& part : latest_q.parts) {
                lxw_chart* chart = x_->add_chart(def.chart == ChartChoice::Column ? LXW_CHART_COLUMN : LXW_CHART_LINE);
                const std::string title = T(N_("Trend across rounds")) + ": " + part.title.in(lang_);
                chart_title_set_name(chart, title.c_str());
                for (std::size_t d = 0; d < dims.size(); ++d) {
                    auto di = latest_q.dimension_index(dims[d].first);
                    if (!di || latest_q.dimensions[*di].part_id != part.id)
                        continue;
                    const int row = data_header + 1 + static_cast<int>(d);
                    lxw_chart_series* s = chart_add_series(chart, range(sheet_name, data_header, 2, data_header, 1 + n_rounds).c_str(),
                                                           range(sheet_name, row, 2, row, 1 + n_rounds).c_str());
                    chart_series_set_name_range(s, sheet_name.c_str(), static_cast<lxw_row_t>(row), 1);
                    mark_points(s);
                }
                axis_titles(chart, T(N_("Round")), T(N_("Mean score")));
                chart_axis_set_min(chart->y_axis, report_.scale_low);
                chart_axis_set_max(chart->y_axis, report_.scale_high);
                chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
                x_->insert_chart(ws, chart_row, 0, chart, kOverviewChartXScale, kOverviewChartYScale, chart_x);
                chart_x += kOverviewChartWidth;
            }
        }
        if (def.radar && latest_) {
            lxw_chart* radar = x_->add_chart(LXW_CHART_RADAR_WITH_MARKERS);
            chart_title_set_name(radar, T(N_("Latest round against the previous one")).c_str());
            const int first = data_header + 1, last = data_header + static_cast<int>(dims.size());
            for (const TeamRoundResult* rr : {previous_, latest_}) {
                if (!rr)
                    continue;
                const int col = 2 + static_cast<int>(rr - trend_.rounds.data());
                lxw_chart_series* s = chart_add_series(radar, range(sheet_name, first, 1, last, 1).c_str(),
                                                       range(sheet_name, first, col, last, col).c_str());
                chart_series_set_name_range(s, sheet_name.c_str(), static_cast<lxw_row_t>(data_header), static_cast<lxw_col_t>(col));
                mark_points(s);
            }
            chart_axis_set_min(radar->y_axis, report_.scale_low);
            chart_axis_set_max(radar->y_axis, report_.scale_high);
            chart_legend_set_position(radar, LXW_CHART_LEGEND_BOTTOM);
            x_->insert_chart(ws, chart_row, 0, radar, kOverviewChartXScale, kOverviewChartYScale, chart_x);
            chart_x += kOverviewChartWidth;
        }
        // The print area runs to the wider of the table and the charts.
        std::vector<double> widths = {28, 44};
        widths.resize(static_cast<std::size_t>(3 + std::max(n_rounds, 1)), 14);
        const int last_col = std::max(1 + n_rounds, last_column_within(widths, chart_x));
        x_->print_area(ws, 0, 0, data_header - 2, last_col);
        x_->fit_to_pages(ws, 1, 1);
    }

    // The questionnaire version above each round's column; a round where it changed is marked as a break.
    void version_row(lxw_worksheet* ws, int row)
    {
        x_->text(ws, row, 1, T(N_("Questionnaire version")), CellStyle::Note);
        for (std::size_t r = 0; r < trend_.rounds.size(); ++r) {
            const auto& rr = trend_.rounds[r];
            std::string text = "v" + rr.result.questionnaire->version; // text, never a number: "2.0" is no score
            if (rr.version_break)
                text += " (" + T(N_("break in the trend")) + ")";
            x_->text(ws, row, 2 + static_cast<int>(r), text, rr.version_break ? CellStyle::Header : CellStyle::Note);
        }
    }

    // One line saying where the trend breaks and how many statements carry on.
    std::string break_text(const std::string& round_label, const VersionBreak& b) const
    {
        return format(text_in(lang_, N_("Break in the trend at %1: questionnaire %2 to %3; %4 statements comparable (same id), "
                                 "%5 new, %6 retired. Dimension scores across the break rest on other statements: do not "
                                 "read a difference there as change.")),
                      {round_label, b.previous_version, b.version, std::to_string(b.comparable), std::to_string(b.added),
                        std::to_string(b.retired)});
    }

    void break_notes(lxw_worksheet* ws, int row)
    {
        std::string text;
        for (const auto& rr : trend_.rounds)
            if (rr.version_break)
                text += (text.empty() ? "" : " ") + break_text(rr.round.label, *rr.version_break);
        if (!text.empty())
            x_->text(ws, row, 0, text, CellStyle::Note);
    }

    void dimensions(lxw_worksheet* ws)
    {
        header_row(*x_, ws, 0,
                   {T(N_("Round")), T(N_("Date")), T(N_("Part")), T(N_("Dimension id")), T(N_("Dimension")), T(N_("N")),
                    T(N_("Mean")), T(N_("Median")), T(N_("SD")), T(N_("Agreement (rwg)")), T(N_("Share n/a")),
                    T(N_("Share don't know")), T(N_("Share unanswered"))});
        int row = 1, printed_first = -1, printed_last = -1;
        for (const auto& rr : trend_.rounds) {
            const Questionnaire& q = *rr.result.questionnaire;
            if (&rr == printed_round())
                printed_first = row, printed_last = row + static_cast<int>(rr.result.dimensions.size()) - 1;
            for (const auto& d : rr.result.dimensions) {
                const Dimension& def = q.dimensions[d.index];
                x_->text(ws, row, 0, rr.round.label);
                x_->text(ws, row, 1, rr.round.date);
                x_->text(ws, row, 2, q.part_of(def).title.in(lang_));
                x_->text(ws, row, 3, d.id);
                x_->text(ws, row, 4, def.title.in(lang_));
                stat_columns(ws, row, 5, d.score, d.agreement, d.shares, rr.result.availability);
                ++row;
            }
        }
        finish_table(ws, row, 12, 6);
        print_one_round(ws, printed_first, printed_last, 12);
        x_->column_width(ws, 0, 1, 13);
        x_->column_width(ws, 2, 2, 26);
        x_->column_width(ws, 3, 3, 22);
        x_->column_width(ws, 4, 4, 44);
        x_->column_width(ws, 5, 12, 12);
    }

    void items(lxw_worksheet* ws)
    {
        header_row(*x_, ws, 0,
                   {T(N_("Round")), T(N_("Date")), T(N_("Dimension id")), T(N_("Item id")), T(N_("Statement")),
                    T(N_("Reverse scored")), T(N_("N")), T(N_("Mean")), T(N_("Median")), T(N_("SD")),
                    T(N_("Agreement (rwg)")), T(N_("Share n/a")), T(N_("Share don't know")), T(N_("Share unanswered"))});
        int row = 1, printed_first = -1, printed_last = -1;
        for (const auto& rr : trend_.rounds) {
            const Questionnaire& q = *rr.result.questionnaire;
            if (&rr == printed_round())
                printed_first = row, printed_last = row + static_cast<int>(rr.result.items.size()) - 1;
            for (const auto& i : rr.result.items) {
                const Item& item = q.items[i.index];
                x_->text(ws, row, 0, rr.round.label);
                x_->text(ws, row, 1, rr.round.date);
                x_->text(ws, row, 2, item.dimension_id);
                x_->text(ws, row, 3, i.id);
                x_->text(ws, row, 4, item.text.in(lang_));
                x_->text(ws, row, 5, T(item.reverse ? N_("yes") : N_("no")));
                stat_columns(ws, row, 6, i.score, i.agreement, i.shares, rr.result.availability);
                ++row;
            }
        }
        finish_table(ws, row, 13, 7);
        print_one_round(ws, printed_first, printed_last, 13);
        if (row > 1) {
            // Low agreement stands out: where members see the team differently.
            lxw_conditional_format cf = {};
            cf.type = LXW_CONDITIONAL_TYPE_CELL;
            cf.criteria = LXW_CONDITIONAL_CRITERIA_LESS_THAN;
            cf.value = report_.low_agreement;
            cf.format = x_->format(CellStyle::Note);
            x_->check(worksheet_conditional_format_range(ws, 1, 10, static_cast<lxw_row_t>(row - 1), 10, &cf), "agreement");
        }
        x_->column_width(ws, 0, 1, 13);
        x_->column_width(ws, 2, 3, 26);
        x_->column_width(ws, 4, 4, 60);
        x_->column_width(ws, 5, 13, 12);
    }

    void stat_columns(lxw_worksheet* ws, int row, int col, const ScoreSummary& s, double agreement, const AnswerShares& shares,
                      Availability group)
    {
        if (group == Availability::TooFewRespondents) {
            x_->text(ws, row, col, T(N_("too few respondents")), CellStyle::Note);
            return;
        }
        x_->number(ws, row, col, s.n, CellStyle::Integer);
        if (s.available()) {
            x_->number(ws, row, col + 1, s.mean);
            x_->number(ws, row, col + 2, s.median);
            optional_number(*x_, ws, row, col + 3, s.sd);
            optional_number(*x_, ws, row, col + 4, agreement);
        } else {
            score_cell(*x_, ws, row, col + 1, s, lang_);
        }
        x_->number(ws, row, col + 5, shares.not_applicable, CellStyle::Share);
        x_->number(ws, row, col + 6, shares.dont_know, CellStyle::Share);
        x_->number(ws, row, col + 7, shares.unanswered, CellStyle::Share);
    }

    void finish_table(lxw_worksheet* ws, int rows, int last_col, int mean_col)
    {
        x_->freeze(ws, 1, 0);
        x_->repeat_rows(ws, 0, 0);
        if (rows > 1) {
            x_->autofilter(ws, 0, 0, rows - 1, last_col);
            x_->colour_scale(ws, 1, mean_col, rows - 1, mean_col, report_.scale_low, report_.scale_mid, report_.scale_high);
        }
    }

    void distribution(lxw_worksheet* ws, const std::string& sheet_name, const SheetDefinition& def)
    {
        if (!latest_) {
            x_->text(ws, 0, 0, no_numbers_note(), CellStyle::Note);
            return;
        }
        const Questionnaire& q = *latest_->result.questionnaire;
        x_->text(ws, 0, 0, T(N_("Distribution of answers, latest round")) + ": " + latest_->round.label + " – " + trend_.team.name,
                 CellStyle::Title);
        // One column per answer position; statements on scales of the same length share it ("Nooit / Helemaal oneens").
        const std::vector<std::string> labels = shared_point_labels(q, lang_);
        std::vector<std::string> headers = {T(N_("Item id")), T(N_("Statement"))};
        for (std::size_t p = 0; p < labels.size(); ++p)
            headers.push_back(std::to_string(p + 1) + " " + labels[p]);
        headers.push_back(T(N_("n/a")));
        headers.push_back(T(N_("don't know")));
        headers.push_back(T(N_("unanswered")));
        headers.push_back(T(N_("Reverse scored")));
        headers.push_back(T(N_("Short text (chart)")));
        x_->text(ws, 1, 0, T(N_("Counted by what people answered, under the answer's own label. For a reverse-scored "
                                "statement only the means count the mirrored score.")),
                 CellStyle::Note);
        const int header = 2;
        header_row(*x_, ws, header, headers);
        const int n_points = static_cast<int>(labels.size());
        int row = header + 1;
        std::vector<std::string> statements;
        for (const auto& i : latest_->result.items)
            statements.push_back(q.items[i.index].text.in(lang_));
        const std::vector<std::string> short_texts = short_statements(statements);
        for (const auto& i : latest_->result.items) {
            x_->text(ws, row, 0, i.id);
            x_->text(ws, row, 1, q.items[i.index].text.in(lang_));
            if (!i.score.available() || q.scale_of(q.items[i.index]).points.size() != labels.size()) {
                score_cell(*x_, ws, row, 2, i.score, lang_);
            } else {
                for (int p = 0; p < n_points; ++p)
                    x_->number(ws, row, 2 + p, i.distribution[static_cast<std::size_t>(p)], CellStyle::Integer);
            }
            // n.v.t. and weet niet follow the group's rule: shown only when the group's numbers are.
            if (latest_->result.availability == Availability::Available) {
                const double answers = i.shares.answers;
                x_->number(ws, row, 2 + n_points, std::round(i.shares.not_applicable * answers), CellStyle::Integer);
                x_->number(ws, row, 3 + n_points, std::round(i.shares.dont_know * answers), CellStyle::Integer);
                x_->number(ws, row, 4 + n_points, std::round(i.shares.unanswered * answers), CellStyle::Integer);
            }
            if (q.items[i.index].reverse)
                x_->text(ws, row, 5 + n_points, T(reverse_scored_msgid()), CellStyle::Note);
            x_->text(ws, row, 6 + n_points, short_texts[static_cast<std::size_t>(row - header - 1)]);
            ++row;
        }
        x_->column_width(ws, 0, 0, 30);
        x_->column_width(ws, 1, 1, 60);
        x_->column_width(ws, 2, 4 + n_points, 11);
        x_->column_width(ws, 5 + n_points, 5 + n_points, 20);
        x_->column_width(ws, 6 + n_points, 6 + n_points, 44);
        x_->freeze(ws, header + 1, 2);
        x_->repeat_rows(ws, header, header);
        x_->fit_to_pages(ws, 1, 1); // one round's statements and their chart: one page
        if (def.chart != ChartChoice::None && row > header + 1) {
            lxw_chart* chart = x_->add_chart(def.chart == ChartChoice::Percent ? LXW_CHART_BAR_STACKED_PERCENT : LXW_CHART_BAR_STACKED);
            chart_title_set_name(chart, T(N_("Distribution of answers, latest round")).c_str());
            for (int p = 0; p < n_points; ++p) {
                // Statements by their short text; answer positions diverge in colour from the scale's middle.
                lxw_chart_series* s = chart_add_series(chart, range(sheet_name, header + 1, 6 + n_points, row - 1, 6 + n_points).c_str(),
                                                       range(sheet_name, header + 1, 2 + p, row - 1, 2 + p).c_str());
                chart_series_set_name_range(s, sheet_name.c_str(), static_cast<lxw_row_t>(header), static_cast<lxw_col_t>(2 + p));
                fill_answer_position(s, p, n_points);
            }
            // In a bar chart libxlsxwriter's y axis is the category axis (the statements, down the side).
            axis_titles(chart, T(def.chart == ChartChoice::Percent ? N_("Share of the answers") : N_("Number of answers")),
                        T(N_("Statement")));
            chart_axis_set_reverse(chart->y_axis); // bars from top to bottom in questionnaire order
            chart_legend_set_position(chart, LXW_CHART_LEGEND_TOP);
            x_->insert_chart(ws, header, 8 + n_points, chart, 2.0, std::max(2.0, (row - header) / 9.0));
        }
    }

    std::string title_of(Level level, const std::string& id, const Questionnaire& q) const
    {
        if (level == Level::Dimension)
            if (auto d = q.dimension_index(id))
                return q.dimensions[*d].title.in(lang_);
        if (level == Level::Item)
            if (auto i = q.item_index(id))
                return q.items[*i].text.in(lang_);
        if (level == Level::Part)
            for (const auto& p : q.parts)
                if (p.id == id)
                    return p.title.in(lang_);
        return id;
    }

    void coaching(lxw_worksheet* ws)
    {
        x_->column_width(ws, 0, 0, 26);
        x_->column_width(ws, 1, 1, 60);
        x_->column_width(ws, 2, 8, 13);
        x_->column_width(ws, 9, 9, 50);
        if (!latest_) {
            x_->text(ws, 0, 0, no_numbers_note(), CellStyle::Note);
            // A plan holds no answers: the threshold that hides the numbers does not hide it.
            write_open_agreements(*x_, ws, 2, trend_, agreements_, lang_);
            return;
        }
        const Questionnaire& q = *latest_->result.questionnaire;
        const std::vector<Change>& changes = latest_->changes; // against the trend's one previous round
        const auto mirror = std::find_if(mirrors_.begin(), mirrors_.end(), [&](const MirrorResult& m) { return m.round.id == latest_->round.id; });
        CoachingSummary s = coaching_summary(latest_->result, changes, static_cast<std::size_t>(report_.coaching_top),
                                             mirror == mirrors_.end() ? nullptr : &*mirror);
        x_->text(ws, 0, 0, T(N_("Coaching summary, round")) + " " + latest_->round.label + " – " + trend_.team.name, CellStyle::Title);
        int row = write_open_agreements(*x_, ws, 2, trend_, agreements_, lang_); // what the team agreed comes first
        row = write_largest_gaps(*x_, ws, row, s.largest_gaps, q, lang_);        // then where clients see it differently
        auto ranked = [&](const std::string& heading, const std::vector<Ranked>& list, const std::string& value_header) {
            x_->text(ws, row++, 0, heading, CellStyle::Title);
            const bool dimensions = list.empty() || list[0].level == Level::Dimension;
            header_row(*x_, ws, row++, {"id", dimensions ? T(N_("Dimension")) : T(N_("Statement")), value_header});
            for (const auto& r : list) {
                x_->text(ws, row, 0, r.id);
                x_->text(ws, row, 1, title_of(r.level, r.id, q));
                x_->number(ws, row, 2, r.value);
                ++row;
            }
            ++row;
        };
        ranked(T(N_("Strongest dimensions")), s.strongest_dimensions, T(N_("Mean")));
        ranked(T(N_("Weakest dimensions")), s.weakest_dimensions, T(N_("Mean")));
        ranked(T(N_("Strongest items")), s.strongest_items, T(N_("Mean")));
        ranked(T(N_("Weakest items")), s.weakest_items, T(N_("Mean")));
        ranked(T(N_("Largest disagreements")), s.largest_disagreements, T(N_("Agreement (rwg)")));

        auto change_table = [&](const std::string& heading, const std::vector<Change>& list) {
            x_->text(ws, row++, 0, heading, CellStyle::Title);
            if (!previous_) {
                x_->text(ws, row++, 0, T(N_("There is no previous round to compare with yet.")), CellStyle::Note);
                return;
            }
            x_->text(ws, row++, 0, previous_->round.label + " → " + latest_->round.label, CellStyle::Note);
            if (auto b = version_break(*previous_->result.questionnaire, *latest_->result.questionnaire))
                x_->text(ws, row++, 0, break_text(latest_->round.label, *b), CellStyle::Note);
            header_row(*x_, ws, row++,
                       {"id", T(N_("Dimension")) + " / " + T(N_("Statement")), T(N_("Previous")), T(N_("Current")),
                        T(N_("Difference")), T(N_("95% interval from")), T(N_("95% interval to")), T(N_("Verdict")), "",
                        T(N_("Note"))});
            for (const auto& c : list) {
                x_->text(ws, row, 0, c.id);
                x_->text(ws, row, 1, title_of(c.level, c.id, q));
                if (c.verdict != Verdict::NotComparable) {
                    x_->number(ws, row, 2, c.previous);
                    x_->number(ws, row, 3, c.current);
                    x_->number(ws, row, 4, c.difference);
                    if (c.interval_estimable) {
                        x_->number(ws, row, 5, c.low);
                        x_->number(ws, row, 6, c.high);
                    }
                }
                x_->text(ws, row, 7, T(verdict_msgid(c.verdict)));
                std::string reasons;
                for (const char* reason : reason_msgids(c))
                    reasons += (reasons.empty() ? "" : "; ") + T(reason);
                if (!reasons.empty())
                    x_->text(ws, row, 9, reasons, CellStyle::Note);
                ++row;
            }
            ++row;
        };
        change_table(T(N_("Changes since the previous round")), s.largest_changes);
        std::vector<Change> per_dimension;
        for (const auto& c : changes)
            if (c.level != Level::Item)
                per_dimension.push_back(c);
        change_table(T(N_("All changes per dimension")), per_dimension);
    }

    void perspectives(lxw_worksheet* ws)
    {
        if (!latest_) {
            x_->text(ws, 0, 0, no_numbers_note(), CellStyle::Note);
            return;
        }
        const Questionnaire& q = *latest_->result.questionnaire;
        x_->text(ws, 0, 0, T(N_("Dimension scores per role, latest round")) + ": " + latest_->round.label + " – " + trend_.team.name,
                 CellStyle::Title);
        auto roles = by_role(latest_->result.questionnaire, responses_[latest_->round.id], options_);
        std::vector<std::string> headers = {T(N_("Dimension"))};
        for (const auto& r : roles) // a hidden role's size is not shown either
            headers.push_back(r.result.availability == Availability::Available
                                  ? T(role_msgid(r.role)) + " (" + T(N_("N")) + " " + std::to_string(r.result.respondents) + ")"
                                  : T(role_msgid(r.role)));
        header_row(*x_, ws, 2, headers);
        int row = 3;
        for (const auto& d : q.dimensions) {
            x_->text(ws, row, 0, d.title.in(lang_));
            for (std::size_t r = 0; r < roles.size(); ++r)
                score_cell(*x_, ws, row, 1 + static_cast<int>(r), roles[r].result.dimension(d.id)->score, lang_);
            ++row;
        }
        if (!roles.empty())
            x_->colour_scale(ws, 3, 1, row - 1, static_cast<int>(roles.size()), report_.scale_low, report_.scale_mid, report_.scale_high);
        x_->column_width(ws, 0, 0, 44);
        x_->column_width(ws, 1, static_cast<int>(roles.size()) + 1, 22);
    }

    void remarks(lxw_worksheet* ws)
    {
        header_row(*x_, ws, 0, {T(N_("Round")), T(N_("Dimension")), T(N_("Remark"))});
        int row = 1;
        for (const auto& rr : trend_.rounds) {
            const Questionnaire& q = *rr.result.questionnaire;
            for (const auto& remark : rr.result.remarks) {
                x_->text(ws, row, 0, rr.round.label);
                x_->text(ws, row, 1, q.dimensions[*q.dimension_index(remark.dimension_id)].title.in(lang_));
                x_->text(ws, row, 2, remark.text, CellStyle::Wrapped); // always text: "=..." stays a remark
                ++row;
            }
        }
        if (row == 1)
            x_->text(ws, 1, 0, T(N_("No remarks (or too few respondents to show them).")), CellStyle::Note);
        x_->column_width(ws, 0, 0, 14);
        x_->column_width(ws, 1, 1, 40);
        x_->column_width(ws, 2, 2, 90);
        x_->freeze(ws, 1, 0);
    }

    void questionnaire(lxw_worksheet* ws)
    {
        int row = 0;
        std::vector<std::shared_ptr<const Questionnaire>> versions;
        for (std::size_t i = trend_.rounds.size(); i-- > 0;) {
            auto q = trend_.rounds[i].result.questionnaire;
            if (std::none_of(versions.begin(), versions.end(), [&](const auto& v) { return v->id == q->id && v->version == q->version; }))
                versions.push_back(q);
        }
        if (versions.empty())
            versions.push_back(store_.rounds().empty() ? nullptr : store_.questionnaire_of(store_.rounds().back().id));
        for (std::size_t v = 0; v < versions.size(); ++v)
            if (versions[v])
                row = write_questionnaire(*x_, ws, row, *versions[v], v + 1 < versions.size() ? versions[v + 1].get() : nullptr, lang_);
    }

    Store& store_;
    const ReportDefinition& report_;
    std::string lang_;
    AnalysisOptions options_;
    TeamTrend trend_;
    std::vector<AgreementFollowUp> agreements_;
    std::vector<MirrorResult> mirrors_; // the rounds with a client or relative version
    bool others_answered_ = false;      // a client or relative of this team handed in a questionnaire
    std::map<RowId, std::vector<ResponseRecord>> responses_;
    const TeamRoundResult* latest_ = nullptr;   // the latest round with numbers
    const TeamRoundResult* previous_ = nullptr; // the one before it with numbers
    XlsxWriter* x_ = nullptr;
};

} // namespace

void export_team_trend(Store& store, RowId team, const ReportDefinition& report, const std::string& path,
                       const ExportSettings& settings, const ExportProgress& progress)
{
    if (report.kind != ReportKind::TeamTrend)
        throw FileRefused({{path, 0, "the report definition is not a team-trend report"}});
    TeamWorkbook(store, team, report, settings).write(path, progress);
}

} // namespace hs
