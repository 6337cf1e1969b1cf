#include "results_dialog.h"

#include "accessibility.h"
#include "agreements_panel.h"
#include "analysis/agreement.h"
#include "analysis/team_trend.h"
#include "coaching_page.h"
#include "mirror_page.h"
#include "dialog_buttons.h"
#include "report_actions.h"
#include "workbook/report_definition.h"
#include "translations.h"

#include <wx/button.h>
#include <wx/scrolwin.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace hs::gui {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The analysis's facts through the one catalogue (the core's keys, translated like every other GUI text).
wxString fact(const char* msgid) { return wxGetTranslation(u8(msgid)); }

wxString availability_note(const ScoreSummary& s) { return fact(score_note_msgid(s)); }

wxScrolledWindow* scrolled(wxWindow* parent, wxWindow*& child, const std::function<wxWindow*(wxWindow*)>& make)
{
    auto* scroll = new wxScrolledWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    scroll->SetScrollRate(0, 16);
    child = make(scroll);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(child, wxSizerFlags(1).Expand());
    scroll->SetSizer(s);
    return scroll;
}
} // namespace

ResultsDialog::ResultsDialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang)
    : wxDialog(parent, wxID_ANY, _("Results"), wxDefaultPosition, wxSize(1100, 760), wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store), team_(team), lang_(lang)
{
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    round_ = new wxChoice(this, wxID_ANY);
    // The control cannot go below the program's minimum; its tooltip says why.
    threshold_ = new wxSpinCtrl(this, wxID_ANY, wxString::Format("%d", anonymity::kDefaultThreshold), wxDefaultPosition,
                                wxDefaultSize, wxSP_ARROW_KEYS, anonymity::kMinimumThreshold, 100, anonymity::kDefaultThreshold);
    threshold_->SetToolTip(wxString::Format(
        _("Groups smaller than this show no numbers. It cannot be set below %d: in smaller groups answers can be traced "
          "to a person. %d is the usual choice."),
        anonymity::kMinimumThreshold, anonymity::kDefaultThreshold));
    top->Add(new wxStaticText(this, wxID_ANY, _("Round:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    top->Add(round_, wxSizerFlags().CenterVertical().Border(wxRIGHT, 18));
    // TRANSLATORS: the smallest group for which numbers are shown
    top->Add(new wxStaticText(this, wxID_ANY, _("Anonymity threshold:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    top->Add(threshold_, wxSizerFlags().CenterVertical());
    status_ = new wxStaticText(this, wxID_ANY, "");

    notebook_ = new wxNotebook(this, wxID_ANY);
    wxWindow* child = nullptr;
    notebook_->AddPage(scrolled(notebook_, child, [](wxWindow* p) { return new ProfileChart(p, 1, 5); }), _("Profile"));
    profile_ = static_cast<ProfileChart*>(child);
    auto* trend_page = new wxPanel(notebook_);
    part_ = new wxChoice(trend_page, wxID_ANY);
    trend_chart_ = new TrendChart(trend_page, 1, 5);
    auto* ts = new wxBoxSizer(wxVERTICAL);
    ts->Add(part_, wxSizerFlags().Border(wxALL, 6));
    ts->Add(trend_chart_, wxSizerFlags(1).Expand());
    trend_page->SetSizer(ts);
    // TRANSLATORS: tab with the scores across rounds
    notebook_->AddPage(trend_page, _("Trend"));
    agreements_ = new AgreementsPanel(notebook_, store_, team_, lang_);
    notebook_->AddPage(agreements_->with_shortcut(notebook_, [&](wxWindow* p) {
        return scrolled(p, child, [](wxWindow* pp) { return new SpreadChart(pp); });
    }), _("Spread per item"));
    spread_ = static_cast<SpreadChart*>(child);
    notebook_->AddPage(agreements_->with_shortcut(notebook_, [this](wxWindow* p) { return coaching_ = new CoachingPage(p); }),
                       _("Coaching"));
    // TRANSLATORS: tab with the team's agreements ("afspraken")
    notebook_->AddPage(agreements_, _("Agreements"));
    // TRANSLATORS: tab with the team's scores next to those of its clients and relatives ("Spiegel")
    notebook_->AddPage(mirror_ = new MirrorPage(notebook_), _("Mirror"));
    agreements_->on_changed = [this] { update(); };
    // Names a screen reader speaks: the choices would otherwise be read as their chosen value, the spin control,
    // the tabs and the charts as nothing at all.
    set_accessible_name(round_, _("Round"));
    set_accessible_name(threshold_, _("Anonymity threshold"));
    set_accessible_name(notebook_, _("Results"));
    set_accessible_name(part_, _("Part"));
    set_accessible_name(profile_, _("Profile"));
    set_accessible_name(trend_chart_, _("Trend"));
    set_accessible_name(spread_, _("Spread per item"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Border(wxALL, 10));
    sizer->Add(status_, wxSizerFlags().Border(wxLEFT | wxRIGHT | wxBOTTOM, 10));
    sizer->Add(notebook_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 10));
    auto* close = make_close_button(this);
    // The coaching report as a trainer prints it: the chosen round with the threshold shown here.
    // TRANSLATORS: button in the results window that saves the coaching report as a PDF file
    report_ = new wxButton(this, wxID_ANY, _("&Report (PDF)..."));
    report_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { save_report(); });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(report_, wxSizerFlags().Border(wxRIGHT, 10));
    buttons->Add(close);
    sizer->Add(buttons, wxSizerFlags().Right().Border(wxALL, 10));
    SetSizer(sizer);

    AnalysisOptions options;
    trend_ = team_trend(store_, team_, options);
    for (const auto& rr : trend_.rounds) {
        round_->Append(u8(rr.round.label));
        if (rr.round.id == round)
            round_->SetSelection(static_cast<int>(round_->GetCount() - 1));
    }
    if (round_->GetSelection() == wxNOT_FOUND && round_->GetCount() > 0)
        round_->SetSelection(static_cast<int>(round_->GetCount() - 1));
    if (!trend_.rounds.empty())
        for (const auto& p : trend_.rounds.back().result.questionnaire->parts)
            part_->Append(u8(p.title.in(lang_)));
    part_->SetSelection(0);
    SetTitle(wxString::Format(_("Results of %s"), u8(trend_.team.name)));

    round_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update(); });
    part_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_trend(); });
    threshold_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
        AnalysisOptions o;
        o.anonymity_threshold = threshold_->GetValue();
        trend_ = team_trend(store_, team_, o);
        update();
    });
    update();
}

