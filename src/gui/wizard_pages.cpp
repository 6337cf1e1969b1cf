// The respondent's wizard and its pages; see wizard_pages.h.
#include "wizard_pages.h"

#include "accessibility.h"
#include "app_icon.h"
#include "analysis/anonymity.h"
#include "analysis/group_result.h"
#include "messages.h"
#include "translations.h"

#include <wx/scrolwin.h>
#include <wx/sizer.h>
#include <wx/statline.h>

#include <map>

namespace hs::gui {

namespace {
// Texts wrap at this width (in DIPs), so the wizard fits an 800x600 screen whatever the texts' length.
constexpr int kTextWidth = 560;

wxString step_text(int step, int total)
{
    // TRANSLATORS: progress through the questionnaire, e.g. "Step 3 of 20"
    return total > 0 ? wxString::Format(_("Step %d of %d"), step, total) : wxString::Format(_("Step %d"), step);
}
} // namespace

WizardPageBase::WizardPageBase(ResponseWizard* wizard, int step) : wxWizardPage(wizard), wizard_(wizard)
{
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    step_ = step_text(step, step == 1 ? 0 : wizard->total_steps());
    progress_ = new wxStaticText(this, wxID_ANY, step_);
    progress_->SetFont(progress_->GetFont().Bold());
    sizer->Add(progress_, wxSizerFlags().Border(wxBOTTOM, 6));
    body_ = new wxBoxSizer(wxVERTICAL);
    sizer->Add(body_, wxSizerFlags(1).Expand());
    SetSizer(sizer);
}

void WizardPageBase::show_code(const std::string& code)
{
    // TRANSLATORS: beside "Step 3 of 20": the respondent's code, needed to continue an interrupted questionnaire
    progress_->SetLabel(step_ + "   |   " + wxString::Format(_("Your code: %s"), u8(code)));
}

// ---- start ----

StartPage::StartPage(ResponseWizard* wizard, Store& store, const WizardStart& start)
    : WizardPageBase(wizard, 1), store_(store)
{
    teams_ = store.teams();
    for (const auto& r : store.rounds())
        if (r.status == RoundStatus::Open)
            rounds_.push_back(r);

    // The questionnaire's introduction and the promise scroll in a box of their own, so that the start page fits a
    // small screen (800x600) however long the introduction is.
    intro_box_ = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    intro_box_->SetScrollRate(0, FromDIP(8));
    intro_box_->SetMinSize(FromDIP(wxSize(kTextWidth + 24, 140)));
    intro_box_->SetMaxSize(FromDIP(wxSize(kTextWidth + 24, 140)));
    set_accessible_name(intro_box_, _("Introduction"));
    auto* intro_sizer = new wxBoxSizer(wxVERTICAL);
    introduction_ = new wxStaticText(intro_box_, wxID_ANY, wxString());
    intro_sizer->Add(introduction_, wxSizerFlags().Border(wxBOTTOM, 8));
    // The promise states the program's actual rule (analysis/anonymity.h), not a number of its own.
    promise_ = new wxStaticText(intro_box_, wxID_ANY, wxString::Format(
        _("You score your team as a whole, as it works now. Your answers are anonymous: results are shown only for "
          "groups of at least %d respondents (never fewer than %d), remarks only for groups of at least %d, and "
          "nobody's individual answers appear in a report. Every page is saved when you leave it, so you can stop "
          "at any time and continue later."),
        anonymity::kDefaultThreshold, anonymity::kMinimumThreshold, anonymity::kDefaultRemarkThreshold));
    promise_->Wrap(FromDIP(kTextWidth));
    intro_sizer->Add(promise_, wxSizerFlags().Border(wxBOTTOM, 4));
    intro_box_->SetSizer(intro_sizer);
    body_->Add(intro_box_, wxSizerFlags().Expand().Border(wxBOTTOM, 10));

    auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
    team_ = new wxChoice(this, wxID_ANY);
    for (const auto& t : teams_)
        team_->Append(u8(t.name));
    round_ = new wxChoice(this, wxID_ANY);
    for (const auto& r : rounds_)
        round_->Append(u8(r.label) + "  (" + format_date(r.date) + ")");
    role_ = new wxChoice(this, wxID_ANY);
    for (Role r : all_roles())
        role_->Append(u8(role_label(r)));
    role_->SetSelection(0);
    // A long team name must not widen the wizard: the boxes keep their own width.
    team_->SetMinSize(FromDIP(wxSize(320, -1)));
    round_->SetMinSize(FromDIP(wxSize(320, -1)));
    role_->SetMinSize(FromDIP(wxSize(320, -1)));
    set_accessible_name(team_, _("Team"));
    set_accessible_name(round_, _("Round"));
    set_accessible_name(role_, _("Your role (optional)"));
    grid->Add(new wxStaticText(this, wxID_ANY, _("Team:")), wxSizerFlags().CenterVertical());
    grid->Add(team_, wxSizerFlags().Expand());
    // TRANSLATORS: the measurement round
    grid->Add(new wxStaticText(this, wxID_ANY, _("Round:")), wxSizerFlags().CenterVertical());
    grid->Add(round_, wxSizerFlags().Expand());
    grid->Add(new wxStaticText(this, wxID_ANY, _("Your role (optional):")), wxSizerFlags().CenterVertical());
    grid->Add(role_, wxSizerFlags().Expand());
    body_->Add(grid, wxSizerFlags().Border(wxBOTTOM, 10));
    consensus_ = new wxCheckBox(this, wxID_ANY, _("Team consensus: we answer together, as one response for the whole team"));
    body_->Add(consensus_, wxSizerFlags().Border(wxBOTTOM, 14));

    body_->Add(new wxStaticLine(this), wxSizerFlags().Expand().Border(wxBOTTOM, 8));
    body_->Add(new wxStaticText(this, wxID_ANY, _("Or continue the questionnaire you started earlier (select it and type your PIN):")),
               wxSizerFlags().Border(wxBOTTOM, 4));
    unfinished_list_ = new wxListBox(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(kTextWidth, 64)));
    unfinished_list_->SetMinSize(FromDIP(wxSize(kTextWidth, 64)));
    set_accessible_name(unfinished_list_, _("Interrupted questionnaires"));
    body_->Add(unfinished_list_, wxSizerFlags().Expand().Border(wxBOTTOM, 10));
    // On a shared computer only whoever started a questionnaire may continue it: a PIN chosen now, kept by the
    // core as a salted hash, typed again to continue. The field never shows what is typed.
    auto* pin_row = new wxBoxSizer(wxHORIZONTAL);
    auto* pin_label = new wxStaticText(this, wxID_ANY, wxString::Format(_("Your PIN (at least %d characters; choose one now, so that only you can continue later):"),
                                                                       static_cast<int>(Store::kMinimumPinLength)));
    pin_label->Wrap(FromDIP(kTextWidth - 140));
    pin_row->Add(pin_label, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, 8));
    pin_ = new wxTextCtrl(this, wxID_ANY, wxString::FromUTF8(start.pin.c_str()), wxDefaultPosition, FromDIP(wxSize(120, -1)), wxTE_PASSWORD);
    set_accessible_name(pin_, _("PIN"));
    pin_row->Add(pin_, wxSizerFlags().CenterVertical());
    body_->Add(pin_row, wxSizerFlags().Expand());

    auto select = [](wxChoice* c, auto& list, std::optional<RowId> id) {
        for (std::size_t i = 0; i < list.size(); ++i)
            if (id && list[i].id == *id)
                c->SetSelection(static_cast<int>(i));
        if (c->GetSelection() == wxNOT_FOUND && list.size() == 1)
            c->SetSelection(0);
    };
    select(team_, teams_, start.team);
    select(round_, rounds_, start.round);
    team_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_unfinished(); });
    round_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_unfinished(); });
    fill_unfinished();
    if (start.resume)
        for (std::size_t i = 0; i < unfinished_.size(); ++i)
            if (unfinished_[i].id == *start.resume)
                unfinished_list_->SetSelection(static_cast<int>(i));
}

