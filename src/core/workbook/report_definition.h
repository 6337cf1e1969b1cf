#pragma once
// Report definitions (reports/*.xml): which sheets a workbook holds, in which order, with which titles, charts,
// thresholds and language. Read with Boost.PropertyTree; a bad file is refused whole with file, line and reason.
#include "analysis/anonymity.h"
#include "common/file_problem.h"
#include "common/localized_text.h"

#include <string>
#include <vector>

namespace hs {

enum class ReportKind { TeamTrend, OrganisationCompare };

enum class SheetType {
    // team trend
    Overview,
    Coaching,
    Dimensions,
    Items,
    Distribution,
    Perspectives,
    Remarks,
    Agreements,
    Mirror, // the team against its clients and relatives (analysis/mirror_gap.h)
    // organisation comparison
    Comparison,
    OrganisationTrend,
    Instrument, // how well the questionnaire works in the round (analysis/instrument.h)
    MirrorMap,  // the gaps between each team and its clients or relatives, as a heat map
    // both
    Questionnaire,
};

enum class ChartChoice { None, Line, Column, Stacked, Percent };

struct SheetDefinition {
    SheetType type = SheetType::Overview;
    LocalizedText title;
    ChartChoice chart = ChartChoice::None;
    bool radar = false; // overview: radar chart of the latest round against the previous one
};

struct ReportDefinition {
    std::string id;
    ReportKind kind = ReportKind::TeamTrend;
    std::string language = "nl";
    int anonymity_threshold = anonymity::kDefaultThreshold;
    int remark_threshold = anonymity::kDefaultRemarkThreshold;
    int coaching_top = 5;
    double scale_low = 1, scale_mid = 3, scale_high = 5; // colour scale anchors (red, yellow, green)
    double low_agreement = 0.5;                          // rwg below this is marked as disagreement
    std::vector<SheetDefinition> sheets;
};

ReportDefinition parse_report_definition(const std::string& xml_text, const std::string& source_name);
ReportDefinition load_report_definition_file(const std::string& path);
// The definitions compiled into the program (reports/team-trend.xml, reports/organisation-compare.xml).
ReportDefinition builtin_report(ReportKind kind);

} // namespace hs
