#include "questionnaire/questionnaire_loader.h"
#include "frontend/response_session.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

TEST_CASE("a response session: pages per dimension, unanswered items, saving, resuming, handing in")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    auto q = load_questionnaire(test::small_questionnaire_xml(), "small.xml");
    auto round = store.add_round("R1", "2026-03-01", q);
    auto team = store.add_team("T");

    auto s = ResponseSession::start(store, round, team, Role::Practitioner, false, "4821");
    CHECK(s.page_count() == 3);
    CHECK(s.dimension(1).id == "tempo");
    CHECK(s.items(0) == std::vector<std::size_t>{0, 1, 2});
    CHECK(s.resume_page() == 0);
    CHECK(s.unanswered(0).size() == 3);
    s.set_answer(0, 4);
    s.set_answer(2, kNotApplicable);
    CHECK_THROWS_AS(s.set_answer(1, 9), std::invalid_argument);
    CHECK(s.unanswered(0) == std::vector<std::size_t>{1});
    s.set_remark(0, "Goed");
    s.save_page(store, 0, 1);
    const std::string code = s.info().code;

    // The window closes; later the respondent types their code (in lower case, without the dash).
    std::string typed = code;
    typed.erase(3, 1);
    for (auto& c : typed)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto found = ResponseSession::find_by_code(store, round, team, typed);
    REQUIRE(found);
    // Only the PIN chosen at the start opens it again.
    CHECK_FALSE(ResponseSession::resume(store, *found, ""));
    CHECK_FALSE(ResponseSession::resume(store, *found, "1234"));
    auto resumed = ResponseSession::resume(store, *found, "4821");
    REQUIRE(resumed);
    auto& again = *resumed;
    CHECK(again.resume_page() == 1);
    CHECK(again.answer(0) == 4);
    CHECK(again.answer(2) == kNotApplicable);
    CHECK(again.remark(0) == "Goed");
    CHECK(again.answered_count() == 2);
    CHECK_FALSE(ResponseSession::find_by_code(store, round, team, "XXX-XXX"));

    for (int page = 1; page < again.page_count(); ++page) {
        for (auto i : again.items(page))
            again.set_answer(i, 3);
        again.save_page(store, page, page + 1);
    }
    again.complete(store);
    CHECK(store.load_responses({}).size() == 1);
    CHECK_THROWS_AS(ResponseSession::resume(store, *found, "4821"), StoreError);
    CHECK_FALSE(ResponseSession::find_by_code(store, round, team, code));
}

TEST_CASE("a resume PIN: stored only as a salted hash, too short refused, five wrong ones lock the questionnaire")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    auto round = store.add_round("R1", "2026-03-01", test::small_questionnaire());
    auto team = store.add_team("T");
    CHECK_THROWS_AS(ResponseSession::start(store, round, team, Role::Practitioner, false, "123"), StoreError);
    auto a = ResponseSession::start(store, round, team, Role::Practitioner, false, "2468");
    auto b = ResponseSession::start(store, round, team, Role::Practitioner, false, "2468");
    // The PIN is nowhere in the file, and the same PIN gives two different hashes (salted).
    const std::string output = test::sql_rows(dir.file("hs.db"), "SELECT pin_salt, pin_hash FROM responses ORDER BY id");
    CHECK(output.find("2468") == std::string::npos);
    const auto first = output.substr(0, output.find('\n')), second = output.substr(output.find('\n') + 1);
    CHECK(first.substr(first.find('|')) != second.substr(second.find('|')));
    CHECK(first.size() > 64);

    for (int attempt = 0; attempt < 5; ++attempt)
        CHECK_FALSE(ResponseSession::resume(store, a.info().id, "0000"));
    // Locked now, even for the right PIN; the other questionnaire is untouched.
    CHECK_THROWS_AS(ResponseSession::resume(store, a.info().id, "2468"), StoreError);
    CHECK(ResponseSession::resume(store, b.info().id, "2468"));
    // A right PIN resets the count of wrong ones.
    for (int attempt = 0; attempt < 4; ++attempt)
        CHECK_FALSE(ResponseSession::resume(store, b.info().id, "9999"));
    CHECK(ResponseSession::resume(store, b.info().id, "2468"));
    CHECK_FALSE(ResponseSession::resume(store, b.info().id, "9999"));
    CHECK(ResponseSession::resume(store, b.info().id, "2468"));
}
