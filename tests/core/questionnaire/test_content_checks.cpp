// Content checks (validate): each fault a program can see, found in a small questionnaire built to have it.
#include "questionnaire/content_checks.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace hs;

namespace {

using test::replaced;

// The small questionnaire with three statements in every dimension and a source note on each: no findings.
std::string clean_xml()
{
    auto text = test::small_questionnaire_xml();
    text = replaced(text, R"(<item id="tempo.b"><text lang="nl">Tempo B</text><text lang="en">Pace B</text></item>)",
                    R"(<item id="tempo.b"><text lang="nl">Tempo B</text><text lang="en">Pace B</text></item>
      <item id="tempo.c"><text lang="nl">Tempo C</text><text lang="en">Pace C</text></item>)");
    text = replaced(text, R"(<item id="scholing.b"><text lang="nl">Scholing B</text><text lang="en">Training B</text></item>)",
                    R"(<item id="scholing.b"><text lang="nl">Scholing B</text><text lang="en">Training B</text></item>
      <item id="scholing.c"><text lang="nl">Scholing C</text><text lang="en">Training C</text></item>)");
    for (const char* title : {"<title lang=\"en\">Hope</title>", "<title lang=\"en\">Pace</title>", "<title lang=\"en\">Training</title>"})
        text = replaced(text, title, std::string(title) + "<source>Kaart.</source>");
    return text;
}

std::vector<ContentFinding> findings_of(const std::string& text, const ContentLimits& limits = {})
{
    return check_content(load_questionnaire(text, "q.xml"), limits);
}

bool has(const std::vector<ContentFinding>& findings, FindingCode code, FindingLevel level, const std::string& subject)
{
    return std::any_of(findings.begin(), findings.end(), [&](const ContentFinding& f) {
        return f.code == code && f.level == level && f.subject == subject;
    });
}

} // namespace

TEST_CASE("content checks: a clean questionnaire has no findings")
{
    CHECK(findings_of(clean_xml()).empty());
}

TEST_CASE("content checks: a dimension with fewer than three statements is an error, with its line")
{
    auto findings = findings_of(test::small_questionnaire_xml());
    CHECK(has(findings, FindingCode::FewItems, FindingLevel::Error, "tempo"));
    CHECK(has(findings, FindingCode::FewItems, FindingLevel::Error, "scholing"));
    CHECK_FALSE(has(findings, FindingCode::FewItems, FindingLevel::Error, "hoop"));
    auto tempo = std::find_if(findings.begin(), findings.end(), [](const ContentFinding& f) { return f.subject == "tempo"; });
    REQUIRE(tempo != findings.end());
    CHECK(tempo->line == 25);
    CHECK(tempo->message.find("has 2 statements") != std::string::npos);
    ContentLimits two;
    two.min_items_per_dimension = 2;
    CHECK_FALSE(has(findings_of(test::small_questionnaire_xml(), two), FindingCode::FewItems, FindingLevel::Error, "tempo"));
}

TEST_CASE("content checks: a reverse-scored statement whose explanation gives the scoring away is a warning")
{
    auto text = replaced(clean_xml(), R"(<item id="hoop.c" reverse="true"><text lang="nl">Hoop C</text><text lang="en">Hope C</text>)",
                         R"(<item id="hoop.c" reverse="true"><text lang="nl">Hoop C</text><text lang="en">Hope C</text>
        <explanation lang="nl">Omgekeerd geformuleerd: de score wordt gecorrigeerd.</explanation>
        <explanation lang="en">Phrased the other way round.</explanation>)");
    auto findings = findings_of(text);
    CHECK(has(findings, FindingCode::ReverseHintInExplanation, FindingLevel::Warning, "hoop.c"));
    CHECK(findings.size() == 1);
    // The same explanation on a statement that is not reverse-scored is no hint.
    auto plain = replaced(text, R"(id="hoop.c" reverse="true")", R"(id="hoop.c")");
    CHECK(findings_of(plain).empty());
    // A neutral explanation on a reverse-scored statement is fine.
    auto neutral = replaced(text, "Omgekeerd geformuleerd: de score wordt gecorrigeerd.", "Denk aan de laatste teambesprekingen.");
    neutral = replaced(neutral, "Phrased the other way round.", "Think of the last team meetings.");
    CHECK(findings_of(neutral).empty());
}

