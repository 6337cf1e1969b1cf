// Shared GUI test helpers; see gui_test_helpers.h.
#include "gui_test_helpers.h"

#include "demo_data.h"
#include "main_frame.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "screenshot.h"

#include <catch2/catch.hpp>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/evtloop.h>
#include <wx/stopwatch.h>
#include <wx/uiaction.h>

#include <cstdlib>
#include <memory>

namespace hs::guitest {

Driver::Driver(std::deque<std::function<void()>> steps, std::function<bool()> start_when)
    : steps_(std::move(steps)), start_when_(std::move(start_when))
{
    Start(150);
}

void Driver::Notify()
{
    if (steps_.empty()) {
        if (++idle_ticks_ < 40)
            return;
        Stop();
        for (wxWindow* w : wxTopLevelWindows)
            if (auto* dialog = dynamic_cast<wxDialog*>(w); dialog && dialog->IsModal()) {
                stuck_ = true;
                dialog->EndModal(wxID_CANCEL);
            }
        return;
    }
    if (start_when_) {
        if (!start_when_())
            return;
        start_when_ = {};
    }
    auto step = std::move(steps_.front());
    steps_.pop_front();
    Stop(); // a step may run a nested loop (waiting for the screen): no second step meanwhile
    step();
    if (!steps_.empty())
        Start();
}

void click(wxWindow* dialog, int id)
{
    auto* button = wxDynamicCast(dialog->FindWindow(id), wxButton);
    REQUIRE(button);
    wxCommandEvent event(wxEVT_BUTTON, id);
    event.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(event);
}

void settle(int ms)
{
    // Events are handled by yielding, not by running a loop that a timer ends: an action may open a modal
    // window meanwhile, and ending a loop from inside that window's loop would end the window's loop instead.
    std::unique_ptr<wxGUIEventLoop> own;
    std::unique_ptr<wxEventLoopActivator> activate;
    if (!wxEventLoopBase::GetActive()) {
        own = std::make_unique<wxGUIEventLoop>();
        activate = std::make_unique<wxEventLoopActivator>(own.get());
    }
    wxStopWatch watch;
    do {
        wxEventLoopBase::GetActive()->YieldFor(wxEVT_CATEGORY_ALL);
        wxMilliSleep(5);
    } while (watch.Time() < ms);
}

bool wait_until(const std::function<bool()>& done, int ms)
{
    wxStopWatch watch;
    while (!done()) {
        if (watch.Time() > ms)
            return false;
        settle(50);
    }
    return true;
}

void maybe_screenshot(wxWindow* window, const char* name)
{
    if (const char* dir = std::getenv("HS_SCREENSHOT_DIR")) {
        settle();
        hs::gui::save_screenshot(window, wxString(dir) + "/" + name);
    }
}

void mouse_click_at(const wxPoint& screen_point, bool double_click)
{
    wxUIActionSimulator sim;
    sim.MouseMove(screen_point);
    settle(100);
    if (double_click)
        sim.MouseDblClick();
    else
        sim.MouseClick();
    settle(250);
}

void mouse_click(wxWindow* window, bool double_click)
{
    const wxRect r = window->GetScreenRect();
    mouse_click_at(wxPoint(r.x + r.width / 2, r.y + r.height / 2), double_click);
}

void type_text(const char* text)
{
    wxUIActionSimulator sim;
    sim.Text(text);
    settle(200);
}

void press(int key, int modifiers)
{
    wxUIActionSimulator sim;
    sim.Char(key, modifiers);
    settle(250);
}

std::vector<wxWindow*> descendants(wxWindow* window, const std::function<bool(wxWindow*)>& pick)
{
    std::vector<wxWindow*> out;
    if (pick(window))
        out.push_back(window);
    for (wxWindow* child : window->GetChildren()) {
        auto more = descendants(child, pick);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

Messages::Messages()
{
    hs::gui::set_message_handler([this](const wxString& message, const wxString&, long) {
        seen.push_back(message);
        return answer;
    });
}

Messages::~Messages() { hs::gui::set_message_handler({}); }

void fill_demo(Store& store, int teams, int rounds)
{
    DemoSpec spec;
    spec.teams = teams;
    spec.rounds = rounds;
    spec.respondents = 9;
    spec.seed = 4;
    generate_demo(store, builtin_questionnaire(), spec);
}

hs::gui::MainFrame* open_main_frame(const std::string& db)
{
    auto* frame = new hs::gui::MainFrame("nl");
    frame->SetSize(wxSize(1000, 640));
    REQUIRE(frame->open_database(wxString::FromUTF8(db.c_str())));
    frame->Show();
    frame->Raise();
    settle();
    return frame;
}

ShownResults::ShownResults()
{
    fill_demo(store, 2, 2);
    dlg = std::make_unique<hs::gui::ResultsDialog>(nullptr, store, store.teams().front().id, store.rounds().back().id, "nl");
    dlg->SetSize(wxSize(1000, 700));
    dlg->Show();
    dlg->Raise();
    settle();
}

ShownResults::~ShownResults() { dlg->Hide(); }

} // namespace hs::guitest
