// The result charts; see charts.h.
#include "charts.h"

#include "chart/profile_chart.h"
#include "chart/spread_chart.h"
#include "chart/trend_chart.h"
#include "scene_painter.h"
#include "translations.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace hs::gui {

namespace {
// A chart shows the full text of the row under the pointer (labels are cut to fit).
template <class Chart, class Rows> void bind_tooltips(Chart* chart, const Rows& rows)
{
    chart->Bind(wxEVT_MOTION, [chart, &rows](wxMouseEvent& e) {
        const int r = chart->row_at(e.GetPosition());
        const wxString tip = r < 0 ? wxString() : rows[static_cast<std::size_t>(r)].tooltip;
        if (chart->GetToolTipText() != tip)
            chart->SetToolTip(tip);
        e.Skip();
    });
}

void prepare(wxPanel* panel)
{
    panel->SetBackgroundStyle(wxBG_STYLE_PAINT);
    panel->SetBackgroundColour(*wxWHITE);
}
} // namespace

ProfileChart::ProfileChart(wxWindow* parent, double low, double high) : wxPanel(parent), low_(low), high_(high)
{
    prepare(this);
    bind_tooltips(this, bars_);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        lay_out();
        Refresh();
        e.Skip();
    });
}

void ProfileChart::set(std::vector<ProfileBar> bars, const wxString& current, const wxString& previous)
{
    bars_ = std::move(bars);
    legend_current_ = current;
    legend_previous_ = previous;
    lay_out();
    SetMinSize(wxSize(-1, static_cast<int>(std::ceil(scene_.height * scale())) + 8));
    Refresh();
}

double ProfileChart::scale() const { return ScenePainter::scale_for(this); }

void ProfileChart::lay_out()
{
    chart::ProfileSpec spec;
    spec.scale_min = low_;
    spec.scale_max = high_;
    for (const auto& b : bars_) {
        chart::ProfileRow row;
        row.label = to_u8(b.label);
        row.heading = b.heading;
        if (!std::isnan(b.value))
            row.value = b.value;
        if (!std::isnan(b.previous))
            row.previous = b.previous;
        row.missing_reason = to_u8(b.note);
        row.tooltip = to_u8(b.tooltip);
        spec.rows.push_back(std::move(row));
    }
    spec.legend_current = to_u8(legend_current_);
    spec.legend_previous = to_u8(legend_previous_);
    spec.decimal_point = format_number(0.5, 1).Contains(",") ? "," : ".";
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsRenderer::GetDefaultRenderer()->CreateMeasuringContext());
    const ScenePainter painter(GetFont(), scale());
    const double width = std::max(200, GetClientSize().x - 8) / painter.scale();
    scene_ = chart::profile_chart(spec, width, painter.measure(*gc));
}

int ProfileChart::row_at(const wxPoint& point) const
{
    const double s = scale();
    const chart::Region* r = scene_.region_at((point.x - 4) / s, (point.y - 4) / s);
    return r ? static_cast<int>(r - scene_.regions.data()) : -1; // one region per row, in order
}

void ProfileChart::paint()
{
    wxAutoBufferedPaintDC dc(this);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    ScenePainter(GetFont(), scale()).draw(*gc, scene_, 4, 4);
}

TrendChart::TrendChart(wxWindow* parent, double low, double high) : wxPanel(parent), low_(low), high_(high)
{
    prepare(this);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        lay_out();
        Refresh();
        e.Skip();
    });
    // The legend's full theme names under the pointer.
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        const double s = ScenePainter::scale_for(this);
        const chart::Region* r = scene_.region_at(e.GetX() / s, e.GetY() / s);
        const wxString tip = r ? u8(r->tooltip) : wxString();
        if (GetToolTipText() != tip)
            SetToolTip(tip);
        e.Skip();
    });
}

