#pragma once
// The limits every reader of an incoming file keeps, in one place (README, "Limits"). A file beyond a limit is
// refused whole with `file:line: reason` before or while it is read, never after it has been held in memory:
// a hostile or mistaken file (a symlink to /dev/zero, 200,000 nested elements, a 2 GB line) costs seconds at
// most and never crashes or hangs the program.
#include <cstddef>
#include <cstdint>

namespace hs::limits {

// Data files (CSV, portable response files). A full organisation round (400 teams x 15 respondents x 60 items)
// is about 40 MB as a portable file; 200 MB leaves room for several rounds in one file.
constexpr std::uintmax_t kMaxDataFileBytes = 200u * 1024u * 1024u;
// Definition files (questionnaires, reports): the shipped ones are under 100 kB.
constexpr std::uintmax_t kMaxDefinitionFileBytes = 8u * 1024u * 1024u;
// Elements (XML) or objects (JSON) in one definition: the shipped questionnaire has about 450. Keeps every
// check that compares elements with each other within a fraction of a second.
constexpr int kMaxDefinitionElements = 10000;
// Nesting of elements (XML) or objects and arrays (JSON). The deepest shipped file nests 6 levels.
constexpr int kMaxNestingDepth = 64;
// One line of a CSV file (a record may span lines inside quotes; each line is checked, and a whole record too).
constexpr std::size_t kMaxLineBytes = 1024u * 1024u;
// Lines in one CSV file, counted before any row is read (a round of a whole organisation is about 6,000 rows).
constexpr std::size_t kMaxCsvLines = 1000000u;
// Columns in one CSV file (items, role, id and one remark column per dimension).
constexpr std::size_t kMaxCsvColumns = 2000u;

// A remark on one theme, in characters: about a page of text, more than a remark box on paper or a form tool's
// text field holds. Checked by every way a remark comes in and by the store (common/remark: remark_refused).
constexpr std::size_t kMaxRemarkCharacters = 4000;

// A response counts as complete when at least this share (in percent) of the items it was asked has an answer
// ("don't know" and "not applicable" count as answers; for a CSV file, the items are its item columns). Rows with fewer answers are stored as unfinished and reported; rows
// with no answer at all are skipped and reported, never stored.
constexpr int kMinAnsweredPercent = 50;
// The number of answered items a response of `items` items needs to count as complete (at least one).
constexpr std::size_t min_answered_items(std::size_t items)
{
    const std::size_t n = (items * kMinAnsweredPercent + 99) / 100;
    return n == 0 ? 1 : n;
}

} // namespace hs::limits
