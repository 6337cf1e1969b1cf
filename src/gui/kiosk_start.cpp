// Starting the invulstation; see kiosk_start.h.
#include "kiosk_start.h"

#include "dialog_buttons.h"
#include "kiosk_frame.h"
#include "kiosk_pin_dialog.h"
#include "messages.h"
#include "translations.h"

#include <wx/choicdlg.h>
#include <wx/log.h>

#include <cstdlib>

namespace hs::gui {

KioskTimes kiosk_times_from_environment()
{
    if (const char* spec = std::getenv("HS_KIOSK_TEST_TIMES"))
        if (auto times = kiosk_test_times(spec))
            return *times;
    return KioskTimes{};
}

std::optional<Perspective> choose_kiosk_perspective(wxWindow* parent, Store& store, RowId round)
{
    std::vector<Perspective> others;
    for (Perspective p : store.perspectives_of(round))
        if (p != Perspective::Team)
            others.push_back(p);
    if (others.size() < 2)
        return others.empty() ? Perspective::Client : others.front();
    wxArrayString names;
    for (Perspective p : others)
        names.Add(p == Perspective::Client ? _("Clients") : _("Relatives"));
    // TRANSLATORS: asked before the invulstation starts, in a round that asks both clients and relatives
    wxSingleChoiceDialog dlg(parent, _("Who fills in at the invulstation?"), _("Invulstation"), names);
    relabel_stock_buttons(&dlg);
    if (dlg.ShowModal() != wxID_OK)
        return std::nullopt;
    return others[static_cast<std::size_t>(dlg.GetSelection())];
}

KioskFrame* start_kiosk(wxWindow* parent, Store& store, const std::string& lang, const KioskPlace& place,
                        std::function<void()> on_leave)
{
    // TRANSLATORS: message title
    const wxString title = _("Invulstation");
    std::shared_ptr<const Questionnaire> questionnaire;
    try {
        questionnaire = kiosk_questionnaire(store, place);
        if (!kiosk_pin_of(store)) {
            const auto pin = ask_new_kiosk_pin(parent);
            if (!pin)
                return nullptr;
            set_kiosk_pin(store, *pin);
        }
    } catch (const std::exception& e) {
        show_message(u8(e.what()), title, wxOK | wxICON_WARNING, parent);
        return nullptr;
    }
    Store* db = &store;
    auto save = [db, place](const std::vector<AnswerCode>& answers) {
        try {
            save_kiosk_response(*db, place, answers);
        } catch (const std::exception& e) {
            // No dialog in front of a client: the coordinator sees it in the log when the station closes.
            wxLogError("%s", u8(e.what()));
        }
    };
    auto session = std::make_unique<KioskSession>(questionnaire, kiosk_times_from_environment(), save);
    auto* frame = new KioskFrame(std::move(session), lang, [db] { return kiosk_pin_of(*db).value_or(""); },
                                 std::move(on_leave));
    frame->show_full_screen();
    return frame;
}

} // namespace hs::gui
