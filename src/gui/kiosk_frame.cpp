// The invulstation's window; see kiosk_frame.h.
#include "kiosk_frame.h"

#include "accessibility.h"
#include "kiosk_faces.h"
#include "translations.h"

#include <wx/display.h>
#include <wx/sizer.h>

namespace hs::gui {

namespace {
enum Page { PageWelcome, PageStatement, PageStillThere, PageThanks, PagePin };

int page_of(KioskScreen screen)
{
    switch (screen) {
    case KioskScreen::Welcome: return PageWelcome;
    case KioskScreen::Statement: return PageStatement;
    case KioskScreen::StillThere: return PageStillThere;
    case KioskScreen::Thanks: return PageThanks;
    case KioskScreen::Pin: return PagePin;
    }
    return PageWelcome;
}

// Text sizes at the smallest step, in points: already larger than the desktop's, as older eyes and tablets need.
constexpr double kTitlePoints = 26;
constexpr double kStatementPoints = 24;
constexpr double kBodyPoints = 16;
constexpr double kButtonPoints = 16;
constexpr int kFacePixels = 64; // the face on an answer button, device-independent pixels
constexpr int kMinTarget = 48;  // the smallest tap target (Material Design's 48 dp, above WCAG's 44 px)
} // namespace

KioskFrame::KioskFrame(std::unique_ptr<KioskSession> session, std::string lang, std::function<std::string()> pin_record,
                       std::function<void()> on_leave)
    // No caption, menu or close box: the window is the whole screen and leaving it takes the coordinator's PIN.
    : wxFrame(nullptr, wxID_ANY, "Herstelspiegel", wxDefaultPosition, wxDefaultSize, wxBORDER_NONE),
      session_(std::move(session)), lang_(std::move(lang)), pin_record_(std::move(pin_record)), on_leave_(std::move(on_leave))
{
    SetBackgroundColour(wxColour(250, 248, 240));
    auto* panel = new wxPanel(this);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: invulstation button that makes the text smaller ("A" for letters)
    smaller_ = new wxButton(panel, wxID_ANY, _("A smaller"));
    // TRANSLATORS: invulstation button that makes the text larger
    larger_ = new wxButton(panel, wxID_ANY, _("A larger"));
    for (auto* b : {smaller_, larger_}) {
        targets_.emplace_back(b, FromDIP(wxSize(kMinTarget * 2, kMinTarget)));
        scaled_.emplace_back(b, kButtonPoints);
    }
    smaller_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->smaller();
        apply_text_size();
    });
    larger_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->larger();
        apply_text_size();
    });
    top->AddStretchSpacer();
    top->Add(smaller_, wxSizerFlags().Border(wxRIGHT, 12));
    top->Add(larger_);

    book_ = new wxSimplebook(panel);
    book_->AddPage(build_welcome(book_), "");
    book_->AddPage(build_statement(book_), "");
    book_->AddPage(build_still_there(book_), "");
    book_->AddPage(build_thanks(book_), "");
    book_->AddPage(build_pin(book_), "");

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, 16));
    sizer->Add(book_, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 32));
    panel->SetSizer(sizer);

    Bind(wxEVT_CLOSE_WINDOW, &KioskFrame::on_close, this);
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] {
            rewrap();
            book_->GetCurrentPage()->Layout();
        });
    });
    timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { on_tick(); });
    timer_.Start(200);
    wxEvtHandler::AddFilter(this);
    apply_text_size();
    show_screen();
}

KioskFrame::~KioskFrame()
{
    timer_.Stop();
    wxEvtHandler::RemoveFilter(this);
}

void KioskFrame::show_full_screen()
{
    // The display's size first: a window manager that ignores the full-screen request still gets a window that
    // covers everything.
    SetSize(wxDisplay(this).GetGeometry());
    Show();
    ShowFullScreen(true, wxFULLSCREEN_ALL);
    Raise();
}

wxButton* KioskFrame::big_button(wxWindow* parent, const wxString& label)
{
    auto* b = new wxButton(parent, wxID_ANY, label);
    targets_.emplace_back(b, FromDIP(wxSize(kMinTarget * 4, kMinTarget + 16)));
    scaled_.emplace_back(b, kButtonPoints + 2);
    return b;
}

void KioskFrame::fit_button(wxAnyButton* button, const wxSize& target, int face_height)
{
    // Measured from the text itself: GTK reports a button's best size for its old font until it is drawn.
    const wxSize text = button->GetTextExtent(button->GetLabel());
    const wxSize padding = FromDIP(wxSize(40, 20));
    button->SetMinSize(wxSize(std::max(target.x, text.x + padding.x), std::max(target.y, text.y + padding.y + face_height)));
}

