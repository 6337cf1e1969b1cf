// The application icon; see app_icon.h.
#include "app_icon.h"

#include "common/embedded_files.h"

#include <wx/bitmap.h>
#include <wx/image.h>
#include <wx/mstream.h>

#ifdef __WXGTK__
#include <gtk/gtk.h>
#endif

namespace hs::embedded {
const std::vector<EmbeddedFile>& icons(); // src/gui/CMakeLists.txt embeds data/icons/png
} // namespace hs::embedded

namespace hs::gui {

const wxIconBundle& app_icons()
{
    static const wxIconBundle bundle = [] {
        wxIconBundle icons;
        for (const auto& file : embedded::icons()) {
            wxMemoryInputStream in(file.contents.data(), file.contents.size());
            wxImage image(in, wxBITMAP_TYPE_PNG);
            if (image.IsOk()) {
                wxIcon icon;
                icon.CopyFromBitmap(wxBitmap(image));
                icons.AddIcon(icon);
            }
        }
        return icons;
    }();
    return bundle;
}

wxIcon app_icon(int size) { return app_icons().GetIcon(wxSize(size, size), wxIconBundle::FALLBACK_NEAREST_LARGER); }

void use_app_icon_everywhere()
{
#ifdef __WXGTK__
    GList* list = nullptr;
    const wxIconBundle& icons = app_icons();
    for (std::size_t i = 0; i < icons.GetIconCount(); ++i)
        if (GdkPixbuf* pixbuf = icons.GetIconByIndex(i).GetPixbuf())
            list = g_list_append(list, pixbuf); // GTK takes its own references
    gtk_window_set_default_icon_list(list);
    g_list_free(list);
#endif
}

} // namespace hs::gui
