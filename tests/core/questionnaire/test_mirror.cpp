// The mirror: a questionnaire's perspective (team, client, relative), the team version a client or relative version
// names, and the check that its dimensions line up with that team version; also the shipped client and relatives
// versions against the built-in team questionnaire.
#include "questionnaire/content_checks.h"
#include "questionnaire/mirror_check.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

using namespace hs;

namespace {

using test::replaced;

const std::string kTeamRoot = R"(<questionnaire id="test-q" version="1.0" languages="nl en">)";

// The small questionnaire as a client version of itself: same dimension ids, same parts, same scale.
std::string client_xml(const std::string& root_attrs = R"(perspective="client" mirrors="test-q")")
{
    return replaced(test::small_questionnaire_xml(), kTeamRoot,
                    R"(<questionnaire id="test-q-client" version="1.0" languages="nl en" )" + root_attrs + ">");
}

bool has(const std::vector<ContentFinding>& findings, FindingCode code, const std::string& subject)
{
    return std::any_of(findings.begin(), findings.end(),
                       [&](const ContentFinding& f) { return f.code == code && f.subject == subject && f.level == FindingLevel::Error; });
}

std::string problems_of(const std::string& text)
{
    auto result = parse_questionnaire(text, "c.xml");
    REQUIRE_FALSE(result.questionnaire);
    REQUIRE(result.problems.size() == 1);
    return result.problems[0].to_string();
}

std::string text_file(const std::string& relative)
{
    std::ifstream in(test::source_path(relative), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("mirror: a questionnaire without a perspective is a team version")
{
    const auto& team = test::small_questionnaire();
    CHECK(team.perspective == Perspective::Team);
    CHECK(team.mirrors.empty());
    CHECK(builtin_questionnaire().perspective == Perspective::Team);
    CHECK(check_mirror(team, team).empty());
}

TEST_CASE("mirror: the loader reads the perspective and the team version named, in XML and JSON")
{
    auto client = load_questionnaire(client_xml(), "c.xml");
    CHECK(client.perspective == Perspective::Client);
    CHECK(client.mirrors == "test-q");
    auto relative = load_questionnaire(client_xml(R"(perspective="relative" mirrors="test-q")"), "r.xml");
    CHECK(relative.perspective == Perspective::Relative);

    auto json = replaced(test::small_questionnaire_json(), R"("id": "test-q",)",
                         R"("id": "test-q-client", "perspective": "client", "mirrors": "test-q",)");
    auto from_json = load_questionnaire(json, "c.json");
    CHECK(from_json.perspective == Perspective::Client);
    CHECK(from_json.mirrors == "test-q");
}

TEST_CASE("mirror: the loader refuses an unknown perspective and a missing or misplaced mirrors, with the line")
{
    CHECK(problems_of(client_xml(R"(perspective="patient" mirrors="test-q")")) ==
          "c.xml:2: perspective 'patient' is unknown (expected team, client or relative)");
    CHECK(problems_of(client_xml(R"(perspective="client")")).find(
              "c.xml:2: a client or relative questionnaire must name the team questionnaire it mirrors") == 0);
    CHECK(problems_of(client_xml(R"(perspective="relative" mirrors="Not An Id")")) ==
          "c.xml:2: mirrors 'Not An Id' is not a valid questionnaire id");
    CHECK(problems_of(client_xml(R"(mirrors="test-q")")) ==
          "c.xml:2: a team questionnaire mirrors no other questionnaire, but it names 'test-q' in mirrors");
}

TEST_CASE("mirror: a client version that reuses the team's dimension ids passes and lists what it leaves out")
{
    const auto& team = test::small_questionnaire();
    auto client = load_questionnaire(client_xml(), "c.xml");
    CHECK(check_mirror(client, team).empty());
    CHECK(dimensions_without_mirror(client, team).empty());

    // Leaving a team dimension out is allowed: it has no client perspective, it is no mismatch.
    auto text = client_xml();
    const auto from = text.find("    <dimension id=\"tempo\">");
    const auto to = text.find("</dimension>", from) + std::string("</dimension>\n").size();
    text.erase(from, to - from);
    auto shorter = load_questionnaire(text, "c.xml");
    CHECK(check_mirror(shorter, team).empty());
    CHECK(dimensions_without_mirror(shorter, team) == std::vector<std::string>{"tempo"});
}

TEST_CASE("mirror: an unknown dimension id is an error on the line of that dimension")
{
    const auto& team = test::small_questionnaire();
    auto client = load_questionnaire(replaced(client_xml(), R"(<dimension id="tempo">)", R"(<dimension id="temp">)"), "c.xml");
    auto findings = check_mirror(client, team);
    REQUIRE(findings.size() == 1);
    CHECK(has(findings, FindingCode::MirrorUnknownDimension, "temp"));
    CHECK(findings[0].line == 25);
    CHECK(findings[0].message.find("dimension 'temp' does not exist in team questionnaire 'test-q' 1.0") == 0);
}

TEST_CASE("mirror: a dimension in another part, or on another range, is an error")
{
    const auto& team = test::small_questionnaire();
    auto moved = replaced(client_xml(), R"(<part id="organisatie">)", R"(<part id="organisatie-anders">)");
    CHECK(has(check_mirror(load_questionnaire(moved, "c.xml"), team), FindingCode::MirrorOtherPart, "scholing"));

    auto seven = replaced(client_xml(), R"(<point value="5">)", R"(<point value="7">)");
    auto findings = check_mirror(load_questionnaire(seven, "c.xml"), team);
    CHECK(has(findings, FindingCode::MirrorOtherRange, "hoop.a"));
    CHECK(has(findings, FindingCode::MirrorOtherRange, "scholing.b"));
}

TEST_CASE("mirror: a version compared with another team questionnaire, or with a non-team one, is refused")
{
    const auto& team = test::small_questionnaire();
    auto other = load_questionnaire(client_xml(R"(perspective="client" mirrors="andere-lijst")"), "c.xml");
    auto findings = check_mirror(other, team);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].code == FindingCode::MirrorWrongTeam);
    CHECK(findings[0].line == 2);

    auto client = load_questionnaire(client_xml(), "c.xml");
    CHECK(has(check_mirror(client, client), FindingCode::MirrorWrongTeam, "test-q-client"));
}

TEST_CASE("mirror: the three-statement minimum applies to team versions, a short mirror version may use one")
{
    // The small questionnaire has dimensions of two statements: an error for a team version, fine for a mirror.
    auto team_findings = check_content(test::small_questionnaire());
    CHECK(has(team_findings, FindingCode::FewItems, "tempo"));
    auto client_findings = check_content(load_questionnaire(client_xml(), "c.xml"));
    CHECK_FALSE(has(client_findings, FindingCode::FewItems, "tempo"));
    // An empty dimension is refused by the loader; the mirror minimum is a limit like the team's.
    ContentLimits strict;
    strict.min_items_per_mirrored_dimension = 3;
    CHECK(has(check_content(load_questionnaire(client_xml(), "c.xml"), strict), FindingCode::FewItems, "tempo"));
}

TEST_CASE("mirror: the shipped client and relatives versions line up with the built-in team version, without findings")
{
    const auto& team = builtin_questionnaire();
    struct Shipped {
        const char* file;
        Perspective perspective;
        std::size_t min_items, max_items;
    };
    for (const auto& s : {Shipped{"questionnaires/herstelondersteuning-client.xml", Perspective::Client, 12, 18},
                          Shipped{"questionnaires/herstelondersteuning-naasten.xml", Perspective::Relative, 8, 12}}) {
        INFO(s.file);
        auto q = load_questionnaire_file(test::source_path(s.file));
        CHECK(q.perspective == s.perspective);
        CHECK(q.mirrors == team.id);
        CHECK(q.items.size() >= s.min_items);
        CHECK(q.items.size() <= s.max_items);
        CHECK(check_mirror(q, team).empty());
        CHECK(check_content(q).empty());
        for (const auto& scale : q.scales) {
            CHECK(scale.allows_not_applicable);
            CHECK(scale.allows_dont_know);
            CHECK(scale.not_applicable_label.in("nl") == "past niet bij mij");
        }
        // Every statement is short (B1: about ten words, one sentence).
        for (const auto& r : statement_readability(q, "nl")) {
            INFO(r.item_id);
            CHECK(r.sentences == 1);
            CHECK(r.words <= 12);
        }
        // One voice: "Mijn begeleiders ..." (clients) or "Het team ..." (relatives) about the support, "Ik ..." about
        // what the person can get or knows.
        const std::string voice = s.perspective == Perspective::Client ? "Mijn begeleiders " : "Het team ";
        for (const auto& item : q.items) {
            const std::string& text = item.text.in("nl");
            INFO(text);
            CHECK((text.rfind(voice, 0) == 0 || text.rfind("Ik ", 0) == 0));
        }
    }
}

TEST_CASE("mirror: the README lists exactly the team dimensions the client version leaves out")
{
    std::ifstream in(test::source_path("questionnaires/README.md"));
    std::stringstream readme;
    readme << in.rdbuf();
    const std::string text = readme.str();
    const auto from = text.find("**No client perspective**");
    REQUIRE(from != std::string::npos);
    const std::string list = text.substr(from, text.find("\n\n", from) - from);
    auto client = load_questionnaire_file(test::source_path("questionnaires/herstelondersteuning-client.xml"));
    const auto left_out = dimensions_without_mirror(client, builtin_questionnaire());
    CHECK(left_out.size() == 8);
    for (const auto& d : builtin_questionnaire().dimensions) {
        INFO(d.id);
        const bool listed = list.find("`" + d.id + "`") != std::string::npos;
        const bool missing = std::find(left_out.begin(), left_out.end(), d.id) != left_out.end();
        CHECK(listed == missing);
    }
}

TEST_CASE("mirror: a negation in a statement is a warning in a client or relative version, not in a team version")
{
    auto negated = [](std::string text) {
        return replaced(text, R"(<text lang="nl">Tempo A</text><text lang="en">Pace A</text>)",
                        R"(<text lang="nl">Ze haasten mij niet</text><text lang="en">They do not rush me</text>)");
    };
    auto client = check_content(load_questionnaire(negated(client_xml()), "c.xml"));
    auto negation = std::count_if(client.begin(), client.end(), [](const ContentFinding& f) {
        return f.code == FindingCode::Negation && f.level == FindingLevel::Warning && f.subject == "tempo.a";
    });
    CHECK(negation == 2); // Dutch and English
    auto team = check_content(load_questionnaire(negated(test::small_questionnaire_xml()), "t.xml"));
    CHECK(std::none_of(team.begin(), team.end(), [](const ContentFinding& f) { return f.code == FindingCode::Negation; }));
}

TEST_CASE("mirror: every shipped client and relatives statement documents the team statement it mirrors, in the file and the README")
{
    const auto& team = builtin_questionnaire();
    const std::string readme = text_file("questionnaires/README.md");
    for (const char* file : {"questionnaires/herstelondersteuning-client.xml", "questionnaires/herstelondersteuning-naasten.xml"}) {
        INFO(file);
        const std::string text = text_file(file);
        const auto q = load_questionnaire_file(test::source_path(file));
        // In the file: the comment right before each statement, "<!-- spiegelt team.statement ... -->".
        std::map<std::string, std::string> mirrored;
        static const std::regex commented(R"re(<!--\s*spiegelt\s+([a-z0-9._-]+)[^>]*-->\s*<item id="([^"]+)")re");
        for (auto m = std::sregex_iterator(text.begin(), text.end(), commented); m != std::sregex_iterator(); ++m)
            mirrored[(*m)[2]] = (*m)[1];
        CHECK(mirrored.size() == q.items.size());
        for (const auto& item : q.items) {
            INFO(item.id);
            const auto it = mirrored.find(item.id);
            REQUIRE(it != mirrored.end());
            // The team statement exists, in the dimension the statement's score lines up with.
            const auto team_item = team.item_index(it->second);
            REQUIRE(team_item);
            CHECK(team.items[*team_item].dimension_id == item.dimension_id);
            // In the README: a row with the statement's id and Dutch text, its team dimension and that team statement.
            const std::string row = "| `" + item.id + "` " + item.text.in("nl") + " | `" + item.dimension_id + "` | `" + it->second + "`";
            CHECK(readme.find(row) != std::string::npos);
        }
    }
    // The client version is framed by the module's five elements of recovery: each names at least one statement.
    const auto from = readme.find("### Client version");
    const auto to = readme.find("**No client perspective**", from);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string table = readme.substr(from, to - from);
    for (const char* element : {"verbondenheid |", "hoop |", "identiteit |", "betekenisgeving |", "grip op het eigen leven |"}) {
        INFO(element);
        CHECK(table.find(element) != std::string::npos);
    }
}
