#pragma once
// Words for numbers that the reports put in sentences.
namespace hs::report {
// rwg in words: 0.7 and above is the usual bar for a team that agrees, below 0.5 views differ widely.
const char* agreement_msgid(double rwg);
} // namespace hs::report
