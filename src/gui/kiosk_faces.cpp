// The invulstation's faces; see kiosk_faces.h.
#include "kiosk_faces.h"

#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/image.h>

#include <algorithm>
#include <memory>

namespace hs::gui {

wxBitmap kiosk_face(int position, int count, int size)
{
    // Drawn on a transparent image, so the face sits on any theme's button colour.
    wxImage image(size, size);
    image.InitAlpha();
    std::fill(image.GetAlpha(), image.GetAlpha() + size * size, 0);
    wxBitmap bitmap(image);
    {
        wxMemoryDC dc(bitmap);
        std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
        if (!gc)
            return bitmap;
        const double s = size;
        const double mood = count > 1 ? 2.0 * position / (count - 1) - 1.0 : 0.0; // -1 sad .. +1 happy
        gc->SetPen(wxPen(wxColour(60, 60, 60), std::max(2, size / 24)));
        gc->SetBrush(wxBrush(wxColour(255, 214, 90)));
        gc->DrawEllipse(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
        gc->SetBrush(wxBrush(wxColour(60, 60, 60)));
        gc->DrawEllipse(s * 0.31, s * 0.33, s * 0.1, s * 0.12);
        gc->DrawEllipse(s * 0.59, s * 0.33, s * 0.1, s * 0.12);
        // The mouth: a curve whose middle drops for a smile and rises for a frown.
        wxGraphicsPath mouth = gc->CreatePath();
        const double y = s * 0.66 - mood * s * 0.04;
        mouth.MoveToPoint(s * 0.3, y);
        mouth.AddQuadCurveToPoint(s * 0.5, y + mood * s * 0.18, s * 0.7, y);
        gc->SetBrush(*wxTRANSPARENT_BRUSH);
        gc->StrokePath(mouth);
    }
    return bitmap;
}

} // namespace hs::gui
