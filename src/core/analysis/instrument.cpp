// How well the questionnaire works in one round (see instrument.h).
#include "analysis/instrument.h"

#include "analysis/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace hs {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double variance(const std::vector<double>& v)
{
    const double sd = stats::sample_sd(v);
    return sd * sd;
}

std::vector<double> column(const std::vector<std::vector<double>>& cases, std::size_t c)
{
    std::vector<double> out;
    out.reserve(cases.size());
    for (const auto& row : cases)
        out.push_back(row[c]);
    return out;
}
} // namespace

namespace stats {

double correlation(const std::vector<double>& a, const std::vector<double>& b)
{
    if (a.size() != b.size() || a.size() < 2)
        return kNaN;
    const double ma = mean(a), mb = mean(b);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa <= 0 || sbb <= 0)
        return kNaN;
    return sab / std::sqrt(saa * sbb);
}

double cronbach_alpha(const std::vector<std::vector<double>>& cases)
{
    if (cases.size() < 3 || cases.front().size() < 2)
        return kNaN;
    const std::size_t k = cases.front().size();
    double item_variances = 0;
    for (std::size_t c = 0; c < k; ++c)
        item_variances += variance(column(cases, c));
    std::vector<double> totals;
    for (const auto& row : cases)
        totals.push_back(std::accumulate(row.begin(), row.end(), 0.0));
    const double total_variance = variance(totals);
    if (!(total_variance > 0))
        return kNaN;
    const double kk = static_cast<double>(k);
    return kk / (kk - 1) * (1 - item_variances / total_variance);
}

double mcdonald_omega(const std::vector<std::vector<double>>& cases)
{
    if (cases.size() < 3 || cases.front().size() < 3)
        return kNaN;
    const std::size_t k = cases.front().size();
    std::vector<std::vector<double>> r(k, std::vector<double>(k, 1.0));
    for (std::size_t i = 0; i < k; ++i)
        for (std::size_t j = i + 1; j < k; ++j) {
            const double c = correlation(column(cases, i), column(cases, j));
            if (std::isnan(c))
                return kNaN;
            r[i][j] = r[j][i] = c;
        }
    // Iterated principal axes: communalities start at each item's largest correlation, the first factor of the
    // reduced matrix (power iteration) gives loadings, whose squares are the next communalities.
    std::vector<double> h2(k), loading(k, 1.0);
    for (std::size_t i = 0; i < k; ++i) {
        h2[i] = 0;
        for (std::size_t j = 0; j < k; ++j)
            if (j != i)
                h2[i] = std::max(h2[i], std::fabs(r[i][j]));
    }
    // v and w are made once: the loops below run up to 150,000 times per dimension (allocating there was most of
    // the instrument sheet's time).
    std::vector<double> v(k), w(k);
    for (int iteration = 0; iteration < 500; ++iteration) {
        std::fill(v.begin(), v.end(), 1.0);
        double eigenvalue = 0;
        for (int p = 0; p < 300; ++p) {
            std::fill(w.begin(), w.end(), 0.0);
            for (std::size_t i = 0; i < k; ++i)
                for (std::size_t j = 0; j < k; ++j)
                    w[i] += (i == j ? h2[i] : r[i][j]) * v[j];
            const double norm = std::sqrt(std::inner_product(w.begin(), w.end(), w.begin(), 0.0));
            if (!(norm > 0))
                return kNaN;
            for (std::size_t i = 0; i < k; ++i)
                w[i] /= norm;
            eigenvalue = norm;
            std::swap(v, w);
        }
        double change = 0;
        for (std::size_t i = 0; i < k; ++i) {
            loading[i] = v[i] * std::sqrt(eigenvalue);
            const double next = std::min(loading[i] * loading[i], 0.995); // no Heywood case
            change = std::max(change, std::fabs(next - h2[i]));
            h2[i] = next;
        }
        if (change < 1e-10)
            break;
    }
    if (std::accumulate(loading.begin(), loading.end(), 0.0) < 0)
        for (double& l : loading)
            l = -l;
    if (std::any_of(loading.begin(), loading.end(), [](double l) { return l <= 0; }))
        return kNaN;
    const double sum = std::accumulate(loading.begin(), loading.end(), 0.0);
    double unique = 0;
    for (double l : loading)
        unique += 1 - std::min(l * l, 0.995);
    return sum * sum / (sum * sum + unique);
}

GroupVariance group_variance(const std::vector<std::vector<double>>& groups)
{
    std::vector<const std::vector<double>*> used;
    for (const auto& g : groups)
        if (!g.empty())
            used.push_back(&g);
    double n = 0, sum = 0, sum_sq_sizes = 0;
    for (const auto* g : used) {
        n += static_cast<double>(g->size());
        sum += std::accumulate(g->begin(), g->end(), 0.0);
        sum_sq_sizes += static_cast<double>(g->size() * g->size());
    }
    const double j = static_cast<double>(used.size());
    if (used.size() < 2 || n <= j)
        return {kNaN, kNaN};
    const double grand = sum / n;
    double ssb = 0, ssw = 0;
    for (const auto* g : used) {
        const double m = mean(*g);
        ssb += static_cast<double>(g->size()) * (m - grand) * (m - grand);
        for (double x : *g)
            ssw += (x - m) * (x - m);
    }
    const double msb = ssb / (j - 1), msw = ssw / (n - j);
    const double n0 = (n - sum_sq_sizes / n) / (j - 1); // the mean group size, adjusted for unequal sizes
    const double denominator = msb + (n0 - 1) * msw;
    GroupVariance out;
    out.icc1 = denominator > 0 ? (msb - msw) / denominator : kNaN;
    out.eta_squared = ssb + ssw > 0 ? ssb / (ssb + ssw) : kNaN;
    return out;
}

} // namespace stats

