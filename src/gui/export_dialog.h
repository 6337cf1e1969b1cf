#pragma once
// The export dialog: which workbook to write, where, in which language and with which threshold.
#include "store/store.h"

#include <wx/window.h>

#include <optional>

namespace hs::gui {
// Asks which workbook to write (team trend or organisation comparison), where, in which language and with
// which threshold; writes it with a progress indication.
void run_export_dialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round,
                       const std::string& lang);
} // namespace hs::gui
