// The labels of a window's visible controls, for the tests that check what the screen really shows (window_labels.h).
#include "window_labels.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/ffile.h>
#include <wx/filefn.h>
#include <wx/frame.h>
#include <wx/listctrl.h>
#include <wx/menu.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/textentry.h>

#include <algorithm>
#include <string>

namespace hs::gui {

namespace {

// Tabs and line ends inside a label would break the one-item-a-line format: shown as spaces.
wxString flat(wxString text)
{
    text.Replace("\t", " ");
    text.Replace("\r", "");
    text.Replace("\n", " ");
    return text;
}

wxString place(const wxRect& r) { return wxString::Format("%d %d %d %d", r.x, r.y, r.width, r.height); }

wxString item(const char* kind, wxWindow* w, const wxString& label)
{
    return wxString(kind) + "\t" + place(w->GetScreenRect()) + "\t" + (w->IsEnabled() ? "enabled" : "disabled") + "\t" +
           flat(label) + "\n";
}

void describe_list(wxListCtrl* list, wxString& out)
{
    out += item("list", list, wxString::Format("%d columns, %d rows", int(list->GetColumnCount()), int(list->GetItemCount())));
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        wxListItem heading;
        heading.SetMask(wxLIST_MASK_TEXT);
        list->GetColumn(c, heading);
        out += "column\t" + flat(heading.GetText()) + "\n";
    }
    // The rows the list shows from its top: a virtual list's texts come from OnGetItemText, as when painted.
    const long first = list->GetTopItem();
    const long last = std::min<long>(list->GetItemCount(), first + std::max(1, list->GetCountPerPage()));
    for (long row = std::max(0L, first); row < last; ++row) {
        wxString line = "row";
        for (int c = 0; c < list->GetColumnCount(); ++c)
            line += "\t" + flat(list->GetItemText(row, c));
        out += line + "\n";
    }
}

void describe_children(wxWindow* parent, wxString& out)
{
    for (wxWindow* w : parent->GetChildren()) {
        if (!w->IsShownOnScreen() || w->IsTopLevel())
            continue;
        if (auto* list = dynamic_cast<wxListCtrl*>(w)) {
            describe_list(list, out);
            continue;
        }
        if (dynamic_cast<wxStatusBar*>(w))
            continue; // below, field by field
        // A control is one item (its parts, such as the search field's inner text box, are not listed again);
        // any other window (a panel) is looked into.
        if (auto* check = dynamic_cast<wxCheckBox*>(w))
            out += item("check", check, check->GetLabelText());
        else if (auto* button = dynamic_cast<wxAnyButton*>(w)) {
            if (!button->GetLabelText().empty())
                out += item("button", button, button->GetLabelText());
        } else if (auto* text = dynamic_cast<wxStaticText*>(w))
            out += item("text", text, text->GetLabelText());
        else if (auto* choice = dynamic_cast<wxChoice*>(w))
            out += item("choice", choice, choice->GetStringSelection());
        else if (auto* entry = dynamic_cast<wxTextEntry*>(w))
            out += item("entry", w, entry->GetValue().empty() ? entry->GetHint() : entry->GetValue());
        else
            describe_children(w, out);
    }
}

} // namespace

wxString describe_window(wxTopLevelWindow* window)
{
    const wxRect client(window->ClientToScreen(wxPoint(0, 0)), window->GetClientSize());
    wxString out = "frame\t" + place(client) + "\t" + place(window->GetScreenRect()) + "\t" + flat(window->GetTitle()) + "\n";
    auto* frame = dynamic_cast<wxFrame*>(window);
    if (wxMenuBar* bar = frame ? frame->GetMenuBar() : nullptr)
        for (size_t m = 0; m < bar->GetMenuCount(); ++m)
            out += "menu\t" + flat(wxStripMenuCodes(bar->GetMenuLabel(m))) + "\n";
    describe_children(window, out);
    if (wxStatusBar* status = frame ? frame->GetStatusBar() : nullptr)
        for (int f = 0; f < status->GetFieldsCount(); ++f)
            if (!status->GetStatusText(f).empty())
                out += "status\t" + flat(status->GetStatusText(f)) + "\n";
    return out + "end\n";
}

bool write_window_description(wxTopLevelWindow* window, const wxString& path)
{
    // Into a file beside it first, then renamed: whoever waits for `path` never reads half of it.
    const wxString partial = path + ".part";
    const std::string text = describe_window(window).utf8_string();
    {
        wxFFile file(partial, "wb");
        if (!file.IsOpened() || file.Write(text.data(), text.size()) != text.size() || !file.Close())
            return false;
    }
    return wxRenameFile(partial, path, true);
}

} // namespace hs::gui