wxWindow* KioskFrame::build_welcome(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    const Questionnaire& q = session_->questionnaire();
    auto* title = new wxStaticText(page, wxID_ANY, u8(q.title.in(lang_)));
    scaled_.emplace_back(title, kTitlePoints);
    // Neutral: nothing here tells a passer-by who filled in before, or what.
    auto* intro = new wxStaticText(page, wxID_ANY, "");
    set_wrapped(intro, u8(q.introduction.in(lang_)));
    scaled_.emplace_back(intro, kBodyPoints);
    // The versions for clients and relatives promise this in their own introduction; another gets it here.
    auto* promise = new wxStaticText(page, wxID_ANY, "");
    if (q.introduction.in(lang_).empty())
        set_wrapped(promise, _("Your support workers do not see your answers. The team only sees the results of a group together."));
    scaled_.emplace_back(promise, kBodyPoints);
    // TRANSLATORS: invulstation: the big button that starts the questionnaire
    start_ = big_button(page, _("Start"));
    start_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->begin();
        show_screen();
    });
    // Small and out of the way: only the coordinator needs it, and it asks for the PIN.
    // TRANSLATORS: invulstation: small button for the coordinator, who needs a PIN to close the station
    leave_ = new wxButton(page, wxID_ANY, _("Close (coordinator)"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    leave_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->ask_pin();
        show_screen();
    });
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->AddStretchSpacer();
    s->Add(title, wxSizerFlags().Center().Border(wxBOTTOM, 24));
    s->Add(intro, wxSizerFlags().Expand().Border(wxBOTTOM, 16));
    s->Add(promise, wxSizerFlags().Expand().Border(wxBOTTOM, 32));
    s->Add(start_, wxSizerFlags().Center());
    s->AddStretchSpacer();
    s->Add(leave_, wxSizerFlags().Right());
    page->SetSizer(s);
    return page;
}

wxWindow* KioskFrame::build_statement(wxWindow* parent)
{
    statement_page_ = new wxPanel(parent);
    auto* page = statement_page_;
    progress_ = new wxStaticText(page, wxID_ANY, "");
    scaled_.emplace_back(progress_, kBodyPoints);
    gauge_ = new wxGauge(page, wxID_ANY, static_cast<int>(session_->statement_count()));
    // TRANSLATORS: a screen reader's name for the invulstation's progress bar
    set_accessible_name(gauge_, _("Progress"));
    statement_ = new wxStaticText(page, wxID_ANY, "");
    scaled_.emplace_back(statement_, kStatementPoints);
    faces_ = new wxBoxSizer(wxHORIZONTAL);
    others_ = new wxBoxSizer(wxHORIZONTAL);
    // TRANSLATORS: invulstation: back to the previous statement
    back_ = big_button(page, _("Back"));
    next_ = big_button(page, _("Next"));
    back_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->back();
        show_screen();
    });
    next_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->next();
        show_screen();
    });
    auto* nav = new wxBoxSizer(wxHORIZONTAL);
    nav->Add(back_);
    nav->AddStretchSpacer();
    nav->Add(next_);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->Add(progress_, wxSizerFlags().Border(wxBOTTOM, 4));
    s->Add(gauge_, wxSizerFlags().Expand().Border(wxBOTTOM, 24));
    s->Add(statement_, wxSizerFlags().Expand().Border(wxBOTTOM, 24));
    s->Add(faces_, wxSizerFlags().Center().Border(wxBOTTOM, 16));
    s->Add(others_, wxSizerFlags().Center());
    s->AddStretchSpacer();
    s->Add(nav, wxSizerFlags().Expand());
    page->SetSizer(s);
    return page;
}

wxWindow* KioskFrame::build_still_there(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    // TRANSLATORS: invulstation: asked after a few minutes without a tap
    auto* title = new wxStaticText(page, wxID_ANY, _("Are you still busy?"));
    scaled_.emplace_back(title, kTitlePoints);
    countdown_ = new wxStaticText(page, wxID_ANY, "");
    scaled_.emplace_back(countdown_, kBodyPoints);
    // TRANSLATORS: invulstation: the button that goes on with the questionnaire after "Are you still busy?"
    continue_ = big_button(page, _("Yes, I want to go on"));
    continue_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->touch();
        show_screen();
    });
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->AddStretchSpacer();
    s->Add(title, wxSizerFlags().Center().Border(wxBOTTOM, 24));
    s->Add(countdown_, wxSizerFlags().Expand().Border(wxBOTTOM, 32));
    s->Add(continue_, wxSizerFlags().Center());
    s->AddStretchSpacer();
    page->SetSizer(s);
    return page;
}

