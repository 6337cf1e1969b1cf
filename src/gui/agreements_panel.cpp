// The team's agreements in the results window: list, add, edit, status and evaluation. The store checks what is
// written; the follow-up (scores then and now, change, overdue) comes from the core.
#include "agreements_panel.h"

#include "accessibility.h"
#include "common/i18n.h"
#include "common/ids.h"
#include "frontend/round_input.h"
#include "messages.h"
#include "translations.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace hs::gui {

namespace {

wxString status_text(AgreementStatus s)
{
    switch (s) {
    // TRANSLATORS: status of an agreement the team made
    case AgreementStatus::Done: return _("done");
    // TRANSLATORS: status of an agreement the team no longer pursues
    case AgreementStatus::Dropped: return _("dropped");
    case AgreementStatus::Open: break;
    }
    // TRANSLATORS: status of an agreement still to be carried out
    return _("open");
}

const AgreementStatus kStatuses[] = {AgreementStatus::Open, AgreementStatus::Done, AgreementStatus::Dropped};

wxString verdict_text(Verdict v)
{
    switch (v) {
    case Verdict::Improved: return _("improved");
    case Verdict::Declined: return _("declined");
    case Verdict::NoClearChange: return _("no clear change");
    case Verdict::NotComparable: break;
    }
    return _("not comparable");
}

wxString score_text(const ScoreSummary& s)
{
    if (s.available())
        return format_number(s.mean);
    return s.availability == Availability::TooFewRespondents ? _("too few respondents") : _("no scores");
}

// The change beside an agreement: "+0,80 [0,12; 1,48] improved", or why there is none.
wxString change_text(const AgreementFollowUp& f)
{
    switch (f.state) {
    case FollowUpState::NoLaterRound: return _("no later round yet");
    case FollowUpState::NoNumbersWhenMade: return _("no number in the round it was made after");
    case FollowUpState::NoNumbersLatest: return _("no number in the latest round");
    case FollowUpState::DimensionGone: return _("theme no longer in the questionnaire");
    case FollowUpState::Compared: break;
    }
    wxString text = format_number(f.change.difference, 2, true);
    if (f.change.interval_estimable)
        text += " [" + format_number(f.change.low, 2, true) + "; " + format_number(f.change.high, 2, true) + "]";
    return text;
}

wxTextCtrl* text_field(wxWindow* parent, const char* name, const std::string& value, bool multiline)
{
    return new wxTextCtrl(parent, wxID_ANY, u8(value), wxDefaultPosition, multiline ? wxSize(420, 80) : wxSize(420, -1),
                          multiline ? wxTE_MULTILINE : 0, wxDefaultValidator, name);
}

// A dialog of labelled fields with OK and Cancel; its controls carry names ("action", ...) for tests.
class FieldsDialog : public wxDialog {
public:
    FieldsDialog(wxWindow* parent, const wxString& title) : wxDialog(parent, wxID_ANY, title)
    {
        grid_ = new wxFlexGridSizer(2, 6, 10);
        grid_->AddGrowableCol(1);
    }
    template <typename Control>
    Control* add(const wxString& label, Control* control)
    {
        grid_->Add(new wxStaticText(this, wxID_ANY, label), wxSizerFlags().Top().Border(wxTOP, 4));
        grid_->Add(control, wxSizerFlags().Expand());
        return control;
    }
    // A date field (empty allowed), shown as the list shows dates and read as people write them (the new round's
    // rule: 30-6-2026 or 2026-06-30). Checked when the user saves, so a mistyped date keeps the dialog open with
    // everything in it instead of losing it to an error afterwards.
    wxTextCtrl* date_field(const char* name, const std::string& iso)
    {
        auto* field = text_field(this, name, "", false);
        field->ChangeValue(iso.empty() ? wxString() : format_date(iso));
        date_fields_.push_back(field);
        return field;
    }
    // The ISO date of a date field ("" when empty); only called after the dialog accepted it.
    static std::string iso_date(const wxTextCtrl* field)
    {
        return parse_user_date(to_u8(field->GetValue())).value_or(std::string());
    }
    // A field that may not be left blank, with what to say when it is.
    void require(wxTextCtrl* field, const wxString& why) { required_.emplace_back(field, why); }
    void finish()
    {
        Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
            for (const auto& [field, why] : required_)
                if (field->GetValue().Trim().Trim(false).empty()) {
                    show_message(why, GetTitle(), wxOK | wxICON_WARNING, this);
                    field->SetFocus();
                    return;
                }
            for (wxTextCtrl* field : date_fields_) {
                const wxString typed = field->GetValue().Trim().Trim(false);
                if (!typed.empty() && !parse_user_date(to_u8(typed))) {
                    // TRANSLATORS: a date field of an agreement holds text that is not a date
                    show_message(wxString::Format(_("'%s' is not a date; write it as 30-6-2026 or 2026-06-30."), typed),
                                 GetTitle(), wxOK | wxICON_WARNING, this);
                    field->SetFocus();
                    return;
                }
            }
            e.Skip();
        }, wxID_OK);
        auto* sizer = new wxBoxSizer(wxVERTICAL);
        sizer->Add(grid_, wxSizerFlags(1).Expand().Border(wxALL, 12));
        // Own buttons, not the stock ones: GTK would label those from the system's locale, not the program's.
        auto* buttons = new wxBoxSizer(wxHORIZONTAL);
        // TRANSLATORS: confirms a dialog about an agreement
        buttons->Add(new wxButton(this, wxID_OK, _("&Save")), wxSizerFlags().Border(wxRIGHT, 6));
        auto* cancel = new wxButton(this, wxID_ANY, _("&Cancel")); // not wxID_CANCEL: GTK would show its own label
        cancel->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { EndModal(wxID_CANCEL); });
        SetEscapeId(cancel->GetId());
        buttons->Add(cancel);
        sizer->Add(buttons, wxSizerFlags().Right().Border(wxALL, 12));
        SetSizerAndFit(sizer);
    }

