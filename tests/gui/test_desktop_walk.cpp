// The desktop as a coordinator meets it besides the list: an import shown before it changes anything and taken
// back with Ctrl+Z, the toolkit's own dialogs in Dutch on a PC without the Dutch locale, Help > About with
// version, licence and icon, the application icon on every window, and the coaching page on paper.
#include "app_icon.h"
#include "coaching_page.h"
#include "printing.h"
#include "exchange/response_exchange.h"
#include "main_frame.h"
#include "participation_panel.h"
#include "messages.h"
#include "questionnaire/questionnaire_loader.h"
#include "results_dialog.h"
#include "translations.h"
#include "user_guide.h"
#include "wizard_pages.h"

#include "../core/test_helpers.h"
#include "gui_test_helpers.h"

#include <catch2/catch.hpp>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/generic/printps.h>
#include <wx/menu.h>
#include <wx/statusbr.h>

#include <gtk/gtk.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace hs;
using namespace hs::gui;
using namespace hs::guitest;

namespace {

NewResponse response_of(const std::string& team, AnswerCode answer)
{
    NewResponse r;
    r.team = team;
    r.answers.assign(builtin_questionnaire().items.size(), answer);
    return r;
}

std::size_t responses_in(Store& store) { return store.load_responses({}).size(); }

// The texts on a GTK dialog's buttons as the user reads them (mnemonic underscores kept): the labels GTK put
// inside them, which for a stock button ("gtk-cancel") is the stock item's translated text.
std::vector<std::string> button_labels(GtkWidget* widget, bool in_button = false)
{
    std::vector<std::string> out;
    if (in_button && GTK_IS_LABEL(widget))
        out.emplace_back(gtk_label_get_label(GTK_LABEL(widget)));
    if (GTK_IS_CONTAINER(widget)) {
        GList* children = gtk_container_get_children(GTK_CONTAINER(widget));
        for (GList* c = children; c; c = c->next)
            for (auto& label : button_labels(GTK_WIDGET(c->data), in_button || GTK_IS_BUTTON(widget)))
                out.push_back(std::move(label));
        g_list_free(children);
    }
    // A header bar (GTK's file chooser under some settings) keeps its buttons outside the dialog's content.
    if (GTK_IS_WINDOW(widget))
        if (GtkWidget* bar = gtk_window_get_titlebar(GTK_WINDOW(widget)))
            for (auto& label : button_labels(bar))
                out.push_back(std::move(label));
    return out;
}

std::string joined(const std::vector<std::string>& labels)
{
    std::string out;
    for (const auto& label : labels)
        out += label + "|";
    return out;
}

bool has(const std::vector<std::string>& labels, const std::string& label)
{
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// The shown GTK window of a GTK type (GTK's own dialogs are not wxWidgets windows).
GtkWidget* shown_gtk_window(GType type)
{
    GList* windows = gtk_window_list_toplevels();
    GtkWidget* found = nullptr;
    for (GList* w = windows; w; w = w->next)
        if (G_TYPE_CHECK_INSTANCE_TYPE(w->data, type) && gtk_widget_get_visible(GTK_WIDGET(w->data)))
            found = GTK_WIDGET(w->data);
    g_list_free(windows);
    return found;
}

GtkAboutDialog* shown_about_dialog()
{
    GtkWidget* about = shown_gtk_window(GTK_TYPE_ABOUT_DIALOG);
    return about ? GTK_ABOUT_DIALOG(about) : nullptr;
}

} // namespace

TEST_CASE("an import shows what it will add before anything changes, and Ctrl+Z takes exactly it back")
{
    hs::test::TempDir dir;
    // Responses collected on a laptop: round 2026-najaar, two of team A and one of the new team C.
    const std::string file = dir.file("najaar.hsr.xml");
    {
        Store laptop(dir.file("laptop.db"));
        const RowId autumn = laptop.add_round("2026-najaar", "2026-10-01", builtin_questionnaire());
        laptop.insert_responses(autumn, {response_of("A", 4), response_of("A", 3), response_of("C", 2)});
        REQUIRE(write_response_file(laptop, autumn, std::nullopt, file) == 3);
    }
    const std::string broken = dir.file("kapot.hsr.xml");
    hs::test::write_file(broken, "<herstelspiegel-responses>niet af");
    const std::string db = dir.file("kantoor.db");
    {
        Store office(db);
        const RowId spring = office.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
        office.insert_responses(spring, {response_of("A", 5), response_of("B", 5)});
    }
    Messages messages;
    MainFrame* frame = open_main_frame(db);
    Store& store = *frame->store();

    // First the plan, with the file that cannot be imported and why; "no" changes nothing.
    messages.answer = wxNO;
    wxArrayString paths;
    paths.Add(wxString::FromUTF8(file.c_str()));
    paths.Add(wxString::FromUTF8(broken.c_str()));
    frame->import_files(paths);
    REQUIRE(messages.seen.size() == 1);
    const wxString plan = messages.seen.back();
    CHECK(plan.Contains("Dit wordt geïmporteerd:"));
    CHECK(plan.Contains("najaar.hsr.xml"));
    CHECK(plan.Contains("ronde 2026-najaar (nieuw)"));
    CHECK(plan.Contains("team A: 2 ingevulde vragenlijsten"));
    CHECK(plan.Contains("team C (nieuw): 1 ingevulde vragenlijst"));
    CHECK(plan.Contains("Deze bestanden kunnen niet worden geïmporteerd"));
    CHECK(plan.Contains("kapot.hsr.xml"));
    CHECK(plan.Contains("Ongedaan maken (Ctrl+Z)"));
    CHECK(responses_in(store) == 2);
    CHECK_FALSE(store.find_round("2026-najaar"));
    CHECK_FALSE(store.find_team("C"));
    const int undo_id = frame->GetMenuBar()->FindMenuItem("&Ronde", "&Ongedaan maken");
    REQUIRE(undo_id != wxNOT_FOUND);
    CHECK_FALSE(frame->GetMenuBar()->IsEnabled(undo_id));

    // "Yes": the good file comes in whole, and Undo says what it will take back.
    messages.answer = wxYES;
    frame->import_files(paths);
    CHECK(responses_in(store) == 5);
    CHECK(store.find_team("C"));
    CHECK(frame->GetStatusBar()->GetStatusText().Contains("3 ingevulde vragenlijsten geïmporteerd"));
    CHECK(frame->GetMenuBar()->IsEnabled(undo_id));
    CHECK(frame->GetMenuBar()->GetLabel(undo_id).Contains("import van 3 ingevulde vragenlijsten"));
    maybe_screenshot(frame, "import-done.png");

    // Ctrl+Z, typed as a person would, asks first ("no" keeps it), then takes back exactly the import.
    messages.seen.clear();
    messages.answer = wxNO;
    mouse_click(frame->list_panel());
    press('z', wxMOD_CONTROL);
    REQUIRE(messages.seen.size() == 1);
    CHECK(messages.seen.back().Contains("De 3 ingevulde vragenlijsten die deze import toevoegde verwijderen?"));
    CHECK(responses_in(store) == 5);
    messages.answer = wxYES;
    press('z', wxMOD_CONTROL);
    CHECK(responses_in(store) == 2);
    CHECK_FALSE(store.find_round("2026-najaar"));
    CHECK_FALSE(store.find_team("C"));
    CHECK(store.find_team("A"));
    CHECK(frame->GetStatusBar()->GetStatusText().Contains("Ongedaan gemaakt"));
    CHECK_FALSE(frame->GetMenuBar()->IsEnabled(undo_id));

    // A file with nothing new says so and asks nothing.
    messages.seen.clear();
    frame->import_files(paths);
    frame->import_files(paths);
    REQUIRE(messages.seen.size() == 2);
    CHECK(messages.seen.back().Contains("3 ingevulde vragenlijsten zijn al eerder geïmporteerd"));
    CHECK(messages.seen.back().Contains("Er is niets te importeren."));
    CHECK(responses_in(store) == 5);
    frame->Destroy();
}

TEST_CASE("the file chooser's buttons are Dutch on a PC without the Dutch locale")
{
    // The test runs as a user without nl_NL would (with_window_manager.sh): the C library's locale is C.UTF-8.
    REQUIRE(std::string(std::getenv("LANG") ? std::getenv("LANG") : "") == "C.UTF-8");
    // (GTK's file chooser is not among wxWidgets' top-level windows: the driver reaches it through `dlg`.)
    wxFileDialog dlg(nullptr, "Importeren", "", "", "*", wxFD_OPEN);
    std::vector<std::string> labels;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        labels = button_labels(GTK_WIDGET(dlg.GetHandle()));
        dlg.EndModal(wxID_CANCEL);
    });
    Driver driver(std::move(steps), [&] { return dlg.IsModal(); });
    dlg.ShowModal();
    CHECK(driver.done());
    INFO(joined(labels));
    CHECK(has(labels, "_Annuleren"));
    CHECK(has(labels, "_Openen"));
    CHECK_FALSE(has(labels, "_Cancel"));
}

