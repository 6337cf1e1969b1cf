// Refusals reach the user in Dutch: the core's messages go through the same catalogue as the windows.
#include "common/file_problem.h"
#include "exchange/response_csv.h"
#include "questionnaire/questionnaire_loader.h"
#include "store/store.h"

#include "../core/test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

TEST_CASE("refused files and databases are explained in Dutch")
{
    test::TempDir dir;
    const auto csv = dir.file("dubbel.csv");
    test::write_file(csv, "hoop.a;hoop.a\n1;2\n");
    CHECK_THROWS_WITH(read_response_csv(csv, test::small_questionnaire(), "T", "R1"),
                      Catch::Contains("dubbel.csv:1: kolom 'hoop.a' komt twee keer voor (kolom 1 en 2)"));
    test::write_file(csv, "hoop.a;opmerking:hoop\n1;Caf\xC3\xA9\n1;Caf\xE9\n");
    CHECK_THROWS_WITH(read_response_csv(csv, test::small_questionnaire(), "T", "R1"),
                      Catch::Contains("dubbel.csv:3: deze regel is geen UTF-8-tekst") && Catch::Contains("\"CSV UTF-8\""));

    std::string deep = "<questionnaire>";
    for (int i = 0; i < 100; ++i)
        deep += "<a>";
    auto load = parse_questionnaire(deep, "diep.xml");
    REQUIRE(load.problems.size() == 1);
    CHECK(load.problems[0].reason.find("niveaus diep genest") != std::string::npos);

    test::write_file(dir.file("leeg.db"), "");
    CHECK_THROWS_WITH(Store(dir.file("leeg.db")), Catch::Contains("is leeg (0 bytes)") && Catch::Contains("back-up"));
}
