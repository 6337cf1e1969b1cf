// The invulstation's place and store; see kiosk_station.h.
#include "frontend/kiosk_station.h"

#include "common/i18n.h"

#include <algorithm>
#include <stdexcept>

namespace hs {

namespace {
[[noreturn]] void refuse(const std::string& message) { throw StoreError(StoreError::Kind::Refused, message); }

bool asks(Store& store, RowId round, Perspective perspective)
{
    const auto have = store.perspectives_of(round);
    return std::find(have.begin(), have.end(), perspective) != have.end();
}
} // namespace

KioskPlace check_kiosk_place(Store& store, RowId team, RowId round, Perspective perspective)
{
    if (perspective == Perspective::Team)
        refuse(tr(N_("The invulstation is for clients and relatives. Team members fill in with Fill in.")));
    const Round r = store.round(round);
    if (r.status != RoundStatus::Open)
        refuse(trf(N_("Round %1 is closed: nobody can fill in for it any more."), {r.label}));
    if (!asks(store, round, perspective))
        refuse(trf(perspective == Perspective::Client ? N_("Round %1 does not ask clients. Choose them when you open a new round.")
                                                      : N_("Round %1 does not ask relatives. Choose them when you open a new round."),
                   {r.label}));
    return KioskPlace{team, round, perspective};
}

KioskPlace find_kiosk_place(Store& store, const std::string& team, Perspective perspective)
{
    const auto found = store.find_team(team);
    if (!found)
        refuse(trf(N_("There is no team called \"%1\"."), {team}));
    if (perspective == Perspective::Team)
        check_kiosk_place(store, found->id, 0, perspective);
    auto rounds = store.rounds(); // oldest first
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it)
        if (it->status == RoundStatus::Open && asks(store, it->id, perspective))
            return KioskPlace{found->id, it->id, perspective};
    refuse(perspective == Perspective::Client ? tr(N_("No open round asks clients. Open a round for clients first."))
                                              : tr(N_("No open round asks relatives. Open a round for relatives first.")));
}

std::shared_ptr<const Questionnaire> kiosk_questionnaire(Store& store, const KioskPlace& place)
{
    return store.questionnaire_of(place.round, place.perspective);
}

void save_kiosk_response(Store& store, const KioskPlace& place, const std::vector<AnswerCode>& answers)
{
    // Nobody continues a kiosk response: no PIN, handed in at once with what was answered.
    const ResponseInfo info = store.start_response(place.round, place.team, Role::Unspecified, false, "", place.perspective,
                                                   CollectionMode::Kiosk);
    try {
        PageSave save;
        save.response = info.id;
        for (std::size_t i = 0; i < answers.size(); ++i)
            if (answers[i] != kUnanswered)
                save.answers.emplace_back(i, answers[i]);
        store.save_page(save);
        store.complete_response(info.id);
    } catch (...) {
        // No half-saved response stays behind for someone else to find.
        store.discard_response(info.id);
        throw;
    }
}

std::optional<std::string> kiosk_pin_of(Store& store) { return store.setting(kKioskPinSetting); }

void set_kiosk_pin(Store& store, const std::string& pin)
{
    if (auto why = kiosk_pin_problem(pin))
        throw std::invalid_argument(*why);
    store.set_setting(kKioskPinSetting, kiosk_pin_record(pin));
}

} // namespace hs
