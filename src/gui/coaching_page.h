#pragma once
// The coaching tab: what a trainer reads first (strongest and weakest themes, where members disagree, what
// changed, the team's remarks) as a page with headings that prints as it reads.
#include "analysis/mirror_gap.h"
#include "analysis/team_trend.h"

#include <wx/html/htmlwin.h>
#include <wx/panel.h>

#include <string>

namespace hs::gui {

// The page for one round of a team, as HTML (every number from the core's coaching summary): the team's open
// agreements first (`agreements`, plain text, may be empty), then with the round's `mirror` its largest gaps
// between the team and its clients or relatives, then the `top` strongest and weakest themes, where the team
// disagrees, the changes since the trend's one previous round, and the remarks.
wxString coaching_html(const std::string& team, const TeamTrend& trend, const TeamRoundResult& rr, const wxString& agreements,
                       std::size_t top, const std::string& lang, const MirrorResult* mirror = nullptr);

class CoachingPage : public wxPanel {
public:
    explicit CoachingPage(wxWindow* parent);
    void set(const wxString& html);
    wxString text() const { return html_->ToText(); }
    const wxString& html() const { return source_; }
    // The page on paper, through the print dialog (see printing.h); `title` names the print job.
    bool print();
    wxString title() const;

private:
    wxHtmlWindow* html_ = nullptr;
    wxString source_;
};

} // namespace hs::gui
