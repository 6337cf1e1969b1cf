// The shipped questionnaire: complete in both languages and shaped as the module asks.
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

TEST_CASE("the shipped questionnaire file is valid and equals the built-in one")
{
    auto q = load_questionnaire_file(test::source_path("questionnaires/herstelondersteuning-team.xml"));
    CHECK(q.definition_text == builtin_questionnaire().definition_text);
    CHECK(q.languages == std::vector<std::string>{"nl", "en"});
}

TEST_CASE("the shipped questionnaire covers attitudes and preconditions, 3 to 6 items each, all explained")
{
    const Questionnaire& q = builtin_questionnaire();
    REQUIRE(q.parts.size() == 2);
    CHECK(q.parts[0].dimensions.size() >= 10);
    CHECK(q.parts[1].dimensions.size() >= 8);
    for (const auto& d : q.dimensions) {
        INFO(d.id);
        CHECK(d.items.size() >= 3);
        CHECK(d.items.size() <= 6);
    }
    for (const auto& item : q.items) {
        INFO(item.id);
        CHECK(item.explanation.has("nl"));
        CHECK(item.explanation.has("en"));
        CHECK(item.text.in("nl") != item.text.in("en"));
    }
    for (const char* id : {"presentie", "referentiekader", "gelijkwaardigheid", "tempo", "zingeving", "hoop",
                           "lotgenoten", "reflectie-handelen", "reflectie-normen", "ervaringskennis",
                           "ervaringsdeskundigen", "scholing", "familie", "sociaal-domein", "zelfhulp",
                           "reflectiestructuren", "visie-leiderschap", "ruimte-financiering"})
        CHECK(q.dimension_index(id).has_value());
}
