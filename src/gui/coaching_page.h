#pragma once
// The coaching tab: what a trainer reads first (strongest and weakest themes, where members disagree, what
// changed, the team's remarks) as a page with headings that prints as it reads.
#include "analysis/team_trend.h"

#include <wx/html/htmlwin.h>
#include <wx/panel.h>

#include <string>

namespace hs::gui {

// The page for one round of a team, as HTML (every number from the core's coaching summary).
wxString coaching_html(const std::string& team, const TeamRoundResult& rr, const std::string& lang);

class CoachingPage : public wxPanel {
public:
    explicit CoachingPage(wxWindow* parent);
    void set(const wxString& html);
    wxString text() const { return html_->ToText(); }
    const wxString& html() const { return source_; }
    void print();

private:
    wxHtmlWindow* html_ = nullptr;
    wxString source_;
};

} // namespace hs::gui
