#pragma once
// What the GUI tests share: a driver that acts while a modal window runs, real mouse and keyboard events
// (XTest, through wxUIActionSimulator; the tests run with a window manager, see with_window_manager.sh), and
// ways to find the window on screen.
#include <wx/dialog.h>
#include <wx/string.h>
#include <wx/timer.h>
#include <wx/toplevel.h>
#include <wx/window.h>

#include "store/store.h"
#include "../core/test_helpers.h"

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace hs::gui {
class MainFrame;
class ResultsDialog;
} // namespace hs::gui

namespace hs::guitest {

// Runs `steps` one by one from a timer while a modal loop runs, as a person clicking through it; with
// `start_when`, the first step waits until it holds (say, until the dialog a click opens is on screen).
class Driver : public wxTimer {
public:
    explicit Driver(std::deque<std::function<void()>> steps, std::function<bool()> start_when = {});
    void Notify() override;
    // All steps ran, and no modal window was left open afterwards (the driver closes one left open for
    // long after its last step, so a failing test ends instead of waiting forever).
    bool done() const { return steps_.empty() && !stuck_; }

private:
    std::deque<std::function<void()>> steps_;
    int idle_ticks_ = 0;
    bool stuck_ = false;
    std::function<bool()> start_when_;
};

// Sends the button's click event (for tests that drive the wizard's own buttons directly).
void click(wxWindow* dialog, int id);
// Lets GTK lay out and paint (it draws on its frame clock, not at once).
void settle(int ms = 600);
// Processes events until `done` holds or `ms` passed; returns whether it holds.
bool wait_until(const std::function<bool()>& done, int ms = 3000);
// Saves a screenshot for the README when HS_SCREENSHOT_DIR is set (tests/gui/make_screenshots.sh).
void maybe_screenshot(wxWindow* window, const char* name);

// Real input, as X delivers a person's: the pointer moves to the middle of `window` and clicks.
void mouse_click(wxWindow* window, bool double_click = false);
void mouse_click_at(const wxPoint& screen_point, bool double_click = false);
// Types text into whatever has the keyboard focus.
void type_text(const char* text);
// Presses one key with modifiers (wxMOD_CONTROL, ...), e.g. press('n', wxMOD_CONTROL).
void press(int key, int modifiers = wxMOD_NONE);

// The shown top-level window of type T (a dialog or frame), if any.
template <class T> T* shown_window()
{
    for (wxWindow* w : wxTopLevelWindows)
        if (auto* t = dynamic_cast<T*>(w); t && t->IsShown())
            return t;
    return nullptr;
}

// While it lives, message boxes (hs::gui::show_message) are not shown but recorded and answered with `answer`.
struct Messages {
    std::vector<wxString> seen;
    int answer = wxYES;
    Messages();
    ~Messages();
    Messages(const Messages&) = delete;
    Messages& operator=(const Messages&) = delete;
};

// A made-up organisation (DemoSpec, seed 4) of `teams` teams in `rounds` rounds with nine respondents each.
void fill_demo(Store& store, int teams, int rounds);

// The main window on the database at `db` (created if needed), 1000x640, shown and raised.
hs::gui::MainFrame* open_main_frame(const std::string& db);

// The results of a made-up team (fill_demo with 2 teams in 2 rounds) on screen at 1000x700, its latest round.
struct ShownResults {
    hs::test::TempDir dir;
    Store store{dir.file("demo.db")};
    std::unique_ptr<hs::gui::ResultsDialog> dlg;
    ShownResults();
    ~ShownResults();
};

// Every descendant of `window` (inclusive) for which `pick` holds.
std::vector<wxWindow*> descendants(wxWindow* window, const std::function<bool(wxWindow*)>& pick);

} // namespace hs::guitest
