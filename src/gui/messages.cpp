// Message boxes, answerable by GUI tests; see messages.h.
#include "messages.h"

namespace hs::gui {

namespace {
MessageHandler& handler()
{
    static MessageHandler h;
    return h;
}
} // namespace

int show_message(const wxString& message, const wxString& caption, long style, wxWindow* parent)
{
    if (handler())
        return handler()(message, caption, style);
    wxMessageDialog dlg(parent, message, caption, style);
    // Our own labels: GTK's stock labels follow the system's language, not the program's.
    if (style & wxYES_NO)
        dlg.SetYesNoCancelLabels(_("&Yes"), _("&No"), _("Cancel"));
    else
        dlg.SetOKCancelLabels(_("OK"), _("Cancel"));
    switch (dlg.ShowModal()) {
    case wxID_YES: return wxYES;
    case wxID_NO: return wxNO;
    case wxID_CANCEL: return wxCANCEL;
    default: return wxOK;
    }
}

void set_message_handler(MessageHandler h) { handler() = std::move(h); }

} // namespace hs::gui
