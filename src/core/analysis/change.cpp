// Change between two results of a group.
#include "analysis/change.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace hs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Consensus responses have no spread to estimate an interval from; a change this large counts as a change.
constexpr double kConsensusChange = 0.5;
} // namespace

namespace {

Change change_of(Level level, const std::string& id, const ScoreSummary& a, bool a_consensus, const ScoreSummary& b,
                 bool b_consensus)
{
    Change c;
    c.level = level;
    c.id = id;
    if (!a.available() || !b.available()) {
        c.verdict = Verdict::NotComparable;
        c.add((a.availability == Availability::TooFewRespondents || b.availability == Availability::TooFewRespondents)
                  ? Reason::BelowThreshold
                  : Reason::NoScores);
        return c;
    }
    c.previous = a.mean;
    c.current = b.mean;
    c.difference = b.mean - a.mean;
    c.low = c.high = c.difference;
    if (a_consensus || b_consensus || a.n < 2 || b.n < 2 || std::isnan(a.sd) || std::isnan(b.sd)) {
        c.add(Reason::ConsensusNoInterval);
        c.verdict = std::fabs(c.difference) >= kConsensusChange ? (c.difference > 0 ? Verdict::Improved : Verdict::Declined)
                                                                : Verdict::NoClearChange;
        return c;
    }
    auto interval = stats::welch_difference_interval(a.mean, a.sd, static_cast<std::size_t>(a.n), b.mean, b.sd,
                                                     static_cast<std::size_t>(b.n));
    c.low = interval.low;
    c.high = interval.high;
    c.interval_estimable = true;
    c.verdict = c.low > 0 ? Verdict::Improved : c.high < 0 ? Verdict::Declined : Verdict::NoClearChange;
    return c;
}

std::set<std::string> item_ids_of(const Questionnaire& q, const std::string& dimension_id)
{
    std::set<std::string> ids;
    if (auto d = q.dimension_index(dimension_id))
        for (std::size_t i : q.dimensions[*d].items)
            ids.insert(q.items[i].id);
    return ids;
}

} // namespace

std::vector<Change> compare(const GroupResult& previous, const GroupResult& current)
{
    std::vector<Change> out;
    for (const auto& p : current.parts)
        for (const auto& pp : previous.parts)
            if (pp.id == p.id)
                out.push_back(change_of(Level::Part, p.id, pp.score, previous.consensus, p.score, current.consensus));
    for (const auto& d : current.dimensions) {
        const DimensionResult* pd = previous.dimension(d.id);
        if (!pd)
            continue;
        Change c = change_of(Level::Dimension, d.id, pd->score, previous.consensus, d.score, current.consensus);
        if (item_ids_of(*previous.questionnaire, d.id) != item_ids_of(*current.questionnaire, d.id))
            c.add(Reason::ItemsDiffer);
        out.push_back(std::move(c));
    }
    for (const auto& i : current.items)
        if (const ItemResult* pi = previous.item(i.id))
            out.push_back(change_of(Level::Item, i.id, pi->score, previous.consensus, i.score, current.consensus));
    return out;
}

std::vector<ItemMatch> match_items(const Questionnaire& earlier, const Questionnaire& later)
{
    std::vector<ItemMatch> out;
    for (const auto& item : later.items)
        out.push_back({item.id, earlier.item_index(item.id) ? ItemPresence::Both : ItemPresence::New});
    for (const auto& item : earlier.items)
        if (!later.item_index(item.id))
            out.push_back({item.id, ItemPresence::Retired});
    return out;
}

} // namespace hs