void StartPage::show_introduction(const wxString& introduction)
{
    introduction_->SetLabel(introduction);
    introduction_->Wrap(FromDIP(kTextWidth));
    introduction_->Show(!introduction.empty());
    intro_box_->FitInside();
    Layout();
}

void StartPage::fill_unfinished()
{
    unfinished_list_->Clear();
    unfinished_.clear();
    if (team_->GetSelection() == wxNOT_FOUND || round_->GetSelection() == wxNOT_FOUND)
        return;
    unfinished_ = store_.unfinished_responses(rounds_[static_cast<std::size_t>(round_->GetSelection())].id,
                                              teams_[static_cast<std::size_t>(team_->GetSelection())].id);
    // No respondent codes here: anyone at this computer sees the list. Role, page and time tell one's own apart.
    for (const auto& info : unfinished_) {
        std::string when = info.updated.substr(0, 16);
        if (when.size() > 10)
            when[10] = ' ';
        // TRANSLATORS: an interrupted questionnaire: the role, where it stopped, when it was last saved
        unfinished_list_->Append(wxString::Format(_("%s  - stopped at page %d, saved %s (UTC)"),
                                                  info.consensus ? _("Team consensus") : u8(role_label(info.role)), info.last_page + 1, u8(when)));
    }
}

bool StartPage::TransferDataFromWindow()
{
    if (team_->GetSelection() == wxNOT_FOUND || round_->GetSelection() == wxNOT_FOUND) {
        show_message(rounds_.empty() ? _("There is no open round. Open a round first (Round > New round).")
                                     : _("Choose your team and the round."),
                     _("Fill in"), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    choice_.team = teams_[static_cast<std::size_t>(team_->GetSelection())].id;
    choice_.round = rounds_[static_cast<std::size_t>(round_->GetSelection())].id;
    choice_.role = all_roles()[static_cast<std::size_t>(std::max(0, role_->GetSelection()))];
    choice_.consensus = consensus_->GetValue();
    const int picked = unfinished_list_->GetSelection();
    choice_.resume = picked == wxNOT_FOUND ? std::nullopt : std::optional<RowId>(unfinished_[static_cast<std::size_t>(picked)].id);
    choice_.pin = to_u8(pin_->GetValue());
    if (!choice_.resume && choice_.pin.size() < Store::kMinimumPinLength) {
        show_message(wxString::Format(_("Choose a PIN of at least %d characters first: with it, only you can continue this questionnaire later."),
                                      static_cast<int>(Store::kMinimumPinLength)),
                     _("Fill in"), wxOK | wxICON_INFORMATION, this);
        return false;
    }
    // The wizard asks for the next page right after this, so the response and its pages must exist now.
    return wizard_->begin_session();
}

// ---- one dimension ----

DimensionPage::DimensionPage(ResponseWizard* wizard, const Questionnaire& q, int page, int step, const std::string& lang)
    : WizardPageBase(wizard, step), page_(page)
{
    const Dimension& dim = q.dimensions[static_cast<std::size_t>(page)];
    auto* title = new wxStaticText(this, wxID_ANY, u8(dim.title.in(lang)));
    title->SetFont(title->GetFont().Scaled(1.3f).Bold());
    body_->Add(new wxStaticText(this, wxID_ANY, u8(q.part_of(dim).title.in(lang))));
    body_->Add(title, wxSizerFlags().Border(wxBOTTOM, 4));
    if (!dim.description.empty()) {
        auto* description = new wxStaticText(this, wxID_ANY, u8(dim.description.in(lang)));
        description->Wrap(FromDIP(kTextWidth));
        body_->Add(description, wxSizerFlags().Border(wxBOTTOM, 8));
    }
    auto* hint = new wxStaticText(this, wxID_ANY,
        _("Keys: 1-5 choose a score, 0 = n/a, W = don't know; the next statement gets the focus. Tab moves on."));
    hint->SetForegroundColour(wxColour(90, 90, 90));
    hint->Wrap(FromDIP(kTextWidth));
    body_->Add(hint, wxSizerFlags().Border(wxBOTTOM, 8));

    auto* scroll = new wxScrolledWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxVSCROLL);
    scroll->SetScrollRate(0, 12);
    auto* rows = new wxBoxSizer(wxVERTICAL);
    int number = 1;
    for (std::size_t item : dim.items) {
        auto* row = new ItemRow(scroll, q, item, lang, number++);
        rows_.push_back(row);
        rows->Add(row, wxSizerFlags().Expand().Border(wxBOTTOM, 12));
    }
    rows->Add(new wxStaticText(scroll, wxID_ANY, _("Remark about this theme (optional; shown to the team only when enough colleagues took part):")),
              wxSizerFlags().Border(wxTOP, 4));
    remark_ = new wxTextCtrl(scroll, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 60)), wxTE_MULTILINE);
    set_accessible_name(remark_, _("Remark about this theme"));
    rows->Add(remark_, wxSizerFlags().Expand().Border(wxTOP, 4));
    scroll->SetSizer(rows);
    body_->Add(scroll, wxSizerFlags(1).Expand());
    Bind(wxEVT_CHAR_HOOK, &DimensionPage::on_char_hook, this);
}

