#include "questionnaire/questionnaire_loader.h"
#include "store/store.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;

namespace {

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    auto pos = text.find(from);
    REQUIRE(pos != std::string::npos);
    return text.replace(pos, from.size(), to);
}

// Parses text and expects it to be refused with a problem containing `reason` (at `line` when > 0).
void expect_refused(const std::string& text, const std::string& reason, int line = 0)
{
    auto result = parse_questionnaire(text, "bad.xml");
    CHECK_FALSE(result.questionnaire.has_value());
    REQUIRE_FALSE(result.problems.empty());
    bool found = false;
    for (const auto& p : result.problems) {
        CHECK(p.file == "bad.xml");
        if (p.reason.find(reason) != std::string::npos && (line == 0 || p.line == line))
            found = true;
    }
    INFO("problems: " << FileRefused(result.problems).what());
    CHECK(found);
}

} // namespace

TEST_CASE("a valid questionnaire is read completely")
{
    auto q = load_questionnaire(test::small_questionnaire_xml(), "small.xml");
    CHECK(q.id == "test-q");
    CHECK(q.version == "1.0");
    CHECK(q.languages == std::vector<std::string>{"nl", "en"});
    REQUIRE(q.parts.size() == 2);
    REQUIRE(q.dimensions.size() == 3);
    REQUIRE(q.items.size() == 7);
    CHECK(q.parts[1].dimensions == std::vector<std::size_t>{2});
    CHECK(q.dimensions[0].items == std::vector<std::size_t>{0, 1, 2});
    CHECK(q.items[0].explanation.in("en") == "Explanation A");
    CHECK(q.items[1].explanation.empty());
    CHECK(q.items[2].reverse);
    CHECK(q.title.in("en") == "Test list");
    CHECK(q.title.in("fr") == "Testlijst"); // falls back to Dutch
    const Scale& s = q.scale_of(q.items[0]);
    CHECK(s.min_value() == 1);
    CHECK(s.max_value() == 5);
    CHECK(s.allows_not_applicable);
    CHECK(s.allows_dont_know);
    CHECK(s.accepts(kNotApplicable));
    CHECK(s.accepts(5));
    CHECK_FALSE(s.accepts(6));
    CHECK(q.item_index("tempo.b") == 4u);
    CHECK_FALSE(q.item_index("nope").has_value());
    CHECK(q.definition_text == test::small_questionnaire_xml());
}

TEST_CASE("reverse-scored items are mirrored on their scale")
{
    auto q = load_questionnaire(test::small_questionnaire_xml(), "small.xml");
    CHECK(q.effective_score(0, 4) == 4);
    CHECK(q.effective_score(2, 5) == 1);
    CHECK(q.effective_score(2, 4) == 2);
    CHECK(q.effective_score(2, 3) == 3);
}

TEST_CASE("a scale without non-score options refuses them")
{
    auto text = replaced(test::small_questionnaire_xml(),
                         R"(<dont-know><label lang="nl">weet niet</label><label lang="en">don't know</label></dont-know>)",
                         "");
    auto q = load_questionnaire(text, "x.xml");
    CHECK_FALSE(q.scales[0].allows_dont_know);
    CHECK_FALSE(q.scales[0].accepts(kDontKnow));
    CHECK(q.scales[0].accepts(kNotApplicable));
}

TEST_CASE("files that are not well-formed are refused with the parser's line")
{
    auto text = replaced(test::small_questionnaire_xml(), "<title lang=\"nl\">Hoop</title>", "<title lang=\"nl>Hoop</title>");
    auto result = parse_questionnaire(text, "bad.xml");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].reason.find("not well-formed") != std::string::npos);
    CHECK(result.problems[0].line >= 18);
    expect_refused("", "root element must be <questionnaire>");
    expect_refused("<questionnaire", "not well-formed");
}

TEST_CASE("the root must be a questionnaire")
{
    expect_refused("<?xml version=\"1.0\"?><survey/>", "root element must be <questionnaire>");
}