private:
    wxFlexGridSizer* grid_;
    std::vector<wxTextCtrl*> date_fields_;
    std::vector<std::pair<wxTextCtrl*, wxString>> required_;
};

// What, about which theme, made after which round, by whom and when.
class AgreementDialog : public FieldsDialog {
public:
    AgreementDialog(wxWindow* parent, const wxString& title, Store& store, const Agreement& a, const std::string& lang)
        : FieldsDialog(parent, title), store_(store), lang_(lang), item_id_(a.item_id)
    {
        rounds_ = store.rounds();
        // TRANSLATORS: the round after which the team made the agreement
        round_ = add(_("After round:"), new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                                        wxDefaultValidator, "round"));
        for (const auto& r : rounds_) {
            round_->Append(u8(r.label));
            if (r.id == a.round_id)
                round_->SetSelection(static_cast<int>(round_->GetCount() - 1));
        }
        // TRANSLATORS: the dimension (theme) of the questionnaire an agreement is about
        dimension_ = add(_("Theme:"), new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                                   wxDefaultValidator, "dimension"));
        // TRANSLATORS: optionally, one statement of the theme an agreement is about
        item_ = add(_("Statement (optional):"), new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                                              wxDefaultValidator, "item"));
        action_ = add(_("What will we do?"), text_field(this, "action", a.action, true));
        // TRANSLATORS: an agreement saved without saying what the team will do
        require(action_, _("Write what the team will do."));
        owner_ = add(_("Who takes care of it?"), text_field(this, "owner", a.owner, false));
        // TRANSLATORS: due date of an agreement (typed as 30-6-2026 or 2026-06-30)
        due_ = add(_("Done by (date):"), date_field("due", a.due));
        fill_dimensions(a.dimension_id);
        round_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_dimensions(selected_dimension()); });
        dimension_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill_items(); });
        finish();
    }

    // The agreement as filled in, on top of `a`.
    Agreement read(Agreement a) const
    {
        const int r = round_->GetSelection();
        if (r != wxNOT_FOUND)
            a.round_id = rounds_[static_cast<std::size_t>(r)].id;
        a.dimension_id = selected_dimension();
        const int i = item_->GetSelection();
        a.item_id = i > 0 && q_ ? items_[static_cast<std::size_t>(i - 1)] : std::string();
        a.action = to_u8(action_->GetValue());
        a.owner = to_u8(owner_->GetValue());
        a.due = iso_date(due_);
        return a;
    }

