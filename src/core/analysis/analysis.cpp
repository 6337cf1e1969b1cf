#include "analysis/analysis.h"

#include "common/i18n.h"
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

std::size_t half_rounded_up(std::size_t n) { return (n + 1) / 2; }

ScoreSummary summarise(const std::vector<double>& values, bool consensus, int threshold)
{
    ScoreSummary s;
    s.n = static_cast<int>(values.size());
    if (values.empty()) {
        s.availability = Availability::NoScores;
        return s;
    }
    if (!consensus && s.n < threshold) {
        s.availability = Availability::TooFewRespondents;
        return s;
    }
    s.availability = Availability::Available;
    s.mean = stats::mean(values);
    s.median = stats::median(values);
    s.sd = stats::sample_sd(values);
    return s;
}

} // namespace

void AnalysisOptions::validate() const
{
    if (anonymity_threshold < kMinimumThreshold)
        throw std::invalid_argument(trf(N_("The anonymity threshold must be at least %1."), {std::to_string(kMinimumThreshold)}));
}

const ItemResult* GroupResult::item(const std::string& id) const
{
    for (const auto& i : items)
        if (i.id == id)
            return &i;
    return nullptr;
}

const DimensionResult* GroupResult::dimension(const std::string& id) const
{
    for (const auto& d : dimensions)
        if (d.id == id)
            return &d;
    return nullptr;
}

GroupResult analyse_group(std::shared_ptr<const Questionnaire> qp, const std::vector<ResponseRecord>& responses,
                          const AnalysisOptions& options)
{
    std::vector<const ResponseRecord*> pointers;
    pointers.reserve(responses.size());
    for (const auto& r : responses)
        pointers.push_back(&r);
    return analyse_group(std::move(qp), pointers, options);
}

GroupResult analyse_group(std::shared_ptr<const Questionnaire> qp, const std::vector<const ResponseRecord*>& responses,
                          const AnalysisOptions& options)
{
    options.validate();
    const Questionnaire& q = *qp;
    GroupResult g;
    g.questionnaire = qp;
    g.respondents = static_cast<int>(responses.size());
    g.consensus = responses.size() == 1 && responses.front()->info.consensus;
    const int threshold = options.anonymity_threshold;
    if (!g.consensus && g.respondents < threshold)
        g.availability = Availability::TooFewRespondents;
    const bool withheld = g.availability == Availability::TooFewRespondents;

    // Per respondent: effective item scores (NaN = no score), then dimension and part scores by the stated rules.
    const std::size_t n_items = q.items.size();
    std::vector<std::vector<double>> item_scores(responses.size(), std::vector<double>(n_items, kNaN));
    for (std::size_t r = 0; r < responses.size(); ++r)
        for (std::size_t i = 0; i < n_items && i < responses[r]->answers.size(); ++i)
            if (is_score(responses[r]->answers[i]))
                item_scores[r][i] = q.effective_score(i, responses[r]->answers[i]);

    std::vector<std::vector<double>> dim_scores(responses.size(), std::vector<double>(q.dimensions.size(), kNaN));
    for (std::size_t r = 0; r < responses.size(); ++r)
        for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
            std::vector<double> answered;
            for (std::size_t i : q.dimensions[d].items)
                if (!std::isnan(item_scores[r][i]))
                    answered.push_back(item_scores[r][i]);
            if (!answered.empty() && answered.size() >= half_rounded_up(q.dimensions[d].items.size()))
                dim_scores[r][d] = stats::mean(answered);
        }

    for (std::size_t i = 0; i < n_items; ++i) {
        ItemResult item;
        item.id = q.items[i].id;
        item.index = i;
        std::vector<double> values;
        int nvt = 0, dk = 0, none = 0;
        for (std::size_t r = 0; r < responses.size(); ++r) {
            AnswerCode a = i < responses[r]->answers.size() ? responses[r]->answers[i] : kUnanswered;
            if (a == kNotApplicable)
                ++nvt;
            else if (a == kDontKnow)
                ++dk;
            else if (a == kUnanswered)
                ++none;
            else
                values.push_back(item_scores[r][i]);
        }
        item.score = summarise(values, g.consensus, threshold);
        if (withheld)
            item.score.availability = Availability::TooFewRespondents;
        item.agreement = kNaN;
        if (!withheld && g.respondents > 0) {
            const double total = static_cast<double>(responses.size());
            item.shares = {static_cast<int>(responses.size()), nvt / total, dk / total, none / total};
        }
        if (item.score.available()) {
            const Scale& scale = q.scale_of(q.items[i]);
            item.distribution.assign(scale.points.size(), 0);
            for (double v : values)
                for (std::size_t p = 0; p < scale.points.size(); ++p)
                    if (scale.points[p].value == static_cast<int>(v))
                        ++item.distribution[p];
            if (!g.consensus)
                item.agreement = stats::rwg(values, static_cast<int>(scale.points.size()));
        }
        g.items.push_back(std::move(item));
    }

    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
        DimensionResult dim;
        dim.id = q.dimensions[d].id;
        dim.index = d;
        std::vector<double> values;
        for (std::size_t r = 0; r < responses.size(); ++r)
            if (!std::isnan(dim_scores[r][d]))
                values.push_back(dim_scores[r][d]);
        dim.score = summarise(values, g.consensus, threshold);
        if (withheld)
            dim.score.availability = Availability::TooFewRespondents;
        std::vector<double> agreements;
        double answers = 0, nvt = 0, dk = 0, none = 0;
        for (std::size_t i : q.dimensions[d].items) {
            const ItemResult& item = g.items[i];
            if (!std::isnan(item.agreement))
                agreements.push_back(item.agreement);
            answers += item.shares.answers;
            nvt += item.shares.not_applicable * item.shares.answers;
            dk += item.shares.dont_know * item.shares.answers;
            none += item.shares.unanswered * item.shares.answers;
        }
        dim.agreement = agreements.empty() ? kNaN : stats::mean(agreements);
        if (answers > 0)
            dim.shares = {static_cast<int>(answers), nvt / answers, dk / answers, none / answers};
        g.dimensions.push_back(std::move(dim));
    }

    for (const auto& part : q.parts) {
        PartResult pr;
        pr.id = part.id;
        std::vector<double> values;
        for (std::size_t r = 0; r < responses.size(); ++r) {
            std::vector<double> dims;
            for (std::size_t d : part.dimensions)
                if (!std::isnan(dim_scores[r][d]))
                    dims.push_back(dim_scores[r][d]);
            if (!dims.empty() && dims.size() >= half_rounded_up(part.dimensions.size()))
                values.push_back(stats::mean(dims));
        }
        pr.score = summarise(values, g.consensus, threshold);
        if (withheld)
            pr.score.availability = Availability::TooFewRespondents;
        g.parts.push_back(std::move(pr));
    }

    if (!withheld) {
        // Sorted within each dimension, so the order tells nothing about who wrote what.
        std::map<std::size_t, std::vector<std::string>> by_dimension;
        for (const auto* r : responses)
            for (const auto& [dim, text] : r->remarks)
                if (dim < q.dimensions.size())
                    by_dimension[dim].push_back(text);
        for (auto& [dim, texts] : by_dimension) {
            std::sort(texts.begin(), texts.end());
            for (auto& t : texts)
                g.remarks.push_back({q.dimensions[dim].id, t});
        }
    }
    return g;
}

