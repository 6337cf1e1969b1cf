#pragma once
// Starting the invulstation, from the command line (herstelspiegel --kiosk --team T --perspective client) or from
// the Round menu: the place is checked by the core, the coordinator chooses a PIN the first time, and the
// full-screen station replaces the main window until the PIN closes it again.
#include "frontend/kiosk_station.h"

#include <wx/window.h>

#include <functional>
#include <optional>
#include <string>

namespace hs::gui {

class KioskFrame;

// The station's times: the defaults, or HS_KIOSK_TEST_TIMES ("IDLE_MS,WARNING_MS,THANKS_MS") for the GUI tests.
KioskTimes kiosk_times_from_environment();

// Shows the station for `place`; `on_leave` runs once the coordinator closed it. Returns nullptr, after showing
// the reason, when it cannot start (or the coordinator cancelled choosing a PIN).
// Whom the station asks in this round: the one other perspective it has, or the coordinator's choice between
// clients and relatives; nothing when cancelled. A round with the team only gives Client (the core then refuses).
std::optional<Perspective> choose_kiosk_perspective(wxWindow* parent, Store& store, RowId round);

KioskFrame* start_kiosk(wxWindow* parent, Store& store, const std::string& lang, const KioskPlace& place,
                        std::function<void()> on_leave);

} // namespace hs::gui
