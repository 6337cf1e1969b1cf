// The invulstation's rules with a hand-moved clock: one statement at a time, the idle warning and reset, what is
// saved and when, the text size, and the coordinator's salted PIN with its pause after wrong tries.
#include "frontend/kiosk_session.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;
using namespace std::chrono_literals;

namespace {
struct FakeClock {
    KioskClock::time_point t{};
    KioskSession::Now now()
    {
        return [this] { return t; };
    }
};

std::shared_ptr<const Questionnaire> small()
{
    return std::make_shared<Questionnaire>(load_questionnaire(test::small_questionnaire_xml(), "small.xml"));
}
} // namespace

TEST_CASE("the kiosk: one statement at a time, back and next, handing in saves once and thanks, then welcome")
{
    FakeClock clock;
    std::vector<std::vector<AnswerCode>> saved;
    KioskSession k(small(), KioskTimes{}, [&](const std::vector<AnswerCode>& a) { saved.push_back(a); }, clock.now());
    CHECK(k.screen() == KioskScreen::Welcome);
    CHECK(k.statement_count() == 7);
    // Nothing happens on the welcome screen however long it waits, and leaving it does not reach statements.
    clock.t += 1h;
    CHECK_FALSE(k.tick());
    k.next();
    CHECK(k.screen() == KioskScreen::Welcome);

    k.begin();
    REQUIRE(k.screen() == KioskScreen::Statement);
    CHECK(k.statement() == 0);
    CHECK(k.item().id == "hoop.a");
    CHECK_FALSE(k.can_go_back());
    k.choose(4);
    CHECK(k.statement() == 0); // choosing does not move on: a slip of the finger can be corrected
    k.choose(2);
    CHECK_THROWS_AS(k.choose(9), std::invalid_argument);
    CHECK_THROWS_AS(k.choose(kUnanswered), std::invalid_argument);
    k.next();
    CHECK(k.statement() == 1);
    CHECK(k.can_go_back());
    k.choose(kDontKnow);
    k.back();
    CHECK(k.statement() == 0);
    CHECK(k.answer() == 2);
    k.next();
    CHECK(k.answer() == kDontKnow);
    k.next();
    k.choose(kNotApplicable);
    while (!k.is_last())
        k.next();
    CHECK(k.statement() == 6);
    k.choose(5);
    CHECK(k.answered_count() == 4);
    k.next(); // the last statement's next hands in
    CHECK(k.screen() == KioskScreen::Thanks);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0] == std::vector<AnswerCode>{2, kDontKnow, kNotApplicable, kUnanswered, kUnanswered, kUnanswered, 5});
    CHECK(k.answered_count() == 0); // the answers are gone from the station at once

    // The thank-you screen stays its time, then the neutral welcome; the next person starts empty.
    clock.t += KioskTimes{}.thanks - 1ms;
    CHECK_FALSE(k.tick());
    clock.t += 1ms;
    CHECK(k.tick());
    CHECK(k.screen() == KioskScreen::Welcome);
    k.begin();
    CHECK(k.statement() == 0);
    CHECK(k.answer() == kUnanswered);
    CHECK(k.idle_resets() == 0);
    CHECK(saved.size() == 1);
}

TEST_CASE("the kiosk: idle minutes ask 'Bent u nog bezig?' for at least 20 s; a tap continues, silence saves and resets")
{
    FakeClock clock;
    std::vector<std::vector<AnswerCode>> saved;
    const KioskTimes times;
    CHECK(times.warning >= kKioskMinimumWarning);
    CHECK(times.idle >= 1min);
    KioskSession k(small(), times, [&](const std::vector<AnswerCode>& a) { saved.push_back(a); }, clock.now());
    k.begin();
    k.choose(3);
    k.next();
    // Each input restarts the idle time.
    clock.t += times.idle - 1s;
    CHECK_FALSE(k.tick());
    k.choose(4);
    clock.t += times.idle - 1s;
    CHECK_FALSE(k.tick());
    clock.t += 1s;
    CHECK(k.tick());
    REQUIRE(k.screen() == KioskScreen::StillThere);
    CHECK(k.seconds_left() == std::chrono::duration_cast<std::chrono::seconds>(times.warning).count());
    clock.t += 15s;
    CHECK_FALSE(k.tick());
    CHECK(k.seconds_left() == std::chrono::duration_cast<std::chrono::seconds>(times.warning - 15s).count());
    // A tap: back to the same statement with the answers kept.
    k.touch();
    CHECK(k.screen() == KioskScreen::Statement);
    CHECK(k.statement() == 1);
    CHECK(k.answer() == 4);
    CHECK(saved.empty());

    // Idle again, and this time nobody answers the question.
    clock.t += times.idle;
    CHECK(k.tick());
    CHECK(k.screen() == KioskScreen::StillThere);
    clock.t += times.warning - 1ms;
    CHECK_FALSE(k.tick());
    CHECK(k.seconds_left() == 1);
    clock.t += 1ms;
    CHECK(k.tick());
    CHECK(k.screen() == KioskScreen::Welcome);
    CHECK(k.idle_resets() == 1);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0] == std::vector<AnswerCode>{3, 4, kUnanswered, kUnanswered, kUnanswered, kUnanswered, kUnanswered});

    // Someone who pressed Start and walked away leaves nothing behind.
    k.begin();
    clock.t += times.idle;
    CHECK(k.tick());
    // The warning counts from when it is on screen, however late the front end's timer showed it.
    clock.t += times.warning;
    CHECK(k.tick());
    CHECK(k.screen() == KioskScreen::Welcome);
    CHECK(k.idle_resets() == 2);
    CHECK(saved.size() == 1);
}

