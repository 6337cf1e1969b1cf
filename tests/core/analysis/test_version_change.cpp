// A team with rounds on questionnaire 1.0 and 2.0: statements compared by id only, and the break in the trend marked.
#include "analysis/team_trend.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <set>

using namespace hs;

namespace {

std::vector<NewResponse> responses(const Questionnaire& q, const std::string& team, int n, AnswerCode answer)
{
    std::vector<NewResponse> out;
    for (int i = 0; i < n; ++i) {
        NewResponse r;
        r.team = team;
        r.role = Role::Practitioner;
        r.answers.assign(q.items.size(), answer);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

TEST_CASE("a team with rounds on 1.0 and 2.0: the break is marked and only statements with the same id are compared", "[store]")
{
    test::TempDir dir;
    Store store(test::new_store_location(dir));
    const Questionnaire v1 = load_questionnaire_file(test::source_path("questionnaires/archive/herstelondersteuning-team-1.0.xml"));
    const Questionnaire& v2 = builtin_questionnaire();
    const RowId r1 = store.add_round("2025-najaar", "2025-10-01", v1);
    const RowId r2 = store.add_round("2026-voorjaar", "2026-04-01", v2);
    const RowId r3 = store.add_round("2026-najaar", "2026-10-01", v2);
    store.insert_responses(r1, responses(v1, "FACT Noord", 5, 3));
    store.insert_responses(r2, responses(v2, "FACT Noord", 5, 4));
    store.insert_responses(r3, responses(v2, "FACT Noord", 5, 4));

    AnalysisOptions options;
    options.anonymity_threshold = 5;
    auto trend = team_trend(store, store.find_team("FACT Noord")->id, options);
    REQUIRE(trend.rounds.size() == 3);
    CHECK_FALSE(trend.rounds[0].version_break);
    REQUIRE(trend.rounds[1].version_break);
    const VersionBreak& b = *trend.rounds[1].version_break;
    CHECK(b.previous_version == "1.0");
    CHECK(b.version == "2.0");
    CHECK(b.comparable == 4);
    CHECK(b.added == static_cast<int>(v2.items.size()) - 4);
    CHECK(b.retired == static_cast<int>(v1.items.size()) - 4);
    CHECK_FALSE(trend.rounds[2].version_break); // same version again: the trend runs on

    // Across the break: statements only where the id is in both; every shared dimension says its statements differ.
    std::set<std::string> items;
    for (const auto& c : trend.rounds[1].changes) {
        if (c.level == Level::Item)
            items.insert(c.id);
        if (c.level == Level::Dimension) {
            INFO(c.id);
            CHECK(c.has(Reason::ItemsDiffer));
        }
    }
    CHECK(items == std::set<std::string>{"hoop.beperkingen", "sociaal-domein.wijkteam", "reflectiestructuren.supervisie",
                                         "ruimte-financiering.tijd"});
    // hoop.beperkingen is reverse-scored in both: 3 stays 3, 4 counts as 2.
    for (const auto& c : trend.rounds[1].changes)
        if (c.id == "hoop.beperkingen")
            CHECK(c.difference == Approx(-1.0));
    // After the break every statement of 2.0 is compared again.
    int after = 0;
    for (const auto& c : trend.rounds[2].changes)
        after += c.level == Level::Item;
    CHECK(after == static_cast<int>(v2.items.size()));
}

TEST_CASE("version_break: nothing for the same questionnaire, counts for another version")
{
    const Questionnaire& q = builtin_questionnaire();
    CHECK_FALSE(version_break(q, q));
    auto other = load_questionnaire(test::small_questionnaire_xml("1.1"), "small.xml");
    auto b = version_break(q, other);
    REQUIRE(b);
    CHECK(b->comparable == 0);
    CHECK(b->added == 7);
    CHECK(b->retired == static_cast<int>(q.items.size()));
}
