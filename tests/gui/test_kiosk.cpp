// The invulstation as a client meets it, with real taps and keys under a window manager: full screen without a
// menu, one statement at a time with large answer buttons (a face and a word), back and next, handing in, the
// reset after idleness with "Bent u nog bezig?" (times shortened for the test), and leaving only with the
// coordinator's PIN, wrong first and then right.
#include "kiosk_frame.h"
#include "questionnaire/questionnaire_loader.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/display.h>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;
using namespace std::chrono_literals;

namespace {
std::shared_ptr<const Questionnaire> client_questionnaire()
{
    return std::make_shared<Questionnaire>(
        load_questionnaire_file(std::string(HS_SOURCE_DIR) + "/questionnaires/herstelondersteuning-client.xml"));
}

wxToggleButton* button_for(KioskFrame* frame, AnswerCode code)
{
    for (const auto& [c, b] : frame->answer_buttons())
        if (c == code)
            return b;
    return nullptr;
}

bool any_selected(KioskFrame* frame)
{
    for (const auto& [c, b] : frame->answer_buttons())
        if (b->GetValue())
            return true;
    return false;
}
} // namespace

TEST_CASE("the invulstation: full screen, one statement per screen, large face buttons, reset after idle, PIN to leave")
{
    std::vector<std::vector<AnswerCode>> saved;
    const std::string record = kiosk_pin_record("4821");
    bool left = false;
    KioskTimes times;
    times.idle = 3000ms; // long enough for a slow, shared test machine between two clicks
    times.warning = 4000ms;
    times.thanks = 2000ms;
    auto session = std::make_unique<KioskSession>(client_questionnaire(), times,
                                                  [&](const std::vector<AnswerCode>& a) { saved.push_back(a); });
    auto* frame = new KioskFrame(std::move(session), "nl", [&] { return record; }, [&] { left = true; });
    frame->show_full_screen();
    REQUIRE(wait_until([&] { return frame->GetScreenRect().GetHeight() > 700; }, 3000));
    settle(500);
    KioskSession& k = frame->session();

    // The whole screen, no menu: nothing else of the program is within reach.
    CHECK(frame->GetMenuBar() == nullptr);
    const wxRect screen = wxDisplay(frame).GetGeometry();
    CHECK(frame->GetScreenRect().GetWidth() >= screen.GetWidth() - 2);
    CHECK(frame->GetScreenRect().GetHeight() >= screen.GetHeight() - 2);
    CHECK(k.screen() == KioskScreen::Welcome);
    maybe_screenshot(frame, "kiosk-welcome.png");

    mouse_click(frame->start_button());
    REQUIRE(k.screen() == KioskScreen::Statement);
    CHECK(frame->progress_text()->GetLabel() == "Vraag 1 van 18");
    wxString statement = frame->statement_text()->GetLabel();
    statement.Replace("\n", " ");
    CHECK(statement == "Mijn begeleiders luisteren goed naar mij.");
    CHECK_FALSE(frame->back_button()->IsEnabled());
    // Five faces with a word each, and "weet ik niet" and "past niet bij mij" apart; every one large enough for a
    // finger with a tremor.
    REQUIRE(frame->answer_buttons().size() == 7);
    CHECK(frame->answer_buttons()[0].second->GetLabel() == "Nooit");
    CHECK(frame->answer_buttons()[4].second->GetLabel() == "Altijd");
    CHECK(frame->answer_buttons()[5].second->GetLabel() == "weet ik niet");
    CHECK(frame->answer_buttons()[6].second->GetLabel() == "past niet bij mij");
    // Each scale point shows a face above its word; "weet ik niet" and "past niet bij mij" are words only.
    for (std::size_t i = 0; i < frame->answer_buttons().size(); ++i) {
        INFO(i);
        CHECK(frame->answer_buttons()[i].second->GetBitmap().IsOk() == (i < 5));
    }
    for (const auto& [code, b] : frame->answer_buttons()) {
        CHECK(b->GetSize().x >= frame->FromDIP(48));
        CHECK(b->GetSize().y >= frame->FromDIP(48));
        CHECK(b->IsShownOnScreen());
    }
    CHECK(frame->next_button()->GetSize().y >= frame->FromDIP(48));
    CHECK_FALSE(any_selected(frame));

    // A tap picks an answer without moving on; another tap corrects it.
    mouse_click(button_for(frame, 4));
    CHECK(k.answer() == 4);
    CHECK(k.statement() == 0);
    mouse_click(button_for(frame, 5));
    CHECK(k.answer() == 5);
    CHECK_FALSE(button_for(frame, 4)->GetValue());
    maybe_screenshot(frame, "kiosk-statement.png");
    mouse_click(frame->next_button());
    CHECK(frame->progress_text()->GetLabel() == "Vraag 2 van 18");
    CHECK_FALSE(any_selected(frame));
    mouse_click(button_for(frame, kDontKnow));
    mouse_click(frame->back_button());
    CHECK(k.statement() == 0);
    CHECK(button_for(frame, 5)->GetValue());
    mouse_click(frame->next_button());
    CHECK(button_for(frame, kDontKnow)->GetValue());

    // Larger text: the statement's letters grow.
    const int before = frame->statement_text()->GetFont().GetPointSize();
    mouse_click(frame->larger_button());
    mouse_click(frame->larger_button());
    CHECK(frame->statement_text()->GetFont().GetPointSize() > before);
    // Every word still fits its button.
    settle(300);
    for (const auto& [code, b] : frame->answer_buttons())
        CHECK(b->GetSize().x >= b->GetTextExtent(b->GetLabel()).x);
    maybe_screenshot(frame, "kiosk-large-text.png");

    // Hands off: "Bent u nog bezig?" appears; a tap anywhere on it continues where the person was.
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::StillThere; }, 10000));
    settle(300);
    CHECK(frame->continue_button()->IsShownOnScreen());
    maybe_screenshot(frame, "kiosk-still-there.png");
    mouse_click(frame->continue_button());
    CHECK(k.screen() == KioskScreen::Statement);
    CHECK(k.statement() == 1);
    CHECK(button_for(frame, kDontKnow)->GetValue());
    CHECK(saved.empty());

    // Hands off again, and nobody answers: what was answered is saved, and the welcome screen shows nothing of it.
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::StillThere; }, 10000));
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::Welcome; }, 10000));
    REQUIRE(saved.size() == 1);
    CHECK(saved[0][0] == 5);
    CHECK(saved[0][1] == kDontKnow);
    CHECK(k.idle_resets() == 1);
    settle(300);
    CHECK(frame->start_button()->IsShownOnScreen());
    mouse_click(frame->start_button());
    CHECK(k.statement() == 0);
    CHECK_FALSE(any_selected(frame));

    // The next person answers everything and hands in on the last statement.
    for (std::size_t i = 0; i < k.statement_count(); ++i) {
        mouse_click(button_for(frame, 3));
        mouse_click(frame->next_button());
    }
    CHECK(k.screen() == KioskScreen::Thanks);
    REQUIRE(saved.size() == 2);
    CHECK(std::count(saved[1].begin(), saved[1].end(), 3) == 18);
    REQUIRE(wait_until([&] { return k.screen() == KioskScreen::Welcome; }, 4000));

    // Alt+F4 does not close the station.
    frame->Close();
    settle(300);
    CHECK(frame->IsShown());
    CHECK_FALSE(left);

    // The coordinator leaves: a wrong PIN is refused, the right one closes the window.
    mouse_click(frame->leave_button());
    REQUIRE(k.screen() == KioskScreen::Pin);
    settle(300);
    mouse_click(frame->pin_field());
    type_text("1111");
    press(WXK_RETURN);
    CHECK(frame->pin_message()->GetLabel() == "Die pincode klopt niet.");
    CHECK(frame->pin_field()->GetValue().empty());
    CHECK_FALSE(left);
    type_text("4821");
    press(WXK_RETURN);
    CHECK(wait_until([&] { return left; }, 3000));
}