private:
    std::string selected_dimension() const
    {
        const int d = dimension_->GetSelection();
        return d == wxNOT_FOUND || !q_ ? std::string() : q_->dimensions[static_cast<std::size_t>(d)].id;
    }

    void fill_dimensions(const std::string& wanted)
    {
        dimension_->Clear();
        const int r = round_->GetSelection();
        q_ = r == wxNOT_FOUND ? nullptr : store_.questionnaire_of(rounds_[static_cast<std::size_t>(r)].id);
        if (q_)
            for (const auto& d : q_->dimensions) {
                dimension_->Append(u8(d.title.in(lang_)));
                if (d.id == wanted)
                    dimension_->SetSelection(static_cast<int>(dimension_->GetCount() - 1));
            }
        if (dimension_->GetSelection() == wxNOT_FOUND && dimension_->GetCount() > 0)
            dimension_->SetSelection(0);
        fill_items();
    }

    void fill_items()
    {
        item_->Clear();
        items_.clear();
        // TRANSLATORS: an agreement about the whole theme rather than one statement
        item_->Append(_("(the whole theme)"));
        item_->SetSelection(0);
        const std::string dim = selected_dimension();
        if (q_)
            for (const auto& item : q_->items)
                if (item.dimension_id == dim) {
                    items_.push_back(item.id);
                    item_->Append(u8(item.text.in(lang_)));
                    if (item.id == item_id_)
                        item_->SetSelection(static_cast<int>(item_->GetCount() - 1));
                }
    }

    Store& store_;
    std::string lang_;
    std::string item_id_;
    std::vector<Round> rounds_;
    std::shared_ptr<const Questionnaire> q_;
    std::vector<std::string> items_;
    wxChoice* round_;
    wxChoice* dimension_;
    wxChoice* item_;
    wxTextCtrl* action_;
    wxTextCtrl* owner_;
    wxTextCtrl* due_;
};

// How it worked out: the status and the team's evaluation.
class StatusDialog : public FieldsDialog {
public:
    StatusDialog(wxWindow* parent, const Agreement& a) : FieldsDialog(parent, _("Status and evaluation"))
    {
        status_ = add(_("Status:"), new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, 0, nullptr, 0,
                                                 wxDefaultValidator, "status"));
        for (AgreementStatus s : kStatuses) {
            status_->Append(status_text(s));
            if (s == a.status)
                status_->SetSelection(static_cast<int>(status_->GetCount() - 1));
        }
        // TRANSLATORS: the day an agreement got its status, e.g. the day it was done
        date_ = add(_("Date:"), date_field("status-date", a.status_date));
        // A new status is dated today unless the team says it was earlier; back to the old status, its old date.
        status_->Bind(wxEVT_CHOICE, [this, a](wxCommandEvent&) {
            date_->ChangeValue(format_date(status() == a.status ? a.status_date : today_iso()));
        });
        // TRANSLATORS: the team's own words on how an agreement worked out
        evaluation_ = add(_("How did it work out?"), text_field(this, "evaluation", a.evaluation, true));
        finish();
    }
    AgreementStatus status() const { return kStatuses[std::max(0, status_->GetSelection())]; }
    std::string date() const { return iso_date(date_); }
    std::string evaluation() const { return to_u8(evaluation_->GetValue()); }

private:
    wxChoice* status_;
    wxTextCtrl* date_;
    wxTextCtrl* evaluation_;
};

} // namespace

