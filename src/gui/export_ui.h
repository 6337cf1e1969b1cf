#pragma once
#include "store/store.h"

#include <wx/dialog.h>
#include <wx/window.h>

#include <optional>

namespace hs::gui {
// Asks which workbook to write (team trend or organisation comparison), where, in which language and with
// which threshold; writes it with a progress indication.
void run_export_dialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round,
                       const std::string& lang);

// The export dialog itself, for tests: its threshold and language controls follow the report definition until the
// user changes them, and a line says what will be used.
wxDialog* create_export_dialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round,
                               const std::string& lang);

// The coordinator's raw-data export (CSV) of a round: first says plainly what the file holds and asks to go on,
// then where to save it. `path` given (tests): no file dialog.
void run_raw_export(wxWindow* parent, Store& store, std::optional<RowId> round, const wxString& path = {});
} // namespace hs::gui
