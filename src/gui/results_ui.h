#pragma once
#include "store/store.h"

#include <wx/window.h>

namespace hs::gui {
// Shows a team's results: the profile of a round, the trend across rounds, the spread per item, and the coaching
// summary, with the anonymity threshold respected.
void show_results(wxWindow* parent, Store& store, RowId team, RowId round, const std::string& lang);
} // namespace hs::gui
