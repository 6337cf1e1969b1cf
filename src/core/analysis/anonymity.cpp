// The anonymity rule: bounds of the thresholds and complementary suppression across the parts of a whole.
#include "analysis/anonymity.h"

#include "analysis/group_result.h"
#include "common/i18n.h"

#include <limits>
#include <stdexcept>

namespace hs {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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
        if (result[k] && !hidden[k])
            hide(*parts[k]);
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
            if (result[k])
                withhold(*parts[k]);
    }
    // Then every number on its own: an item answered by few in one part is a small group there.
    if (parts.empty())
        return;
    for (std::size_t i = 0; i < parts.front()->items.size(); ++i)
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
}

} // namespace hs
