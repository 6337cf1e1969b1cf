#pragma once
// Printing an HTML page (the coaching page) with page numbers, through the system's print dialog.
#include <wx/html/htmprint.h>
#include <wx/string.h>
#include <wx/window.h>

#include <memory>

namespace hs::gui {

// The page as the printer gets it: `html` under `title`, with "page / pages" at the foot of every page.
std::unique_ptr<wxHtmlPrintout> html_printout(const wxString& title, const wxString& html);
// Prints it through the print dialog (a printer, or a PDF file); false when cancelled or failed.
bool print_html(wxWindow* parent, const wxString& title, const wxString& html);

} // namespace hs::gui