TEST_CASE("Help > About shows the version, the licence and the application's icon, and its buttons are Dutch")
{
    hs::test::TempDir dir;
    auto* frame = new MainFrame("nl");
    REQUIRE(frame->open_database(wxString::FromUTF8(dir.file("hs.db").c_str())));
    frame->Show();
    settle();
    // The icon is on the main window in every size a desktop asks for.
    CHECK(frame->GetIcons().GetIconCount() >= 7);
    CHECK(frame->GetIcons().GetIcon(wxSize(48, 48)).GetWidth() == 48);

    GtkAboutDialog* about = nullptr;
    std::string version, licence, name;
    int logo_width = 0;
    std::vector<std::string> labels;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        about = shown_about_dialog();
        version = gtk_about_dialog_get_version(about) ? gtk_about_dialog_get_version(about) : "";
        licence = gtk_about_dialog_get_license(about) ? gtk_about_dialog_get_license(about) : "";
        name = gtk_about_dialog_get_program_name(about) ? gtk_about_dialog_get_program_name(about) : "";
        if (GdkPixbuf* logo = gtk_about_dialog_get_logo(about))
            logo_width = gdk_pixbuf_get_width(logo);
        labels = button_labels(GTK_WIDGET(about));
        if (const char* shots = std::getenv("HS_SCREENSHOT_DIR")) { // GTK's own dialog, drawn by GTK
            GtkWidget* widget = GTK_WIDGET(about);
            cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, gtk_widget_get_allocated_width(widget),
                                                                  gtk_widget_get_allocated_height(widget));
            cairo_t* cr = cairo_create(surface);
            gtk_widget_draw(widget, cr);
            cairo_destroy(cr);
            cairo_surface_write_to_png(surface, (std::string(shots) + "/about.png").c_str());
            cairo_surface_destroy(surface);
        }
        gtk_dialog_response(GTK_DIALOG(about), GTK_RESPONSE_DELETE_EVENT); // wxWidgets then destroys it
    });
    Driver driver(std::move(steps), [] { return shown_about_dialog() != nullptr; });
    frame->ProcessCommand(wxID_ABOUT);
    CHECK(wait_until([&] { return driver.done(); }, 5000));
    REQUIRE(about);
    CHECK(name == "Herstelspiegel");
    CHECK(version == HS_VERSION);
    CHECK_FALSE(licence.empty());
    CHECK(licence == to_u8(licence_text()).substr(0, licence.size()));
    CHECK(logo_width == 128); // the icon itself, not GTK's "image missing"
    INFO(joined(labels));
    CHECK(has(labels, "Sl_uiten"));
    CHECK(has(labels, "_Licentie"));
    CHECK_FALSE(has(labels, "_Close"));
    frame->Destroy();
}

