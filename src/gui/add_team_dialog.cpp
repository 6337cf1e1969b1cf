#include "add_team_dialog.h"

#include <wx/textdlg.h>

namespace hs::gui {

std::optional<wxString> run_add_team_dialog(wxWindow* parent)
{
    wxTextEntryDialog dlg(parent, _("Name of the team:"), _("Add team"));
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return dlg.GetValue().Strip(wxString::both);
}

} // namespace hs::gui
