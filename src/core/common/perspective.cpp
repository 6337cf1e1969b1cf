// Perspectives: their stable keys and their names for readers.
#include "common/perspective.h"

#include "common/i18n.h"

namespace hs {

const std::vector<Perspective>& all_perspectives()
{
    static const std::vector<Perspective> all = {Perspective::Team, Perspective::Client, Perspective::Relative};
    return all;
}

const char* perspective_name(Perspective p)
{
    switch (p) {
    case Perspective::Client:
        return "client";
    case Perspective::Relative:
        return "relative";
    case Perspective::Team:
        break;
    }
    return "team";
}

std::optional<Perspective> perspective_from_name(const std::string& name)
{
    for (auto p : all_perspectives())
        if (name == perspective_name(p))
            return p;
    return std::nullopt;
}

const char* perspective_msgid(Perspective p)
{
    switch (p) {
    // TRANSLATORS: whose view a score gives: the team itself, its clients, or the clients' family and friends
    case Perspective::Client: return N_("clients");
    case Perspective::Relative: return N_("relatives");
    case Perspective::Team: break;
    }
    return N_("team");
}

} // namespace hs