TEST_CASE("the wizard, and every dialog GTK opens, show the application's icon")
{
    REQUIRE(app_icons().GetIconCount() == 7);
    CHECK(app_icon(32).GetWidth() == 32);
    CHECK(app_icon(20).GetWidth() == 24); // the nearest larger size
    use_app_icon_everywhere();
    GList* defaults = gtk_window_get_default_icon_list();
    CHECK(g_list_length(defaults) == 7);
    g_list_free(defaults);

    hs::test::TempDir dir;
    Store store(dir.file("hs.db"));
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
    const RowId team = store.add_team("FACT Zuid");
    WizardStart start;
    start.team = team;
    start.round = round;
    ResponseWizard wizard(nullptr, store, "nl", start);
    CHECK(wizard.GetIcons().GetIconCount() == 7);
    wizard.Show(); // GTK takes a window's icons when it is realised
    settle();
    GList* own = gtk_window_get_icon_list(GTK_WINDOW(wizard.GetHandle()));
    CHECK(g_list_length(own) >= 1);
    g_list_free(own);
    wizard.Hide();
}

TEST_CASE("the coaching page goes to paper with its headings and page numbers")
{
    ShownResults shown;
    auto& dir = shown.dir;
    ResultsDialog& dlg = *shown.dlg;
    // The printout the print dialog sends to a printer, printed here without a dialog by wxWidgets' own
    // PostScript printer (no printer nor GTK print back end needed), so the test reads what went on paper.
    CoachingPage* page = dlg.coaching();
    auto printout = html_printout(page->title(), page->html());
    const std::string ps = dir.file("coaching.ps");
    wxPrintDialogData data;
    data.SetFromPage(1);
    data.SetToPage(9999); // every page (the printer keeps to the printout's)
    data.GetPrintData().SetPaperId(wxPAPER_A4);
    data.GetPrintData().SetPrintMode(wxPRINT_MODE_FILE);
    data.GetPrintData().SetFilename(wxString::FromUTF8(ps.c_str()));
    wxPostScriptPrinter printer(&data);
    REQUIRE(printer.Print(&dlg, printout.get(), false));
    std::string text;
    REQUIRE(hs::test::run_command("cat '" + ps + "'", text) == 0);
    // The words as PostScript strings, one per word: the title and a heading on the first page, and on every
    // page its number and the number of pages at the foot ("1 / 2").
    int pages = 0;
    for (std::size_t at = text.find("%%Page: "); at != std::string::npos; at = text.find("%%Page: ", at + 1))
        ++pages;
    CHECK(pages >= 1);
    const std::string first_page = text.substr(0, text.find("%%Page: 2"));
    CHECK(first_page.find("(Coaching: )") != std::string::npos);
    CHECK(first_page.find("(Sterkste )") != std::string::npos);
    CHECK(first_page.find("(1 ) (\\n) strsplit") != std::string::npos);
    CHECK(first_page.find("(/ ) (\\n) strsplit") != std::string::npos);
    CHECK(text.find("(" + std::to_string(pages) + ") (\\n) strsplit") != std::string::npos);
    dlg.Hide();
}