AgreementsPanel::AgreementsPanel(wxWindow* parent, Store& store, RowId team, const std::string& lang)
    : wxPanel(parent), store_(store), team_(team), lang_(lang)
{
    run_dialog = [](wxDialog& d) { return d.ShowModal() == wxID_OK; };
    list_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    // TRANSLATORS: columns of the list of agreements
    const wxString columns[] = {_("After round"), _("Theme"),       _("Agreement"), _("Who"),
                                _("Done by"),     _("Status"),      _("Then"),      _("Now"),
                                _("Change [95% interval]"), _("Verdict"), _("Evaluation")};
    const int widths[] = {95, 170, 230, 70, 110, 130, 50, 50, 170, 150, 220};
    for (std::size_t c = 0; c < std::size(columns); ++c)
        list_->AppendColumn(columns[c], wxLIST_FORMAT_LEFT, widths[c]);

    // TRANSLATORS: button in the agreements tab
    auto* add = new wxButton(this, wxID_ANY, _("&New agreement..."), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "add");
    auto* edit_button = new wxButton(this, wxID_ANY, _("&Edit..."), wxDefaultPosition, wxDefaultSize, 0, wxDefaultValidator, "edit");
    auto* status = new wxButton(this, wxID_ANY, _("&Status and evaluation..."), wxDefaultPosition, wxDefaultSize, 0,
                                wxDefaultValidator, "status");
    add->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { add_about(dimensions_.empty() ? "" : dimensions_.front().first); });
    edit_button->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { edit(list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)); });
    status->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { change_status(list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED)); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& e) { edit(e.GetIndex()); });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& e) { show_details(e.GetIndex()); });
    details_ = new wxTextCtrl(this, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(-1, 200)), wxTE_MULTILINE | wxTE_READONLY);
    // TRANSLATORS: a screen reader's name for the box under the agreements list that shows the chosen one in full
    set_accessible_name(details_, _("The chosen agreement in full"));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    for (wxButton* b : {add, edit_button, status})
        buttons->Add(b, wxSizerFlags().Border(wxRIGHT, 6));
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(new wxStaticText(this, wxID_ANY, _("What the team agreed after a round, and how its theme changed since "
                                                  "(the latest round against the round the agreement was made after).")),
               wxSizerFlags().Border(wxALL, 6));
    sizer->Add(list_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, 6));
    sizer->Add(details_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 6));
    sizer->Add(buttons, wxSizerFlags().Border(wxALL, 6));
    SetSizer(sizer);
}

// Each column as wide as its heading and its longest entry, the long free texts (the agreement, the evaluation)
// at most a third of the panel: they stand in full in the box below.
void AgreementsPanel::fit_columns()
{
    wxClientDC dc(list_);
    dc.SetFont(list_->GetFont());
    const int margin = FromDIP(16), longest = std::max(FromDIP(220), GetClientSize().x / 3);
    for (int c = 0; c < list_->GetColumnCount(); ++c) {
        wxListItem heading;
        list_->GetColumn(c, heading);
        int width = dc.GetTextExtent(heading.GetText()).x;
        for (long row = 0; row < list_->GetItemCount(); ++row)
            width = std::max(width, dc.GetTextExtent(list_->GetItemText(row, c)).x);
        list_->SetColumnWidth(c, std::min(width + margin, longest));
    }
}

void AgreementsPanel::show_details(long row)
{
    wxString text;
    if (row >= 0 && row < list_->GetItemCount())
        for (int c = 0; c < list_->GetColumnCount(); ++c) {
            const wxString value = list_->GetItemText(row, c);
            if (value.empty())
                continue;
            wxListItem heading;
            list_->GetColumn(c, heading);
            text += heading.GetText() + ": " + value + "\n";
        }
    details_->ChangeValue(text);
}

