#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "workbook/report_definition.h"
#include "../test_helpers.h"
#include "workbook/workbooks.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace hs;

namespace {

const char* kValid = R"(<?xml version="1.0"?>
<report id="mijn-rapport" kind="team-trend" language="en">
  <settings anonymity-threshold="5" coaching-top="3" scale-low="1" scale-mid="2.5" scale-high="5" low-agreement="0.4"/>
  <sheet type="coaching">
    <title lang="nl">Voor de coach</title>
    <title lang="en">For the coach</title>
  </sheet>
  <sheet type="overview" chart="column" radar="false">
    <title lang="nl">Overzicht</title>
    <title lang="en">Overview</title>
  </sheet>
</report>
)";

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
}

void expect_refused(const std::string& text, const std::string& reason, int line = 0)
{
    try {
        parse_report_definition(text, "r.xml");
        FAIL("accepted");
    } catch (const FileRefused& e) {
        INFO(e.what());
        bool found = false;
        for (const auto& p : e.problems())
            found = found || (p.file == "r.xml" && p.reason.find(reason) != std::string::npos && (line == 0 || p.line == line));
        CHECK(found);
    }
}

} // namespace

TEST_CASE("report definitions: order, titles, charts and settings are read")
{
    auto r = parse_report_definition(kValid, "r.xml");
    CHECK(r.id == "mijn-rapport");
    CHECK(r.kind == ReportKind::TeamTrend);
    CHECK(r.language == "en");
    CHECK(r.anonymity_threshold == 5);
    CHECK(r.coaching_top == 3);
    CHECK(r.scale_mid == Approx(2.5));
    CHECK(r.low_agreement == Approx(0.4));
    REQUIRE(r.sheets.size() == 2);
    CHECK(r.sheets[0].type == SheetType::Coaching);
    CHECK(r.sheets[0].title.in("en") == "For the coach");
    CHECK(r.sheets[1].chart == ChartChoice::Column);
    CHECK_FALSE(r.sheets[1].radar);
}

TEST_CASE("the shipped report definitions are valid and equal the built-in ones")
{
    auto team = load_report_definition_file(test::source_path("reports/team-trend.xml"));
    CHECK(team.sheets.size() == 10); // agreements, the mirror, and no raw-data sheet: workbooks hold no individual answers
    CHECK(std::any_of(team.sheets.begin(), team.sheets.end(), [](const SheetDefinition& s) {
        return s.type == SheetType::Mirror && s.chart == ChartChoice::Column && s.title.in("nl") == "Spiegel";
    }));
    CHECK(team.anonymity_threshold == 5);
    CHECK(team.remark_threshold == 5);
    CHECK(team.sheets.front().type == SheetType::Overview);
    CHECK(team.sheets.front().radar);
    CHECK(builtin_report(ReportKind::TeamTrend).sheets.size() == team.sheets.size());
    auto org = load_report_definition_file(test::source_path("reports/organisation-compare.xml"));
    CHECK(org.kind == ReportKind::OrganisationCompare);
    CHECK(org.sheets.size() == builtin_report(ReportKind::OrganisationCompare).sheets.size());
    CHECK(std::any_of(org.sheets.begin(), org.sheets.end(), [](const SheetDefinition& s) { return s.type == SheetType::MirrorMap; }));
}