wxWindow* KioskFrame::build_thanks(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* title = new wxStaticText(page, wxID_ANY, _("Thank you for filling in!"));
    scaled_.emplace_back(title, kTitlePoints);
    auto* text = new wxStaticText(page, wxID_ANY, _("Your answers have been saved. The screen starts again by itself."));
    scaled_.emplace_back(text, kBodyPoints);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->AddStretchSpacer();
    s->Add(title, wxSizerFlags().Center().Border(wxBOTTOM, 24));
    s->Add(text, wxSizerFlags().Center());
    s->AddStretchSpacer();
    page->SetSizer(s);
    return page;
}

wxWindow* KioskFrame::build_pin(wxWindow* parent)
{
    auto* page = new wxPanel(parent);
    auto* text = new wxStaticText(page, wxID_ANY, _("For the coordinator: type the PIN to close the invulstation."));
    scaled_.emplace_back(text, kBodyPoints);
    pin_ = new wxTextCtrl(page, wxID_ANY, "", wxDefaultPosition, FromDIP(wxSize(220, -1)), wxTE_PASSWORD | wxTE_PROCESS_ENTER);
    // TRANSLATORS: a screen reader's name for the coordinator's PIN field
    set_accessible_name(pin_, _("Coordinator's PIN"));
    scaled_.emplace_back(pin_, kButtonPoints);
    pin_message_ = new wxStaticText(page, wxID_ANY, "");
    scaled_.emplace_back(pin_message_, kBodyPoints);
    // TRANSLATORS: invulstation: closes the station after the PIN
    pin_ok_ = big_button(page, _("Close the invulstation"));
    pin_cancel_ = big_button(page, _("Cancel"));
    pin_ok_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { on_pin(); });
    pin_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { on_pin(); });
    pin_cancel_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        session_->cancel_pin();
        show_screen();
    });
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(pin_cancel_, wxSizerFlags().Border(wxRIGHT, 24));
    buttons->Add(pin_ok_);
    auto* s = new wxBoxSizer(wxVERTICAL);
    s->AddStretchSpacer();
    s->Add(text, wxSizerFlags().Center().Border(wxBOTTOM, 16));
    s->Add(pin_, wxSizerFlags().Center().Border(wxBOTTOM, 8));
    s->Add(pin_message_, wxSizerFlags().Center().Border(wxBOTTOM, 24));
    s->Add(buttons, wxSizerFlags().Center());
    s->AddStretchSpacer();
    page->SetSizer(s);
    return page;
}

void KioskFrame::show_screen()
{
    const KioskScreen screen = session_->screen();
    if (screen == KioskScreen::Statement)
        show_statement();
    if (screen == KioskScreen::Pin && shown_ != KioskScreen::Pin) {
        pin_->Clear();
        pin_message_->SetLabel("");
    }
    shown_ = screen;
    book_->ChangeSelection(static_cast<size_t>(page_of(screen)));
    on_tick(); // the countdown's text at once
    if (screen == KioskScreen::Pin)
        pin_->SetFocus();
    book_->GetCurrentPage()->Layout();
}

void KioskFrame::show_statement()
{
    const Questionnaire& q = session_->questionnaire();
    const Item& item = session_->item();
    const Scale& scale = q.scale_of(item);
    const auto number = static_cast<int>(session_->statement() + 1);
    const auto count = static_cast<int>(session_->statement_count());
    // TRANSLATORS: invulstation progress, e.g. "Statement 4 of 18"
    progress_->SetLabel(wxString::Format(_("Statement %d of %d"), number, count));
    gauge_->SetValue(number);
    set_wrapped(statement_, u8(item.text.in(lang_)));

    // The answers differ per scale (how often, how far one agrees): made again for each statement.
    for (auto& [code, button] : answers_)
        button->Destroy();
    answers_.clear();
    faces_->Clear();
    others_->Clear();
    const double scale_factor = session_->text_scale();
    const wxFont font = wxFont(wxFontInfo(kButtonPoints * scale_factor));
    auto add = [&](wxBoxSizer* row, AnswerCode code, const wxString& label, const wxBitmap& face) {
        auto* b = new wxToggleButton(statement_page_, wxID_ANY, label);
        if (face.IsOk()) {
            b->SetBitmap(face);
            b->SetBitmapPosition(wxTOP);
        }
        b->SetFont(font);
        fit_button(b, FromDIP(wxSize(kMinTarget * 3, face.IsOk() ? kMinTarget * 2 + 24 : kMinTarget)),
                   face.IsOk() ? face.GetHeight() + FromDIP(8) : 0);
        set_accessible_name(b, label);
        b->Bind(wxEVT_TOGGLEBUTTON, [this, code](wxCommandEvent&) {
            session_->choose(code);
            mark_chosen();
        });
        row->Add(b, wxSizerFlags().Border(wxRIGHT, 12));
        answers_.emplace_back(code, b);
    };
    const int points = static_cast<int>(scale.points.size());
    const int face = FromDIP(kFacePixels);
    for (int i = 0; i < points; ++i)
        add(faces_, static_cast<AnswerCode>(scale.points[static_cast<std::size_t>(i)].value),
            u8(scale.points[static_cast<std::size_t>(i)].label.in(lang_)), kiosk_face(i, points, face));
    if (scale.allows_dont_know)
        add(others_, kDontKnow, u8(scale.dont_know_label.in(lang_)), wxBitmap());
    if (scale.allows_not_applicable)
        add(others_, kNotApplicable, u8(scale.not_applicable_label.in(lang_)), wxBitmap());

    mark_chosen();
    back_->Enable(session_->can_go_back());
    // TRANSLATORS: invulstation: the last statement's button hands the answers in
    next_->SetLabel(session_->is_last() ? _("Hand in") : _("Next"));
    statement_page_->Layout();
}

