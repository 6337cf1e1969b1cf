#pragma once
// The mirror: a client or relative version of a questionnaire against the team version it names. Its scores line
// up with the team's per dimension only when it reuses the team's dimension ids, in the same part and on a scale
// of the same range; this file checks exactly that, and lists the team dimensions it leaves out (the ones a client
// or relative cannot judge: shown as "no client perspective", never as a gap).
#include "questionnaire/content_checks.h"
#include "questionnaire/questionnaire.h"

#include <string>
#include <vector>

namespace hs {

// Findings (all errors, lines in `version`'s file) of a client or relative version against `team`. A team version
// yields nothing: it mirrors nothing.
std::vector<ContentFinding> check_mirror(const Questionnaire& version, const Questionnaire& team);

// The ids of the team's dimensions that `version` does not ask about, in the team's order.
std::vector<std::string> dimensions_without_mirror(const Questionnaire& version, const Questionnaire& team);

} // namespace hs