void AgreementsPanel::set_trend(const TeamTrend& trend, RowId chosen_round)
{
    trend_ = trend;
    chosen_round_ = chosen_round;
    if (!chosen_round_ && !trend.rounds.empty())
        chosen_round_ = trend.rounds.back().round.id;
    if (!chosen_round_ && !store_.rounds().empty())
        chosen_round_ = store_.rounds().back().id;
    // The shortcut offers the chosen round's themes, its weakest one first selected.
    dimensions_.clear();
    std::string weakest;
    double lowest = 0;
    if (chosen_round_) {
        const auto q = store_.questionnaire_of(chosen_round_);
        for (const auto& d : q->dimensions)
            dimensions_.emplace_back(d.id, d.title.in(lang_));
        for (const auto& rr : trend.rounds)
            if (rr.round.id == chosen_round_)
                for (const auto& d : rr.result.dimensions)
                    if (d.score.available() && (weakest.empty() || d.score.mean < lowest)) {
                        weakest = d.id;
                        lowest = d.score.mean;
                    }
    }
    for (wxChoice* choice : shortcut_choices_) {
        choice->Clear();
        for (const auto& [id, title] : dimensions_) {
            choice->Append(u8(title));
            if (id == weakest)
                choice->SetSelection(static_cast<int>(choice->GetCount() - 1));
        }
        if (choice->GetSelection() == wxNOT_FOUND && choice->GetCount() > 0)
            choice->SetSelection(0);
    }
    refresh();
}

void AgreementsPanel::refresh()
{
    follow_ups_.clear();
    if (trend_)
        follow_ups_ = follow_up_agreements(store_, *trend_, today_iso());
    // The agreement chosen before (the one just edited, or the one just added) stays chosen, wherever the list's
    // order (by round) puts it now.
    RowId chosen = select_next_;
    select_next_ = 0;
    const long before = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (!chosen && before >= 0 && static_cast<std::size_t>(before) < shown_.size())
        chosen = shown_[static_cast<std::size_t>(before)];
    shown_.clear();
    for (const auto& f : follow_ups_)
        shown_.push_back(f.agreement.id);
    list_->DeleteAllItems();
    for (const auto& f : follow_ups_) {
        const Agreement& a = f.agreement;
        const long row = list_->InsertItem(list_->GetItemCount(), u8(f.made_in.label));
        wxString theme = u8(dimension_title(a.dimension_id));
        if (!a.item_id.empty())
            theme += " (" + u8(a.item_id) + ")";
        list_->SetItem(row, 1, theme);
        list_->SetItem(row, 2, u8(a.action));
        list_->SetItem(row, 3, u8(a.owner));
        // TRANSLATORS: marks an open agreement whose due date has passed
        list_->SetItem(row, 4, a.due.empty() ? wxString() : format_date(a.due) + (f.overdue ? " " + _("(overdue)") : wxString()));
        // The status with the day it was set: "done (20-04-2026)".
        list_->SetItem(row, 5, status_text(a.status) + (a.status_date.empty() ? wxString() : " (" + format_date(a.status_date) + ")"));
        list_->SetItem(row, 6, score_text(f.when_made));
        list_->SetItem(row, 7, f.state == FollowUpState::NoLaterRound ? wxString() : score_text(f.now));
        list_->SetItem(row, 8, change_text(f));
        list_->SetItem(row, 9, f.state == FollowUpState::Compared ? verdict_text(f.change.verdict) : wxString());
        list_->SetItem(row, 10, u8(a.evaluation));
        if (f.overdue)
            list_->SetItemTextColour(row, *wxRED);
    }
    fit_columns();
    long row = list_->GetItemCount() > 0 ? 0 : -1;
    for (std::size_t r = 0; r < shown_.size(); ++r)
        if (shown_[r] == chosen)
            row = static_cast<long>(r);
    if (row >= 0)
        list_->SetItemState(row, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    show_details(row);
}

std::string AgreementsPanel::dimension_title(const std::string& id) const
{
    if (trend_)
        for (std::size_t i = trend_->rounds.size(); i-- > 0;) {
            const Questionnaire& q = *trend_->rounds[i].result.questionnaire;
            if (auto d = q.dimension_index(id))
                return q.dimensions[*d].title.in(lang_);
        }
    for (const auto& [did, title] : dimensions_)
        if (did == id)
            return title;
    return id;
}

bool AgreementsPanel::save(const std::function<void()>& write)
{
    try {
        write();
    } catch (const StoreError& e) {
        show_message(u8(e.what()), _("The agreement was not saved"), wxOK | wxICON_WARNING, this);
        return false;
    }
    refresh();
    if (on_changed)
        on_changed();
    return true;
}

bool AgreementsPanel::add_about(const std::string& dimension_id)
{
    if (!chosen_round_) {
        show_message(_("Open a round first: an agreement is made after a round."), _("New agreement"), wxOK, this);
        return false;
    }
    Agreement a;
    a.team_id = team_;
    a.round_id = chosen_round_;
    a.dimension_id = dimension_id;
    AgreementDialog dialog(this, _("New agreement"), store_, a, lang_);
    if (!run_dialog(dialog))
        return false;
    const Agreement filled = dialog.read(a);
    return save([&] { select_next_ = store_.add_agreement(filled); });
}

bool AgreementsPanel::edit(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= follow_ups_.size())
        return false;
    const Agreement a = follow_ups_[static_cast<std::size_t>(row)].agreement;
    AgreementDialog dialog(this, _("Edit agreement"), store_, a, lang_);
    if (!run_dialog(dialog))
        return false;
    const Agreement filled = dialog.read(a);
    return save([&] { store_.update_agreement(filled); });
}