TEST_CASE("content checks: long statements and vague or absolute quantifiers are warnings")
{
    auto text = replaced(clean_xml(), "<text lang=\"nl\">Hoop A</text>",
                         "<text lang=\"nl\">We vragen cliënten regelmatig naar wat hun leven de moeite waard maakt en wat ze "
                         "graag weer zouden willen doen met ons</text>");
    auto findings = findings_of(text);
    CHECK(has(findings, FindingCode::TooManyWords, FindingLevel::Warning, "hoop.a"));
    CHECK(has(findings, FindingCode::Quantifier, FindingLevel::Warning, "hoop.a"));
    CHECK(std::none_of(findings.begin(), findings.end(), [](const ContentFinding& f) { return f.level == FindingLevel::Error; }));
    // Whole words only: "allerlei" holds "alle" but is no quantifier; "zoveel mogelijk" is found as a phrase.
    CHECK(findings_of(replaced(clean_xml(), "<text lang=\"nl\">Hoop A</text>", "<text lang=\"nl\">We doen allerlei dingen</text>")).empty());
    CHECK(has(findings_of(replaced(clean_xml(), "<text lang=\"nl\">Hoop A</text>", "<text lang=\"nl\">We helpen zoveel mogelijk.</text>")),
              FindingCode::Quantifier, FindingLevel::Warning, "hoop.a"));
}

TEST_CASE("content checks: a missing translation is a warning")
{
    auto same = replaced(clean_xml(), "<text lang=\"en\">Hope A</text>", "<text lang=\"en\">Hoop A</text>");
    CHECK(has(findings_of(same), FindingCode::MissingTranslation, FindingLevel::Warning, "hoop.a"));

    // Dutch only: the loader accepts it, the content check says English is missing.
    std::string dutch = clean_xml();
    dutch = replaced(dutch, "languages=\"nl en\"", "languages=\"nl\"");
    std::string without_en;
    for (std::size_t pos = 0; pos < dutch.size();) {
        auto start = dutch.find(" lang=\"en\"", pos);
        if (start == std::string::npos) {
            without_en += dutch.substr(pos);
            break;
        }
        auto open = dutch.rfind('<', start);
        auto tag = dutch.substr(open + 1, start - open - 1);
        auto close = dutch.find("</" + tag + ">", start);
        without_en += dutch.substr(pos, open - pos);
        pos = close + tag.size() + 3;
    }
    CHECK(has(findings_of(without_en), FindingCode::MissingTranslation, FindingLevel::Warning, "test-q"));
}

TEST_CASE("content checks: a statement whose scale does not fit its part is an error; 1..5 scales mix freely")
{
    const std::string other_scales = R"(<scale id="f5">
    <point value="1"><label lang="nl">Nooit</label><label lang="en">Never</label></point>
    <point value="2"><label lang="nl">Zelden</label><label lang="en">Rarely</label></point>
    <point value="3"><label lang="nl">Soms</label><label lang="en">Sometimes</label></point>
    <point value="4"><label lang="nl">Vaak</label><label lang="en">Often</label></point>
    <point value="5"><label lang="nl">Altijd</label><label lang="en">Always</label></point>
  </scale>
  <scale id="ja-nee">
    <point value="1"><label lang="nl">Nee</label><label lang="en">No</label></point>
    <point value="2"><label lang="nl">Ja</label><label lang="en">Yes</label></point>
  </scale>
  <part id="houding">)";
    auto text = replaced(clean_xml(), "<part id=\"houding\">", other_scales);
    CHECK(findings_of(replaced(text, "<item id=\"tempo.a\">", "<item id=\"tempo.a\" scale=\"f5\">")).empty());
    auto findings = findings_of(replaced(text, "<item id=\"tempo.a\">", "<item id=\"tempo.a\" scale=\"ja-nee\">"));
    CHECK(has(findings, FindingCode::ScaleDoesNotFitPart, FindingLevel::Error, "tempo.a"));
    // The same scale on a whole dimension of its own part: the other part's range does not matter.
    auto own_part = replaced(text, "<dimension id=\"scholing\">", "<dimension id=\"scholing\" scale=\"ja-nee\">");
    CHECK(findings_of(own_part).empty());
}

TEST_CASE("content checks: a dimension without a source note is a warning")
{
    auto text = replaced(clean_xml(), "<title lang=\"en\">Pace</title><source>Kaart.</source>", "<title lang=\"en\">Pace</title>");
    auto findings = findings_of(text);
    CHECK(has(findings, FindingCode::NoSource, FindingLevel::Warning, "tempo"));
    CHECK(findings.size() == 1);
}

TEST_CASE("readability: words, sentences and long words of every statement")
{
    auto text = replaced(clean_xml(), "<text lang=\"nl\">Hoop A</text>",
                         "<text lang=\"nl\">In de afgelopen maand vroegen we cliënten naar hun ervaringsdeskundigheid. Dat hielp.</text>");
    auto q = load_questionnaire(text, "q.xml");
    auto stats = statement_readability(q, "nl");
    REQUIRE(stats.size() == q.items.size());
    CHECK(stats[0].item_id == "hoop.a");
    CHECK(stats[0].words == 12);
    CHECK(stats[0].sentences == 2);
    CHECK(stats[0].words_per_sentence == Approx(6.0));
    CHECK(stats[0].long_words == 2); // af-ge-lo-pen, er-va-rings-des-kun-dig-heid; cli-ën-ten counts ë as a vowel: 3
    CHECK(stats[1].words == 2);
    CHECK(stats[1].sentences == 1);
}
