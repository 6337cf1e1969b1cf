// The anonymity rule: bounds of the thresholds and complementary suppression across the parts of a whole.
#include "analysis/anonymity.h"

#include "analysis/group_result.h"
#include "common/i18n.h"

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace hs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// A score about to be hidden that its own group could show: it is hidden to protect a smaller group.
void mark_protecting(ScoreSummary& s, int t)
{
    if (s.available() && s.n >= t)
        s.protects_others = true;
}

// One number shown per part (`size`: respondents behind it; `hidden`: already withheld). Hides the smallest
// shown parts until the hidden ones together reach the threshold, so that the whole minus the shown parts
// (the only thing a reader can compute about the hidden ones) describes at least `threshold` people.
std::vector<bool> complete(const std::vector<int>& size, std::vector<bool> hidden, int threshold)
{
    for (;;) {
        int hidden_total = 0;
        for (std::size_t k = 0; k < size.size(); ++k)
            if (hidden[k])
                hidden_total += size[k];
        if (hidden_total == 0 || hidden_total >= threshold)
            return hidden;
        // On a tie the later part goes: the first (practitioners, usually the largest role) stays readable.
        std::size_t smallest = size.size();
        for (std::size_t k = 0; k < size.size(); ++k)
            if (!hidden[k] && size[k] > 0 && (smallest == size.size() || size[k] <= size[smallest]))
                smallest = k;
        if (smallest == size.size())
            return hidden; // everything with respondents is hidden already
        hidden[smallest] = true;
    }
}

// Applies complete() to one score (selected by `at`) across the parts; `hide` clears what goes with it.
template <typename At, typename Hide>
void suppress_scores(const std::vector<GroupResult*>& parts, int threshold, At at, Hide hide)
{
    std::vector<int> size;
    std::vector<bool> hidden;
    for (GroupResult* g : parts) {
        const ScoreSummary& s = at(*g);
        size.push_back(s.n);
        hidden.push_back(s.availability == Availability::TooFewRespondents);
    }
    const std::vector<bool> result = complete(size, hidden, threshold);
    for (std::size_t k = 0; k < parts.size(); ++k)
        if (result[k] && !hidden[k]) {
            mark_protecting(at(*parts[k]), threshold);
            hide(*parts[k]);
        }
}

} // namespace

void AnalysisOptions::validate() const
{
    if (anonymity_threshold < anonymity::kMinimumThreshold || anonymity_threshold > anonymity::kMaximumThreshold)
        throw std::invalid_argument(trf(N_("The anonymity threshold must be from %1 to %2."),
                                        {std::to_string(anonymity::kMinimumThreshold), std::to_string(anonymity::kMaximumThreshold)}));
    if (remark_threshold < anonymity::kMinimumRemarkThreshold || remark_threshold > anonymity::kMaximumThreshold)
        throw std::invalid_argument(trf(N_("The threshold for remarks must be from %1 to %2."),
                                        {std::to_string(anonymity::kMinimumRemarkThreshold), std::to_string(anonymity::kMaximumThreshold)}));
}

void withhold(GroupResult& g)
{
    g.availability = Availability::TooFewRespondents;
    for (auto& i : g.items) {
        i.score.availability = Availability::TooFewRespondents;
        i.distribution.clear();
        i.agreement = kNaN;
        i.shares = {};
    }
    for (auto& d : g.dimensions) {
        d.score.availability = Availability::TooFewRespondents;
        d.agreement = kNaN;
        d.shares = {};
    }
    for (auto& p : g.parts)
        p.score.availability = Availability::TooFewRespondents;
    g.remarks.clear();
}

namespace {
// Two classes or more, one of them small: one equation more than unknown groups isolates the small one.
bool risky(const PatternClasses& classes, int t)
{
    std::size_t nonempty = 0;
    bool small = false;
    for (int count : classes)
        if (count > 0) {
            ++nonempty;
            small = small || count < t;
        }
    return nonempty >= 2 && small;
}
} // namespace

void suppress_partial_patterns(GroupResult& g, const std::vector<PatternClasses>& dimension_classes,
                               const std::vector<PatternClasses>& part_classes,
                               const std::vector<std::vector<std::size_t>>& dimension_items, const AnalysisOptions& options)
{
    const int t = options.anonymity_threshold;
    for (std::size_t d = 0; d < g.dimensions.size() && d < dimension_classes.size(); ++d) {
        if (!risky(dimension_classes[d], t))
            continue;
        ItemResult* least = nullptr;
        bool absorbed = false; // an item hidden already: the items' totals do not add up to the dimension's
        for (std::size_t i : dimension_items[d]) {
            if (i >= g.items.size())
                continue; // items not computed (dimensions only): no item total to subtract
            ItemResult& item = g.items[i];
            if (item.score.n == 0)
                continue;
            if (item.score.availability == Availability::TooFewRespondents)
                absorbed = true;
            else if (!least || item.score.n <= least->score.n)
                least = &item;
        }
        if (!absorbed && least) {
            mark_protecting(least->score, t);
            least->score.availability = Availability::TooFewRespondents;
            least->distribution.clear();
            least->agreement = kNaN;
        }
    }
    for (std::size_t p = 0; p < g.parts.size() && p < part_classes.size(); ++p)
        if (risky(part_classes[p], t)) {
            mark_protecting(g.parts[p].score, t);
            g.parts[p].score.availability = Availability::TooFewRespondents;
        }
}

