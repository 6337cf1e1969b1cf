// Agreement in words; see agreement.h.
#include "analysis/agreement.h"

#include "common/i18n.h"

#include <cmath>

namespace hs {

Consensus consensus_of(double rwg)
{
    if (std::isnan(rwg))
        return Consensus::Unknown;
    return rwg >= 0.70 ? Consensus::Agrees : rwg >= 0.50 ? Consensus::Partly : Consensus::Divided;
}

const char* consensus_word_msgid(Consensus c)
{
    switch (c) {
    // TRANSLATORS: short column text: the team members agree on this statement
    case Consensus::Agrees: return N_("agree");
    case Consensus::Partly: return N_("partly agree");
    case Consensus::Divided: return N_("divided");
    case Consensus::Unknown: break;
    }
    return "";
}

const char* consensus_sentence_msgid(Consensus c)
{
    switch (c) {
    case Consensus::Agrees: return N_("The team agrees: the answers are close together.");
    case Consensus::Partly: return N_("The team partly agrees: the answers differ somewhat.");
    case Consensus::Divided: return N_("The team disagrees: members see this quite differently. A good topic to talk about.");
    case Consensus::Unknown: break;
    }
    return N_("Agreement cannot be computed (too few answers).");
}

} // namespace hs
