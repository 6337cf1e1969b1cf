#pragma once
// The invulstation's window: full screen, no menu, no results and no list of anybody's questionnaires; only the
// screens of the core's KioskSession (welcome, one statement, "Bent u nog bezig?", thanks, the coordinator's PIN),
// drawn large. Every rule (time limits, what is saved, the PIN's pause) is in the session; this window only shows
// its screen, passes taps on, and ticks its clock.
#include "frontend/kiosk_session.h"

#include <wx/button.h>
#include <wx/eventfilter.h>
#include <wx/frame.h>
#include <wx/gauge.h>
#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/timer.h>
#include <wx/tglbtn.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace hs::gui {

class KioskFrame : public wxFrame, public wxEventFilter {
public:
    // `pin_record` gives the stored salted PIN (read when it is typed, so a changed PIN counts at once);
    // `on_leave` runs after the right PIN closed the window.
    KioskFrame(std::unique_ptr<KioskSession> session, std::string lang, std::function<std::string()> pin_record,
               std::function<void()> on_leave);
    ~KioskFrame() override;

    // Shows the window over the whole screen of the display it is on.
    void show_full_screen();
    KioskSession& session() { return *session_; }
    // For the GUI tests: the controls a person taps.
    wxButton* start_button() { return start_; }
    wxButton* back_button() { return back_; }
    wxButton* next_button() { return next_; }
    wxButton* continue_button() { return continue_; }
    wxButton* leave_button() { return leave_; }
    wxButton* larger_button() { return larger_; }
    wxTextCtrl* pin_field() { return pin_; }
    wxButton* pin_ok_button() { return pin_ok_; }
    wxStaticText* statement_text() { return statement_; }
    wxStaticText* progress_text() { return progress_; }
    wxStaticText* pin_message() { return pin_message_; }
    // The answer buttons of the statement on screen, with the answer each one gives.
    const std::vector<std::pair<AnswerCode, wxToggleButton*>>& answer_buttons() const { return answers_; }

    int FilterEvent(wxEvent& event) override;

private:
    wxWindow* build_welcome(wxWindow* parent);
    wxWindow* build_statement(wxWindow* parent);
    wxWindow* build_still_there(wxWindow* parent);
    wxWindow* build_thanks(wxWindow* parent);
    wxWindow* build_pin(wxWindow* parent);
    wxButton* big_button(wxWindow* parent, const wxString& label);
    void show_screen();
    void show_statement();
    void apply_text_size();
    // Sets a long text and wraps it to the screen's width (again after the text size changes).
    void set_wrapped(wxStaticText* text, const wxString& label);
    void rewrap();
    // The answer buttons show which one is chosen in colour, not only by the pressed look.
    void mark_chosen();
    // At least `target`, and large enough for the label in the button's current font.
    void fit_button(wxAnyButton* button, const wxSize& target, int face_height = 0);
    void on_tick();
    void on_pin();
    void on_close(wxCloseEvent& event);

    std::unique_ptr<KioskSession> session_;
    std::string lang_;
    std::function<std::string()> pin_record_;
    std::function<void()> on_leave_;
    bool may_close_ = false;
    wxTimer timer_;
    wxSimplebook* book_ = nullptr;
    wxButton* start_ = nullptr;
    wxButton* leave_ = nullptr;
    wxButton* larger_ = nullptr;
    wxButton* smaller_ = nullptr;
    wxButton* back_ = nullptr;
    wxButton* next_ = nullptr;
    wxButton* continue_ = nullptr;
    wxButton* pin_ok_ = nullptr;
    wxButton* pin_cancel_ = nullptr;
    wxTextCtrl* pin_ = nullptr;
    wxStaticText* pin_message_ = nullptr;
    wxStaticText* statement_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxStaticText* countdown_ = nullptr;
    wxGauge* gauge_ = nullptr;
    wxPanel* statement_page_ = nullptr;
    wxBoxSizer* faces_ = nullptr;
    wxBoxSizer* others_ = nullptr;
    std::vector<std::pair<AnswerCode, wxToggleButton*>> answers_;
    // Text that grows with the text size: each with its size at step 0, in points.
    std::vector<std::pair<wxWindow*, double>> scaled_;
    std::vector<std::pair<wxStaticText*, wxString>> wrapped_;
    // Buttons with the smallest size they may have; they grow with their text.
    std::vector<std::pair<wxAnyButton*, wxSize>> targets_;
    KioskScreen shown_ = KioskScreen::Welcome;
};

} // namespace hs::gui
