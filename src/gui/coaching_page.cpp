// The coaching page; see coaching_page.h.
#include "coaching_page.h"

#include "accessibility.h"
#include "analysis/agreement.h"
#include "analysis/coaching.h"
#include "analysis/reason_text.h"
#include "printing.h"
#include "translations.h"

#include <wx/button.h>
#include <wx/sizer.h>

namespace hs::gui {

namespace {
wxString escaped(const wxString& text)
{
    wxString s = text;
    s.Replace("&", "&amp;");
    s.Replace("<", "&lt;");
    s.Replace(">", "&gt;");
    return s;
}
} // namespace

wxString coaching_html(const std::string& team, const TeamTrend& trend, const TeamRoundResult& rr, const wxString& agreements,
                       std::size_t top, const std::string& lang, const MirrorResult* mirror)
{
    wxString html = "<html><body><h1>" + escaped(wxString::Format(_("Coaching: %s, round %s"), u8(team), u8(rr.round.label))) + "</h1>";
    if (!agreements.empty()) { // what the team agreed comes first
        html += "<p>";
        for (const auto& line : wxSplit(agreements.Strip(wxString::both), '\n'))
            html += escaped(line) + "<br>";
        html += "</p>";
    }
    if (rr.result.availability != Availability::Available)
        return html + "<p>" + escaped(_("Too few respondents in this round to show a summary.")) + "</p></body></html>";
    const Questionnaire& q = *rr.result.questionnaire;
    auto title = [&](Level level, const std::string& id) -> wxString {
        if (level == Level::Item)
            if (auto i = q.item_index(id))
                return u8(q.items[*i].text.in(lang));
        if (auto d = q.dimension_index(id))
            return u8(q.dimensions[*d].title.in(lang));
        return u8(id);
    };
    const auto s = coaching_summary(rr.result, rr.changes, top, mirror);
    if (!s.largest_gaps.empty()) { // where clients or relatives see the team differently comes before the rest
        html += "<h2>" + escaped(_("Largest gaps between the team and its clients or relatives")) + "</h2><table cellpadding=\"3\">";
        for (const auto& g : s.largest_gaps) {
            wxString note = wxString::Format("%s %s, %s %s: ", wxGetTranslation(u8(perspective_msgid(Perspective::Team))),
                                             format_number(g.team), wxGetTranslation(u8(perspective_msgid(g.other))),
                                             format_number(g.other_mean)) +
                            wxGetTranslation(u8(g.verdict));
            if (g.interval_estimable)
                note += " [" + format_number(g.low) + "; " + format_number(g.high) + "]";
            if (g.indicative)
                note += " (" + _("indicative: fewer than 10 respondents") + ")";
            html += "<tr><td align=\"right\" valign=\"top\"><b>" + format_number(g.gap, 2, true) + "</b></td><td>" +
                    escaped(title(Level::Dimension, g.dimension_id)) + "<br><font color=\"#555555\">" + escaped(note) +
                    "</font></td></tr>";
        }
        html += "</table>";
    }
    auto list = [&](const wxString& heading, const wxString& explanation, const std::vector<Ranked>& items, bool agreement) {
        html += "<h2>" + escaped(heading) + "</h2>";
        if (!explanation.empty())
            html += "<p><i>" + escaped(explanation) + "</i></p>";
        html += "<table cellpadding=\"3\">";
        for (const auto& r : items) {
            html += "<tr><td align=\"right\" valign=\"top\"><b>" + format_number(r.value) + "</b></td><td>" + escaped(title(r.level, r.id));
            if (agreement)
                html += "<br><font color=\"#555555\">" + escaped(wxGetTranslation(u8(consensus_sentence_msgid(consensus_of(r.value))))) + "</font>";
            html += "</td></tr>";
        }
        html += "</table>";
    };
    list(_("Strongest dimensions"), wxString(), s.strongest_dimensions, false);
    list(_("Weakest dimensions"), wxString(), s.weakest_dimensions, false);
    list(_("Weakest statements"), wxString(), s.weakest_items, false);
    list(_("Where the team disagrees most"),
         _("Agreement (rwg) from 0 to 1: from 0.70 the team agrees, below 0.50 members see it quite differently."),
         s.largest_disagreements, true);
    const TeamRoundResult* previous = trend.previous_of(rr);
    html += "<h2>" + escaped(previous ? wxString::Format(_("Largest changes since the previous round (%s)"), u8(previous->round.label))
                                      : _("Largest changes since the previous round")) +
            "</h2><table cellpadding=\"3\">";
    if (!previous)
        html += "<tr><td>" + escaped(_("There is no previous round to compare with yet.")) + "</td></tr>";
    for (const auto& c : s.largest_changes) {
        // Without an interval (a consensus response) no brackets; the reason says why, as in the workbook.
        wxString note = wxGetTranslation(u8(verdict_msgid(c.verdict)));
        if (c.interval_estimable)
            note += " [" + format_number(c.low) + "; " + format_number(c.high) + "]";
        for (const char* reason : reason_msgids(c))
            note += " (" + wxGetTranslation(u8(reason)) + ")";
        html += "<tr><td align=\"right\" valign=\"top\"><b>" + format_number(c.difference, 2, true) + "</b></td><td>" +
                escaped(title(c.level, c.id)) + "<br><font color=\"#555555\">" + escaped(note) + "</font></td></tr>";
    }
    html += "</table>";
    if (!rr.result.remarks.empty()) {
        html += "<h2>" + escaped(_("Remarks of the team")) + "</h2><ul>";
        for (const auto& r : rr.result.remarks)
            html += "<li>" + escaped(u8(r.text)) + "</li>";
        html += "</ul>";
    }
    return html + "</body></html>";
}

CoachingPage::CoachingPage(wxWindow* parent) : wxPanel(parent)
{
    html_ = new wxHtmlWindow(this, wxID_ANY);
    set_accessible_name(html_, _("Coaching summary"));
    auto* print = new wxButton(this, wxID_ANY, _("&Print..."));
    print->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { this->print(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(html_, wxSizerFlags(1).Expand());
    sizer->Add(print, wxSizerFlags().Border(wxALL, 6));
    SetSizer(sizer);
}

void CoachingPage::set(const wxString& html)
{
    source_ = html;
    html_->SetPage(html);
}

bool CoachingPage::print() { return print_html(this, title(), source_); }

wxString CoachingPage::title() const { return _("Coaching"); }

} // namespace hs::gui
