#include "analysis/statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <utility>

namespace hs::stats {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The two-sided t quantile for a whole number of degrees of freedom, remembered per thread: the organisation's
// comparison asks for it tens of thousands of times with a few dozen distinct group sizes, and each answer costs
// a root search. The same number as computing it afresh.
double t_quantile(std::size_t df, double p)
{
    thread_local std::map<std::pair<std::size_t, double>, double> known;
    auto [it, added] = known.try_emplace({df, p}, 0.0);
    if (added)
        it->second = boost::math::quantile(boost::math::students_t(static_cast<double>(df)), p);
    return it->second;
}
} // namespace

double mean(const std::vector<double>& v)
{
    if (v.empty())
        return kNaN;
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

double median(std::vector<double> v)
{
    if (v.empty())
        return kNaN;
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2.0;
}

double sample_sd(const std::vector<double>& v)
{
    if (v.size() < 2)
        return kNaN;
    const double m = mean(v);
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

double rwg(const std::vector<double>& v, int scale_points)
{
    if (v.size() < 2 || scale_points < 2)
        return kNaN;
    const double sd = sample_sd(v);
    const double expected = (static_cast<double>(scale_points) * scale_points - 1.0) / 12.0;
    return std::clamp(1.0 - sd * sd / expected, 0.0, 1.0);
}

Interval mean_interval(double mean, double sd, std::size_t n, double confidence)
{
    if (n < 2 || std::isnan(sd))
        return {std::nan(""), std::nan("")};
    const double se = sd / std::sqrt(static_cast<double>(n));
    if (se == 0.0)
        return {mean, mean};
    const double q = t_quantile(n - 1, 1.0 - (1.0 - confidence) / 2.0);
    return {mean - q * se, mean + q * se};
}

Interval welch_difference_interval(double mean_a, double sd_a, std::size_t n_a, double mean_b, double sd_b, std::size_t n_b,
                                   double confidence)
{
    const double diff = mean_b - mean_a;
    const double va = sd_a * sd_a / static_cast<double>(n_a);
    const double vb = sd_b * sd_b / static_cast<double>(n_b);
    const double se = std::sqrt(va + vb);
    if (se == 0.0) // both groups unanimous: no spread to estimate an uncertainty from
        return {diff, diff};
    const double df = (va + vb) * (va + vb) /
                      (va * va / static_cast<double>(n_a - 1) + vb * vb / static_cast<double>(n_b - 1));
    // Computed in double, not promoted to long double: a fractional df is a new root search for every call (a
    // team's trend asks for about a thousand), and the interval is shown to two decimals.
    using InDouble = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
    const boost::math::students_t_distribution<double, InDouble> t(df);
    const double q = boost::math::quantile(t, 1.0 - (1.0 - confidence) / 2.0);
    return {diff - q * se, diff + q * se};
}

} // namespace hs::stats
