// The import with its confirmation; see import_flow.h.
#include "import_flow.h"

#include "exchange/response_exchange.h"
#include "messages.h"
#include "translations.h"

#include <wx/filename.h>

#include <set>

namespace hs::gui {

namespace {

int responses_in(const std::vector<InsertResult>& results)
{
    int n = 0;
    for (const auto& r : results)
        n += r.inserted;
    return n;
}

// One file's part of the confirmation: where its responses go and how many, or why it cannot be imported.
wxString describe(const wxString& path, const InsertResult& preview, const std::set<std::string>& known_teams,
                  const std::vector<std::string>& notes)
{
    wxString text = wxFileName(path).GetFullName() + "\n";
    text += "    " + wxString::Format(preview.round_created ? _("round %s (new)") : _("round %s"), u8(preview.round_label)) + "\n";
    for (const auto& [team, count] : preview.inserted_per_team) {
        const wxString responses = wxString::Format(wxPLURAL("%d response", "%d responses", static_cast<unsigned>(count)), count);
        text += "    " + wxString::Format(known_teams.count(team) ? _("team %s: %s") : _("team %s (new): %s"), u8(team), responses) + "\n";
    }
    if (preview.inserted == 0)
        text += "    " + _("nothing new") + "\n";
    if (preview.already_present > 0)
        text += "    " + wxString::Format(wxPLURAL("%d response was imported before and is skipped",
                                                   "%d responses were imported before and are skipped",
                                                   static_cast<unsigned>(preview.already_present)),
                                         preview.already_present) + "\n";
    for (const auto& note : notes)
        text += "    " + u8(note) + "\n";
    return text;
}

} // namespace

wxString import_description(const std::vector<InsertResult>& imported)
{
    const int n = responses_in(imported);
    return wxString::Format(wxPLURAL("import of %d response", "import of %d responses", static_cast<unsigned>(n)), n);
}

std::vector<InsertResult> run_import(wxWindow* parent, Store& store, const wxArrayString& paths, std::optional<RowId> team,
                                     std::optional<RowId> round)
{
    std::set<std::string> known_teams;
    for (const auto& t : store.teams())
        known_teams.insert(t.name);

    // First what each file would add: the import's own code, rolled back at the end.
    wxString plan, problems;
    std::vector<wxString> importable;
    for (const auto& path : paths) {
        const std::string file = to_u8(path);
        if (is_csv_path(file) && (!team || !round)) {
            problems += wxFileName(path).GetFullName() + "\n    " +
                        _("Select the team and round the CSV answers belong to, then import again.") + "\n";
            continue;
        }
        try {
            std::vector<std::string> notes;
            const InsertResult preview = preview_response_file(store, file, round, team, &notes);
            plan += describe(path, preview, known_teams, notes);
            if (preview.inserted > 0)
                importable.push_back(path);
        } catch (const std::exception& e) {
            problems += wxFileName(path).GetFullName() + "\n    " + u8(e.what()) + "\n";
        }
    }
    wxString text;
    if (!plan.empty())
        text += _("This will be imported:") + "\n\n" + plan;
    if (!problems.empty())
        text += (text.empty() ? wxString() : wxString("\n")) + _("These files cannot be imported; nothing of them changes:") + "\n\n" + problems;
    if (importable.empty()) {
        show_message(text + "\n" + _("There is nothing to import."), _("Import"), wxOK | wxICON_INFORMATION, parent);
        return {};
    }
    text += "\n" + _("Import now? You can undo it afterwards with Round > Undo (Ctrl+Z).");
    if (show_message(text, _("Import"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION, parent) != wxYES)
        return {};

    std::vector<InsertResult> imported;
    wxString failed;
    for (const auto& path : importable) {
        try {
            imported.push_back(import_response_file(store, to_u8(path), round, team));
        } catch (const std::exception& e) { // changed since the preview (another workstation): that file only
            failed += wxFileName(path).GetFullName() + "\n    " + u8(e.what()) + "\n";
        }
    }
    if (!failed.empty())
        show_message(_("These files could not be imported after all; nothing of them changed:") + "\n\n" + failed, _("Import"),
                     wxOK | wxICON_WARNING, parent);
    return imported;
}

} // namespace hs::gui
