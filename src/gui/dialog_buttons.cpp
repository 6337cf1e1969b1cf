// Own labels for standard dialog buttons; see dialog_buttons.h.
#include "dialog_buttons.h"

#include <wx/button.h>

namespace hs::gui {

namespace {
wxString own_label(int id)
{
    switch (id) {
    case wxID_OK: return _("OK");
    // TRANSLATORS: button that closes a dialog without doing anything
    case wxID_CANCEL: return _("Cancel");
    case wxID_YES: return _("&Yes");
    case wxID_NO: return _("&No");
    case wxID_CLOSE: return _("&Close");
    default: return wxString();
    }
}
} // namespace

wxStdDialogButtonSizer* make_ok_cancel(wxDialog* dialog, const wxString& ok_label)
{
    auto* sizer = new wxStdDialogButtonSizer;
    auto* ok = new wxButton(dialog, wxID_OK, ok_label.empty() ? own_label(wxID_OK) : ok_label);
    ok->SetDefault();
    sizer->AddButton(ok);
    sizer->AddButton(new wxButton(dialog, wxID_CANCEL, own_label(wxID_CANCEL)));
    sizer->Realize();
    return sizer;
}

wxButton* make_close_button(wxDialog* dialog)
{
    auto* close = new wxButton(dialog, wxID_ANY, own_label(wxID_CLOSE));
    close->Bind(wxEVT_BUTTON, [dialog](wxCommandEvent&) {
        if (dialog->IsModal())
            dialog->EndModal(wxID_CLOSE);
        else
            dialog->Hide();
    });
    dialog->SetEscapeId(close->GetId());
    return close;
}

void relabel_stock_buttons(wxWindow* window)
{
    for (wxWindow* child : window->GetChildren()) {
        if (auto* button = wxDynamicCast(child, wxButton)) {
            const wxString label = own_label(button->GetId());
            if (!label.empty())
                button->SetLabel(label);
        }
        relabel_stock_buttons(child);
    }
}

} // namespace hs::gui