InstrumentReport instrument_report(std::shared_ptr<const Questionnaire> qp, const std::vector<ResponseRecord>& responses,
                                   const AnalysisOptions& options, const InstrumentThresholds& limits)
{
    options.validate();
    const Questionnaire& q = *qp;
    InstrumentReport report;
    report.questionnaire = qp;

    // Teams at or above the threshold; consensus responses are one voice, not members, and never count.
    std::map<RowId, std::vector<const ResponseRecord*>> by_team;
    for (const auto& r : responses)
        if (!r.info.consensus && r.info.status == ResponseStatus::Complete)
            by_team[r.info.team_id].push_back(&r);
    std::vector<std::vector<const ResponseRecord*>> teams;
    for (auto& [team, members] : by_team) {
        if (static_cast<int>(members.size()) >= options.anonymity_threshold) {
            report.respondents += static_cast<int>(members.size());
            teams.push_back(std::move(members));
        } else {
            ++report.teams_below;
        }
    }
    report.teams_counted = static_cast<int>(teams.size());

    // Effective scores per team and respondent.
    std::vector<std::vector<std::vector<double>>> scores(teams.size());
    for (std::size_t t = 0; t < teams.size(); ++t)
        for (const auto* r : teams[t])
            scores[t].push_back(effective_item_scores(q, *r));

    for (std::size_t i = 0; i < q.items.size(); ++i) {
        ItemQuality item;
        item.id = q.items[i].id;
        item.index = i;
        const Scale& scale = q.scale_of(q.items[i]);
        item.ceiling_answer = q.items[i].reverse ? scale.min_value() : scale.max_value();
        std::vector<double> values;
        values.reserve(static_cast<std::size_t>(report.respondents));
        int nvt = 0, dk = 0, top = 0;
        for (std::size_t t = 0; t < teams.size(); ++t)
            for (std::size_t r = 0; r < teams[t].size(); ++r) {
                const AnswerCode a = i < teams[t][r]->answers.size() ? teams[t][r]->answers[i] : kUnanswered;
                ++item.answers;
                nvt += a == kNotApplicable;
                dk += a == kDontKnow;
                if (is_score(a)) {
                    values.push_back(scores[t][r][i]);
                    top += scores[t][r][i] == scale.max_value();
                }
            }
        item.scored = static_cast<int>(values.size());
        item.mean = stats::mean(values);
        item.sd = stats::sample_sd(values);
        if (item.answers > 0) {
            item.not_applicable = nvt / static_cast<double>(item.answers);
            item.dont_know = dk / static_cast<double>(item.answers);
        }
        item.ceiling = values.empty() ? kNaN : top / static_cast<double>(values.size());
        item.item_rest = kNaN;
        report.items.push_back(std::move(item));
    }

    for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
        const auto& members = q.dimensions[d].items;
        DimensionQuality dim;
        dim.id = q.dimensions[d].id;
        dim.index = d;
        std::vector<std::vector<double>> complete;
        std::vector<std::vector<double>> per_team;
        for (std::size_t t = 0; t < teams.size(); ++t) {
            std::vector<double> team_scores;
            team_scores.reserve(scores[t].size());
            for (const auto& person : scores[t]) {
                std::vector<double> row;
                row.reserve(members.size());
                for (std::size_t i : members)
                    row.push_back(person[i]);
                if (std::none_of(row.begin(), row.end(), [](double v) { return std::isnan(v); }))
                    complete.push_back(std::move(row));
                const double s = respondent_dimension_score(q, person, d);
                if (!std::isnan(s))
                    team_scores.push_back(s);
            }
            dim.respondents += static_cast<int>(team_scores.size());
            dim.teams += !team_scores.empty();
            per_team.push_back(std::move(team_scores));
        }
        dim.complete_cases = static_cast<int>(complete.size());
        dim.alpha = stats::cronbach_alpha(complete);
        dim.omega = stats::mcdonald_omega(complete);
        auto variance_split = stats::group_variance(per_team);
        dim.icc1 = variance_split.icc1;
        dim.between_share = variance_split.eta_squared;
        if (members.size() >= 2 && complete.size() >= 3)
            for (std::size_t m = 0; m < members.size(); ++m) {
                std::vector<double> own, rest;
                for (const auto& row : complete) {
                    own.push_back(row[m]);
                    rest.push_back(std::accumulate(row.begin(), row.end(), 0.0) - row[m]);
                }
                report.items[members[m]].item_rest = stats::correlation(own, rest);
            }
        if (!std::isnan(dim.alpha) && dim.alpha < limits.reliability)
            dim.advice.push_back(InstrumentAdvice::LowReliability);
        if (!std::isnan(dim.icc1) && dim.icc1 < limits.icc)
            dim.advice.push_back(InstrumentAdvice::TeamsNotDistinguished);
        report.dimensions.push_back(std::move(dim));
    }

    for (auto& item : report.items) {
        if (!std::isnan(item.ceiling) && item.ceiling >= limits.ceiling)
            item.advice.push_back(InstrumentAdvice::Ceiling);
        if (item.answers > 0 && item.not_applicable >= limits.not_applicable)
            item.advice.push_back(InstrumentAdvice::ManyNotApplicable);
        if (item.answers > 0 && item.dont_know >= limits.dont_know)
            item.advice.push_back(InstrumentAdvice::ManyDontKnow);
        if (!std::isnan(item.item_rest) && item.item_rest < limits.item_rest)
            item.advice.push_back(InstrumentAdvice::LowItemRest);
    }
    return report;
}

} // namespace hs