TEST_CASE("unknown elements and attributes are refused, with their line")
{
    expect_refused(replaced(test::small_questionnaire_xml(), "<item id=\"tempo.b\">", "<item id=\"tempo.b\"><weight>2</weight>"),
                   "unknown element <weight>", 29);
    expect_refused(replaced(test::small_questionnaire_xml(), "<item id=\"tempo.b\">", "<item id=\"tempo.b\" colour=\"red\">"),
                   "unknown attribute 'colour'", 29);
    expect_refused(replaced(test::small_questionnaire_xml(), "<part id=\"organisatie\">", "<section/><part id=\"organisatie\">"),
                   "unknown element <section>", 32);
}

TEST_CASE("duplicate ids are refused at the second occurrence")
{
    expect_refused(replaced(test::small_questionnaire_xml(), "id=\"tempo.b\"", "id=\"tempo.a\""),
                   "duplicate item id 'tempo.a'", 29);
    expect_refused(replaced(test::small_questionnaire_xml(), "<dimension id=\"scholing\">", "<dimension id=\"hoop\">"),
                   "duplicate dimension id 'hoop'", 35);
    expect_refused(replaced(test::small_questionnaire_xml(), "<part id=\"organisatie\">", "<part id=\"houding\">"),
                   "duplicate part id 'houding'");
}

TEST_CASE("a dimension must use a known scale and an item must be inside a dimension")
{
    expect_refused(replaced(test::small_questionnaire_xml(), "<dimension id=\"tempo\">", "<dimension id=\"tempo\" scale=\"s7\">"),
                   "unknown scale 's7'", 25);
    // An item outside a dimension is an unknown element of <part>.
    expect_refused(replaced(test::small_questionnaire_xml(), "<dimension id=\"tempo\">",
                            "<item id=\"los\"><text lang=\"nl\">x</text><text lang=\"en\">x</text></item><dimension id=\"tempo\">"),
                   "unknown element <item> in <part id=\"houding\">");
}

TEST_CASE("scales need points with whole, ascending values")
{
    std::string text = test::small_questionnaire_xml();
    auto start = text.find("<point value=\"2\">");
    auto end = text.find("<not-applicable>");
    std::string no_points = text;
    no_points.erase(text.find("<point value=\"1\">"), end - text.find("<point value=\"1\">"));
    expect_refused(no_points, "needs at least two <point>", 5);
    (void)start;
    expect_refused(replaced(text, "<point value=\"3\">", "<point value=\"drie\">"), "'drie' is not a whole number");
    expect_refused(replaced(text, "<point value=\"3\">", "<point value=\"1\">"), "distinct and ascending");
    expect_refused(replaced(text, "<point value=\"1\">", "<point value=\"0\">"), "outside 1..100");
}

TEST_CASE("Dutch is required, and every declared language must be complete")
{
    const std::string text = test::small_questionnaire_xml();
    expect_refused(replaced(text, "languages=\"nl en\"", "languages=\"en\""), "must include Dutch");
    expect_refused(replaced(text, "<text lang=\"nl\">Tempo B</text>", ""), "missing <text lang=\"nl\"> in <item id=\"tempo.b\">", 29);
    expect_refused(replaced(text, "<text lang=\"en\">Pace B</text>", ""), "missing <text lang=\"en\">", 29);
    expect_refused(replaced(text, "<title lang=\"nl\">Tempo</title>", ""), "missing <title lang=\"nl\"> in <dimension id=\"tempo\">");
    expect_refused(replaced(text, "<text lang=\"en\">Pace B</text>", "<text lang=\"de\">Tempo B</text>"), "language 'de' is not declared");
    expect_refused(replaced(text, "<text lang=\"en\">Pace B</text>", "<text lang=\"en\"></text>"), "empty <text lang=\"en\">");
    expect_refused(replaced(text, "<text lang=\"en\">Pace B</text>", "<text>Pace B</text>"), "without lang attribute");
    // English is optional when the file does not declare it.
    std::string dutch_only = text;
    dutch_only = replaced(dutch_only, "languages=\"nl en\"", "languages=\"nl\"");
    CHECK_FALSE(parse_questionnaire(dutch_only, "x").questionnaire.has_value()); // English texts now undeclared
}