bool DimensionPage::TransferDataToWindow()
{
    const ResponseSession& session = *wizard_->session();
    for (auto* row : rows_)
        row->set_value(session.answer(row->item()));
    remark_->ChangeValue(u8(session.remark(page_)));
    show_code(session.info().code);
    if (!rows_.empty())
        rows_.front()->focus_choice();
    return true;
}

bool DimensionPage::TransferDataFromWindow()
{
    ResponseSession& session = *wizard_->session();
    for (auto* row : rows_)
        session.set_answer(row->item(), row->value());
    session.set_remark(page_, to_u8(remark_->GetValue()));
    return true;
}

void DimensionPage::on_char_hook(wxKeyEvent& event)
{
    wxWindow* focus = wxWindow::FindFocus();
    if (focus == remark_ || event.HasModifiers()) {
        event.Skip();
        return;
    }
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        if (focus && (focus == rows_[r] || rows_[r]->IsDescendant(focus))) {
            if (rows_[r]->pick_by_key(event.GetUnicodeKey())) {
                if (r + 1 < rows_.size())
                    rows_[r + 1]->focus_choice();
                else
                    remark_->SetFocus();
                return;
            }
            break;
        }
    }
    event.Skip();
}

// ---- summary ----

SummaryPage::SummaryPage(ResponseWizard* wizard, int step, const std::string& lang)
    : WizardPageBase(wizard, step), lang_(lang)
{
    auto* title = new wxStaticText(this, wxID_ANY, _("Summary"));
    title->SetFont(title->GetFont().Scaled(1.3f).Bold());
    body_->Add(title, wxSizerFlags().Border(wxBOTTOM, 8));
    text_ = new wxStaticText(this, wxID_ANY, "");
    body_->Add(text_, wxSizerFlags(1).Expand());
}

