// Catalogue keys of the analysis's facts; marked with N_ so the catalogue check finds them.
#include "analysis/reason_text.h"

#include "common/i18n.h"

namespace hs {

const char* verdict_msgid(Verdict v)
{
    switch (v) {
    // TRANSLATORS: verdict on the change of a score between two rounds
    case Verdict::Improved: return N_("improved");
    case Verdict::Declined: return N_("declined");
    case Verdict::NoClearChange: return N_("no clear change");
    case Verdict::NotComparable: break;
    }
    return N_("not comparable");
}

const char* availability_msgid(Availability a)
{
    // TRANSLATORS: shown instead of a number for a group below the anonymity threshold
    return a == Availability::TooFewRespondents ? N_("too few respondents") : N_("no scores");
}

const char* score_note_msgid(const ScoreSummary& s)
{
    // TRANSLATORS: shown instead of a number that its own group could show, hidden so that a smaller group's answers cannot be worked out
    return s.protects_others ? N_("hidden to protect a smaller group") : availability_msgid(s.availability);
}

std::vector<const char*> reason_msgids(const Change& c)
{
    std::vector<const char*> out;
    if (c.has(Reason::BelowThreshold))
        out.push_back(N_("too few respondents"));
    if (c.has(Reason::NoScores))
        out.push_back(N_("no scores"));
    if (c.has(Reason::ConsensusNoInterval))
        out.push_back(N_("consensus response: no uncertainty interval; a change of at least 0.5 counts"));
    if (c.has(Reason::ItemsDiffer))
        out.push_back(N_("the dimension's items differ between the questionnaire versions"));
    return out;
}

// TRANSLATORS: marks a statement whose score is mirrored for the means (agreeing is the weaker answer)
const char* reverse_scored_msgid() { return N_("reverse scored"); }

} // namespace hs