TEST_CASE("the version must be MAJOR.MINOR")
{
    for (const char* bad : {"1", "v1.0", "1.0.0", "", "1.x"})
        expect_refused(test::small_questionnaire_xml(bad), "wrong format", 2);
    CHECK(parse_questionnaire(test::small_questionnaire_xml("12.3"), "x").questionnaire.has_value());
}

TEST_CASE("ids must be stable, simple identifiers")
{
    expect_refused(replaced(test::small_questionnaire_xml(), "id=\"tempo.b\"", "id=\"Tempo B\""), "item id 'Tempo B' is missing or invalid");
    expect_refused(replaced(test::small_questionnaire_xml(), "<item id=\"tempo.b\">", "<item>"), "item id '' is missing or invalid");
    expect_refused(replaced(test::small_questionnaire_xml(), "reverse=\"true\"", "reverse=\"ja\""), "reverse must be");
}

TEST_CASE("empty parts and dimensions are refused")
{
    std::string text = test::small_questionnaire_xml();
    auto from = text.find("<item id=\"scholing.a\">");
    auto to = text.find("</dimension>", from);
    text.erase(from, to - from);
    expect_refused(text, "<dimension id=\"scholing\"> has no <item>", 35);
}

TEST_CASE("every problem in a file is reported, not only the first")
{
    std::string text = replaced(test::small_questionnaire_xml(), "id=\"tempo.b\"", "id=\"tempo.a\"");
    text = replaced(text, "<text lang=\"en\">Training B</text>", "");
    auto result = parse_questionnaire(text, "bad.xml");
    CHECK(result.problems.size() == 2);
}

TEST_CASE("a missing file is refused with its name")
{
    auto result = read_questionnaire_file("/nonexistent/q.xml");
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].file == "/nonexistent/q.xml");
    CHECK(result.problems[0].to_string() == "/nonexistent/q.xml: the file does not exist");
    CHECK_THROWS_AS(load_questionnaire_file("/nonexistent/q.xml"), FileRefused);
}

TEST_CASE("the JSON form reads into the same questionnaire as the XML form")
{
    auto from_xml = load_questionnaire(test::small_questionnaire_xml(), "small.xml");
    auto from_json = load_questionnaire(test::small_questionnaire_json(), "small.json");
    CHECK(from_json.id == from_xml.id);
    CHECK(from_json.version == from_xml.version);
    CHECK(from_json.languages == from_xml.languages);
    REQUIRE(from_json.items.size() == from_xml.items.size());
    for (std::size_t i = 0; i < from_xml.items.size(); ++i) {
        CHECK(from_json.items[i].id == from_xml.items[i].id);
        CHECK(from_json.items[i].dimension_id == from_xml.items[i].dimension_id);
        CHECK(from_json.items[i].text.all() == from_xml.items[i].text.all());
        CHECK(from_json.items[i].explanation.all() == from_xml.items[i].explanation.all());
        CHECK(from_json.items[i].reverse == from_xml.items[i].reverse);
    }
    CHECK(from_json.scales[0].points.size() == 5);
    CHECK(from_json.scales[0].allows_dont_know);
    CHECK(from_json.scales[0].points[3].label.in("nl") == "Beetje eens");
    CHECK(from_json.parts[1].dimensions == from_xml.parts[1].dimensions);
    CHECK(from_json.definition_text == test::small_questionnaire_json());

    // A round opened with it keeps and reads back the JSON text.
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    auto round = store.add_round("R1", "2026-03-01", from_json);
    CHECK(store.questionnaire_of(round)->items.size() == 7);
    CHECK(store.questionnaire_of(round)->definition_text == test::small_questionnaire_json());
}

