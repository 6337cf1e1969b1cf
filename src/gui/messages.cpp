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
    return wxMessageBox(message, caption, style, parent);
}

void set_message_handler(MessageHandler h) { handler() = std::move(h); }

} // namespace hs::gui
