#pragma once
// The workbook wing: the xlsx workbooks managers and trainers take away, built from the analysis and a report
// definition (reports/*.xml), one file per workbook and per shared part. It only writes what the analysis
// computed and allowed; it never queries answers itself beyond the analysis' inputs, and never decides anonymity.
#include "analysis/analysis.h"
#include "workbook/report_definition.h"
#include "store/store.h"

#include <functional>
#include <optional>
#include <string>

namespace hs {

struct ExportSettings {
    std::string language;                   // "nl" or "en"; empty: the report's language
    std::optional<int> anonymity_threshold; // empty: the report's threshold
    std::optional<int> remark_threshold;    // empty: the report's threshold for remarks
    std::string today;                      // YYYY-MM-DD for overdue agreements; empty: today
};

// Called with the share done (0..1) and what is being written, for a progress indicator.
using ExportProgress = std::function<void(double done, const std::string& step)>;

// Writes the team trend workbook; throws FileRefused (unwritable path, ...) or StoreError.
void export_team_trend(Store& store, RowId team, const ReportDefinition& report, const std::string& path,
                       const ExportSettings& settings = {}, const ExportProgress& progress = {});

// Writes the organisation comparison workbook for one round (with the organisation's trend across rounds).
void export_organisation_compare(Store& store, RowId round, const ReportDefinition& report, const std::string& path,
                                 const ExportSettings& settings = {}, const ExportProgress& progress = {});

} // namespace hs
