// Content checks of a questionnaire and the readability of its statements (see content_checks.h).
#include "questionnaire/content_checks.h"

#include "common/file_problem.h"
#include "common/i18n.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>

namespace hs {

namespace {

// Words that make a statement vague ("vaak": how often is often?) or absolute ("alle": one exception makes it
// false), as whole words or phrases. On a frequency scale they also double the quantifier ("vaak ... : soms").
const std::map<std::string, std::vector<std::string>>& quantifiers()
{
    static const std::map<std::string, std::vector<std::string>> words = {
        {"nl", {"altijd", "nooit", "alle", "allemaal", "iedereen", "niemand", "elke", "ieder", "vaak", "regelmatig",
                "soms", "meestal", "weleens", "zelden", "zoveel mogelijk", "zo veel mogelijk", "actief"}},
        {"en", {"always", "never", "all", "everyone", "everybody", "nobody", "every", "often", "regularly",
                "sometimes", "usually", "rarely", "as much as possible", "actively"}},
    };
    return words;
}

// Negations, checked in client and relative versions only: read by people with low literacy, or under stress, a
// negated statement answered on a scale ("niet ... : oneens") is easily read the wrong way round. Team versions keep
// their reverse-scored statements, which may need one.
const std::map<std::string, std::vector<std::string>>& negations()
{
    static const std::map<std::string, std::vector<std::string>> words = {
        {"nl", {"niet", "geen", "nooit", "niemand", "niets", "nergens"}},
        {"en", {"not", "no", "never", "nobody", "nothing", "nowhere", "don't", "doesn't", "didn't", "isn't", "aren't",
                "can't", "cannot", "won't"}},
    };
    return words;
}

// Words in an explanation that tell the respondent how a reverse-scored statement is scored.
const std::vector<std::string>& scoring_words()
{
    static const std::vector<std::string> words = {"score",    "scoort",    "scoren",  "omgekeerd", "gecorrigeerd",
                                                   "gespiegeld", "reverse", "scored",  "scoring",   "corrected",
                                                   "mirrored"};
    return words;
}

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '-' || c == '\''; }

// The text's words, lower-cased (ASCII letters; others kept as they are), punctuation removed.
std::vector<std::string> words_of(const std::string& text)
{
    std::vector<std::string> words;
    std::string word;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (is_word_byte(c)) {
            word += static_cast<char>(std::tolower(c));
        } else if (!word.empty()) {
            words.push_back(word);
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(word);
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) {
                                   return std::none_of(w.begin(), w.end(), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
                               }),
                words.end());
    return words;
}

bool contains_phrase(const std::vector<std::string>& words, const std::string& phrase)
{
    std::vector<std::string> parts;
    std::istringstream in(phrase);
    for (std::string p; in >> p;)
        parts.push_back(p);
    return std::search(words.begin(), words.end(), parts.begin(), parts.end()) != words.end();
}

int sentences_of(const std::string& text)
{
    int n = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
            (i + 1 == text.size() || std::isspace(static_cast<unsigned char>(text[i + 1]))))
            ++n;
    return std::max(n, 1);
}

// Groups of vowels: a fair syllable count for Dutch and English. An accented letter (UTF-8, lead byte 0xC3)
// counts as a vowel; continuation bytes belong to the letter before them.
int syllables_of(const std::string& word)
{
    int groups = 0;
    bool in_vowel = false;
    for (char ch : word) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c < 0xC0)
            continue;
        const bool vowel = c == 0xC3 || std::string("aeiouy").find(static_cast<char>(std::tolower(c))) != std::string::npos;
        if (vowel && !in_vowel)
            ++groups;
        in_vowel = vowel;
    }
    return std::max(groups, 1);
}

class Checker {
public:
    Checker(const Questionnaire& q, const ContentLimits& limits) : q_(q), limits_(limits) {}

    std::vector<ContentFinding> run()
    {
        translations();
        for (const auto& part : q_.parts)
            part_scales(part);
        for (const auto& d : q_.dimensions)
            dimension(d);
        for (const auto& item : q_.items)
            statement(item);
        return std::move(findings_);
    }

private:
    void add(FindingLevel level, FindingCode code, const std::string& subject, std::string message)
    {
        findings_.push_back({level, code, subject, q_.line_of_id(subject), std::move(message)});
    }

    void translations()
    {
        if (std::find(q_.languages.begin(), q_.languages.end(), kEnglish) == q_.languages.end())
            add(FindingLevel::Warning, FindingCode::MissingTranslation, q_.id,
                tr(N_("the questionnaire has no English texts: English workbooks and screens will show the Dutch ones")));
    }

