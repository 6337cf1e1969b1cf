#pragma once
// The invulstation ("kiosk"): clients and relatives fill in on a shared tablet or laptop in the waiting room. This
// model owns its rules, so the GUI only draws them: which screen shows (a neutral welcome, one statement at a time,
// "Bent u nog bezig?", thanks, the coordinator's PIN), when idleness resets it, what is saved then, the text size,
// and the coordinator's PIN (kept only as a salted hash) with a pause after repeated wrong tries. Time comes from an
// injectable clock so every rule is tested headless without waiting.
#include "common/answer.h"
#include "questionnaire/questionnaire.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

using KioskClock = std::chrono::steady_clock;

struct KioskTimes {
    // No input for this long on a statement: the station asks "Bent u nog bezig?".
    std::chrono::milliseconds idle{std::chrono::minutes(3)};
    // How long that question waits for a tap before the station saves and resets (WCAG 2.2.1: at least 20 s).
    std::chrono::milliseconds warning{std::chrono::seconds(40)};
    // The thank-you screen, then the welcome screen again.
    std::chrono::milliseconds thanks{std::chrono::seconds(8)};
    // No input on the coordinator's PIN screen for this long: back to the welcome screen.
    std::chrono::milliseconds pin{std::chrono::seconds(60)};
};

// The shortest warning a person gets: the rule of WCAG 2.2.1 (a warning and at least 20 seconds to extend).
inline constexpr std::chrono::seconds kKioskMinimumWarning{20};

// Times for the GUI tests, which cannot wait minutes: "IDLE_MS,WARNING_MS,THANKS_MS" (the environment variable
// HS_KIOSK_TEST_TIMES). Nothing for text in another shape. These bypass kKioskMinimumWarning on purpose.
std::optional<KioskTimes> kiosk_test_times(const std::string& spec);

enum class KioskScreen { Welcome, Statement, StillThere, Thanks, Pin };

// Writes one respondent's answers (one per item of the questionnaire, kUnanswered where none) as a handed-in
// response; see save_kiosk_response.
using KioskSave = std::function<void(const std::vector<AnswerCode>& answers)>;

class KioskSession {
public:
    using Now = std::function<KioskClock::time_point()>;
    KioskSession(std::shared_ptr<const Questionnaire> questionnaire, KioskTimes times, KioskSave save,
                 Now now = [] { return KioskClock::now(); });

    const Questionnaire& questionnaire() const { return *questionnaire_; }
    KioskScreen screen() const { return screen_; }
    const KioskTimes& times() const { return times_; }

    // Welcome -> the first statement, with no answers: nothing of the person before is ever shown.
    void begin();
    // The statement on screen (0-based, in questionnaire order) and how many there are: "vraag 4 van 12".
    std::size_t statement() const { return statement_; }
    std::size_t statement_count() const { return answers_.size(); }
    const Item& item() const { return questionnaire_->items[statement_]; }
    AnswerCode answer() const { return answers_[statement_]; }
    AnswerCode answer_of(std::size_t item) const { return answers_.at(item); }
    // Picks an answer for the statement on screen; it does not move on, so a slip of the finger can be corrected.
    void choose(AnswerCode value); // throws std::invalid_argument off the item's scale
    bool can_go_back() const { return screen_ == KioskScreen::Statement && statement_ > 0; }
    void back();
    bool is_last() const { return statement_ + 1 == answers_.size(); }
    // The next statement; on the last one this hands the answers in.
    void next();
    void hand_in();
    int answered_count() const;

    // Any tap, click or key: the person is still there. On "Bent u nog bezig?" it returns to the statement.
    void touch();
    // Called often by the front end's timer: applies the time limits. Returns true when the screen changed.
    bool tick();
    // Seconds left on "Bent u nog bezig?" (rounded up), for the countdown.
    int seconds_left() const;
    // How many times the station reset itself after idleness (the GUI tests and the log use it).
    int idle_resets() const { return idle_resets_; }

    // Text size: a step from 0 (already large) to kMaxTextStep; the front end scales its fonts by text_scale().
    static constexpr int kMaxTextStep = 4;
    int text_step() const { return text_step_; }
    double text_scale() const { return 1.0 + 0.25 * text_step_; }
    void larger();
    void smaller();

    // The coordinator leaves the station: only from the welcome screen, so nobody's answers are in the way.
    void ask_pin();
    void cancel_pin();
    enum class PinResult { Right, Wrong, Paused };
    // Checks a typed PIN against the stored record (kiosk_pin_record). After kPinTries wrong ones in a row the
    // station pauses for kPinPause before it checks again, so guessing takes long.
    PinResult try_pin(const std::string& record, const std::string& typed);
    static constexpr int kPinTries = 5;
    static constexpr std::chrono::seconds kPinPause{60};
    int pin_seconds_paused() const;

private:
    void reset_to_welcome();
    void save_answers();
    std::shared_ptr<const Questionnaire> questionnaire_;
    KioskTimes times_;
    KioskSave save_;
    Now now_;
    KioskScreen screen_ = KioskScreen::Welcome;
    std::size_t statement_ = 0;
    std::vector<AnswerCode> answers_;
    KioskClock::time_point last_input_;
    KioskClock::time_point screen_since_;
    int idle_resets_ = 0;
    int text_step_ = 1;
    int wrong_pins_ = 0;
    KioskClock::time_point pin_paused_until_{};
};

// The coordinator's PIN: 4 to 8 digits. The reason it is refused (translated), or nothing when it is fine.
std::optional<std::string> kiosk_pin_problem(const std::string& pin);
// What the store keeps for a PIN: "salt:hash" with a fresh random salt and SHA-256 of salt, ':' and the PIN.
std::string kiosk_pin_record(const std::string& pin);
bool kiosk_pin_matches(const std::string& record, const std::string& typed);
// The key of the store's setting that holds the record.
inline constexpr const char* kKioskPinSetting = "kiosk.pin";

} // namespace hs
