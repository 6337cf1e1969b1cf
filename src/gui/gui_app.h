#pragma once
#include <wx/app.h>
#include <wx/intl.h>
#include <wx/timer.h>

#include <memory>

namespace hs::gui {

class MainFrame;

// Command line: herstelspiegel [--db FILE] [--lang nl|en] [--demo] [--screenshot FILE.png] [--describe FILE.txt]
//               [--kiosk --team T [--perspective client|relative]]
class App : public wxApp {
public:
    // The program's own options (without wxWidgets' --help and --verbose), once for the application and for the
    // help that main() gives without a display.
    static void add_options(wxCmdLineParser& parser);
    bool OnInit() override;
    void OnInitCmdLine(wxCmdLineParser& parser) override;
    bool OnCmdLineParsed(wxCmdLineParser& parser) override;
    int OnRun() override;
    int OnExit() override;

private:
    bool start_kiosk(MainFrame* frame);
    void screenshot_kiosk();
    std::unique_ptr<wxLocale> locale_;
    wxString db_path_;
    wxString lang_;
    wxString screenshot_path_;
    wxString describe_path_;
    bool demo_if_empty_ = false;
    bool db_given_ = false; // --db named the database: --demo fills that one
    bool kiosk_ = false;
    wxString kiosk_team_;
    wxString kiosk_perspective_;
    wxTimer screenshot_timer_;
    int exit_code_ = 0;
};

} // namespace hs::gui