void TrendChart::set(std::vector<wxString> categories, std::vector<TrendSeries> series, std::vector<TrendBreak> breaks)
{
    categories_ = std::move(categories);
    series_ = std::move(series);
    breaks_ = std::move(breaks);
    lay_out();
    Refresh();
}

void TrendChart::lay_out()
{
    chart::TrendSpec spec;
    spec.scale_min = low_;
    spec.scale_max = high_;
    for (const auto& c : categories_)
        spec.rounds.push_back(to_u8(c));
    for (const auto& s : series_) {
        chart::TrendSeries cs;
        cs.name = to_u8(s.name);
        for (double v : s.values)
            cs.values.push_back(std::isnan(v) ? std::nullopt : std::optional<double>(v));
        spec.series.push_back(std::move(cs));
    }
    for (const auto& b : breaks_)
        spec.breaks.push_back({b.index, to_u8(b.label)});
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsRenderer::GetDefaultRenderer()->CreateMeasuringContext());
    const ScenePainter painter(GetFont(), ScenePainter::scale_for(this));
    const wxSize size = GetClientSize();
    scene_ = chart::trend_chart(spec, std::max(300, size.x) / painter.scale(), std::max(200, size.y) / painter.scale(),
                                painter.measure(*gc));
}

void TrendChart::paint()
{
    wxAutoBufferedPaintDC dc(this);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    ScenePainter(GetFont(), ScenePainter::scale_for(this)).draw(*gc, scene_);
}

SpreadChart::SpreadChart(wxWindow* parent) : wxPanel(parent)
{
    prepare(this);
    bind_tooltips(this, rows_);
    Bind(wxEVT_PAINT, [this](wxPaintEvent&) { paint(); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        lay_out();
        Refresh();
        e.Skip();
    });
}

void SpreadChart::set(std::vector<SpreadRow> rows, std::vector<wxString> point_labels)
{
    rows_ = std::move(rows);
    point_labels_ = std::move(point_labels);
    laid_out_width_ = -1;
    lay_out();
    SetMinSize(wxSize(-1, static_cast<int>(std::ceil(scene_.height * ScenePainter::scale_for(this))) + 8));
    Refresh();
}

void SpreadChart::lay_out()
{
    // Measuring every statement takes a while with many of them: only when the width changed (the scrolled page
    // sends size events of height alone as it settles).
    const int pixels = std::max(300, GetClientSize().x - 8);
    if (pixels == laid_out_width_)
        return;
    laid_out_width_ = pixels;
    chart::SpreadSpec spec;
    for (const auto& p : point_labels_)
        spec.point_labels.push_back(to_u8(p));
    // TRANSLATORS: column header of the spread chart: agreement index rwg and its meaning in a word
    spec.agreement_heading = to_u8(_("agreement (rwg)"));
    for (const auto& r : rows_) {
        chart::SpreadRow row;
        row.label = to_u8(r.label);
        row.counts = r.counts;
        if (!std::isnan(r.agreement))
            row.agreement = to_u8(format_number(r.agreement) + "  " + r.agreement_word);
        row.missing_reason = to_u8(r.note);
        row.tooltip = to_u8(r.tooltip);
        spec.rows.push_back(std::move(row));
    }
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsRenderer::GetDefaultRenderer()->CreateMeasuringContext());
    const ScenePainter painter(GetFont(), ScenePainter::scale_for(this));
    scene_ = chart::spread_chart(spec, pixels / painter.scale(), painter.measure(*gc));
}

int SpreadChart::row_at(const wxPoint& point) const
{
    const double s = ScenePainter::scale_for(this);
    const chart::Region* r = scene_.region_at((point.x - 4) / s, (point.y - 4) / s);
    return r ? static_cast<int>(r - scene_.regions.data()) : -1; // one region per row, in order
}

void SpreadChart::paint()
{
    wxAutoBufferedPaintDC dc(this);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    ScenePainter(GetFont(), ScenePainter::scale_for(this)).draw(*gc, scene_, 4, 4);
}

} // namespace hs::gui
