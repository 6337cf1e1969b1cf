#pragma once
// Small descriptive and inferential statistics used by the analysis.
#include <cstddef>
#include <vector>

namespace hs::stats {

double mean(const std::vector<double>& v);
double median(std::vector<double> v);
// Sample standard deviation (n - 1); NaN for fewer than two values.
double sample_sd(const std::vector<double>& v);

// rwg (James, Demaree & Wolf): 1 - observed variance / variance of a uniform answer over `scale_points` points.
// 1 is full agreement, 0 as much spread as random answering; clamped to [0, 1]. NaN for fewer than two values.
double rwg(const std::vector<double>& v, int scale_points);

struct Interval {
    double low = 0;
    double high = 0;
};

// 95% (or `confidence`) t interval of a mean from its sample sd; needs n >= 2 (NaN bounds otherwise).
Interval mean_interval(double mean, double sd, std::size_t n, double confidence = 0.95);

// 95% (or `confidence`) Welch interval for mean(b) - mean(a) of two independent groups; needs n >= 2 in both.
Interval welch_difference_interval(double mean_a, double sd_a, std::size_t n_a, double mean_b, double sd_b, std::size_t n_b,
                                   double confidence = 0.95);

} // namespace hs::stats
