#pragma once
// Importing response files from the main window: what each file would add is shown first (round, teams,
// responses, problems), nothing changes before the user agrees, and the result can be taken back.
#include "store/store.h"

#include <wx/arrstr.h>
#include <wx/window.h>

#include <optional>
#include <vector>

namespace hs::gui {

// Previews `paths`, asks for confirmation and imports the files that can be imported, each whole or not at all.
// CSV files go to `team` in `round` (the selected row). Returns what was imported, for Store::take_back (empty
// when the user declined or nothing could be imported).
std::vector<InsertResult> run_import(wxWindow* parent, Store& store, const wxArrayString& paths, std::optional<RowId> team,
                                     std::optional<RowId> round);

// The menu text for taking `imported` back, e.g. "import of 3 responses".
wxString import_description(const std::vector<InsertResult>& imported);

} // namespace hs::gui
