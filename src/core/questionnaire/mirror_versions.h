#pragma once
// Where a round's client and relative versions come from when it is opened: the built-in ones that go with the
// built-in team questionnaire, or the definition file next to a team questionnaire file that names it in
// `mirrors`. Whether a version fits its team version is mirror_check's job (the store checks it again).
#include "questionnaire/questionnaire.h"

#include <optional>
#include <string>

namespace hs {

// The version for `p` (client or relative) shipped with the built-in team questionnaire
// (questionnaires/herstelondersteuning-client.xml and -naasten.xml); the team questionnaire itself for Team.
const Questionnaire& builtin_version(Perspective p);

// The one definition file (.xml or .json) in the folder of `team_path` whose perspective is `p` and that mirrors
// `team.id`; nullopt when there is none. Files that are no valid questionnaire are passed over. FileRefused
// (naming them) when there are several: then the caller must be told which one to take.
std::optional<Questionnaire> find_version_next_to(const std::string& team_path, const Questionnaire& team, Perspective p);

} // namespace hs