bool SummaryPage::TransferDataToWindow()
{
    const ResponseSession& session_ = *wizard_->session();
    wxString s;
    for (int p = 0; p < session_.page_count(); ++p) {
        const auto total = session_.items(p).size();
        const auto open = session_.unanswered(p).size();
        s += wxString::Format(_("%s: %d of %d answered"), u8(session_.dimension(p).title.in(lang_)), static_cast<int>(total - open),
                              static_cast<int>(total));
        if (!session_.remark(p).empty())
            s += _(" (with remark)");
        s += "\n";
    }
    s += "\n" + wxString::Format(_("In total %d of %d statements answered. Your code is %s."), session_.answered_count(),
                                 session_.item_count(), u8(session_.info().code));
    s += "\n\n" + _("Click Hand in to hand in your answers. After that they count in the results and can no longer be changed.");
    text_->SetLabel(s);
    text_->Wrap(FromDIP(kTextWidth));
    show_code(session_.info().code);
    return true;
}

// ---- thanks ----

ThanksPage::ThanksPage(ResponseWizard* wizard, int step) : WizardPageBase(wizard, step)
{
    auto* title = new wxStaticText(this, wxID_ANY, _("Thank you!"));
    title->SetFont(title->GetFont().Scaled(1.5f).Bold());
    body_->Add(title, wxSizerFlags().Border(wxBOTTOM, 10));
    text_ = new wxStaticText(this, wxID_ANY, wxString());
    body_->Add(text_, wxSizerFlags(1).Expand());
}

