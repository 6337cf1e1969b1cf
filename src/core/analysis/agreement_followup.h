#pragma once
// How a team's agreements worked out: for each agreement, its dimension's score in the round after which it was
// made and in the team's latest round with numbers, the change between the two (with its interval and verdict,
// from compare()), and whether an open agreement is past its due date. Facts only; front ends word them.
#include "analysis/team_trend.h"

#include <string>
#include <vector>

namespace hs {

// Why there is, or is not, a change to show beside an agreement.
enum class FollowUpState {
    Compared,          // both rounds have a score for the dimension: `change` holds it
    NoLaterRound,      // no round with numbers after the one the agreement was made in (yet)
    NoNumbersWhenMade, // the team had no score for the dimension in that round (too few respondents, no scores)
    NoNumbersLatest,   // the latest round has no score for the dimension
    DimensionGone,     // the latest round's questionnaire no longer has the dimension
};

struct AgreementFollowUp {
    Agreement agreement;
    Round made_in;          // the round after which it was made
    std::optional<Round> latest; // the team's latest round with numbers, if any
    ScoreSummary when_made; // the dimension in `made_in`; NoScores when the team has no result there
    ScoreSummary now;       // the dimension in `latest`
    FollowUpState state = FollowUpState::NoLaterRound;
    Change change;          // meaningful when state == Compared
    bool overdue = false;   // open and its due date lies before today
};

// One follow-up per agreement, in the order given. `rounds`: every round of the store (for the round an agreement
// was made in when the team has no responses there); `today`: YYYY-MM-DD.
std::vector<AgreementFollowUp> follow_up_agreements(const TeamTrend& trend, const std::vector<Round>& rounds,
                                                    const std::vector<Agreement>& agreements, const std::string& today);
// The same for every agreement of the trend's team, read from the store.
std::vector<AgreementFollowUp> follow_up_agreements(Store& store, const TeamTrend& trend, const std::string& today);

// The open ones only, overdue first, then by due date (none last), then as given: what a coaching session starts with.
std::vector<AgreementFollowUp> open_agreements_first(const std::vector<AgreementFollowUp>& follow_ups);

} // namespace hs
