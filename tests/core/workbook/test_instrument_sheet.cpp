// The questionnaire-quality sheet's advice in plain words, and the workbook of its own.
#include "workbook/instrument_sheet.h"
#include "analysis/team_trend.h"
#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

using namespace hs;

namespace {
ResponseRecord response(RowId team, std::vector<AnswerCode> answers)
{
    ResponseRecord r;
    r.info.team_id = team;
    r.info.status = ResponseStatus::Complete;
    r.answers = std::move(answers);
    return r;
}
} // namespace

TEST_CASE("instrument advice: what the numbers suggest, in Dutch and English, numbers written the same everywhere")
{
    // scholing.a: everybody answers 5 ("Eens"); tempo.a: two of six "weet niet"; hoop.a goes against hoop.b and hoop.c.
    std::vector<ResponseRecord> rs;
    for (RowId team : {1, 2}) {
        rs.push_back(response(team, {5, 1, 5, kDontKnow, 3, 5, 3}));
        rs.push_back(response(team, {1, 5, 1, 2, 4, 5, 2}));
        rs.push_back(response(team, {3, 3, 3, 4, 2, 5, 4}));
    }
    AnalysisOptions options;
    options.anonymity_threshold = 3;
    auto report = instrument_report(std::make_shared<const Questionnaire>(test::small_questionnaire()), rs, options);
    CHECK(instrument_advice_text(report, report.items[5], "nl") ==
          "100% antwoordt 'Eens': de stelling laat weinig ruimte om vooruitgang te zien; overweeg haar concreter of scherper te formuleren.");
    CHECK(instrument_advice_text(report, report.items[5], "en").rfind("100% answer 'Agree'", 0) == 0);
    CHECK(instrument_advice_text(report, report.items[3], "nl").rfind("33% kiest 'weet niet'", 0) == 0);
    const std::string low = instrument_advice_text(report, report.items[0], "nl");
    CHECK(low.find("(r = -") != std::string::npos);
    CHECK(low.find("(r = -1,00)") != std::string::npos); // a decimal comma in Dutch
    INFO(instrument_advice_text(report, report.items[0], "en"));
    CHECK(instrument_advice_text(report, report.items[0], "en").find("(r = -1.00)") != std::string::npos);
    CHECK(instrument_advice_text(report.dimensions[0], "nl").rfind("De stellingen meten samen weinig", 0) == 0);
    CHECK(instrument_advice_text(report, report.items[6], "nl").empty());
}

TEST_CASE("the instrument report as a workbook of its own, for a round of demo data")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    DemoSpec spec;
    spec.teams = 4;
    spec.rounds = 1;
    generate_demo(store, builtin_questionnaire(), spec);
    const std::string path = dir.file("quality.xlsx");
    export_instrument_report(store, store.rounds().back().id, path);
    CHECK(std::filesystem::file_size(path) > 5000);
    CHECK_THROWS_AS(export_instrument_report(store, store.rounds().back().id, dir.file("no/such/folder/q.xlsx")), FileRefused);
}

TEST_CASE("demo data gives the instrument report something to show")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    DemoSpec spec;
    spec.teams = 10;
    spec.rounds = 1;
    spec.respondents = 10;
    generate_demo(store, builtin_questionnaire(), spec);
    AnalysisOptions options;
    options.anonymity_threshold = 5;
    auto report = instrument_round(store, store.rounds().back().id, options);
    CHECK(report.teams_counted >= 8);
    int ceiling = 0, reliable = 0, distinguishing = 0, dont_know = 0;
    for (const auto& i : report.items) {
        ceiling += std::count(i.advice.begin(), i.advice.end(), InstrumentAdvice::Ceiling) > 0;
        dont_know += std::count(i.advice.begin(), i.advice.end(), InstrumentAdvice::ManyDontKnow) > 0;
    }
    for (const auto& d : report.dimensions) {
        reliable += d.alpha >= 0.6;
        distinguishing += d.icc1 >= 0.1;
    }
    CHECK(ceiling >= 2);                                           // some statements sit at the top
    CHECK(ceiling <= static_cast<int>(report.items.size()) / 3);   // but not most
    CHECK(dont_know >= 1);
    CHECK(reliable >= static_cast<int>(report.dimensions.size()) * 2 / 3);
    CHECK(distinguishing >= static_cast<int>(report.dimensions.size()) / 2);
}
