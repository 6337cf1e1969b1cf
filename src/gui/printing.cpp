// Printing HTML pages; see printing.h.
#include "printing.h"

#include <wx/cmndata.h>
#include <wx/print.h>

namespace hs::gui {

std::unique_ptr<wxHtmlPrintout> html_printout(const wxString& title, const wxString& html)
{
    auto printout = std::make_unique<wxHtmlPrintout>(title);
    printout->SetHtmlText(html);
    printout->SetFooter("<p align=\"right\"><font size=\"-1\">@PAGENUM@ / @PAGESCNT@</font></p>");
    return printout;
}

bool print_html(wxWindow* parent, const wxString& title, const wxString& html)
{
    auto printout = html_printout(title, html);
    wxPrintDialogData data;
    data.GetPrintData().SetPaperId(wxPAPER_A4); // the Dutch default; the dialog lets the user choose another
    wxPrinter printer(&data);
    return printer.Print(parent, printout.get(), true);
}

} // namespace hs::gui