TEST_CASE("the kiosk: text size in steps within bounds")
{
    FakeClock clock;
    KioskSession k(small(), KioskTimes{}, {}, clock.now());
    const double start = k.text_scale();
    CHECK(start >= 1.0);
    k.larger();
    CHECK(k.text_scale() > start);
    for (int i = 0; i < 10; ++i)
        k.larger();
    CHECK(k.text_step() == KioskSession::kMaxTextStep);
    for (int i = 0; i < 10; ++i)
        k.smaller();
    CHECK(k.text_step() == 0);
    CHECK(k.text_scale() == 1.0);
}

TEST_CASE("the kiosk: the coordinator's PIN is salted, asked only from the welcome screen, and pauses after wrong tries")
{
    CHECK(kiosk_pin_problem("12"));
    CHECK(kiosk_pin_problem("12a4"));
    CHECK(kiosk_pin_problem("123456789"));
    CHECK_FALSE(kiosk_pin_problem("4821"));
    const std::string record = kiosk_pin_record("4821");
    CHECK(record.find("4821") == std::string::npos);
    CHECK(record != kiosk_pin_record("4821")); // a fresh salt each time
    CHECK(kiosk_pin_matches(record, "4821"));
    CHECK_FALSE(kiosk_pin_matches(record, "4822"));
    CHECK_FALSE(kiosk_pin_matches("", "4821"));
    CHECK_FALSE(kiosk_pin_matches("nonsense", "4821"));

    FakeClock clock;
    KioskSession k(small(), KioskTimes{}, {}, clock.now());
    k.begin();
    k.ask_pin(); // not while someone fills in
    CHECK(k.screen() == KioskScreen::Statement);
    clock.t += KioskTimes{}.idle;
    k.tick();
    clock.t += KioskTimes{}.warning;
    k.tick();
    REQUIRE(k.screen() == KioskScreen::Welcome);
    k.ask_pin();
    CHECK(k.screen() == KioskScreen::Pin);
    k.cancel_pin();
    CHECK(k.screen() == KioskScreen::Welcome);
    k.ask_pin();
    for (int i = 0; i < KioskSession::kPinTries; ++i)
        CHECK(k.try_pin(record, "0000") == KioskSession::PinResult::Wrong);
    // Now even the right PIN waits.
    CHECK(k.try_pin(record, "4821") == KioskSession::PinResult::Paused);
    CHECK(k.pin_seconds_paused() == KioskSession::kPinPause.count());
    clock.t += KioskSession::kPinPause;
    CHECK(k.pin_seconds_paused() == 0);
    CHECK(k.try_pin(record, "4821") == KioskSession::PinResult::Right);
    // The PIN screen left alone returns to the welcome screen.
    clock.t += KioskTimes{}.pin;
    CHECK(k.tick());
    CHECK(k.screen() == KioskScreen::Welcome);
}

TEST_CASE("the kiosk: test times are read from HS_KIOSK_TEST_TIMES's shape only")
{
    auto t = kiosk_test_times("1500,2000,500");
    REQUIRE(t);
    CHECK(t->idle == 1500ms);
    CHECK(t->warning == 2000ms);
    CHECK(t->thanks == 500ms);
    CHECK_FALSE(kiosk_test_times(""));
    CHECK_FALSE(kiosk_test_times("1,2"));
    CHECK_FALSE(kiosk_test_times("1,2,3x"));
    CHECK_FALSE(kiosk_test_times("0,2,3"));
}
