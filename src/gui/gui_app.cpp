#include "gui_app.h"

#include "app_icon.h"
#include "main_frame.h"
#include "messages.h"
#include "screenshot.h"
#include "store/store.h"
#include "translations.h"
#include "window_labels.h"

#include <iostream>

#include <wx/cmdline.h>
#include <wx/config.h>
#include <wx/fileconf.h>
#include <wx/filename.h>
#include <wx/log.h>
#include <wx/msgdlg.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

namespace hs::gui {

void App::OnInitCmdLine(wxCmdLineParser& parser)
{
    wxApp::OnInitCmdLine(parser);
    add_options(parser);
}

void App::add_options(wxCmdLineParser& parser)
{
    parser.AddOption("", "db", "database file (default: the last one used, else herstelspiegel.db in the user's data folder)");
    parser.AddOption("", "lang", "language: nl (default) or en");
    parser.AddOption("", "screenshot", "save a PNG of the main window once shown, then quit");
    parser.AddOption("", "describe", "write the labels of the main window's visible controls to a file once shown (for tests)");
    parser.AddSwitch("", "demo", "open a demo organisation in a database of its own (with --db: fill that database when it has no rounds yet)");
    parser.AddSwitch("", "kiosk", "start as an invulstation (kiosk) for clients or relatives; needs --team");
    parser.AddOption("", "team", "the team the invulstation collects for");
    parser.AddOption("", "perspective", "who fills in at the invulstation: client (default) or relative");
}

bool App::OnCmdLineParsed(wxCmdLineParser& parser)
{
    db_given_ = parser.Found("db", &db_path_);
    parser.Found("lang", &lang_);
    parser.Found("screenshot", &screenshot_path_);
    parser.Found("describe", &describe_path_);
    demo_if_empty_ = parser.Found("demo");
    kiosk_ = parser.Found("kiosk");
    parser.Found("team", &kiosk_team_);
    if (!parser.Found("perspective", &kiosk_perspective_))
        kiosk_perspective_ = "client";
    if (kiosk_ && kiosk_team_.empty()) {
        parser.SetLogo("--kiosk needs --team NAME");
        parser.Usage();
        return false;
    }
    return wxApp::OnCmdLineParsed(parser);
}

bool App::OnInit()
{
    SetAppName("herstelspiegel");
    SetAppDisplayName("Herstelspiegel");
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    if (!wxApp::OnInit())
        return false;
    wxInitAllImageHandlers();
    use_app_icon_everywhere();
    // Settings in $XDG_CONFIG_HOME/herstelspiegel/settings.ini; the folder may not exist yet on a new account.
    const wxString config_dir = wxStandardPaths::Get().GetUserConfigDir() + "/herstelspiegel";
    wxFileName::Mkdir(config_dir, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL);
    delete wxConfigBase::Set(new wxFileConfig(GetAppName(), "", config_dir + "/settings.ini", "", wxCONFIG_USE_LOCAL_FILE));
    const std::string lang = setup_language(locale_, to_u8(lang_));

    if (db_path_.empty())
        db_path_ = wxConfigBase::Get()->Read("/last-database", u8(Store::default_path()));

    auto* frame = new MainFrame(lang);
    if (!kiosk_)
        frame->Show();
    if (!frame->open_database(db_path_) && db_path_ != u8(Store::default_path()))
        frame->open_database(u8(Store::default_path()));
    if (demo_if_empty_ && db_given_)
        frame->fill_with_demo_if_empty();
    else if (demo_if_empty_)
        frame->try_demo(); // never into the user's own database
    if (kiosk_)
        return start_kiosk(frame);

    if (screenshot_path_.empty() && describe_path_.empty())
        frame->CallAfter([frame] { frame->offer_to_continue(); });
    else {
        // Unattended: messages go to stderr instead of dialogs nobody can click away.
        delete wxLog::SetActiveTarget(new wxLogStderr);
        // Let the window be laid out and painted before taking the picture and the labels. With --describe alone
        // the program stays open: the test under Wine waits for the labels, then captures the screen itself.
        screenshot_timer_.Bind(wxEVT_TIMER, [this, frame](wxTimerEvent&) {
            if (!describe_path_.empty() && !write_window_description(frame, describe_path_))
                exit_code_ = 1;
            if (screenshot_path_.empty())
                return;
            if (!save_screen_area(frame, screenshot_path_))
                exit_code_ = 1;
            frame->Close(true);
        });
        screenshot_timer_.StartOnce(1500);
    }
    return true;
}

bool App::start_kiosk(MainFrame* frame)
{
    // The main window never shows: the station takes the screen, and closing it ends the program.
    const auto perspective = perspective_from_name(to_u8(kiosk_perspective_));
    try {
        if (!frame->store())
            throw std::runtime_error(to_u8(_("The invulstation cannot start without a database.")));
        if (!perspective)
            throw std::runtime_error(to_u8(wxString::Format(_("Unknown perspective \"%s\": use client or relative."),
                                                            kiosk_perspective_)));
        if (frame->start_kiosk(find_kiosk_place(*frame->store(), to_u8(kiosk_team_), *perspective), true)) {
            if (!screenshot_path_.empty())
                screenshot_kiosk();
            return true;
        }
    } catch (const std::exception& e) {
        // On the terminal for scripts, and in a dialog for a shortcut on the desktop (not when unattended); then exit 1.
        std::cerr << "herstelspiegel: " << e.what() << "\n";
        if (screenshot_path_.empty())
            show_message(u8(e.what()), _("Invulstation"), wxOK | wxICON_WARNING, nullptr);
    }
    exit_code_ = 1;
    frame->Destroy();
    return true; // ends at once, as no window is left, with exit_code_
}

// Unattended (--screenshot): a picture of the station once it has taken the screen, then the program ends without
// the coordinator's PIN, which only a person at the station can give.
void App::screenshot_kiosk()
{
    delete wxLog::SetActiveTarget(new wxLogStderr);
    screenshot_timer_.Bind(wxEVT_TIMER, [this](wxTimerEvent&) {
        wxWindow* station = nullptr;
        for (wxWindow* w : wxTopLevelWindows)
            if (w->IsShown())
                station = w;
        if (!station || !save_screen_area(station, screenshot_path_))
            exit_code_ = 1;
        ExitMainLoop();
    });
    screenshot_timer_.StartOnce(1500);
}

// wxWidgets ignores what OnExit returns: the process's exit code is OnRun's.
int App::OnRun()
{
    const int code = wxApp::OnRun();
    return exit_code_ != 0 ? exit_code_ : code;
}

int App::OnExit()
{
    wxApp::OnExit();
    return exit_code_;
}

} // namespace hs::gui