TEST_CASE("bad report definitions are refused with file, line and reason")
{
    const std::string v = kValid;
    expect_refused(replaced(v, "type=\"coaching\"", "type=\"pie\""), "unknown sheet type 'pie'", 4);
    expect_refused(replaced(v, "type=\"coaching\"", "type=\"overview\""), "appears twice", 8);
    expect_refused(replaced(v, "type=\"coaching\"", "type=\"comparison\""), "cannot have a sheet of type 'comparison'", 4);
    expect_refused(replaced(v, "type=\"coaching\"", "type=\"mirror-map\""), "cannot have a sheet of type 'mirror-map'", 4);
    expect_refused(replaced(v, "For the coach", "Coach: notes"), "cannot be a sheet name");
    expect_refused(replaced(v, "For the coach", "Overview"), "two sheets are titled 'Overview'");
    expect_refused(replaced(v, "chart=\"column\"", "chart=\"radar\""), "chart 'radar' is not possible");
    expect_refused(replaced(v, "<sheet type=\"coaching\">", "<sheet type=\"coaching\" chart=\"line\">"), "unknown attribute 'chart'");
    expect_refused(replaced(v, "anonymity-threshold=\"5\"", "anonymity-threshold=\"1\""), "must be a number from 3 to 1000", 3);
    expect_refused(replaced(v, "anonymity-threshold=\"5\"", "anonymity-threshold=\"2\""), "must be a number from 3 to 1000", 3);
    expect_refused(replaced(v, "anonymity-threshold=\"5\"", "anonymity-threshold=\"4.5\""), "must be a number from 3 to 1000", 3);
    expect_refused(replaced(v, "anonymity-threshold=\"5\"", "remark-threshold=\"2\""), "remark-threshold=\"2\" must be a number from 3", 3);
    expect_refused(replaced(v, "type=\"coaching\"", "type=\"data\""), "workbooks hold no individual answers", 4);
    expect_refused(replaced(v, "scale-mid=\"2.5\"", "scale-mid=\"6\""), "must be ascending", 3);
    expect_refused(replaced(v, "<title lang=\"en\">For the coach</title>", ""), "missing <title lang=\"en\">", 4);
    expect_refused(replaced(v, "kind=\"team-trend\"", "kind=\"pivot\""), "kind 'pivot' is unknown");
    expect_refused(replaced(v, "</report>", "<footer/></report>"), "unknown element <footer>");
    expect_refused(replaced(v, "</report>", ""), "not well-formed");
    expect_refused(R"(<report id="r" kind="team-trend"/>)", "the report has no <sheet>");
}

TEST_CASE("a workbook export reports progress and never leaves a half file")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    DemoSpec spec;
    spec.teams = 2;
    spec.rounds = 2;
    spec.respondents = 5;
    generate_demo(store, builtin_questionnaire(), spec);
    const RowId team = store.teams().front().id;
    std::vector<double> steps;
    export_team_trend(store, team, builtin_report(ReportKind::TeamTrend), dir.file("t.xlsx"), {},
                      [&](double done, const std::string&) { steps.push_back(done); });
    CHECK(std::filesystem::file_size(dir.file("t.xlsx")) > 10000);
    REQUIRE(steps.size() >= 10);
    CHECK(std::is_sorted(steps.begin(), steps.end()));
    CHECK(steps.back() == Approx(1.0));

    CHECK_THROWS_AS(export_team_trend(store, team, builtin_report(ReportKind::TeamTrend), dir.file("missing/t.xlsx")), FileRefused);
    CHECK_THROWS_AS(export_team_trend(store, team, builtin_report(ReportKind::OrganisationCompare), dir.file("x.xlsx")), FileRefused);
    // A refused export leaves the previous file as it was.
    test::write_file(dir.file("old.xlsx"), "previous export");
    ExportSettings too_low;
    too_low.anonymity_threshold = 1;
    CHECK_THROWS(export_team_trend(store, team, builtin_report(ReportKind::TeamTrend), dir.file("old.xlsx"), too_low));
    CHECK(read_text_file(dir.file("old.xlsx")) == "previous export");
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        CHECK(entry.path().extension() != ".part");
}

TEST_CASE("demo data is deterministic, varied and analysable")
{
    test::TempDir dir;
    Store a(dir.file("a.db")), b(dir.file("b.db"));
    DemoSpec spec;
    spec.teams = 3;
    spec.rounds = 3;
    spec.respondents = 6;
    spec.seed = 7;
    auto sa = generate_demo(a, builtin_questionnaire(), spec);
    auto sb = generate_demo(b, builtin_questionnaire(), spec);
    CHECK(sa.answers == sb.answers);
    CHECK(sa.responses == sb.responses);
    CHECK(a.rounds().size() == 3);
    CHECK(a.rounds().back().label == "2026-najaar");
    CHECK(a.rounds()[1].label == "2026-voorjaar");
    CHECK(a.rounds()[0].label == "2025-najaar");
    CHECK(a.rounds().front().status == RoundStatus::Closed);
    CHECK(a.rounds().back().status == RoundStatus::Open);
    auto all = a.load_responses({});
    bool nvt = false, consensus = false;
    for (const auto& r : all) {
        consensus = consensus || r.info.consensus;
        for (auto v : r.answers)
            nvt = nvt || v == kNotApplicable;
    }
    CHECK(nvt);
    CHECK(consensus);
    CHECK_THROWS_AS(generate_demo(a, builtin_questionnaire(), spec), StoreError); // not into a filled database
}