TEST_CASE("bad JSON questionnaires are refused with file, line and reason")
{
    const std::string json = test::small_questionnaire_json();
    auto refused = [](const std::string& text, const std::string& reason, int line) {
        auto result = parse_questionnaire(text, "bad.json");
        CHECK_FALSE(result.questionnaire.has_value());
        INFO(FileRefused(result.problems).what());
        bool found = false;
        for (const auto& p : result.problems)
            found = found || (p.file == "bad.json" && p.reason.find(reason) != std::string::npos && (line == 0 || p.line == line));
        CHECK(found);
    };
    refused(replaced(json, "\"tempo.b\"", "\"tempo.a\""), "duplicate item id 'tempo.a'", 40);
    refused(replaced(json, "\"tempo.b\", \"text\": {\"nl\": \"Tempo B\", ", "\"tempo.b\", \"text\": {"), "missing <text lang=\"nl\">", 40);
    refused(replaced(json, "\"id\": \"hoop.b\",", "\"id\": \"hoop.b\", \"weight\": 2,"), "unknown attribute 'weight'", 31);
    refused(replaced(json, "\"version\": \"1.0\"", "\"version\": \"1\""), "wrong format", 1);
    refused(replaced(json, "\"scales\": [", "\"scales\": [["), "not well-formed JSON", 0);
    // A key with dots is a name like any other (found by the fuzzer: read as a path, it failed an assertion).
    refused(replaced(json, "\"id\": \"hoop.b\",", "\"id\": \"hoop.b\", \"weight..\": 2,"), "unknown attribute 'weight..'", 31);
    refused(replaced(json, "\"version\": \"1.0\"", "\"version....\": \"1.0\""), "version", 0);
}

TEST_CASE("a scale can be set per item, overriding the dimension's; a dimension may carry a source note")
{
    const std::string freq = R"(<scale id="f3">
    <point value="1"><label lang="nl">Nooit</label><label lang="en">Never</label></point>
    <point value="2"><label lang="nl">Soms</label><label lang="en">Sometimes</label></point>
    <point value="3"><label lang="nl">Altijd</label><label lang="en">Always</label></point>
  </scale>
  <part id="houding">)";
    auto text = replaced(test::small_questionnaire_xml(), "<part id=\"houding\">", freq);
    text = replaced(text, "<item id=\"hoop.c\" reverse=\"true\">", "<item id=\"hoop.c\" reverse=\"true\" scale=\"f3\">");
    text = replaced(text, "<title lang=\"en\">Hope</title>", "<title lang=\"en\">Hope</title>\n      <source>Kaart: geef hoop.</source>");
    auto q = load_questionnaire(text, "x.xml");
    CHECK(q.scale_of(q.items[0]).id == "s5");
    CHECK(q.scale_of(q.items[2]).id == "f3");
    CHECK(q.effective_score(2, 1) == 3); // mirrored on its own 1..3 scale
    CHECK_FALSE(q.scale_of(q.items[2]).accepts(4));
    CHECK(q.dimensions[0].source == "Kaart: geef hoop.");
    CHECK(q.dimensions[1].source.empty());

    expect_refused(replaced(text, "scale=\"f3\"", "scale=\"nope\""), "refers to unknown scale 'nope'");
}

TEST_CASE("the JSON form takes a per-item scale and a source note too")
{
    auto json = test::small_questionnaire_json();
    json = replaced(json, "\"id\": \"hoop.b\",", "\"id\": \"hoop.b\", \"scale\": \"s5\",");
    json = replaced(json, "\"id\": \"hoop\",", "\"id\": \"hoop\", \"source\": \"Kaart: geef hoop.\",");
    auto q = load_questionnaire(json, "x.json");
    CHECK(q.items[1].scale_id == "s5");
    CHECK(q.dimensions[0].source == "Kaart: geef hoop.");
}

TEST_CASE("a legend over scales of the same length joins their labels per position")
{
    const Questionnaire& q = builtin_questionnaire(); // freq5 and eens5
    auto labels = shared_point_labels(q, "nl");
    REQUIRE(labels.size() == 5);
    CHECK(labels[0] == "Nooit / Helemaal oneens");
    CHECK(labels[2] == "Soms / Niet eens, niet oneens");
    CHECK(shared_point_labels(test::small_questionnaire(), "en")[4] == "Agree");
}
