// The invulstation's rules; see kiosk_session.h.
#include "frontend/kiosk_session.h"

#include "common/i18n.h"
#include "common/ids.h"
#include "common/sha256.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

namespace hs {

std::optional<KioskTimes> kiosk_test_times(const std::string& spec)
{
    long idle = 0, warning = 0, thanks = 0;
    int used = 0;
    if (std::sscanf(spec.c_str(), "%ld,%ld,%ld%n", &idle, &warning, &thanks, &used) != 3 ||
        used != static_cast<int>(spec.size()) || idle <= 0 || warning <= 0 || thanks <= 0)
        return std::nullopt;
    KioskTimes t;
    t.idle = std::chrono::milliseconds(idle);
    t.warning = std::chrono::milliseconds(warning);
    t.thanks = std::chrono::milliseconds(thanks);
    t.pin = std::chrono::milliseconds(std::max(idle, 1000L));
    return t;
}

KioskSession::KioskSession(std::shared_ptr<const Questionnaire> questionnaire, KioskTimes times, KioskSave save, Now now)
    : questionnaire_(std::move(questionnaire)), times_(times), save_(std::move(save)), now_(std::move(now))
{
    if (!questionnaire_ || questionnaire_->items.empty())
        throw std::invalid_argument("the invulstation needs a questionnaire with statements");
    answers_.assign(questionnaire_->items.size(), kUnanswered);
    last_input_ = screen_since_ = now_();
}

void KioskSession::begin()
{
    if (screen_ != KioskScreen::Welcome)
        return;
    std::fill(answers_.begin(), answers_.end(), kUnanswered);
    statement_ = 0;
    screen_ = KioskScreen::Statement;
    last_input_ = screen_since_ = now_();
}

void KioskSession::choose(AnswerCode value)
{
    if (screen_ != KioskScreen::Statement)
        return;
    if (value == kUnanswered || !questionnaire_->scale_of(item()).accepts(value))
        throw std::invalid_argument("answer off the scale");
    answers_[statement_] = value;
    touch();
}

void KioskSession::back()
{
    if (!can_go_back())
        return;
    --statement_;
    touch();
}

void KioskSession::next()
{
    if (screen_ != KioskScreen::Statement)
        return;
    if (is_last())
        hand_in();
    else {
        ++statement_;
        touch();
    }
}

void KioskSession::hand_in()
{
    if (screen_ != KioskScreen::Statement)
        return;
    save_answers();
    std::fill(answers_.begin(), answers_.end(), kUnanswered);
    statement_ = 0;
    screen_ = KioskScreen::Thanks;
    last_input_ = screen_since_ = now_();
}

int KioskSession::answered_count() const
{
    return static_cast<int>(std::count_if(answers_.begin(), answers_.end(), [](AnswerCode a) { return a != kUnanswered; }));
}

void KioskSession::touch()
{
    last_input_ = now_();
    if (screen_ == KioskScreen::StillThere) {
        screen_ = KioskScreen::Statement;
        screen_since_ = last_input_;
    }
}

bool KioskSession::tick()
{
    const auto now = now_();
    switch (screen_) {
    case KioskScreen::Welcome:
        return false;
    case KioskScreen::Statement:
        if (now - last_input_ < times_.idle)
            return false;
        screen_ = KioskScreen::StillThere;
        screen_since_ = now;
        return true;
    case KioskScreen::StillThere:
        if (now - screen_since_ < times_.warning)
            return false;
        // Nobody answered the question: keep what was answered, and show the next person nothing of it.
        save_answers();
        ++idle_resets_;
        reset_to_welcome();
        return true;
    case KioskScreen::Thanks:
        if (now - screen_since_ < times_.thanks)
            return false;
        reset_to_welcome();
        return true;
    case KioskScreen::Pin:
        if (now - last_input_ < times_.pin)
            return false;
        reset_to_welcome();
        return true;
    }
    return false;
}

int KioskSession::seconds_left() const
{
    if (screen_ != KioskScreen::StillThere)
        return 0;
    const auto left = times_.warning - (now_() - screen_since_);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(left).count();
    return ms <= 0 ? 0 : static_cast<int>((ms + 999) / 1000);
}

void KioskSession::larger()
{
    text_step_ = std::min(text_step_ + 1, kMaxTextStep);
    touch();
}

void KioskSession::smaller()
{
    text_step_ = std::max(text_step_ - 1, 0);
    touch();
}

void KioskSession::ask_pin()
{
    if (screen_ != KioskScreen::Welcome)
        return;
    screen_ = KioskScreen::Pin;
    last_input_ = screen_since_ = now_();
}

void KioskSession::cancel_pin()
{
    if (screen_ == KioskScreen::Pin)
        reset_to_welcome();
}

KioskSession::PinResult KioskSession::try_pin(const std::string& record, const std::string& typed)
{
    touch();
    if (pin_seconds_paused() > 0)
        return PinResult::Paused;
    if (kiosk_pin_matches(record, typed)) {
        wrong_pins_ = 0;
        return PinResult::Right;
    }
    if (++wrong_pins_ >= kPinTries) {
        wrong_pins_ = 0;
        pin_paused_until_ = now_() + kPinPause;
    }
    return PinResult::Wrong;
}

int KioskSession::pin_seconds_paused() const
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(pin_paused_until_ - now_()).count();
    return left <= 0 ? 0 : static_cast<int>((left + 999) / 1000);
}

void KioskSession::reset_to_welcome()
{
    std::fill(answers_.begin(), answers_.end(), kUnanswered);
    statement_ = 0;
    screen_ = KioskScreen::Welcome;
    last_input_ = screen_since_ = now_();
}

void KioskSession::save_answers()
{
    // Someone who pressed Start and walked away leaves no empty response behind.
    if (answered_count() > 0 && save_)
        save_(answers_);
}

std::optional<std::string> kiosk_pin_problem(const std::string& pin)
{
    const bool digits = std::all_of(pin.begin(), pin.end(), [](unsigned char c) { return c >= '0' && c <= '9'; });
    if (!digits || pin.size() < 4 || pin.size() > 8)
        return tr(N_("The PIN must be 4 to 8 digits."));
    return std::nullopt;
}

namespace {
std::string salted(const std::string& salt, const std::string& pin) { return sha256_hex(salt + ":" + pin); }
} // namespace

std::string kiosk_pin_record(const std::string& pin)
{
    const std::string salt = new_secret().substr(0, 32);
    return salt + ":" + salted(salt, pin);
}

bool kiosk_pin_matches(const std::string& record, const std::string& typed)
{
    const auto colon = record.find(':');
    if (colon == std::string::npos || colon == 0)
        return false;
    const std::string expected = record.substr(colon + 1);
    const std::string got = salted(record.substr(0, colon), typed);
    // Compare every character, so the time taken does not tell how much of a guess was right.
    if (expected.size() != got.size())
        return false;
    unsigned char diff = 0;
    for (std::size_t i = 0; i < got.size(); ++i)
        diff |= static_cast<unsigned char>(expected[i] ^ got[i]);
    return diff == 0;
}

} // namespace hs
