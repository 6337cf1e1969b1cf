// Agreements followed into later rounds: the dimension's score when made and now, and what changed.
#include "analysis/agreement_followup.h"

#include <algorithm>

namespace hs {

namespace {

AgreementFollowUp follow_up(const TeamTrend& trend, const std::vector<Round>& rounds, const Agreement& a, const std::string& today)
{
    AgreementFollowUp f;
    f.agreement = a;
    f.overdue = a.status == AgreementStatus::Open && !a.due.empty() && a.due < today;
    f.made_in.id = a.round_id;
    for (const auto& r : rounds)
        if (r.id == a.round_id)
            f.made_in = r;
    const TeamRoundResult* made = nullptr;
    for (const auto& rr : trend.rounds)
        if (rr.round.id == a.round_id)
            made = &rr;
    if (made) {
        f.when_made.availability = made->result.availability == Availability::TooFewRespondents ? Availability::TooFewRespondents
                                                                                               : Availability::NoScores;
        if (const DimensionResult* d = made->result.dimension(a.dimension_id))
            f.when_made = d->score;
    }
    const TeamRoundResult* latest = trend.latest_with_numbers();
    if (latest) {
        f.latest = latest->round;
        if (const DimensionResult* d = latest->result.dimension(a.dimension_id))
            f.now = d->score;
    }
    // A later round: after the agreement's round in date order (the trend is in the store's round order).
    const bool later = latest && latest->round.id != f.made_in.id &&
                       (latest->round.date > f.made_in.date ||
                        (latest->round.date == f.made_in.date && latest->round.label > f.made_in.label));
    if (!later)
        f.state = FollowUpState::NoLaterRound;
    else if (!made || !f.when_made.available())
        f.state = FollowUpState::NoNumbersWhenMade;
    else if (!latest->result.dimension(a.dimension_id))
        f.state = FollowUpState::DimensionGone;
    else if (!f.now.available())
        f.state = FollowUpState::NoNumbersLatest;
    else {
        for (auto& c : compare(made->result, latest->result))
            if (c.level == Level::Dimension && c.id == a.dimension_id)
                f.change = std::move(c);
        f.state = FollowUpState::Compared;
    }
    return f;
}

} // namespace

std::vector<AgreementFollowUp> follow_up_agreements(const TeamTrend& trend, const std::vector<Round>& rounds,
                                                    const std::vector<Agreement>& agreements, const std::string& today)
{
    std::vector<AgreementFollowUp> out;
    out.reserve(agreements.size());
    for (const auto& a : agreements)
        out.push_back(follow_up(trend, rounds, a, today));
    return out;
}

std::vector<AgreementFollowUp> follow_up_agreements(Store& store, const TeamTrend& trend, const std::string& today)
{
    return follow_up_agreements(trend, store.rounds(), store.agreements(trend.team.id), today);
}

std::vector<AgreementFollowUp> open_agreements_first(const std::vector<AgreementFollowUp>& follow_ups)
{
    std::vector<AgreementFollowUp> open;
    for (const auto& f : follow_ups)
        if (f.agreement.status == AgreementStatus::Open)
            open.push_back(f);
    std::stable_sort(open.begin(), open.end(), [](const AgreementFollowUp& a, const AgreementFollowUp& b) {
        if (a.overdue != b.overdue)
            return a.overdue;
        const std::string& da = a.agreement.due;
        const std::string& db = b.agreement.due;
        if (da.empty() != db.empty())
            return db.empty();
        return da < db;
    });
    return open;
}

} // namespace hs
