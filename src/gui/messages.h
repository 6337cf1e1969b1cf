#pragma once
// Message boxes go through here, so GUI tests can answer them (a native message box cannot be clicked by a test).
#include <wx/msgdlg.h>

#include <functional>

namespace hs::gui {

using MessageHandler = std::function<int(const wxString& message, const wxString& caption, long style)>;

// Shows the message (wxMessageBox) unless a handler is installed; returns wxYES, wxNO, wxOK or wxCANCEL.
int show_message(const wxString& message, const wxString& caption, long style, wxWindow* parent);
void set_message_handler(MessageHandler handler);

} // namespace hs::gui
