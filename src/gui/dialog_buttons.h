#pragma once
// Dialog buttons labelled in the program's language. GTK draws a stock button (OK, Cancel, Yes, ...) with its
// own catalogue, in the system's language, which often is not Dutch even for a Dutch user: these buttons keep
// the standard ids (Enter and Escape still work) but carry our own labels.
#include <wx/button.h>
#include <wx/dialog.h>
#include <wx/sizer.h>

namespace hs::gui {

// OK (or `ok_label`) and Cancel, in the platform's order.
wxStdDialogButtonSizer* make_ok_cancel(wxDialog* dialog, const wxString& ok_label = wxString());
// A "Close" button (not the stock one, which GTK labels in the system's language) that ends `dialog` when it
// runs modal and hides it otherwise; Escape presses it.
wxButton* make_close_button(wxDialog* dialog);
// Gives every stock-id button under `window` (OK, Cancel, Yes, No, Close) our own label.
void relabel_stock_buttons(wxWindow* window);

} // namespace hs::gui
