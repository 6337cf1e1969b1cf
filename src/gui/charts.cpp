// The result charts; see charts.h.
#include "charts.h"

#include "chart/profile_chart.h"
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
// The chart wing's diverging colours (orange below the scale's middle, grey at it, blue above), as in the PDF
// and the workbooks' charts.
wxColour score_colour(double v, double low, double high) { return to_wx(chart::diverging_colour(v, low, high)); }

// The text, shortened with "..." until it fits `width`.
wxString fit_text(wxGraphicsContext& gc, const wxString& text, double width)
{
    double w = 0, h = 0;
    gc.GetTextExtent(text, &w, &h);
    if (w <= width)
        return text;
    wxString s = text;
    while (s.length() > 4) {
        s.RemoveLast();
        gc.GetTextExtent(s + "...", &w, &h);
        if (w <= width)
            break;
    }
    return s + "...";
}

double text_height(wxGraphicsContext& gc)
{
    double w = 0, h = 0;
    gc.GetTextExtent("Hg", &w, &h);
    return h;
}

// Rows start this far down and are this high (the spread) at the usual font size; a larger system font
// makes them taller in proportion. Painting, sizing and tooltips share them.
constexpr double kSpreadTop = 50, kSpreadRow = 24;

struct RowLayout {
    double top, row;
};

RowLayout layout_for(const wxWindow* chart, double top, double row)
{
    const double scale = std::max(1.0, chart->GetCharHeight() * 1.5 / row);
    return {top * scale, row * scale};
}

int row_index(double y, double top, double row_h, std::size_t rows)
{
    if (y < top)
        return -1;
    const auto r = static_cast<std::size_t>((y - top) / row_h);
    return r < rows ? static_cast<int>(r) : -1;
}

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
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) { Refresh(); e.Skip(); });
}

void SpreadChart::set(std::vector<SpreadRow> rows, std::vector<wxString> point_labels)
{
    rows_ = std::move(rows);
    point_labels_ = std::move(point_labels);
    const RowLayout l = layout_for(this, kSpreadTop, kSpreadRow);
    SetMinSize(wxSize(-1, static_cast<int>(static_cast<double>(rows_.size()) * l.row + l.top) + 20));
    Refresh();
}

int SpreadChart::row_at(const wxPoint& point) const
{
    const RowLayout l = layout_for(this, kSpreadTop, kSpreadRow);
    return row_index(point.y, l.top, l.row, rows_.size());
}

void SpreadChart::paint()
{
    wxAutoBufferedPaintDC dc(this);
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc)
        return;
    const wxSize size = GetClientSize();
    const double label_w = std::min(380.0, size.x * 0.38), left = label_w + 10, right = size.x - 170.0;
    const RowLayout l = layout_for(this, kSpreadTop, kSpreadRow);
    const double top = l.top, row_h = l.row;
    gc->SetFont(GetFont(), *wxBLACK);
    // Legend: scale points from orange through grey to blue.
    const std::size_t n = point_labels_.size();
    auto colour = [&](std::size_t p) { return score_colour(static_cast<double>(p), 0, static_cast<double>(n ? n - 1 : 1)); };
    double lx = left;
    for (std::size_t p = 0; p < n; ++p) {
        gc->SetBrush(wxBrush(colour(p)));
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->DrawRectangle(lx, 8, 12, 12);
        double w = 0, h = 0;
        gc->GetTextExtent(point_labels_[p], &w, &h);
        gc->DrawText(point_labels_[p], lx + 16, 6);
        lx += w + 34;
    }
    // TRANSLATORS: column header of the spread chart: agreement index rwg and its meaning in a word
    // Below the legend's line, which may run to the right edge.
    gc->DrawText(_("agreement (rwg)"), right + 14, top - 22);
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const auto& row = rows_[r];
        const double y = top + row_h * static_cast<double>(r);
        const double h = text_height(*gc);
        gc->DrawText(fit_text(*gc, row.label, label_w), 4, y + (row_h - h) / 2);
        int total = 0;
        for (int c : row.counts)
            total += c;
        if (row.counts.empty() || total == 0) {
            gc->SetFont(GetFont().Italic(), wxColour(110, 110, 110));
            gc->DrawText(row.note, left + 6, y + (row_h - h) / 2);
            gc->SetFont(GetFont(), *wxBLACK);
            continue;
        }
        double x = left;
        for (std::size_t p = 0; p < row.counts.size(); ++p) {
            const double width = (right - left) * row.counts[p] / total;
            gc->SetBrush(wxBrush(colour(p)));
            gc->SetPen(wxPen(*wxWHITE));
            gc->DrawRectangle(x, y + 3, width, row_h - 6);
            if (row.counts[p] > 0 && width > 14)
                gc->DrawText(wxString::Format("%d", row.counts[p]), x + width / 2 - 4, y + (row_h - h) / 2);
            x += width;
        }
        if (!std::isnan(row.agreement))
            gc->DrawText(format_number(row.agreement) + "  " + row.agreement_word, right + 14, y + (row_h - h) / 2);
    }
}

} // namespace hs::gui
