// Accessible names; see accessibility.h.
#include "accessibility.h"

#include <wx/control.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace hs::gui {

void set_accessible_name(wxWindow* window, const wxString& name)
{
    window->SetName(name);
#ifdef __WXGTK__
    if (GtkWidget* widget = window->GetConnectWidget())
        if (AtkObject* atk = gtk_widget_get_accessible(widget))
            atk_object_set_name(atk, name.utf8_str());
#endif
}

wxString name_from_label(const wxString& label)
{
    wxString name = wxControl::RemoveMnemonics(label).Strip(wxString::both);
    if (name.EndsWith(":"))
        name.RemoveLast();
    return name;
}

wxString accessible_name(wxWindow* window)
{
#ifdef __WXGTK__
    if (GtkWidget* widget = window->GetConnectWidget())
        if (AtkObject* atk = gtk_widget_get_accessible(widget))
            if (const char* name = atk_object_get_name(atk))
                return wxString::FromUTF8(name);
    return wxString();
#else
    return window->GetName();
#endif
}

} // namespace hs::gui