const TeamRoundResult* ResultsDialog::chosen_round() const
{
    const int i = round_->GetSelection();
    return i == wxNOT_FOUND ? nullptr : &trend_.rounds[static_cast<std::size_t>(i)];
}

void ResultsDialog::update()
{
    const TeamRoundResult* rr = chosen_round();
    agreements_->set_trend(trend_, rr ? rr->round.id : 0);
    report_->Enable(rr != nullptr);
    if (!rr) {
        status_->SetLabel(_("This team has no handed-in questionnaires yet."));
        return;
    }
    const GroupResult& g = rr->result;
    status_->SetLabel(g.consensus ? _("One consensus response of the whole team.")
                      : g.availability == Availability::TooFewRespondents
                          ? wxString::Format(wxPLURAL("%d respondent: fewer than the anonymity threshold, so no numbers are shown.",
                                                      "%d respondents: fewer than the anonymity threshold, so no numbers are shown.",
                                                      static_cast<unsigned>(g.respondents)), g.respondents)
                          : wxString::Format(wxPLURAL("%d respondent.", "%d respondents.", static_cast<unsigned>(g.respondents)),
                                             g.respondents));
    fill_profile(*rr);
    fill_trend();
    fill_spread(*rr);
    fill_coaching(*rr);
    fill_mirror(*rr);
    Layout();
}

void ResultsDialog::fill_mirror(const TeamRoundResult& rr)
{
    AnalysisOptions options;
    options.anonymity_threshold = threshold_->GetValue();
    try {
        mirror_->set(mirror_view(mirror_for(store_, team_, rr.round.id, options), lang_));
    } catch (const std::exception& e) {
        mirror_->set({});
        mirror_->note()->SetLabel(u8(e.what()));
    }
}

void ResultsDialog::save_report()
{
    const TeamRoundResult* rr = chosen_round();
    if (!rr)
        return;
    ReportSubject subject;
    subject.team = team_;
    subject.round = rr->round.id;
    subject.team_name = trend_.team.name;
    subject.round_label = rr->round.label;
    subject.language = lang_;
    subject.options.anonymity_threshold = threshold_->GetValue();
    save_coaching_report(this, store_, subject, [this](const wxString& text) { status_->SetLabel(text); });
}

