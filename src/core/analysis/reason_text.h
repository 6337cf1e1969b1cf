#pragma once
// The catalogue keys (msgids) of the analysis's facts: verdicts, reasons and availability. The analysis never
// writes prose; each front end (GUI, workbook, CLI) passes these keys through the one catalogue (src/gui/po) in
// its own language, so a verdict reads the same on screen and in a workbook.
#include "analysis/change.h"
#include "analysis/group_result.h"

#include <vector>

namespace hs {

const char* verdict_msgid(Verdict v);
const char* availability_msgid(Availability a); // for a number that is not shown
const char* score_note_msgid(const ScoreSummary& s); // the same for one score: also "hidden to protect a smaller group"
// In a fixed order, one per reason present.
std::vector<const char*> reason_msgids(const Change& c);
// The marker of a reverse-scored statement ("omgekeerd gescoord").
const char* reverse_scored_msgid();

} // namespace hs
