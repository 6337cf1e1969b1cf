// Text fitting and the diverging colour scale shared by every chart.
#include "chart/scene.h"

#include <algorithm>

namespace hs::chart {

std::string fit_text(const std::string& text, double width, double size, bool bold, const TextMeasure& measure)
{
    if (measure(text, size, bold) <= width)
        return text;
    static const std::string ellipsis = "\xE2\x80\xA6";
    std::string kept;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (measure(kept + text.substr(i, n) + ellipsis, size, bold) > width)
            break;
        kept += text.substr(i, n);
        i += n;
    }
    return kept + ellipsis;
}

const Region* Scene::region_at(double x, double y) const
{
    for (const auto& r : regions)
        if (x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h)
            return &r;
    return nullptr;
}

Colour diverging_colour(double value, double scale_min, double scale_max)
{
    const double middle = (scale_min + scale_max) / 2;
    const double half = std::max(1e-9, (scale_max - scale_min) / 2);
    const double t = std::clamp((value - middle) / half, -1.0, 1.0);
    const Colour neutral{0.80, 0.80, 0.80};
    const Colour high{0.16, 0.40, 0.70};  // blue
    const Colour low{0.86, 0.45, 0.13};   // orange
    const Colour& end = t >= 0 ? high : low;
    const double s = std::abs(t);
    return {neutral.r + (end.r - neutral.r) * s, neutral.g + (end.g - neutral.g) * s, neutral.b + (end.b - neutral.b) * s};
}

} // namespace hs::chart