TEST_CASE("the coaching page's print button opens the system's print dialog in Dutch")
{
    ShownResults shown;
    ResultsDialog& dlg = *shown.dlg;
    CoachingPage* page = dlg.coaching();
    // The page's own button opens the system's print dialog, in Dutch; cancelling prints nothing.
    std::vector<std::string> labels;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        GtkWidget* print_dialog = shown_gtk_window(g_type_from_name("GtkPrintUnixDialog"));
        labels = button_labels(print_dialog);
        gtk_dialog_response(GTK_DIALOG(print_dialog), GTK_RESPONSE_CANCEL);
    });
    Driver driver(std::move(steps), [] { return shown_gtk_window(g_type_from_name("GtkPrintUnixDialog")) != nullptr; });
    auto buttons = descendants(page, [](wxWindow* w) { return dynamic_cast<wxButton*>(w) && w->GetLabel() == "&Afdrukken..."; });
    REQUIRE(buttons.size() == 1);
    dlg.notebook()->SetSelection(3); // the coaching tab
    settle();
    mouse_click(buttons.front());
    CHECK(wait_until([&] { return driver.done(); }, 10000));
    INFO(joined(labels));
    CHECK(has(labels, "Af_drukken"));
    CHECK(has(labels, "_Annuleren"));
    dlg.Hide();
}