    void part_scales(const Part& part)
    {
        // The part's score is a mean of dimension scores, so every statement in it must share one range.
        const Item* first = nullptr;
        for (std::size_t d : part.dimensions)
            for (std::size_t i : q_.dimensions[d].items) {
                const Item& item = q_.items[i];
                const Scale& s = q_.scale_of(item);
                if (!first) {
                    first = &item;
                    continue;
                }
                const Scale& f = q_.scale_of(*first);
                if (s.min_value() != f.min_value() || s.max_value() != f.max_value())
                    add(FindingLevel::Error, FindingCode::ScaleDoesNotFitPart, item.id,
                        trf(N_("statement '%1' uses scale '%2' (%3 to %4), which does not fit part '%5', whose statements "
                               "use %6 to %7: the part's score would mix ranges"),
                            {item.id, s.id, std::to_string(s.min_value()), std::to_string(s.max_value()), part.id,
                             std::to_string(f.min_value()), std::to_string(f.max_value())}));
            }
    }

    void dimension(const Dimension& d)
    {
        const std::size_t minimum = q_.perspective == Perspective::Team ? limits_.min_items_per_dimension
                                                                         : limits_.min_items_per_mirrored_dimension;
        if (d.items.size() < minimum)
            add(FindingLevel::Error, FindingCode::FewItems, d.id,
                trf(N_("dimension '%1' has %2 statements; at least %3 are needed for a score that does not hang on "
                       "a single statement"),
                    {d.id, std::to_string(d.items.size()), std::to_string(minimum)}));
        if (d.source.empty())
            add(FindingLevel::Warning, FindingCode::NoSource, d.id,
                trf(N_("dimension '%1' has no <source> note linking it to the module's text"), {d.id}));
    }

    void statement(const Item& item)
    {
        if (item.reverse)
            for (const auto& [lang, text] : item.explanation.all()) {
                auto words = words_of(text);
                auto hint = std::find_if(scoring_words().begin(), scoring_words().end(),
                                         [&](const std::string& w) { return contains_phrase(words, w); });
                if (hint != scoring_words().end()) {
                    add(FindingLevel::Warning, FindingCode::ReverseHintInExplanation, item.id,
                        trf(N_("statement '%1' is reverse-scored and its explanation (%2) mentions scoring ('%3'): it "
                               "tells the respondent which answer counts as good"),
                            {item.id, lang, *hint}));
                    break;
                }
            }
        for (const auto& [lang, text] : item.text.all()) {
            auto words = words_of(text);
            if (words.size() > limits_.max_words)
                add(FindingLevel::Warning, FindingCode::TooManyWords, item.id,
                    trf(N_("statement '%1' (%2) has %3 words; keep statements to %4 words at most"),
                        {item.id, lang, std::to_string(words.size()), std::to_string(limits_.max_words)}));
            if (auto list = quantifiers().find(lang); list != quantifiers().end())
                for (const auto& quantifier : list->second)
                    if (contains_phrase(words, quantifier)) {
                        add(FindingLevel::Warning, FindingCode::Quantifier, item.id,
                            trf(N_("statement '%1' (%2) uses '%3': a vague or absolute quantifier; name a concrete "
                                   "situation or period instead"),
                                {item.id, lang, quantifier}));
                        break;
                    }
        }
        if (q_.perspective != Perspective::Team)
            for (const auto& [lang, text] : item.text.all())
                if (auto list = negations().find(lang); list != negations().end()) {
                    auto words = words_of(text);
                    auto hit = std::find_if(list->second.begin(), list->second.end(),
                                            [&](const std::string& w) { return contains_phrase(words, w); });
                    if (hit != list->second.end())
                        add(FindingLevel::Warning, FindingCode::Negation, item.id,
                            trf(N_("statement '%1' (%2) uses '%3': a negation is easily misread in a client or relative "
                                   "version; say it positively"),
                                {item.id, lang, *hit}));
                }
        if (item.text.has(kDutch) && item.text.has(kEnglish) && item.text.in(kDutch) == item.text.in(kEnglish))
            add(FindingLevel::Warning, FindingCode::MissingTranslation, item.id,
                trf(N_("statement '%1' has the same text in Dutch and English: the translation seems to be missing"), {item.id}));
    }

    const Questionnaire& q_;
    const ContentLimits& limits_;
    std::vector<ContentFinding> findings_;
};

} // namespace

std::vector<ContentFinding> check_content(const Questionnaire& q, const ContentLimits& limits)
{
    return Checker(q, limits).run();
}

std::vector<StatementReadability> statement_readability(const Questionnaire& q, const std::string& lang)
{
    std::vector<StatementReadability> out;
    for (const auto& item : q.items) {
        StatementReadability r;
        r.item_id = item.id;
        const std::string& text = item.text.in(lang);
        auto words = words_of(text);
        r.words = static_cast<int>(words.size());
        r.sentences = sentences_of(text);
        r.words_per_sentence = static_cast<double>(r.words) / r.sentences;
        r.long_words = static_cast<int>(std::count_if(words.begin(), words.end(), [](const std::string& w) { return syllables_of(w) >= 4; }));
        out.push_back(r);
    }
    return out;
}

} // namespace hs