bool AgreementsPanel::change_status(long row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= follow_ups_.size())
        return false;
    const Agreement a = follow_ups_[static_cast<std::size_t>(row)].agreement;
    StatusDialog dialog(this, a);
    if (!run_dialog(dialog))
        return false;
    // The date as the dialog has it: today for a new status unless the team typed the day it happened.
    const AgreementStatus status = dialog.status();
    const std::string date = dialog.date();
    const std::string evaluation = dialog.evaluation();
    return save([&] { store_.set_agreement_status(a.id, status, date, evaluation); });
}

wxWindow* AgreementsPanel::with_shortcut(wxWindow* notebook, const std::function<wxWindow*(wxWindow* parent)>& make_page)
{
    auto* wrapper = new wxPanel(notebook);
    wxWindow* page = make_page(wrapper);
    auto* choice = new wxChoice(wrapper, wxID_ANY); // named below, by the name a screen reader speaks
    // TRANSLATORS: button under the coaching summary and the spread: make an agreement about the chosen theme
    auto* button = new wxButton(wrapper, wxID_ANY, _("Make an agreement about this theme"), wxDefaultPosition, wxDefaultSize,
                                0, wxDefaultValidator, "shortcut");
    set_accessible_name(choice, _("Theme")); // else a screen reader reads only the chosen theme
    shortcut_choices_.push_back(choice);
    button->Bind(wxEVT_BUTTON, [this, choice](wxCommandEvent&) {
        const int i = choice->GetSelection();
        if (i == wxNOT_FOUND || static_cast<std::size_t>(i) >= dimensions_.size())
            return;
        if (add_about(dimensions_[static_cast<std::size_t>(i)].first))
            if (auto* book = wxDynamicCast(GetParent(), wxNotebook); book && book->FindPage(this) != wxNOT_FOUND)
                book->SetSelection(static_cast<std::size_t>(book->FindPage(this)));
    });
    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(new wxStaticText(wrapper, wxID_ANY, _("Theme:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    bar->Add(choice, wxSizerFlags().CenterVertical().Border(wxRIGHT, 6));
    bar->Add(button, wxSizerFlags().CenterVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(page, wxSizerFlags(1).Expand());
    sizer->Add(bar, wxSizerFlags().Border(wxALL, 6));
    wrapper->SetSizer(sizer);
    return wrapper;
}

wxString AgreementsPanel::open_agreements_text() const
{
    const auto open = open_agreements_first(follow_ups_);
    if (open.empty())
        return {};
    wxString text = _("Open agreements") + "\n";
    for (const auto& f : open) {
        text += "  - " + u8(dimension_title(f.agreement.dimension_id)) + ": " + u8(f.agreement.action);
        if (!f.agreement.due.empty())
            // TRANSLATORS: %s is the due date of an agreement
            text += " (" + wxString::Format(_("done by %s"), format_date(f.agreement.due)) + (f.overdue ? ", " + _("overdue") : "") + ")";
        text += "\n    " + change_text(f) + (f.state == FollowUpState::Compared ? " " + verdict_text(f.change.verdict) : wxString()) + "\n";
    }
    return text + "\n";
}

} // namespace hs::gui
