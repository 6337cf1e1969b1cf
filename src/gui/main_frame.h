#pragma once
// The main window: every team's participation in every round (or, for an empty database, a start page), and
// the actions on them.
#include "frontend/kiosk_station.h"
#include "store/store.h"

#include <wx/arrstr.h>
#include <wx/button.h>
#include <wx/frame.h>

#include <functional>
#include <memory>
#include <optional>

namespace hs::gui {

class ParticipationPanel;
class StartPanel;

class MainFrame : public wxFrame {
public:
    explicit MainFrame(std::string lang);
    ~MainFrame() override;

    // Opens (or creates) the database; shows the reason and returns false when it cannot.
    bool open_database(const wxString& path);
    Store* store() { return store_.get(); }
    void refresh();
    const std::string& language() const { return lang_; }
    // Offers to continue interrupted questionnaires, as the application starts.
    void offer_to_continue();
    // A new user sees a working example: an empty database gets a demo organisation.
    void fill_with_demo_if_empty();
    // The example organisation in a database of its own (the start page's offer; also `--demo`), so the user's own
    // database stays empty and untouched.
    void try_demo() { on_try_demo(); }
    void on_fill_in();
    void on_results();
    void on_export();
    // Replaces this window by the full-screen invulstation until the coordinator's PIN closes it; then this window
    // returns, or (started with --kiosk) the program ends.
    bool start_kiosk(const KioskPlace& place, bool quit_after);
    // Imports these files after showing what they add (see import_flow.h); Undo takes the import back.
    void import_files(const wxArrayString& paths);
    void on_undo();

    // The (team, round) of the selected row, if any.
    struct Selection {
        RowId team = 0;
        RowId round = 0;
    };
    std::optional<Selection> selection() const;
    bool select(RowId team, RowId round);
    ParticipationPanel* list_panel() { return list_; }
    StartPanel* start_panel() { return start_; }
    wxButton* fill_in_button() { return fill_in_; }
    wxButton* results_button() { return results_; }
    wxButton* export_button() { return export_; }

private:
    void build_menu();
    void build_body();
    void update_actions();
    void on_open_database();
    void on_connect_server();
    void on_new_round();
    void on_add_team();
    void on_toggle_round();
    void on_activate();
    void on_try_demo();
    void on_import();
    void on_backup();
    void on_about();
    void on_guide();
    void on_language();
    void on_kiosk();
    void on_close(wxCloseEvent& event);
    // Runs an action on the store and shows a refusal or error as a message, never as a crash.
    bool attempt(const std::function<void()>& action);

    std::string lang_;
    std::unique_ptr<Store> store_;
    wxButton* fill_in_ = nullptr;
    wxButton* results_ = nullptr;
    wxButton* export_ = nullptr;
    ParticipationPanel* list_ = nullptr;
    StartPanel* start_ = nullptr;
    wxWindow* list_page_ = nullptr;
    // The last change to many things at once (closing or reopening a round, an import), so Undo can take it back.
    struct Undo {
        wxString description;
        wxString question; // asked before undoing, when undoing itself changes many things
        std::function<void()> take_back;
    };
    std::optional<Undo> undo_;
};

} // namespace hs::gui
