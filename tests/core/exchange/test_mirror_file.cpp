// The portable response file and the mirror: a round's client and relatives versions travel with it, each response
// says whose it is and how it was collected, and anything that does not add up refuses the file with its line.
#include "exchange/response_exchange.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace hs;
using hs::test::TempDir;
using hs::test::replaced;

namespace {

std::string text_of(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// A round with a client and a relatives version and a response of each perspective, written to `path`.
void write_round(const TempDir& dir, const std::string& path)
{
    Store store(test::new_store_location(dir));
    const RowId round = store.add_round("R1", "2026-03-01", test::small_questionnaire(),
                                        {&test::small_client_questionnaire(), &test::small_relative_questionnaire()});
    store.insert_responses(round, {test::new_response("T", Perspective::Team, CollectionMode::Wizard, {1, 2, 3, 4, 5, 1, 2}),
                                   test::new_response("T", Perspective::Client, CollectionMode::Kiosk, {5, kNotApplicable, 3}),
                                   test::new_response("T", Perspective::Relative, CollectionMode::Paper, {kDontKnow, 2})});
    CHECK(write_response_file(store, round, {}, path) == 3);
}

void expect_refused(const TempDir& dir, const std::string& text, const std::string& reason)
{
    const auto path = dir.file("bad.xml");
    test::write_file(path, text);
    try {
        check_response_file(path);
        FAIL("accepted: " << reason);
    } catch (const FileRefused& e) {
        INFO(e.what());
        bool found = false;
        for (const auto& p : e.problems())
            found = found || (p.reason.find(reason) != std::string::npos && p.line > 0);
        CHECK(found);
    }
}

} // namespace

TEST_CASE("mirror file: the versions, perspectives and ways of collecting travel with the responses", "[store]")
{
    TempDir dir;
    const auto path = dir.file("r1.xml");
    write_round(dir, path);
    const auto text = text_of(path);
    // The team's response on screen stays plain: a version 2 reader reads it.
    CHECK(text.find("perspective=\"team\"") == std::string::npos);
    CHECK(text.find("collection=\"wizard\"") == std::string::npos);

    const auto file = read_response_file(path);
    REQUIRE(file.mirrors.size() == 2);
    CHECK(file.mirrors[0].id == "test-q-client");
    CHECK(file.mirrors[1].id == "test-q-relative");
    REQUIRE(file.responses.size() == 3);
    CHECK(file.responses[1].perspective == Perspective::Client);
    CHECK(file.responses[1].collection == CollectionMode::Kiosk);
    CHECK(file.responses[1].answers == std::vector<AnswerCode>{5, kNotApplicable, 3});
    CHECK(file.responses[2].perspective == Perspective::Relative);
    CHECK(file.responses[2].collection == CollectionMode::Paper);

    // Imported elsewhere: the round is made with both versions, and every response is where it was.
    Store office(test::new_store_location(dir));
    CHECK(import_response_file(office, path).inserted == 3);
    const RowId round = office.find_round("R1")->id;
    CHECK(office.perspectives_of(round).size() == 3);
    CHECK(office.load_scores(round, Perspective::Client).at(0).answers == std::vector<AnswerCode>{5, kNotApplicable, 3});
    CHECK(office.load_scores(round, Perspective::Relative).at(0).info.collection == CollectionMode::Paper);
    CHECK(import_response_file(office, path).already_present == 3); // twice is once
}

TEST_CASE("mirror file: what does not add up refuses the file with its line", "[store]")
{
    TempDir dir;
    const auto path = dir.file("r1.xml");
    write_round(dir, path);
    const auto text = text_of(path);
    expect_refused(dir, replaced(text, "collection=\"kiosk\"", "collection=\"fax\""), "unknown way of collecting 'fax'");
    expect_refused(dir, replaced(text, "perspective=\"client\" collection", "perspective=\"klant\" collection"), "unknown perspective 'klant'");
    expect_refused(dir, replaced(text, "<questionnaire perspective=\"client\"", "<questionnaire perspective=\"team\""), "unknown perspective 'team'");
    // Without the relatives version, the relative's response has nothing to answer.
    const auto start = text.find("<questionnaire perspective=\"relative\"");
    const auto end = text.find("</questionnaire>", start) + 16;
    expect_refused(dir, text.substr(0, start) + text.substr(end), "has no questionnaire for them");
    // A client's answer to a statement of the team version.
    expect_refused(dir, replaced(text, "item=\"c.hoop.a\"", "item=\"hoop.a\""), "answer to unknown item 'hoop.a'");
    // A version after the responses.
    const std::string version = text.substr(start, end - start);
    const std::string moved = replaced(text.substr(0, start) + text.substr(end), "</herstelspiegel-responses>", version + "</herstelspiegel-responses>");
    expect_refused(dir, moved, "must come after the team's and before the responses");
}

TEST_CASE("mirror file: a client version as the round's questionnaire is refused with its line, and opens no round", "[store]")
{
    TempDir dir;
    const auto path = dir.file("r1.xml");
    write_round(dir, path);
    const auto text = text_of(path);
    // The client version moved into the place of the team's: the round would be opened on it, and the clients'
    // answers read as the team's.
    const auto team_start = text.find("<questionnaire id=\"test-q\"");
    const auto team_end = text.find("</questionnaire>", team_start) + 16;
    const auto client_start = text.find("<questionnaire perspective=\"client\"");
    const auto client_end = text.find("</questionnaire>", client_start) + 16;
    REQUIRE(team_start != std::string::npos);
    REQUIRE(client_start > team_end);
    const std::string client_as_team = replaced(text.substr(client_start, client_end - client_start),
                                                "<questionnaire perspective=\"client\" ", "<questionnaire ");
    const std::string swapped = text.substr(0, team_start) + client_as_team + text.substr(team_end, client_start - team_end) +
                                text.substr(client_end);
    expect_refused(dir, swapped, "must be the team questionnaire, but test-q-client is the version for clients");

    const auto bad = dir.file("swapped.xml");
    test::write_file(bad, swapped);
    Store office(test::new_store_location(dir));
    CHECK_THROWS_AS(import_response_file(office, bad), FileRefused);
    CHECK(office.rounds().empty());
}
