#pragma once
// The faces on the invulstation's answer buttons: one per scale point, from a frown on the lowest to a broad smile on
// the highest, as on the Dutch CQi's smiley scales, so a person who reads little still sees the order.
#include <wx/bitmap.h>

namespace hs::gui {

// A face of `size` pixels for position `position` (0-based) of `count` scale points.
wxBitmap kiosk_face(int position, int count, int size);

} // namespace hs::gui
