#pragma once
// Entry point of the respondent's wizard.
#include "store/store.h"

#include <wx/window.h>

#include <optional>
#include <string>

namespace hs::gui {

struct WizardStart {
    std::optional<RowId> team;
    std::optional<RowId> round;
    std::optional<RowId> resume; // an unfinished response to continue
    std::string pin;             // typed already (the wizard reopened for another questionnaire); never shown
};

// Runs the wizard; returns true when a response was handed in. Answers are saved page by page either way.
bool run_response_wizard(wxWindow* parent, Store& store, const std::string& lang, const WizardStart& start = {});

} // namespace hs::gui
