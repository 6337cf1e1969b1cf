#pragma once
// What an agreement index (rwg) means in words, for people who do not read statistics: 0.70 and above the team
// agrees, from 0.50 partly, below that it is divided (the usual cut-offs, LeBreton & Senter 2008).

namespace hs {

enum class Consensus { Agrees, Partly, Divided, Unknown };

Consensus consensus_of(double rwg); // Unknown for NaN
// Catalogue keys (msgids), rendered by each front end in its own language: a short word for a column ("agree")
// and a sentence ("the team agrees"). The word is empty for Unknown.
const char* consensus_word_msgid(Consensus c);
const char* consensus_sentence_msgid(Consensus c);

} // namespace hs
