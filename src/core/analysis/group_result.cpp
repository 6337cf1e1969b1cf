// Scores of one group per item, dimension and part; roles within a team.
#include "analysis/group_result.h"

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

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

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

std::vector<double> effective_item_scores(const Questionnaire& q, const ResponseRecord& response)
{
    std::vector<double> scores(q.items.size(), kNaN);
    for (std::size_t i = 0; i < q.items.size() && i < response.answers.size(); ++i)
        if (is_score(response.answers[i]))
            scores[i] = q.effective_score(i, response.answers[i]);
    return scores;
}

namespace {
// The rule for a respondent's dimension score, once: the mean of the member items they scored (NaN = not scored),
// when they scored at least half of them. Summed in item order, as stats::mean would: the same number, without a
// vector per respondent.
double dimension_mean(const double* item_scores, const std::vector<std::size_t>& members)
{
    double sum = 0;
    std::size_t answered = 0;
    for (std::size_t i : members)
        if (!std::isnan(item_scores[i])) {
            sum += item_scores[i];
            ++answered;
        }
    if (answered == 0 || answered < half_rounded_up(members.size()))
        return kNaN;
    return sum / static_cast<double>(answered);
}
} // namespace

double respondent_dimension_score(const Questionnaire& q, const std::vector<double>& item_scores, std::size_t d)
{
    return dimension_mean(item_scores.data(), q.dimensions[d].items);
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

    // Per respondent: effective item scores (NaN = no score), then dimension and part scores by the stated rules
    // (the same as effective_item_scores and respondent_dimension_score, in one flat table each: at 400 teams and
    // 12 rounds this runs for every answer of the organisation, so nothing is allocated per respondent).
    const std::size_t n_items = q.items.size();
    const std::size_t n_dims = q.dimensions.size();
    std::vector<double> item_table(responses.size() * n_items, kNaN);
    for (std::size_t r = 0; r < responses.size(); ++r) {
        const auto& answers = responses[r]->answers;
        double* row = item_table.data() + r * n_items;
        for (std::size_t i = 0; i < n_items && i < answers.size(); ++i)
            if (is_score(answers[i]))
                row[i] = q.effective_score(i, answers[i]);
    }
    auto item_score = [&](std::size_t r, std::size_t i) { return item_table[r * n_items + i]; };

    std::vector<double> dim_table(responses.size() * n_dims, kNaN);
    for (std::size_t r = 0; r < responses.size(); ++r)
        for (std::size_t d = 0; d < n_dims; ++d)
            dim_table[r * n_dims + d] = dimension_mean(item_table.data() + r * n_items, q.dimensions[d].items);
    auto dim_score = [&](std::size_t r, std::size_t d) { return dim_table[r * n_dims + d]; };

    for (std::size_t i = 0; i < n_items && !options.dimensions_only; ++i) {
        ItemResult item;
        item.id = q.items[i].id;
        item.index = i;
        std::vector<double> values;
        std::vector<AnswerCode> raw; // as answered, for the distribution
        values.reserve(responses.size());
        raw.reserve(responses.size());
        int nvt = 0, dk = 0, none = 0;
        for (std::size_t r = 0; r < responses.size(); ++r) {
            AnswerCode a = i < responses[r]->answers.size() ? responses[r]->answers[i] : kUnanswered;
            if (a == kNotApplicable)
                ++nvt;
            else if (a == kDontKnow)
                ++dk;
            else if (a == kUnanswered)
                ++none;
            else {
                values.push_back(item_score(r, i));
                raw.push_back(a);
            }
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
            for (AnswerCode a : raw)
                for (std::size_t p = 0; p < scale.points.size(); ++p)
                    if (scale.points[p].value == a)
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
        values.reserve(responses.size());
        for (std::size_t r = 0; r < responses.size(); ++r)
            if (!std::isnan(dim_score(r, d)))
                values.push_back(dim_score(r, d));
        dim.score = summarise(values, g.consensus, threshold);
        if (withheld)
            dim.score.availability = Availability::TooFewRespondents;
        dim.agreement = kNaN;
        if (options.dimensions_only) {
            g.dimensions.push_back(std::move(dim));
            continue;
        }
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

    for (std::size_t p = 0; p < q.parts.size() && !options.dimensions_only; ++p) {
        const Part& part = q.parts[p];
        PartResult pr;
        pr.id = part.id;
        std::vector<double> values;
        for (std::size_t r = 0; r < responses.size(); ++r) {
            std::vector<double> dims;
            for (std::size_t d : part.dimensions)
                if (!std::isnan(dim_score(r, d)))
                    dims.push_back(dim_score(r, d));
            if (!dims.empty() && dims.size() >= half_rounded_up(part.dimensions.size()))
                values.push_back(stats::mean(dims));
        }
        pr.score = summarise(values, g.consensus, threshold);
        if (withheld)
            pr.score.availability = Availability::TooFewRespondents;
        g.parts.push_back(std::move(pr));
    }

    if (!g.consensus) {
        // Who weighs their answers how (see suppress_partial_patterns): classes by items or dimensions scored.
        std::vector<PatternClasses> dimension_classes(q.dimensions.size()), part_classes(q.parts.size());
        for (std::size_t r = 0; r < responses.size(); ++r) {
            for (std::size_t d = 0; d < n_dims; ++d) {
                std::size_t scored = 0;
                for (std::size_t i : q.dimensions[d].items)
                    scored += std::isnan(item_score(r, i)) ? 0u : 1u;
                if (scored > 0)
                    count_in_class(dimension_classes[d], std::isnan(dim_score(r, d)) ? 0 : scored);
            }
            for (std::size_t p = 0; p < q.parts.size() && !options.dimensions_only; ++p) {
                std::size_t with = 0;
                for (std::size_t d : q.parts[p].dimensions)
                    with += std::isnan(dim_score(r, d)) ? 0u : 1u;
                if (with > 0)
                    count_in_class(part_classes[p], with >= half_rounded_up(q.parts[p].dimensions.size()) ? with : 0);
            }
        }
        // Dimensions only: no item and no part is shown, so neither pass below can hide anything; the dimension
        // classes are still kept, for a whole these groups may be part of (suppress_complementary).
        if (!withheld && !options.dimensions_only) { // a withheld group shows nothing, but its patterns count where it is part of a whole
            std::vector<std::vector<std::size_t>> dimension_items;
            for (const auto& d : q.dimensions)
                dimension_items.push_back(d.items);
            suppress_partial_patterns(g, dimension_classes, part_classes, dimension_items, options);
            std::vector<std::vector<bool>> scored(responses.size(), std::vector<bool>(n_items));
            for (std::size_t r = 0; r < responses.size(); ++r)
                for (std::size_t i = 0; i < n_items; ++i)
                    scored[r][i] = !std::isnan(item_score(r, i));
            suppress_within_dimensions(g, dimension_items, scored, options);
        }
        g.dimension_patterns = std::move(dimension_classes);
    }
    if (withheld) {
        withhold(g);
        return g;
    }
    if (!options.dimensions_only && (g.consensus || g.respondents >= options.remark_threshold)) {
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
    std::vector<GroupResult*> parts;
    for (auto& r : out)
        parts.push_back(&r.result);
    suppress_complementary(parts, options);
    return out;
}

} // namespace hs
