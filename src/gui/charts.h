#pragma once
// Charts drawn in the window: a dimension profile (bars), a trend (lines) and the spread per item (stacked bars),
// each the chart wing's scene drawn by ScenePainter, as the PDF draws the same scenes with cairo. They only draw
// the numbers they are given; every number comes from the core's analysis.
#include "chart/scene.h"

#include <wx/panel.h>

#include <vector>

namespace hs::gui {

struct ProfileBar {
    wxString label;
    bool heading = false; // a part's name above its dimensions, no bar
    wxString tooltip;     // the full text, shown when the pointer rests on the row
    double value = 0;    // NaN: no number (too few respondents)
    double previous = 0; // NaN: no previous round
    wxString note;       // shown instead of a bar when value is NaN
};

// The profile is the chart wing's profile_chart scene, drawn by ScenePainter: the same layout and colours as in
// the PDF coaching report.
class ProfileChart : public wxPanel {
public:
    ProfileChart(wxWindow* parent, double low, double high);
    void set(std::vector<ProfileBar> bars, const wxString& legend_current, const wxString& legend_previous);

    // The row under a point of the chart (for its tooltip); -1 for none.
    int row_at(const wxPoint& point) const;
    // The scene as last laid out, and its pixel scale (for tests and tooltips).
    const chart::Scene& scene() const { return scene_; }
    double scale() const;

private:
    void paint();
    void lay_out(); // builds scene_ for the current width
    double low_, high_;
    std::vector<ProfileBar> bars_;
    wxString legend_current_, legend_previous_;
    chart::Scene scene_;
};

struct TrendSeries {
    wxString name;
    std::vector<double> values; // one per category; NaN is a gap
};

// Where the questionnaire changed: before category `index` a dashed line with `label`, and no line joins the
// points on either side (they rest on different statements).
struct TrendBreak {
    std::size_t index = 0;
    wxString label;
};

// The trend is the chart wing's trend_chart scene, drawn by ScenePainter.
class TrendChart : public wxPanel {
public:
    TrendChart(wxWindow* parent, double low, double high);
    void set(std::vector<wxString> categories, std::vector<TrendSeries> series, std::vector<TrendBreak> breaks = {});
    // The scene as last laid out (for tests).
    const chart::Scene& scene() const { return scene_; }

private:
    void paint();
    void lay_out();
    chart::Scene scene_;
    double low_, high_;
    std::vector<wxString> categories_;
    std::vector<TrendSeries> series_;
    std::vector<TrendBreak> breaks_;
};

struct SpreadRow {
    wxString label;
    std::vector<int> counts; // per scale point; empty: no numbers
    int not_applicable = 0;
    int dont_know = 0;
    double agreement = 0; // NaN: not computable
    wxString note;
    wxString agreement_word; // "agree", "divided", ...
    wxString tooltip;        // the full statement and what its agreement means
};

// The spread is the chart wing's spread_chart scene, drawn by ScenePainter: as in the PDF coaching report.
class SpreadChart : public wxPanel {
public:
    explicit SpreadChart(wxWindow* parent);
    void set(std::vector<SpreadRow> rows, std::vector<wxString> point_labels);

    // The row under a point of the chart (for its tooltip); -1 for none.
    int row_at(const wxPoint& point) const;
    // The scene as last laid out (for tests).
    const chart::Scene& scene() const { return scene_; }

private:
    void paint();
    void lay_out(); // builds scene_ for the current width
    std::vector<SpreadRow> rows_;
    std::vector<wxString> point_labels_;
    chart::Scene scene_;
    int laid_out_width_ = -1; // the width scene_ was laid out for
};


} // namespace hs::gui
