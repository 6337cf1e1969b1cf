#pragma once
// The main window's list: every team in every round, with a search field, filters by round and status, and a
// sort by clicking a column. The list is virtual: a row's text is made only when the row is drawn, so 400
// teams x 12 rounds open as fast as eight. Which rows there are and in which order is the core's MainList.
#include "frontend/main_list.h"

#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/panel.h>
#include <wx/srchctrl.h>

#include <functional>
#include <optional>

namespace hs::gui {

class ParticipationList : public wxListCtrl {
public:
    explicit ParticipationList(wxWindow* parent);
    void show(const MainList* list, std::vector<std::size_t> view);
    const ListRow* row_at(long index) const;
    // How many cell texts were made so far (tests check that only drawn rows cost anything).
    long texts_made() const { return texts_made_; }

private:
    wxString OnGetItemText(long item, long column) const override;
    const MainList* list_ = nullptr;
    std::vector<std::size_t> view_;
    mutable long texts_made_ = 0;
};

class ParticipationPanel : public wxPanel {
public:
    explicit ParticipationPanel(wxWindow* parent);
    // Takes the store's teams, rounds and counts; keeps the selected row when it is still there.
    void set_data(MainList list);
    const MainList& data() const { return data_; }
    // The selected row's team and round.
    std::optional<std::pair<RowId, RowId>> selection() const;
    bool select(RowId team, RowId round);
    long shown_rows() const { return list_->GetItemCount(); }
    ParticipationList* list() { return list_; }
    wxSearchCtrl* search() { return search_; }
    wxChoice* round_filter() { return round_filter_; }
    wxChoice* status_filter() { return status_filter_; }
    // Sorts by a column as a click on its header does (a second click on the same column reverses).
    void sort_by(ListColumn column);
    // Called when the selection changes and when a row is activated (double-click or Enter).
    std::function<void()> on_selection;
    std::function<void()> on_activate;

private:
    void apply();
    MainList data_;
    ListFilter filter_;
    ListOrder order_;
    wxSearchCtrl* search_ = nullptr;
    wxChoice* round_filter_ = nullptr;
    wxChoice* status_filter_ = nullptr;
    ParticipationList* list_ = nullptr;
};

} // namespace hs::gui
