// The main window's virtual list with its search and filters; see participation_panel.h.
#include "participation_panel.h"

#include "accessibility.h"
#include "translations.h"

#include <wx/sizer.h>
#include <wx/stattext.h>

namespace hs::gui {

namespace {
const ListColumn kColumns[] = {ListColumn::Team,       ListColumn::Round, ListColumn::Date,  ListColumn::Status,
                               ListColumn::Complete,   ListColumn::InProgress, ListColumn::Mode, ListColumn::Mirror};
} // namespace

ParticipationList::ParticipationList(wxWindow* parent)
    : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxLC_HRULES)
{
    // The rows are drawn by an inner window that takes the focus (wxWidgets' generic list): it carries the name
    // too, so a screen reader says what the list is when Tab reaches it.
    set_accessible_name(this, _("Teams and rounds"));
    for (wxWindow* inner : GetChildren())
        if (inner->CanAcceptFocus())
            set_accessible_name(inner, _("Teams and rounds"));
    AppendColumn(_("Team"), wxLIST_FORMAT_LEFT, FromDIP(205));
    // TRANSLATORS: column header, the measurement round
    AppendColumn(_("Round"), wxLIST_FORMAT_LEFT, FromDIP(110));
    AppendColumn(_("Date"), wxLIST_FORMAT_LEFT, FromDIP(100));
    AppendColumn(_("Status"), wxLIST_FORMAT_LEFT, FromDIP(80));
    // TRANSLATORS: column header, number of handed-in responses
    AppendColumn(_("Completed"), wxLIST_FORMAT_RIGHT, FromDIP(85));
    // TRANSLATORS: column header, number of responses still being filled in
    AppendColumn(_("In progress"), wxLIST_FORMAT_RIGHT, FromDIP(65));
    AppendColumn(_("Mode"), wxLIST_FORMAT_LEFT, FromDIP(95));
    // TRANSLATORS: column header, number of questionnaires handed in by the team's clients and relatives (the mirror)
    AppendColumn(_("Clients/relatives"), wxLIST_FORMAT_RIGHT, FromDIP(125));
}

void ParticipationList::show(const MainList* list, std::vector<std::size_t> view)
{
    list_ = list;
    view_ = std::move(view);
    SetItemCount(static_cast<long>(view_.size()));
    Refresh();
}

const ListRow* ParticipationList::row_at(long index) const
{
    if (!list_ || index < 0 || static_cast<std::size_t>(index) >= view_.size())
        return nullptr;
    return &list_->rows()[view_[static_cast<std::size_t>(index)]];
}

wxString ParticipationList::OnGetItemText(long item, long column) const
{
    const ListRow* row = row_at(item);
    if (!row)
        return wxString();
    ++texts_made_;
    const Round& r = list_->round_of(*row);
    switch (column) {
    case 0: return u8(list_->team_of(*row).name);
    case 1: return u8(r.label);
    case 2: return format_date(r.date);
    // TRANSLATORS: status of a measurement round
    case 3: return r.status == RoundStatus::Open ? _("open") : _("closed");
    case 4: return wxString::Format("%d", row->complete);
    case 5: return wxString::Format("%d", row->in_progress);
    // TRANSLATORS: how a team answers: each member separately, or one consensus response
    case 6: return row->consensus ? _("consensus") : _("individual");
    // Empty when none of its clients or relatives answered (or the round asked only the team).
    case 7: return row->mirror > 0 ? wxString::Format("%d", row->mirror) : wxString();
    default: return wxString();
    }
}

