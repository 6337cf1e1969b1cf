#pragma once
// The mirror in the workbooks: the team trend workbook's "Spiegel" sheet (per round and dimension the team's,
// clients' and relatives' mean and N, the gaps with their Welch interval and verdict, and a chart of the latest
// round), the largest gaps that head its coaching sheet, and the organisation workbook's gap heat map (teams x
// dimensions, in alphabetical order: teams are never ranked on what their clients say). Only what the analysis
// (analysis/mirror_gap.h) computed and allowed is written; a hidden perspective shows no number, not even its N.
#include "analysis/coaching.h"
#include "analysis/mirror_gap.h"
#include "workbook/report_definition.h"
#include "workbook/xlsx_writer.h"

#include <string>
#include <vector>

namespace hs::wb {

// The "Spiegel" sheet of the team trend workbook, from the top of `ws` (named `sheet_name`, for the chart's ranges),
// with a chart of the latest round when `with_chart`.
void write_mirror_sheet(XlsxWriter& x, lxw_worksheet* ws, const std::string& sheet_name, const std::string& team_name,
                        bool with_chart, const std::vector<MirrorResult>& rounds, const ReportDefinition& report,
                        const AnalysisOptions& options, const std::string& lang);

// The largest gaps (CoachingSummary::largest_gaps) as a block from `row` on; returns the first free row after it
// (after a blank one). Writes nothing and returns `row` when there are none.
int write_largest_gaps(XlsxWriter& x, lxw_worksheet* ws, int row, const std::vector<RankedGap>& gaps,
                       const Questionnaire& team_questionnaire, const std::string& lang);

// The organisation workbook's heat map of the gaps (team - clients, then team - relatives) in one round, the teams
// in the order organisation_mirror gives them (by name). Writes every row once and in order (constant memory).
void write_mirror_map_sheet(XlsxWriter& x, lxw_worksheet* ws, const std::string& round_label, const Questionnaire& team_questionnaire,
                            const std::vector<MirrorResult>& teams, const ReportDefinition& report,
                            const AnalysisOptions& options, const std::string& lang);

} // namespace hs::wb