void suppress_within_dimensions(GroupResult& g, const std::vector<std::vector<std::size_t>>& dimension_items,
                                const std::vector<std::vector<bool>>& scored, const AnalysisOptions& options)
{
    const int t = options.anonymity_threshold;
    if (!scored.empty() && g.items.size() < scored.front().size())
        return; // items not computed (dimensions only): nothing is shown below a dimension to subtract
    for (std::size_t d = 0; d < g.dimensions.size() && d < dimension_items.size(); ++d) {
        if (!g.dimensions[d].score.available())
            continue;
        for (;;) {
            int behind_hidden = 0; // respondents who scored any hidden item of d
            for (const auto& row : scored) {
                bool any = false;
                for (std::size_t i : dimension_items[d])
                    any = any || (row[i] && g.items[i].score.availability == Availability::TooFewRespondents);
                behind_hidden += any ? 1 : 0;
            }
            if (behind_hidden == 0 || behind_hidden >= t)
                break;
            ItemResult* least = nullptr;
            for (std::size_t i : dimension_items[d]) {
                ItemResult& item = g.items[i];
                if (item.score.n > 0 && item.score.available() && (!least || item.score.n <= least->score.n))
                    least = &item;
            }
            if (!least)
                break; // every item hidden: the dimension's total stands for at least `t`
            mark_protecting(least->score, t);
            least->score.availability = Availability::TooFewRespondents;
            least->distribution.clear();
            least->agreement = kNaN;
        }
    }
}

void suppress_complementary(const std::vector<GroupResult*>& parts, const AnalysisOptions& options)
{
    options.validate();
    const int t = options.anonymity_threshold;
    // Whole groups first: a hidden role hides the next smallest one with it.
    {
        std::vector<int> size;
        std::vector<bool> hidden;
        for (GroupResult* g : parts) {
            size.push_back(g->consensus ? 0 : g->respondents);
            hidden.push_back(g->availability == Availability::TooFewRespondents);
        }
        const std::vector<bool> result = complete(size, hidden, t);
        for (std::size_t k = 0; k < parts.size(); ++k)
            if (result[k]) {
                if (!hidden[k]) { // hidden with a smaller group, not for its own size
                    for (auto& i : parts[k]->items)
                        mark_protecting(i.score, t);
                    for (auto& d : parts[k]->dimensions)
                        mark_protecting(d.score, t);
                    for (auto& p : parts[k]->parts)
                        mark_protecting(p.score, t);
                }
                withhold(*parts[k]);
            }
    }
    // Then every number on its own: an item answered by few in one part is a small group there.
    if (parts.empty())
        return;
    std::size_t n_items = parts.front()->items.size();
    for (const GroupResult* part : parts)
        n_items = std::min(n_items, part->items.size());
    for (std::size_t i = 0; i < n_items; ++i)
        suppress_scores(parts, t, [i](GroupResult& g) -> ScoreSummary& { return g.items[i].score; },
                        [i](GroupResult& g) {
                            g.items[i].score.availability = Availability::TooFewRespondents;
                            g.items[i].distribution.clear();
                            g.items[i].agreement = kNaN;
                        });
    for (std::size_t d = 0; d < parts.front()->dimensions.size(); ++d)
        suppress_scores(parts, t, [d](GroupResult& g) -> ScoreSummary& { return g.dimensions[d].score; },
                        [d](GroupResult& g) {
                            g.dimensions[d].score.availability = Availability::TooFewRespondents;
                            g.dimensions[d].agreement = kNaN;
                        });
    for (std::size_t p = 0; p < parts.front()->parts.size(); ++p)
        suppress_scores(parts, t, [p](GroupResult& g) -> ScoreSummary& { return g.parts[p].score; },
                        [p](GroupResult& g) { g.parts[p].score.availability = Availability::TooFewRespondents; });
    // Answer patterns across the parts: the whole's dimension total against its items' totals separates the
    // respondents by how many items they scored; with a part's own total beside it, a small class within the
    // hidden parts (or within a shown one) would follow. Hide the smallest shown part's dimension until neither
    // the hidden parts together nor any shown part has a small class next to another.
    for (std::size_t d = 0; d < parts.front()->dimensions.size(); ++d)
        for (;;) {
            PatternClasses hidden_union;
            bool bad = false;
            GroupResult* smallest = nullptr;
            for (GroupResult* g : parts) {
                if (d >= g->dimension_patterns.size())
                    continue;
                if (g->dimensions[d].score.available()) {
                    bad = bad || risky(g->dimension_patterns[d], t);
                    if (!smallest || g->dimensions[d].score.n <= smallest->dimensions[d].score.n)
                        smallest = g;
                } else {
                    for (std::size_t k = 0; k < g->dimension_patterns[d].size(); ++k)
                        count_in_class(hidden_union, k, g->dimension_patterns[d][k]);
                }
            }
            bad = bad || risky(hidden_union, t);
            if (!bad || !smallest)
                break;
            mark_protecting(smallest->dimensions[d].score, t);
            smallest->dimensions[d].score.availability = Availability::TooFewRespondents;
            smallest->dimensions[d].agreement = kNaN;
        }
}

} // namespace hs