ParticipationPanel::ParticipationPanel(wxWindow* parent) : wxPanel(parent)
{
    search_ = new wxSearchCtrl(this, wxID_ANY);
    search_->SetDescriptiveText(_("Search team or round"));
    set_accessible_name(search_, _("Search team or round"));
    search_->ShowCancelButton(true);
    round_filter_ = new wxChoice(this, wxID_ANY);
    set_accessible_name(round_filter_, _("Show round"));
    status_filter_ = new wxChoice(this, wxID_ANY);
    set_accessible_name(status_filter_, _("Show status"));
    status_filter_->Append(_("Open and closed rounds"));
    status_filter_->Append(_("Open rounds"));
    status_filter_->Append(_("Closed rounds"));
    status_filter_->SetSelection(0);
    list_ = new ParticipationList(this);

    auto* bar = new wxBoxSizer(wxHORIZONTAL);
    bar->Add(search_, wxSizerFlags(1).CenterVertical().Border(wxRIGHT, 8));
    // TRANSLATORS: label before the filters of the list: "Show: [round] [status]"
    bar->Add(new wxStaticText(this, wxID_ANY, _("Show:")), wxSizerFlags().CenterVertical().Border(wxRIGHT, 4));
    bar->Add(round_filter_, wxSizerFlags().CenterVertical().Border(wxRIGHT, 8));
    bar->Add(status_filter_, wxSizerFlags().CenterVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(bar, wxSizerFlags().Expand().Border(wxBOTTOM, 6));
    sizer->Add(list_, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { apply(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) { search_->Clear(); });
    round_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
    status_filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { apply(); });
    list_->Bind(wxEVT_LIST_COL_CLICK, [this](wxListEvent& e) {
        if (e.GetColumn() >= 0 && e.GetColumn() < static_cast<int>(std::size(kColumns)))
            sort_by(kColumns[e.GetColumn()]);
    });
    list_->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) { if (on_selection) on_selection(); });
    list_->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) { if (on_selection) on_selection(); });
    list_->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { if (on_activate) on_activate(); });
    list_->ShowSortIndicator(1, false);
}

void ParticipationPanel::set_data(MainList list)
{
    const auto selected = selection();
    std::optional<RowId> round;
    if (filter_.round)
        round = filter_.round;
    list_->show(&data_, {}); // no row points into the old data any more
    data_ = std::move(list);
    round_filter_->Clear();
    round_filter_->Append(_("All rounds"));
    int chosen = 0;
    const auto& rounds = data_.rounds();
    for (std::size_t i = rounds.size(); i-- > 0;) { // newest first
        round_filter_->Append(u8(rounds[i].label));
        if (round && rounds[i].id == *round)
            chosen = static_cast<int>(round_filter_->GetCount()) - 1;
    }
    round_filter_->SetSelection(chosen);
    apply();
    if (selected)
        select(selected->first, selected->second);
}

void ParticipationPanel::apply()
{
    const auto selected = selection();
    filter_.search = to_u8(search_->GetValue());
    const int r = round_filter_->GetSelection();
    const auto& rounds = data_.rounds();
    filter_.round = r <= 0 ? std::nullopt : std::optional<RowId>(rounds[rounds.size() - static_cast<std::size_t>(r)].id);
    const int s = status_filter_->GetSelection();
    filter_.status = s == 1 ? std::optional<RoundStatus>(RoundStatus::Open)
                   : s == 2 ? std::optional<RoundStatus>(RoundStatus::Closed) : std::nullopt;
    list_->show(&data_, data_.view(filter_, order_));
    if (!(selected && select(selected->first, selected->second)) && list_->GetItemCount() > 0)
        list_->SetItemState(0, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    if (on_selection)
        on_selection();
}

void ParticipationPanel::sort_by(ListColumn column)
{
    if (order_.column == column)
        order_.ascending = !order_.ascending;
    else {
        order_.column = column;
        // Names from A; rounds and counts from the newest and largest.
        order_.ascending = column == ListColumn::Team || column == ListColumn::Status || column == ListColumn::Mode;
    }
    for (int i = 0; i < static_cast<int>(std::size(kColumns)); ++i)
        if (kColumns[i] == column)
            list_->ShowSortIndicator(i, order_.ascending);
    apply();
}

std::optional<std::pair<RowId, RowId>> ParticipationPanel::selection() const
{
    const long index = list_->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    const ListRow* row = list_->row_at(index);
    if (!row)
        return std::nullopt;
    return std::make_pair(data_.team_of(*row).id, data_.round_of(*row).id);
}

bool ParticipationPanel::select(RowId team, RowId round)
{
    for (long i = 0; i < list_->GetItemCount(); ++i) {
        const ListRow* row = list_->row_at(i);
        if (data_.team_of(*row).id == team && data_.round_of(*row).id == round) {
            list_->SetItemState(i, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED, wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            list_->EnsureVisible(i);
            return true;
        }
    }
    return false;
}

} // namespace hs::gui
