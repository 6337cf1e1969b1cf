// The organisation comparison workbook: all teams in one round, and the organisation across rounds.
#include "analysis/alongside.h"
#include "analysis/team_trend.h"
#include "common/i18n.h"
#include "workbook/instrument_sheet.h"
#include "workbook/chart_style.h"
#include "workbook/mirror_sheets.h"
#include "workbook/workbook_common.h"
#include "workbook/workbooks.h"

#include <algorithm>
#include <cmath>

namespace hs {

namespace {

using namespace wb;

class OrganisationWorkbook {
public:
    OrganisationWorkbook(Store& store, RowId round, const ReportDefinition& report, const ExportSettings& settings,
                         const ExportProgress& progress)
        : report_(report), progress_(progress)
    {
        lang_ = settings.language.empty() ? report.language : settings.language;
        options_.anonymity_threshold = settings.anonymity_threshold.value_or(report.anonymity_threshold);
        options_.remark_threshold = settings.remark_threshold.value_or(report.remark_threshold);
        options_.validate();
        step(0.0, tr(N_("computing the results")));
        const bool needs_trend = std::any_of(report.sheets.begin(), report.sheets.end(),
                                             [](const SheetDefinition& s) { return s.type == SheetType::OrganisationTrend; });
        const bool needs_instrument = std::any_of(report.sheets.begin(), report.sheets.end(),
                                                  [](const SheetDefinition& s) { return s.type == SheetType::Instrument; });
        // Only the numbers the sheets show (dimension scores per team and round), read as plain numbers; the
        // instrument sheet is computed from the same read of its round (it may run on another thread: it only
        // writes instrument_, and only for this one round).
        auto instrument = [&](const OrganisationRoundResult& r, const std::vector<ResponseRecord>& records) {
            if (needs_instrument && r.round.id == round)
                instrument_ = instrument_report(r.questionnaire, records, options_);
        };
        // Only a round with a client or relatives version has gaps: other rounds are not analysed a second time.
        // The gaps are computed meanwhile on a thread of their own with its own read-only connection.
        const bool needs_mirror =
            std::any_of(report.sheets.begin(), report.sheets.end(), [](const SheetDefinition& s) { return s.type == SheetType::MirrorMap; }) &&
            store.perspectives_of(round).size() > 1;
        Alongside mirror(store, needs_mirror, [&](Store& from) { mirrors_ = organisation_mirror(from, round, options_); });
        // The trend up to the round compared: a round after it (a later, perhaps still open one) is not part of it.
        trend_ = organisation_dimension_scores(store, options_, round, needs_trend, instrument);
        mirror.finish();
        for (auto& r : trend_)
            if (r.round.id == round)
                current_ = &r;
        if (!current_)
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round with number %1."), {std::to_string(round)}));
        questionnaire_ = current_->questionnaire;
    }

    void write(const std::string& path)
    {
        XlsxWriter x(path, true, date_to_time(current_->round.date)); // constant memory: rows go out in order
        x_ = &x;
        double done = 0;
        for (const auto& sheet : report_.sheets) {
            const std::string title = sheet.title.in(lang_);
            step(0.5 + 0.4 * done / static_cast<double>(report_.sheets.size()), title);
            lxw_worksheet* ws = x.add_sheet(title);
            switch (sheet.type) {
            case SheetType::Comparison: comparison(ws); break;
            case SheetType::OrganisationTrend: organisation_trend_sheet(ws, title, sheet); break;
            case SheetType::Questionnaire: questionnaire(ws); break;
            case SheetType::Instrument:
                write_instrument_sheet(x, ws, instrument_, current_->round.label, options_.anonymity_threshold, lang_);
                break;
            case SheetType::MirrorMap:
                write_mirror_map_sheet(x, ws, current_->round.label, *questionnaire_, mirrors_, report_, options_, lang_);
                break;
            default: break; // refused by the report loader for this kind
            }
            ++done;
        }
        step(0.9, tr(N_("saving the file")));
        x.commit();
        step(1.0, "");
    }

private:
    std::string T(const char* msgid) const { return text_in(lang_, msgid); }
    void step(double done, const std::string& what)
    {
        if (progress_)
            progress_(done, what);
    }