std::string verdict_label(Verdict v)
{
    switch (v) {
    // TRANSLATORS: verdict on the change of a score between two rounds
    case Verdict::Improved: return tr(N_("improved"));
    case Verdict::Declined: return tr(N_("declined"));
    case Verdict::NoClearChange: return tr(N_("no clear change"));
    case Verdict::NotComparable: break;
    }
    return tr(N_("not comparable"));
}

namespace {

Change change_of(Level level, const std::string& id, const ScoreSummary& a, bool a_consensus, const ScoreSummary& b,
                 bool b_consensus)
{
    Change c;
    c.level = level;
    c.id = id;
    if (!a.available() || !b.available()) {
        c.verdict = Verdict::NotComparable;
        c.note = (a.availability == Availability::TooFewRespondents || b.availability == Availability::TooFewRespondents)
                     ? tr(N_("too few respondents"))
                     : tr(N_("no scores"));
        return c;
    }
    c.previous = a.mean;
    c.current = b.mean;
    c.difference = b.mean - a.mean;
    c.low = c.high = c.difference;
    if (a_consensus || b_consensus || a.n < 2 || b.n < 2 || std::isnan(a.sd) || std::isnan(b.sd)) {
        c.note = tr(N_("consensus response: no uncertainty interval; a change of at least 0.5 counts"));
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
            c.note += (c.note.empty() ? "" : "; ") + tr(N_("the dimension's items differ between the questionnaire versions"));
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

CoachingSummary coaching_summary(const GroupResult& latest, const std::vector<Change>& since_previous, std::size_t top)
{
    CoachingSummary s;
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

std::vector<RoleResult> by_role(std::shared_ptr<const Questionnaire> q, const std::vector<ResponseRecord>& responses,
                                const AnalysisOptions& options)
{
    std::vector<RoleResult> out;
    for (Role role : all_roles()) {
        std::vector<const ResponseRecord*> group;
        for (const auto& r : responses)
            if (r.info.role == role && !r.info.consensus)
                group.push_back(&r);
        if (group.empty())
            continue;
        out.push_back({role, analyse_group(q, group, options)});
    }
    return out;
}

OrganisationRound organisation_round(const Round& round, std::shared_ptr<const Questionnaire> q, const std::vector<Team>& teams,
                                     const std::vector<ResponseRecord>& responses, const AnalysisOptions& options)
{
    OrganisationRound org;
    org.round = round;
    org.questionnaire = q;
    std::map<RowId, std::vector<const ResponseRecord*>> by_team;
    for (const auto& r : responses)
        if (r.info.round_id == round.id)
            by_team[r.info.team_id].push_back(&r);
    std::vector<std::vector<double>> per_dimension(q->dimensions.size());
    for (const auto& team : teams) {
        auto it = by_team.find(team.id);
        if (it == by_team.end())
            continue;
        TeamInRound t{team, analyse_group(q, it->second, options)};
        bool any = false;
        for (std::size_t d = 0; d < t.result.dimensions.size(); ++d)
            if (t.result.dimensions[d].score.available()) {
                per_dimension[d].push_back(t.result.dimensions[d].score.mean);
                any = true;
            }
        if (any)
            ++org.teams_with_numbers;
        org.teams.push_back(std::move(t));
    }
    for (const auto& values : per_dimension)
        org.organisation_mean.push_back(values.empty() ? kNaN : stats::mean(values));
    return org;
}

} // namespace hs
