#pragma once
// What an agreement index (rwg) means in words, for people who do not read statistics: 0.70 and above the team
// agrees, from 0.50 partly, below that it is divided (the usual cut-offs, LeBreton & Senter 2008).
#include <string>

namespace hs {

enum class Consensus { Agrees, Partly, Divided, Unknown };

Consensus consensus_of(double rwg); // Unknown for NaN
// Translated: a short word for a column ("agree") and a sentence ("the team agrees").
std::string consensus_word(Consensus c);
std::string consensus_sentence(Consensus c);

} // namespace hs