bool ThanksPage::TransferDataToWindow()
{
    progress_->SetLabel(wxString());
    text_->SetLabel(_("Your answers have been handed in. They now count in your team's results, together with your "
                      "colleagues' answers; nobody sees your own answers.\n\nClick Close to finish. The next colleague "
                      "can then start."));
    text_->Wrap(FromDIP(kTextWidth));
    return true;
}

// ---- the wizard ----

ResponseWizard::ResponseWizard(wxWindow* parent, Store& store, const std::string& lang, const WizardStart& start)
    : wxWizard(parent, wxID_ANY, _("Fill in the questionnaire"), wxNullBitmap, wxDefaultPosition,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      store_(store), lang_(lang)
{
    SetIcons(app_icons());
    // Small enough for an 800x600 screen; the pages scroll, texts wrap.
    SetPageSize(FromDIP(wxSize(600, 400)));
    start_ = new StartPage(this, store, start);
    GetPageAreaSizer()->Add(start_);
    // All pages are made now, before the wizard is shown (GTK does not draw pages added to a wizard that is
    // already on screen), for the questionnaire of the round the respondent will most likely choose.
    std::optional<RowId> round = start.round;
    if (start.resume && !round)
        round = store.load_response(*start.resume).info.round_id;
    if (!round)
        for (const auto& r : store.rounds())
            if (r.status == RoundStatus::Open)
                round = r.id;
    if (round) {
        pages_for_ = store.questionnaire_of(*round);
        const Questionnaire& q = *pages_for_;
        total_steps_ = static_cast<int>(q.dimensions.size()) + 2;
        for (int p = 0; p < static_cast<int>(q.dimensions.size()); ++p) {
            auto* page = new DimensionPage(this, q, p, p + 2, lang_);
            GetPageAreaSizer()->Add(page);
            pages_.push_back(page);
        }
        summary_ = new SummaryPage(this, total_steps_, lang_);
        GetPageAreaSizer()->Add(summary_);
        thanks_ = new ThanksPage(this, total_steps_ + 1);
        GetPageAreaSizer()->Add(thanks_);
        thanks_->link(nullptr, nullptr);
        start_->show_introduction(u8(q.introduction.in(lang_)));
        for (std::size_t p = 0; p < pages_.size(); ++p)
            pages_[p]->link(p == 0 ? static_cast<wxWizardPage*>(start_) : pages_[p - 1],
                            p + 1 == pages_.size() ? static_cast<wxWizardPage*>(summary_) : pages_[p + 1]);
        summary_->link(pages_.empty() ? static_cast<wxWizardPage*>(start_) : pages_.back(), thanks_);
        start_->link(nullptr, pages_.empty() ? static_cast<wxWizardPage*>(summary_) : pages_.front());
    }
    Bind(wxEVT_WIZARD_PAGE_CHANGING, &ResponseWizard::on_page_changing, this);
    Bind(wxEVT_WIZARD_PAGE_CHANGED, &ResponseWizard::on_page_changed, this);
    Bind(wxEVT_WIZARD_CANCEL, &ResponseWizard::on_cancel, this);
    if (auto* cancel = FindWindow(wxID_CANCEL))
        // TRANSLATORS: closes the wizard; the answers so far are kept
        cancel->SetLabel(_("Stop for now"));
}

bool ResponseWizard::run()
{
    return RunWizard(start_) && handed_in_;
}

bool ResponseWizard::begin_session()
{
    if (session_)
        return true; // went back to the start page and forward again: same response
    const StartChoice& c = start_->choice();
    try {
        if (c.resume) {
            auto resumed = ResponseSession::resume(store_, *c.resume, c.pin);
            if (!resumed) {
                start_->pin()->Clear();
                show_message(_("This PIN does not open that questionnaire. Type the PIN you chose when you started it."),
                             _("Fill in"), wxOK | wxICON_WARNING, this);
                return false;
            }
            session_ = std::make_unique<ResponseSession>(std::move(*resumed));
        } else {
            session_ = std::make_unique<ResponseSession>(ResponseSession::start(store_, c.round, c.team, c.role, c.consensus, c.pin));
        }
    } catch (const std::exception& e) {
        show_message(u8(e.what()), _("Fill in"), wxOK | wxICON_WARNING, this);
        return false;
    }
    if (!pages_for_ || session_->questionnaire().definition_text != pages_for_->definition_text) {
        // Another questionnaire than the pages show: reopen the wizard for it, on the same response.
        restart_ = WizardStart{start_->choice().team, start_->choice().round, session_->info().id, start_->choice().pin};
        CallAfter([this] { EndModal(wxID_CANCEL); });
        return false;
    }
    // An interrupted respondent goes straight to where they stopped.
    start_->link(nullptr, pages_.empty() ? static_cast<wxWizardPage*>(summary_)
                                         : pages_[static_cast<std::size_t>(session_->resume_page())]);
    // The start page's choices are fixed now.
    for (auto* child : start_->GetChildren())
        child->Disable();
    return true;
}

void ResponseWizard::save(DimensionPage* page, int continue_at)
{
    session_->save_page(store_, page->page(), continue_at);
}

void ResponseWizard::on_page_changing(wxWizardEvent& event)
{
    wxWizardPage* page = event.GetPage();
    try {
        if (auto* dim = dynamic_cast<DimensionPage*>(page)) {
            const int p = dim->page();
            if (event.GetDirection()) {
                const auto open = session_->unanswered(p).size();
                if (open > 0 &&
                    show_message(wxString::Format(wxPLURAL("%d statement on this page has no answer yet. Go on anyway?",
                                                           "%d statements on this page have no answer yet. Go on anyway?",
                                                           static_cast<unsigned>(open)),
                                                  static_cast<int>(open)),
                                 _("Unanswered statements"), wxYES_NO | wxICON_QUESTION, this) != wxYES) {
                    event.Veto();
                    save(dim, p);
                    return;
                }
                save(dim, p + 1);
            } else {
                save(dim, p > 0 ? p - 1 : 0);
            }
            return;
        }
        if (page == summary_ && event.GetDirection()) {
            session_->complete(store_);
            handed_in_ = true;
        }
    } catch (const std::exception& e) {
        show_message(u8(e.what()), _("Your answers could not be saved"), wxOK | wxICON_ERROR, this);
        event.Veto();
    }
}

void ResponseWizard::on_page_changed(wxWizardEvent& event)
{
    auto* forward = FindWindow(wxID_FORWARD);
    auto* back = FindWindow(wxID_BACKWARD);
    auto* cancel = FindWindow(wxID_CANCEL);
    if (!forward || !back || !cancel)
        return;
    if (event.GetPage() == summary_)
        // TRANSLATORS: the wizard's last button before the thank-you page
        forward->SetLabel(_("&Hand in"));
    if (event.GetPage() == thanks_) {
        // Handed in: no way back into the answers, nothing left to stop.
        forward->SetLabel(_("&Close"));
        back->Disable();
        cancel->Hide();
        forward->SetFocus();
    }
    Layout();
}

void ResponseWizard::on_cancel(wxWizardEvent& event)
{
    if (!session_ || restart_)
        return;
    if (auto* dim = dynamic_cast<DimensionPage*>(event.GetPage())) {
        try {
            dim->TransferDataFromWindow();
            save(dim, dim->page());
        } catch (const std::exception& e) {
            show_message(u8(e.what()), _("Your answers could not be saved"), wxOK | wxICON_ERROR, this);
            event.Veto();
            return;
        }
    }
    show_message(_("Your answers so far are saved. To continue later, choose the same team and round, select your "
                   "questionnaire in the list and type your PIN."),
                 _("Saved"), wxOK | wxICON_INFORMATION, this);
}

bool run_response_wizard(wxWindow* parent, Store& store, const std::string& lang, const WizardStart& start)
{
    std::optional<WizardStart> next = start;
    bool handed_in = false;
    while (next) {
        auto* wizard = new ResponseWizard(parent, store, lang, *next);
        handed_in = wizard->run();
        next = wizard->restart();
        wizard->Destroy();
    }
    return handed_in;
}

} // namespace hs::gui
