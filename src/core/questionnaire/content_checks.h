#pragma once
// Checks of a questionnaire's content that a program can make, beyond what the loader refuses: the faults a
// methodologist's review found in version 1.0 (too few statements per dimension, reverse-scored statements whose
// explanation gives away the scoring, long statements, vague or absolute quantifiers, missing translations, a
// scale that does not fit its part). Errors are faults of structure that make scores misleading; warnings are
// matters of style. Also the readability of every statement, for `validate --stats`.
#include "questionnaire/questionnaire.h"

#include <string>
#include <vector>

namespace hs {

struct ContentLimits {
    std::size_t min_items_per_dimension = 3; // fewer: a dimension score rests on one or two statements
    // A client or relative version is short by design (five to eight minutes) and its dimension scores are read
    // next to the team's, as a mirror, not as a measurement of their own: one statement per dimension is enough.
    std::size_t min_items_per_mirrored_dimension = 1;
    std::size_t max_words = 20;              // per statement, in every language
};

enum class FindingLevel { Error, Warning };

// Stable codes, for tests and for anyone who wants to filter; the message says the same for readers.
enum class FindingCode {
    FewItems,             // error: a dimension with fewer statements than the minimum
    ScaleDoesNotFitPart,  // error: a statement's scale has another range than the rest of its part
    ReverseHintInExplanation, // warning: a reverse-scored statement's explanation mentions scoring
    TooManyWords,         // warning: a statement over the word limit
    Quantifier,           // warning: a vague or absolute quantifier (vaak, altijd, alle, ...) in a statement
    MissingTranslation,   // warning: no English texts, or an English text identical to the Dutch one
    NoSource,             // warning: a dimension without a source note linking it to the module's text
    Negation,             // warning: a negation in a statement of a client or relative version (plain language)
    // Of a client or relative version against the team version it mirrors (mirror_check.h), all errors:
    MirrorWrongTeam,      // the team version to compare with is another questionnaire, or not a team version
    MirrorUnknownDimension, // a dimension id the team version does not have
    MirrorOtherPart,      // a dimension in another part than in the team version
    MirrorOtherRange,     // a statement on a scale with another range than the team's statements of its dimension
};

struct ContentFinding {
    FindingLevel level = FindingLevel::Warning;
    FindingCode code = FindingCode::FewItems;
    std::string subject; // the item, dimension or questionnaire id
    int line = 0;        // in the definition text, 0 when unknown
    std::string message; // translated, names the subject
};

std::vector<ContentFinding> check_content(const Questionnaire& q, const ContentLimits& limits = {});

struct StatementReadability {
    std::string item_id;
    int words = 0;
    int sentences = 0;
    double words_per_sentence = 0;
    int long_words = 0; // four or more syllables (counted as groups of vowels), a main source of difficulty
};

// Readability of every statement in `lang`, in questionnaire order.
std::vector<StatementReadability> statement_readability(const Questionnaire& q, const std::string& lang);

} // namespace hs
