#pragma once
// The report wing: printable PDF documents - the coaching report a trainer brings to a team, and paper forms
// to fill in with a pen. It draws only what the analysis computed and allowed (the same anonymity rule as every
// other output), in the reader's language through the one catalogue; it never queries answers itself.
#include "analysis/analysis.h"
#include "chart/scene.h"
#include "store/store.h"

#include <string>
#include <vector>

namespace hs::report {

struct CoachingReportOptions {
    std::string language = "nl"; // "nl" or "en"
    AnalysisOptions analysis;
    std::string today; // YYYY-MM-DD printed on the cover; empty: today
};

// The coaching report of `team` in `round` as PDF bytes: cover, profile per part, changes since the previous
// round with intervals and verdicts, disagreement, strongest and weakest themes, remarks, questions for the
// session. StoreError when the team or round does not exist.
std::string coaching_report_pdf(Store& store, RowId team, RowId round, const CoachingReportOptions& options);

// The report's charts as it draws them ("profile", and "spread" when a statement has numbers), laid out `width`
// points wide: for pictures of the report outside it (the README's, drawn with scene_png). None without numbers.
struct ReportChart {
    std::string name;
    chart::Scene scene;
};
std::vector<ReportChart> coaching_report_charts(Store& store, RowId team, RowId round, const CoachingReportOptions& options,
                                                double width);

// The same, written atomically to `path` (FileRefused when it cannot be written).
void write_coaching_report(Store& store, RowId team, RowId round, const std::string& path,
                           const CoachingReportOptions& options);

} // namespace hs::report
