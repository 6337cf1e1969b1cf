#pragma once
// Whose view a questionnaire or a response gives: the team scores itself; clients and their family and friends
// ("naasten") hold up a mirror with a version of their own whose dimensions reuse the team version's ids, so that
// scores line up per dimension. Shared by the questionnaire (its perspective attribute), the store (each response
// records it) and the analysis (the gaps between them).
#include <optional>
#include <string>
#include <vector>

namespace hs {

enum class Perspective { Team, Client, Relative };

const std::vector<Perspective>& all_perspectives(); // team, client, relative

// "team", "client", "relative": the attribute values in a definition file, and the keys in the store and in files.
const char* perspective_name(Perspective p);
std::optional<Perspective> perspective_from_name(const std::string& name);
// The catalogue key of the perspective's name for readers ("team", "clients", "relatives"); tr() it to show it.
const char* perspective_msgid(Perspective p);

} // namespace hs