    void comparison(lxw_worksheet* ws)
    {
        const Questionnaire& q = *questionnaire_;
        x_->text(ws, 0, 0, T(N_("Teams compared on dimension scores, round")) + " " + current_->round.label, CellStyle::Title);
        x_->text(ws, 1, 0, threshold_note(lang_, options_), CellStyle::Note);
        std::vector<std::string> headers = {T(N_("Team")), T(N_("Respondents")), T(N_("Mode"))};
        for (const auto& d : q.dimensions)
            headers.push_back(d.title.in(lang_));
        const int header = 3;
        header_row(*x_, ws, header, headers);
        int row = header + 1;
        auto teams = current_->teams;
        std::sort(teams.begin(), teams.end(), [](const TeamScoresInRound& a, const TeamScoresInRound& b) { return a.team.name < b.team.name; });
        // In constant-memory mode ranges are declared before their rows are written.
        const int last_col = 2 + static_cast<int>(q.dimensions.size());
        const int last_row = header + static_cast<int>(teams.size()) + 1;
        x_->colour_scale(ws, header + 1, 3, last_row, last_col, report_.scale_low, report_.scale_mid, report_.scale_high);
        if (!teams.empty())
            x_->autofilter(ws, header, 0, last_row - 1, last_col);
        for (const auto& t : teams) {
            x_->text(ws, row, 0, t.team.name);
            x_->number(ws, row, 1, t.result.respondents, CellStyle::Integer);
            x_->text(ws, row, 2, T(t.result.consensus ? N_("consensus") : N_("individual")));
            for (std::size_t d = 0; d < t.result.dimensions.size(); ++d)
                score_cell(*x_, ws, row, 3 + static_cast<int>(d), t.result.dimensions[d].score, lang_);
            ++row;
        }
        // Not respondents: the organisation is the mean of its teams, each team once.
        x_->text(ws, row, 0, format(T(N_("Organisation (mean of the %1 teams with numbers)")), {std::to_string(current_->teams_with_numbers)}),
                 CellStyle::Header);
        for (std::size_t d = 0; d < current_->organisation_mean.size(); ++d)
            optional_number(*x_, ws, row, 3 + static_cast<int>(d), current_->organisation_mean[d]);
        x_->freeze(ws, header + 1, 1);
        x_->column_width(ws, 0, 0, 34);
        x_->column_width(ws, 1, 2, 13);
        x_->column_width(ws, 3, last_col, 16);
    }

    void organisation_trend_sheet(lxw_worksheet* ws, const std::string& sheet_name, const SheetDefinition& def)
    {
        const Questionnaire& q = *questionnaire_;
        x_->text(ws, 0, 0, T(N_("Organisation mean per round")), CellStyle::Title);
        std::vector<std::string> headers = {T(N_("Round")), T(N_("Date")), T(N_("Teams with numbers"))};
        for (const auto& d : q.dimensions)
            headers.push_back(d.title.in(lang_));
        const int header = 2;
        header_row(*x_, ws, header, headers);
        int row = header + 1;
        for (const auto& r : trend_) {
            x_->text(ws, row, 0, r.round.label);
            x_->text(ws, row, 1, r.round.date);
            x_->number(ws, row, 2, r.teams_with_numbers, CellStyle::Integer);
            // Matched by dimension id: a round on another questionnaire version contributes its common dimensions.
            const Questionnaire& rq = *r.questionnaire;
            for (std::size_t d = 0; d < q.dimensions.size(); ++d)
                if (auto rd = rq.dimension_index(q.dimensions[d].id))
                    optional_number(*x_, ws, row, 3 + static_cast<int>(d), r.organisation_mean[*rd]);
            ++row;
        }
        const int last_row = row - 1;
        x_->freeze(ws, header + 1, 1);
        x_->column_width(ws, 0, 2, 14);
        x_->column_width(ws, 3, 2 + static_cast<int>(q.dimensions.size()), 16);
        if (def.chart == ChartChoice::None || last_row <= header)
            return;
        int chart_row = last_row + 3;
        for (const auto& part : q.parts) {
            lxw_chart* chart = x_->add_chart(def.chart == ChartChoice::Column ? LXW_CHART_COLUMN : LXW_CHART_LINE);
            const std::string title = T(N_("Trend across rounds")) + ": " + part.title.in(lang_);
            chart_title_set_name(chart, title.c_str());
            for (std::size_t d : part.dimensions) {
                const int col = 3 + static_cast<int>(d);
                lxw_chart_series* s = chart_add_series(chart, range(sheet_name, header + 1, 0, last_row, 0).c_str(),
                                                       range(sheet_name, header + 1, col, last_row, col).c_str());
                chart_series_set_name_range(s, sheet_name.c_str(), static_cast<lxw_row_t>(header), static_cast<lxw_col_t>(col));
                mark_points(s);
            }
            axis_titles(chart, T(N_("Round")), T(N_("Mean score")));
            chart_axis_set_min(chart->y_axis, report_.scale_low);
            chart_axis_set_max(chart->y_axis, report_.scale_high);
            chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
            x_->insert_chart(ws, chart_row, 0, chart, 1.8, 1.8);
            chart_row += 28;
        }
    }

    void questionnaire(lxw_worksheet* ws) { write_questionnaire(*x_, ws, 0, *questionnaire_, nullptr, lang_); }

    const ReportDefinition& report_;
    ExportProgress progress_;
    std::string lang_;
    AnalysisOptions options_;
    std::vector<OrganisationRoundResult> trend_;
    const OrganisationRoundResult* current_ = nullptr;
    std::shared_ptr<const Questionnaire> questionnaire_;
    InstrumentReport instrument_;
    std::vector<MirrorResult> mirrors_; // every team's mirror in the round, for the heat map
    XlsxWriter* x_ = nullptr;
};

} // namespace

void export_organisation_compare(Store& store, RowId round, const ReportDefinition& report, const std::string& path,
                                 const ExportSettings& settings, const ExportProgress& progress)
{
    if (report.kind != ReportKind::OrganisationCompare)
        throw FileRefused({{path, 0, "the report definition is not an organisation-compare report"}});
    OrganisationWorkbook(store, round, report, settings, progress).write(path);
}

} // namespace hs
