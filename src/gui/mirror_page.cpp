// The Spiegel tab; see mirror_page.h.
#include "mirror_page.h"

#include "accessibility.h"
#include "common/i18n.h"
#include "translations.h"

#include <wx/sizer.h>

#include <algorithm>

namespace hs::gui {

namespace {
wxString score_text(const MirrorViewScore& s)
{
    if (!s.mean)
        return u8(s.note);
    // TRANSLATORS: a score with its number of respondents, e.g. "3,40 (N 12)"
    wxString text = wxString::Format(_("%s (N %d)"), format_number(*s.mean), s.n);
    if (s.indicative)
        // TRANSLATORS: marks a client or relative score from fewer than 10 respondents
        text += " " + _("indicative");
    return text;
}

wxString gap_text(const MirrorViewGap& g)
{
    if (!g.difference)
        return "";
    wxString text = format_number(*g.difference, 2, true);
    if (g.low && g.high)
        // TRANSLATORS: a 95% interval after a gap, e.g. "(0,40 to 1,20)"
        text += " " + wxString::Format(_("(%s to %s)"), format_number(*g.low, 2, true), format_number(*g.high, 2, true));
    if (g.change)
        // TRANSLATORS: the change of a gap since the team's previous round
        text += "; " + wxString::Format(_("since the previous round %s"), format_number(*g.change, 2, true));
    return text;
}
} // namespace

MirrorPage::MirrorPage(wxWindow* parent) : wxPanel(parent)
{
    note_ = new wxStaticText(this, wxID_ANY, "");
    table_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    // TRANSLATORS: a screen reader's name for the table of the Spiegel tab
    set_accessible_name(table_, _("Team and clients side by side"));
    statements_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 150)),
                                 wxTE_MULTILINE | wxTE_READONLY);
    // TRANSLATORS: a screen reader's name for the statements of the chosen theme in the Spiegel tab
    set_accessible_name(statements_, _("Statements of this theme"));
    table_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_statements(e.GetIndex()); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(note_, wxSizerFlags().Expand().Border(wxALL, 6));
    sizer->Add(table_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 6));
    sizer->Add(statements_, wxSizerFlags().Expand().Border(wxALL, 6));
    SetSizer(sizer);
}

void MirrorPage::set(MirrorView view)
{
    view_ = std::move(view);
    table_->ClearAll();
    statements_->Clear();
    if (view_.team_only()) {
        note_->SetLabel(_("This round asked only the team. Choose clients or relatives when you open a new round, to "
                          "see the team in their mirror."));
        note_->Wrap(FromDIP(900));
        table_->Hide();
        statements_->Hide();
        Layout();
        return;
    }
    note_->SetLabel(_("The themes with the largest difference in perspective come first. Team minus clients (or "
                      "relatives), with the interval in which the true difference lies with 95 percent certainty. Scores of clients and relatives from fewer than 10 people are "
                      "indicative. Choose a theme to read the statements of both versions."));
    note_->Wrap(FromDIP(900));
    table_->Show();
    statements_->Show();
    // TRANSLATORS: column heading: a theme (dimension) of the questionnaire
    table_->AppendColumn(_("Theme"), wxLIST_FORMAT_LEFT, FromDIP(220));
    std::vector<long> verdict_columns;
    for (Perspective p : view_.perspectives) {
        table_->AppendColumn(u8(perspective_heading(p)), wxLIST_FORMAT_LEFT, FromDIP(180));
        if (p == Perspective::Team)
            continue;
        // TRANSLATORS: column heading, e.g. "Team - Clients": the gap between the two scores
        table_->AppendColumn(wxString::Format(_("Team - %s"), u8(perspective_heading(p))), wxLIST_FORMAT_LEFT, FromDIP(210));
        // TRANSLATORS: column heading: the gap in words
        verdict_columns.push_back(table_->AppendColumn(_("Verdict"), wxLIST_FORMAT_LEFT, FromDIP(300)));
    }
    for (std::size_t r = 0; r < view_.rows.size(); ++r) {
        const MirrorViewRow& row = view_.rows[r];
        const long item = table_->InsertItem(static_cast<long>(r), u8(row.title));
        int column = 1;
        for (std::size_t i = 0; i < row.scores.size(); ++i) {
            table_->SetItem(item, column++, score_text(row.scores[i]));
            if (row.scores[i].perspective == Perspective::Team)
                continue;
            for (const MirrorViewGap& g : row.gaps)
                if (g.perspective == row.scores[i].perspective) {
                    table_->SetItem(item, column, gap_text(g));
                    table_->SetItem(item, column + 1, g.difference ? u8(g.verdict) : wxString());
                }
            column += 2;
        }
    }
    // A verdict is a sentence: its column as wide as its longest one (the list scrolls sideways), never cut.
    for (long c : verdict_columns) {
        table_->SetColumnWidth(static_cast<int>(c), wxLIST_AUTOSIZE);
        table_->SetColumnWidth(static_cast<int>(c), std::max(table_->GetColumnWidth(static_cast<int>(c)) + FromDIP(12), FromDIP(300)));
    }
    Layout();
    if (!view_.rows.empty())
        table_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
}

void MirrorPage::show_statements(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= view_.rows.size())
        return;
    const MirrorViewRow& r = view_.rows[static_cast<std::size_t>(row)];
    wxString text;
    // The theme's verdicts in full first, whatever the width of the table.
    for (const MirrorViewGap& g : r.gaps)
        if (g.difference)
            text += wxString::Format(_("Team - %s"), u8(perspective_heading(g.perspective))) + ": " + gap_text(g) + ": " +
                    u8(g.verdict) + "\n";
    if (!text.empty())
        text += "\n";
    for (const MirrorViewStatements& s : r.statements) {
        text += u8(perspective_heading(s.perspective)) + ":\n";
        if (s.texts.empty())
            text += "  " + u8(tr(not_asked_msgid(s.perspective))) + "\n";
        for (const std::string& t : s.texts)
            text += "  - " + u8(t) + "\n";
    }
    statements_->ChangeValue(text);
}

} // namespace hs::gui
