#include "questionnaire/questionnaire_loader.h"
#include "exchange/response_exchange.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace hs;
using hs::test::TempDir;
using hs::test::replaced;

namespace {

const Questionnaire& small_q() { return test::small_questionnaire(); }

// A round in a fresh store with two complete responses from team "A" and one from "B".
RowId fill(Store& store)
{
    auto round = store.add_round("2026-voorjaar", "2026-03-01", small_q());
    NewResponse a;
    a.team = "A";
    a.role = Role::Practitioner;
    a.answers = {4, 5, 1, kNotApplicable, kDontKnow, 3, kUnanswered};
    a.remarks[0] = "Tekst met <tekens> & \"aanhalingen\"\nen een tweede regel";
    NewResponse b = a;
    b.answers = {2, 2, 2, 2, 2, 2, 2};
    b.remarks.clear();
    NewResponse c = a;
    c.team = "B";
    store.insert_responses(round, {a, b, c});
    return round;
}

std::vector<std::vector<AnswerCode>> answers_of(Store& store)
{
    std::vector<std::vector<AnswerCode>> out;
    for (auto& r : store.load_responses({}))
        out.push_back(r.answers);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("answer texts round-trip", "[store]")
{
    for (AnswerCode c : {AnswerCode{1}, AnswerCode{5}, kNotApplicable, kDontKnow, kUnanswered})
        CHECK(parse_answer_text(answer_text(c)) == c);
    CHECK(parse_answer_text(" N.V.T. ") == kNotApplicable);
    CHECK(parse_answer_text("weet niet") == kDontKnow);
    CHECK_FALSE(parse_answer_text("vier").has_value());
    CHECK_FALSE(parse_answer_text("3.5").has_value());
    CHECK_FALSE(parse_answer_text("0").has_value());
    // A bare number and the same number with spaces around it read alike (the first is read on a shorter way).
    const std::vector<std::pair<std::string, std::optional<AnswerCode>>> numbers = {
        {"4", AnswerCode{4}}, {"04", AnswerCode{4}}, {"007", AnswerCode{7}}, {"100", AnswerCode{100}}, {"101", std::nullopt},
        {"0", std::nullopt},  {"000", std::nullopt},  {"1000", std::nullopt},  {"0004", std::nullopt},     {"4a", std::nullopt},
        {"-4", std::nullopt}, {"+4", std::nullopt},   {"4 4", std::nullopt}};
    for (const auto& [text, value] : numbers) {
        INFO(text);
        CHECK(parse_answer_text(text) == value);
        CHECK(parse_answer_text(" " + text + "\t") == value);
    }
}

TEST_CASE("a round's responses move to another machine and are imported once", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    auto round = fill(laptop);
    const auto file = dir.file("ronde.hsr.xml");
    CHECK(write_response_file(laptop, round, std::nullopt, file) == 3);

    Store office(test::new_store_location(dir));
    auto incoming = read_response_file(file);
    CHECK(incoming.round_label == "2026-voorjaar");
    CHECK(incoming.questionnaire.definition_text == small_q().definition_text);
    auto result = office.import_responses(incoming.round_label, incoming.round_date, incoming.questionnaire, incoming.responses);
    CHECK(result.inserted == 3);
    CHECK(answers_of(office) == answers_of(laptop));
    auto remarks = office.load_responses({});
    bool found = std::any_of(remarks.begin(), remarks.end(), [](const ResponseRecord& r) {
        return !r.remarks.empty() && r.remarks.at(0) == "Tekst met <tekens> & \"aanhalingen\"\nen een tweede regel";
    });
    CHECK(found);
    CHECK(office.round(office.find_round("2026-voorjaar")->id).date == "2026-03-01");

    // Twice is once.
    result = office.import_responses(incoming.round_label, incoming.round_date, incoming.questionnaire, incoming.responses);
    CHECK(result.inserted == 0);
    CHECK(result.already_present == 3);
    CHECK(office.load_responses({}).size() == 3);
}

TEST_CASE("export for one team holds only that team", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = fill(store);
    CHECK(write_response_file(store, round, store.find_team("B")->id, dir.file("b.xml")) == 1);
    CHECK(read_response_file(dir.file("b.xml")).responses.at(0).team == "B");
}

TEST_CASE("a response file for another questionnaire version is refused and changes nothing", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    write_response_file(laptop, fill(laptop), std::nullopt, dir.file("v1.xml"));

    Store office(test::new_store_location(dir));
    office.add_round("2026-voorjaar", "2026-03-01", load_questionnaire(test::small_questionnaire_xml("2.0"), "v2"));
    auto incoming = read_response_file(dir.file("v1.xml"));
    CHECK_THROWS_AS(office.import_responses(incoming.round_label, incoming.round_date, incoming.questionnaire, incoming.responses), StoreError);
    CHECK(office.load_responses({}).empty());
    CHECK(office.teams().empty());
}

TEST_CASE("a response file with answers off the scale is refused whole, naming file and line", "[store]")
{
    TempDir dir;
    Store laptop(test::new_store_location(dir));
    write_response_file(laptop, fill(laptop), std::nullopt, dir.file("good.xml"));
    const std::string good = read_text_file(dir.file("good.xml"));

    auto refused_with = [&](const std::string& text, const std::string& reason) {
        test::write_file(dir.file("bad.xml"), text);
        try {
            read_response_file(dir.file("bad.xml"));
            FAIL("accepted");
        } catch (const FileRefused& e) {
            INFO(e.what());
            CHECK(e.problems().front().file == dir.file("bad.xml"));
            CHECK(std::string(e.what()).find(reason) != std::string::npos);
            return e.problems().front().line;
        }
        return 0;
    };
    CHECK(refused_with(replaced(good, "value=\"4\"", "value=\"7\""), "outside its scale") > 1);
    refused_with(replaced(good, "item=\"hoop.a\"", "item=\"hoop.z\""), "unknown item 'hoop.z'");
    refused_with(replaced(good, "role=\"practitioner\"", "role=\"chef\""), "unknown role 'chef'");
    refused_with(replaced(good, "format=\"1\"", "format=\"9\""), "unsupported response file format");
    refused_with(good.substr(0, good.size() / 2), "not well-formed");
    refused_with("<other/>", "not a Herstelspiegel response file");
}

TEST_CASE("CSV from a form tool: items as columns, role, remarks, idempotent by row", "[store]")
{
    TempDir dir;
    Store store(test::new_store_location(dir));
    auto round = store.add_round("R1", "2026-03-01", small_q());
    const auto csv = dir.file("formulier.csv");
    test::write_file(csv, "\xEF\xBB\xBFrol;hoop.a;hoop.b;hoop.c;tempo.a;opmerking:hoop\r\n"
                          "practitioner;4;5;nvt;weet niet;\"Mooi; met puntkomma\"\r\n"
                          "manager;3;4;2;1;\r\n"
                          "manager;3;4;2;1;\r\n");
    auto responses = read_response_csv(csv, small_q(), "FACT Zuid", "R1").responses;
    REQUIRE(responses.size() == 3);
    CHECK(responses[0].answers == std::vector<AnswerCode>{4, 5, kNotApplicable, kDontKnow, 0, 0, 0});
    CHECK(responses[0].role == Role::Practitioner);
    CHECK(responses[0].remarks.at(0) == "Mooi; met puntkomma");
    CHECK(responses[1].uid != responses[2].uid); // two respondents who answered alike
    CHECK(store.insert_responses(round, responses).inserted == 3);
    CHECK(store.insert_responses(round, read_response_csv(csv, small_q(), "FACT Zuid", "R1").responses).already_present == 3);
    CHECK(store.load_responses({}).size() == 3);
}

TEST_CASE("CSV roles as a Dutch form tool writes them: the Dutch names, in any case", "[store]")
{
    TempDir dir;
    const auto csv = dir.file("formulier.csv");
    test::write_file(csv, "rol;hoop.a\nHulpverlener;4\nervaringsdeskundige;4\nLeidinggevende;4\nandere rol;4\nexpert by experience;4\n;4\n");
    const auto responses = read_response_csv(csv, small_q(), "FACT Zuid", "R1").responses;
    REQUIRE(responses.size() == 6);
    CHECK(responses[0].role == Role::Practitioner);
    CHECK(responses[1].role == Role::ExpertByExperience);
    CHECK(responses[2].role == Role::Manager);
    CHECK(responses[3].role == Role::Other);
    CHECK(responses[4].role == Role::ExpertByExperience);
    CHECK(responses[5].role == Role::Unspecified);
}

TEST_CASE("bad CSV files are refused with line and reason", "[store]")
{
    TempDir dir;
    const auto csv = dir.file("bad.csv");
    auto refused = [&](const std::string& text, const std::string& reason, int line) {
        test::write_file(csv, text);
        try {
            read_response_csv(csv, small_q(), "T", "R1");
            FAIL("accepted");
        } catch (const FileRefused& e) {
            INFO(e.what());
            bool found = false;
            for (auto& p : e.problems())
                found = found || (p.reason.find(reason) != std::string::npos && p.line == line);
            CHECK(found);
        }
    };
    refused("hoop.a,hoop.b\n4,6\n", "answer '6' to item 'hoop.b' is outside its scale", 2);
    refused("hoop.a,leeftijd\n4,50\n", "column 'leeftijd' is not an item", 1);
    refused("naam,leeftijd\nx,50\n", "no column is an item id", 1);
    refused("hoop.a,hoop.b\n4,5\n4\n", "1 fields where the header has 2", 3);
    refused("hoop.a,role\n4,chef\n", "unknown role 'chef'", 2);
    refused("hoop.a,hoop.b\n4,\"5\n", "quoted field is not closed", 2);
    refused("", "the file is empty", 1);
}
