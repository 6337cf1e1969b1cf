// The shipped questionnaire (version 2.0): complete in both languages and shaped as the module asks; version 1.0
// stays in questionnaires/archive/ so rounds on it remain readable and version changes stay testable.
#include "questionnaire/content_checks.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <set>

using namespace hs;

namespace {
const Questionnaire& version_1_0()
{
    static const Questionnaire q =
        load_questionnaire_file(test::source_path("questionnaires/archive/herstelondersteuning-team-1.0.xml"));
    return q;
}
} // namespace

TEST_CASE("the shipped questionnaire file is valid, is version 2.0 and equals the built-in one")
{
    auto q = load_questionnaire_file(test::source_path("questionnaires/herstelondersteuning-team.xml"));
    CHECK(q.definition_text == builtin_questionnaire().definition_text);
    CHECK(q.languages == std::vector<std::string>{"nl", "en"});
    CHECK(q.version == "2.0");
    CHECK(version_1_0().version == "1.0");
    CHECK(version_1_0().id == q.id);
}

TEST_CASE("the shipped questionnaire covers attitudes and preconditions, 3 to 6 items each, all explained and sourced")
{
    const Questionnaire& q = builtin_questionnaire();
    REQUIRE(q.parts.size() == 2);
    CHECK(q.parts[0].dimensions.size() >= 10);
    CHECK(q.parts[1].dimensions.size() >= 8);
    for (const auto& d : q.dimensions) {
        INFO(d.id);
        CHECK(d.items.size() >= 3);
        CHECK(d.items.size() <= 6);
        CHECK(d.source.size() > 20);
    }
    for (const auto& item : q.items) {
        INFO(item.id);
        CHECK(item.explanation.has("nl"));
        CHECK(item.explanation.has("en"));
        CHECK(item.text.in("nl") != item.text.in("en"));
    }
    // The dimensions of 1.0 keep their ids (the client and relatives versions mirror them); four are new.
    for (const auto& d : version_1_0().dimensions)
        CHECK(q.dimension_index(d.id).has_value());
    for (const char* id : {"stigma", "naasten", "zelfregie", "informele-hulp"})
        CHECK(q.dimension_index(id).has_value());
}

TEST_CASE("the shipped questionnaire asks what we do on a frequency scale and what is in place on agreement")
{
    const Questionnaire& q = builtin_questionnaire();
    int frequency = 0, agreement = 0;
    for (const auto& item : q.items) {
        const std::string scale = q.scale_of(item).id;
        INFO(item.id << " on " << scale);
        const bool past_month = item.text.in("nl").find("afgelopen maand") != std::string::npos;
        if (scale == "freq5") {
            ++frequency;
            CHECK((past_month || item.text.in("nl").find("afgelopen halfjaar") != std::string::npos));
        } else {
            ++agreement;
            CHECK_FALSE(past_month);
        }
    }
    CHECK(frequency > agreement);
    CHECK(agreement >= 20);
    CHECK(q.scales[0].points[2].label.in("nl") == "Soms");
    CHECK(q.scales[1].points[2].label.in("nl") == "Niet eens, niet oneens");
    CHECK(q.introduction.in("nl").find("Kies \"weet niet\"") != std::string::npos);
    CHECK(q.introduction.in("nl").find("Kies \"n.v.t.\"") != std::string::npos);
}

TEST_CASE("across 1.0 and 2.0 an id keeps its question: a kept id has the same text, scale and direction")
{
    const Questionnaire& v1 = version_1_0();
    const Questionnaire& v2 = builtin_questionnaire();
    std::set<std::string> kept;
    for (const auto& item : v2.items)
        if (auto i = v1.item_index(item.id)) {
            INFO(item.id);
            kept.insert(item.id);
            const Item& old = v1.items[*i];
            CHECK(old.text.in("nl") == item.text.in("nl"));
            CHECK(old.reverse == item.reverse);
            CHECK(v1.scale_of(old).id == v2.scale_of(item).id);
            CHECK(old.dimension_id == item.dimension_id);
        }
    CHECK(kept == std::set<std::string>{"hoop.beperkingen", "sociaal-domein.wijkteam", "reflectiestructuren.supervisie",
                                        "ruimte-financiering.tijd"});
}

TEST_CASE("the shipped questionnaire passes its own content checks without errors or warnings")
{
    auto findings = check_content(builtin_questionnaire());
    std::string found;
    for (const auto& f : findings)
        found += f.subject + ": " + f.message + "\n";
    INFO(found);
    CHECK(findings.empty());
    // Version 1.0 had the faults the review found; the checks see the ones a program can.
    auto old = check_content(version_1_0());
    CHECK_FALSE(old.empty());
}