void ResultsDialog::fill_profile(const TeamRoundResult& rr)
{
    const TeamRoundResult* previous = trend_.previous_of(rr); // the analysis's one "previous round"
    const Questionnaire& q = *rr.result.questionnaire;
    // Grouped by part (attitudes, preconditions, ...), each under its heading, as the questionnaire orders them.
    std::vector<ProfileBar> bars;
    for (const auto& part : q.parts) {
        ProfileBar heading;
        heading.heading = true;
        heading.label = u8(part.title.in(lang_));
        heading.tooltip = heading.label;
        bars.push_back(heading);
        for (const auto& d : rr.result.dimensions) {
            if (std::find(part.dimensions.begin(), part.dimensions.end(), d.index) == part.dimensions.end())
                continue;
            ProfileBar b;
            b.label = u8(q.dimensions[d.index].title.in(lang_));
            b.value = d.score.available() ? d.score.mean : kNaN;
            b.note = availability_note(d.score);
            const DimensionResult* pd = previous ? previous->result.dimension(d.id) : nullptr;
            b.previous = pd && pd->score.available() ? pd->score.mean : kNaN;
            b.tooltip = b.label + (d.score.available() ? ": " + format_number(d.score.mean) : wxString());
            if (!q.dimensions[d.index].description.empty())
                b.tooltip += "\n" + u8(q.dimensions[d.index].description.in(lang_));
            bars.push_back(b);
        }
    }
    // The same words as the PDF's legend: the previous round is a dot in both.
    wxString previous_legend;
    if (previous) {
        previous_legend = fact("previous round (%1)");
        previous_legend.Replace("%1", u8(previous->round.label));
    }
    profile_->set(std::move(bars), u8(rr.round.label), previous_legend);
    profile_->GetParent()->Layout();
    static_cast<wxScrolledWindow*>(profile_->GetParent())->FitInside();
}

void ResultsDialog::fill_trend()
{
    if (trend_.rounds.empty())
        return;
    const Questionnaire& q = *trend_.rounds.back().result.questionnaire;
    const std::size_t part = static_cast<std::size_t>(std::max(0, part_->GetSelection()));
    std::vector<wxString> categories;
    for (const auto& rr : trend_.rounds)
        categories.push_back(u8(rr.round.label));
    std::vector<TrendBreak> breaks;
    for (std::size_t r = 0; r < trend_.rounds.size(); ++r)
        if (const auto& b = trend_.rounds[r].version_break)
            // TRANSLATORS: marks the round where the questionnaire changed; %s is the new version, e.g. 2.0
            breaks.push_back({r, wxString::Format(_("questionnaire %s"), u8(b->version))});
    std::vector<TrendSeries> series;
    if (part < q.parts.size())
        for (std::size_t d : q.parts[part].dimensions) {
            TrendSeries s;
            s.name = u8(q.dimensions[d].title.in(lang_));
            for (const auto& rr : trend_.rounds) {
                const DimensionResult* dr = rr.result.dimension(q.dimensions[d].id);
                s.values.push_back(dr && dr->score.available() ? dr->score.mean : kNaN);
            }
            series.push_back(std::move(s));
        }
    trend_chart_->set(std::move(categories), std::move(series), std::move(breaks));
}

void ResultsDialog::fill_spread(const TeamRoundResult& rr)
{
    const Questionnaire& q = *rr.result.questionnaire;
    std::vector<wxString> points;
    const auto labels = shared_point_labels(q, lang_);
    for (std::size_t p = 0; p < labels.size(); ++p)
        points.push_back(wxString::Format("%d %s", static_cast<int>(p + 1), u8(labels[p])));
    std::vector<SpreadRow> rows;
    for (const auto& i : rr.result.items) {
        SpreadRow row;
        row.label = u8(q.items[i.index].text.in(lang_));
        // Counted as answered; the mirrored score counts only in means, so the statement says it is reversed.
        if (q.items[i.index].reverse)
            row.label += " (" + fact(reverse_scored_msgid()) + ")";
        row.counts = i.distribution;
        row.agreement = i.agreement;
        row.note = availability_note(i.score);
        const Consensus consensus = consensus_of(i.agreement);
        row.agreement_word = consensus == Consensus::Unknown ? wxString() : wxGetTranslation(u8(consensus_word_msgid(consensus)));
        row.tooltip = row.label + "\n" + wxGetTranslation(u8(consensus_sentence_msgid(consensus)));
        rows.push_back(std::move(row));
    }
    spread_->set(std::move(rows), std::move(points));
    spread_->GetParent()->Layout();
    static_cast<wxScrolledWindow*>(spread_->GetParent())->FitInside();
}

void ResultsDialog::fill_coaching(const TeamRoundResult& rr)
{
    // As many as the workbook's coaching sheet lists; the team's open agreements first, then the mirror's gaps.
    AnalysisOptions options;
    options.anonymity_threshold = threshold_->GetValue();
    const MirrorResult mirror = mirror_for(store_, team_, rr.round.id, options);
    coaching_->set(coaching_html(trend_.team.name, trend_, rr, agreements_->open_agreements_text(),
                                 static_cast<std::size_t>(builtin_report(ReportKind::TeamTrend).coaching_top), lang_, &mirror));
}

void run_results_dialog(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang)
{
    ResultsDialog dlg(parent, store, team, round, lang);
    dlg.ShowModal();
}

} // namespace hs::gui
