#pragma once
// Where an invulstation stands and what it keeps in the store: the team and the round it collects for, and from
// whom (clients or relatives); saving one person's answers as a handed-in response collected in kiosk mode; and the
// coordinator's PIN, kept only as a salted hash in the store's settings.
#include "frontend/kiosk_session.h"
#include "store/store.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

struct KioskPlace {
    RowId team = 0;
    RowId round = 0;
    Perspective perspective = Perspective::Client;
};

// The team with this name, in the newest open round that asks this perspective. StoreError (Refused, with a message
// for the coordinator) for an unknown team, the team's own perspective, or no open round that asks it.
KioskPlace find_kiosk_place(Store& store, const std::string& team, Perspective perspective);
// The same checks for a team and round chosen in the main window.
KioskPlace check_kiosk_place(Store& store, RowId team, RowId round, Perspective perspective);
// The version of the questionnaire the perspective fills in, in that round.
std::shared_ptr<const Questionnaire> kiosk_questionnaire(Store& store, const KioskPlace& place);
// One person's answers (one per statement of that version) as a handed-in response, collected in kiosk mode.
void save_kiosk_response(Store& store, const KioskPlace& place, const std::vector<AnswerCode>& answers);

// The stored record of the coordinator's PIN (see kiosk_pin_record), if one was chosen.
std::optional<std::string> kiosk_pin_of(Store& store);
// Stores a new PIN; std::invalid_argument with the reason (translated) when it breaks kiosk_pin_problem's rule.
void set_kiosk_pin(Store& store, const std::string& pin);

} // namespace hs
