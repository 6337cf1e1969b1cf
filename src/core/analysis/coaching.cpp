// Coaching rankings.
#include "analysis/coaching.h"

#include "analysis/statistics.h"
#include "common/i18n.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace hs {

namespace {

// Every shown gap of the round, the largest (in either direction) first; at most kCoachingGaps.
std::vector<RankedGap> largest_gaps(const MirrorResult& mirror)
{
    std::vector<RankedGap> gaps;
    for (const auto& d : mirror.dimensions) {
        const MirrorScore* team = d.score(Perspective::Team);
        for (const auto& g : d.gaps) {
            const MirrorScore* other = d.score(g.perspective);
            if (!g.shown || !team || !other)
                continue;
            gaps.push_back({d.id, g.perspective, team->score.mean, other->score.mean, g.difference, g.low, g.high,
                            g.interval_estimable, gap_verdict_msgid(g.verdict, g.perspective), g.indicative});
        }
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const RankedGap& a, const RankedGap& b) { return std::fabs(a.gap) > std::fabs(b.gap); });
    if (gaps.size() > kCoachingGaps)
        gaps.resize(kCoachingGaps);
    return gaps;
}

} // namespace

CoachingSummary coaching_summary(const GroupResult& latest, const std::vector<Change>& since_previous, std::size_t top,
                                 const MirrorResult* mirror)
{
    CoachingSummary s;
    if (mirror)
        s.largest_gaps = largest_gaps(*mirror);
    std::vector<Ranked> dims, items, disagreements;
    for (const auto& d : latest.dimensions)
        if (d.score.available())
            dims.push_back({Level::Dimension, d.id, d.score.mean});
    for (const auto& i : latest.items) {
        if (i.score.available())
            items.push_back({Level::Item, i.id, i.score.mean});
        if (!std::isnan(i.agreement))
            disagreements.push_back({Level::Item, i.id, i.agreement});
    }
    auto take = [top](std::vector<Ranked> v, bool descending) {
        std::stable_sort(v.begin(), v.end(), [descending](const Ranked& a, const Ranked& b) {
            return descending ? a.value > b.value : a.value < b.value;
        });
        if (v.size() > top)
            v.resize(top);
        return v;
    };
    s.strongest_dimensions = take(dims, true);
    s.weakest_dimensions = take(dims, false);
    s.strongest_items = take(items, true);
    s.weakest_items = take(items, false);
    s.largest_disagreements = take(disagreements, false);

    std::vector<Change> changes;
    for (const auto& c : since_previous)
        if (c.level != Level::Part && c.verdict != Verdict::NotComparable)
            changes.push_back(c);
    std::stable_sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
        const bool clear_a = a.verdict != Verdict::NoClearChange, clear_b = b.verdict != Verdict::NoClearChange;
        if (clear_a != clear_b)
            return clear_a;
        return std::fabs(a.difference) > std::fabs(b.difference);
    });
    if (changes.size() > top * 2)
        changes.resize(top * 2);
    s.largest_changes = std::move(changes);
    return s;
}

} // namespace hs