void KioskFrame::mark_chosen()
{
    for (auto& [code, button] : answers_) {
        const bool chosen = code == session_->answer();
        button->SetValue(chosen);
        button->SetBackgroundColour(chosen ? wxColour(150, 200, 250) : wxNullColour);
        button->Refresh();
    }
}

void KioskFrame::set_wrapped(wxStaticText* text, const wxString& label)
{
    bool known = false;
    for (auto& [t, original] : wrapped_)
        if (t == text) {
            original = label;
            known = true;
        }
    if (!known)
        wrapped_.emplace_back(text, label);
    text->SetLabel(label);
    // Wrapped to the book's width (a page may not have its size yet when it is about to show).
    text->Wrap(std::max(FromDIP(300), book_ ? book_->GetClientSize().x - FromDIP(16) : FromDIP(900)));
}

void KioskFrame::rewrap()
{
    for (auto& [text, label] : wrapped_)
        set_wrapped(text, wxString(label));
}

void KioskFrame::apply_text_size()
{
    const double factor = session_->text_scale();
    for (auto& [window, points] : scaled_)
        window->SetFont(wxFont(wxFontInfo(points * factor)));
    for (auto& [button, target] : targets_)
        fit_button(button, target);
    smaller_->Enable(session_->text_step() > 0);
    larger_->Enable(session_->text_step() < KioskSession::kMaxTextStep);
    rewrap();
    if (session_->screen() == KioskScreen::Statement)
        show_statement();
    for (std::size_t i = 0; i < book_->GetPageCount(); ++i)
        book_->GetPage(i)->Layout();
    Layout();
}

void KioskFrame::on_tick()
{
    if (session_->tick())
        show_screen(); // calls on_tick again for the countdown, with nothing left to change
    else if (session_->screen() == KioskScreen::StillThere)
        set_wrapped(countdown_, wxString::Format(
            // TRANSLATORS: invulstation countdown after "Are you still busy?"
            _("Tap the button to go on. Otherwise what you have filled in is saved in %d seconds, and the screen "
              "starts again."),
            session_->seconds_left()));
}

void KioskFrame::on_pin()
{
    switch (session_->try_pin(pin_record_(), to_u8(pin_->GetValue()))) {
    case KioskSession::PinResult::Right:
        may_close_ = true;
        Close();
        return;
    case KioskSession::PinResult::Wrong:
        pin_message_->SetLabel(_("That PIN is not right."));
        break;
    case KioskSession::PinResult::Paused:
        pin_message_->SetLabel(wxString::Format(_("Too many wrong tries. Wait %d seconds."), session_->pin_seconds_paused()));
        break;
    }
    pin_->Clear();
    pin_->SetFocus();
    book_->GetCurrentPage()->Layout();
}

int KioskFrame::FilterEvent(wxEvent& event)
{
    // Any tap or key on this window counts as "still here"; on "Bent u nog bezig?" it returns to the statement.
    const wxEventType type = event.GetEventType();
    if (type != wxEVT_LEFT_DOWN && type != wxEVT_KEY_DOWN)
        return Event_Skip;
    auto* window = dynamic_cast<wxWindow*>(event.GetEventObject());
    if (!window || wxGetTopLevelParent(window) != this)
        return Event_Skip;
    const KioskScreen before = session_->screen();
    session_->touch();
    if (session_->screen() != before)
        CallAfter([this] { show_screen(); });
    return Event_Skip;
}

void KioskFrame::on_close(wxCloseEvent& event)
{
    // Alt+F4 and the like do nothing: only the coordinator's PIN closes the station.
    if (!may_close_ && event.CanVeto()) {
        event.Veto();
        return;
    }
    timer_.Stop();
    Destroy();
    if (on_leave_)
        on_leave_();
}

} // namespace hs::gui