TEST_CASE("answers in a CSV go to the selected team and round after the user saw how many, and Ctrl+Z takes them back")
{
    hs::test::TempDir dir;
    const std::string db = dir.file("kantoor.db");
    RowId round = 0, team = 0;
    {
        Store office(db);
        round = office.add_round("2026-voorjaar", "2026-04-01", builtin_questionnaire());
        team = office.add_team("FACT Noord");
        office.add_team("FACT Zuid");
    }
    // Two paper forms typed into a spreadsheet: a column per statement, a row per form.
    const Questionnaire& q = builtin_questionnaire();
    std::string header, row;
    for (const auto& item : q.items) {
        header += (header.empty() ? "" : ";") + item.id;
        row += row.empty() ? "4" : ";4";
    }
    const std::string csv = dir.file("formulieren.csv");
    hs::test::write_file(csv, header + "\n" + row + "\n" + row + "\n");
    wxArrayString paths;
    paths.Add(wxString::FromUTF8(csv.c_str()));

    Messages messages;
    MainFrame* frame = open_main_frame(db);
    Store& store = *frame->store();
    REQUIRE(frame->select(team, round));

    // The plan names the selected team and round and the number of forms; "no" changes nothing.
    messages.answer = wxNO;
    frame->import_files(paths);
    REQUIRE(messages.seen.size() == 1);
    INFO(messages.seen.back());
    CHECK(messages.seen.back().Contains("Dit wordt geïmporteerd:"));
    CHECK(messages.seen.back().Contains("formulieren.csv"));
    CHECK(messages.seen.back().Contains("ronde 2026-voorjaar"));
    CHECK(messages.seen.back().Contains("team FACT Noord: 2 ingevulde vragenlijsten"));
    CHECK_FALSE(messages.seen.back().Contains("FACT Zuid"));
    CHECK(responses_in(store) == 0);

    // "Yes": both forms in, for FACT Noord; Ctrl+Z (asked and agreed) takes exactly them back.
    messages.answer = wxYES;
    frame->import_files(paths);
    CHECK(responses_in(store) == 2);
    CHECK(store.load_responses({}).front().info.team_id == team);
    CHECK(frame->GetStatusBar()->GetStatusText().Contains("2 ingevulde vragenlijsten geïmporteerd"));
    messages.seen.clear();
    mouse_click(frame->list_panel()->list());
    press('z', wxMOD_CONTROL);
    REQUIRE(messages.seen.size() == 1);
    CHECK(messages.seen.back().Contains("De 2 ingevulde vragenlijsten die deze import toevoegde verwijderen?"));
    CHECK(responses_in(store) == 0);
    CHECK(store.find_team("FACT Noord"));
    frame->Destroy();
}

TEST_CASE("a question's buttons are Dutch on a PC without the Dutch locale, and say what they answer")
{
    // The real message box, as GTK shows it (not the tests' stand-in).
    std::vector<std::string> labels;
    std::deque<std::function<void()>> steps;
    steps.push_back([&] {
        GtkWidget* box = shown_gtk_window(GTK_TYPE_MESSAGE_DIALOG);
        labels = button_labels(box);
        gtk_dialog_response(GTK_DIALOG(box), GTK_RESPONSE_NO);
    });
    Driver driver(std::move(steps), [] { return shown_gtk_window(GTK_TYPE_MESSAGE_DIALOG) != nullptr; });
    const int answer = show_message("Ronde sluiten?", "Ronde sluiten", wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, nullptr);
    CHECK(driver.done());
    CHECK(answer == wxNO);
    INFO(joined(labels));
    CHECK(has(labels, "_Ja"));
    CHECK(has(labels, "_Nee"));
    CHECK_FALSE(has(labels, "_Yes"));
}
