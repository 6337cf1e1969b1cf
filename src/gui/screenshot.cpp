// Pictures of the application's windows, for the README, the GUI tests and the test under Wine.
#include "screenshot.h"

#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>

#ifdef __WXGTK3__
#include <gtk/gtk.h>
#endif

namespace hs::gui {

bool save_screenshot(wxWindow* window, const wxString& path)
{
#ifdef __WXGTK3__
    // Let GTK draw the widget tree into an image: independent of what the X server shows, which under Xvfb
    // without a window manager is not always repainted.
    auto* widget = static_cast<GtkWidget*>(window->GetHandle());
    const int width = gtk_widget_get_allocated_width(widget), height = gtk_widget_get_allocated_height(widget);
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
    cairo_t* cr = cairo_create(surface);
    gtk_widget_draw(widget, cr);
    cairo_destroy(cr);
    const bool ok = cairo_surface_write_to_png(surface, path.utf8_str()) == CAIRO_STATUS_SUCCESS;
    cairo_surface_destroy(surface);
    return ok;
#else
    return save_screen_area(window, path);
#endif
}

bool save_screen_area(wxWindow* window, const wxString& path)
{
    window->Update();
    const wxRect rect = window->GetScreenRect();
    wxBitmap bitmap(rect.width, rect.height);
    wxMemoryDC memory(bitmap);
    wxScreenDC screen;
    memory.Blit(0, 0, rect.width, rect.height, &screen, rect.x, rect.y);
    memory.SelectObject(wxNullBitmap);
    // The screen has no alpha channel, but the msw port's bitmap is 32 bits deep and a blit leaves its alpha bytes
    // as the screen driver had them (under Wine mostly 0, some 255): kept, they made the PNG transparent wherever
    // text was drawn, and a picture viewer showed the window without any text. The picture is opaque.
    wxImage image = bitmap.ConvertToImage();
    if (image.HasAlpha())
        image.ClearAlpha();
    return image.SaveFile(path, wxBITMAP_TYPE_PNG);
}

} // namespace hs::gui
