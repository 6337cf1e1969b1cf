// The coaching report from the results window and the paper forms from the entry grid; see report_actions.h.
#include "report_actions.h"

#include "common/file_problem.h"
#include "messages.h"
#include "report/coaching_report.h"
#include "report/paper_form.h"
#include "translations.h"

#include <wx/filedlg.h>
#include <wx/utils.h>


namespace hs::gui {

namespace {
SavePathHandler& save_handler()
{
    static SavePathHandler h;
    return h;
}

// A file name without the characters Windows refuses in one.
wxString file_name_part(const std::string& text)
{
    wxString s = u8(text);
    for (wxChar c : wxString("\\/:*?\"<>|"))
        s.Replace(wxString(c), "-");
    return s;
}
} // namespace

wxString choose_save_path(wxWindow* parent, const wxString& title, const wxString& default_name, const wxString& wildcard)
{
    if (save_handler())
        return save_handler()(title, default_name);
    wxFileDialog dlg(parent, title, wxGetHomeDir(), default_name, wildcard, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    return dlg.ShowModal() == wxID_OK ? dlg.GetPath() : wxString();
}

void set_save_path_handler(SavePathHandler handler) { save_handler() = std::move(handler); }

wxString save_coaching_report(wxWindow* parent, Store& store, const ReportSubject& subject,
                              const std::function<void(const wxString&)>& status)
{
    // TRANSLATORS: suggested file name of the coaching report; %s are the team and the round
    const wxString name = wxString::Format(_("coaching-report %s %s.pdf"), file_name_part(subject.team_name),
                                           file_name_part(subject.round_label));
    const wxString path = choose_save_path(parent, _("Save the coaching report as"), name, _("PDF file (*.pdf)|*.pdf"));
    if (path.empty())
        return {};
    auto say = [&](const wxString& text) {
        if (status)
            status(text);
    };
    report::CoachingReportOptions options;
    options.language = subject.language;
    options.analysis = subject.options;
    try {
        wxBusyCursor busy;
        say(_("Writing the coaching report..."));
        wxYield(); // let the status line show before the work starts
        report::write_coaching_report(store, subject.team, subject.round, to_u8(path), options);
    } catch (const FileRefused& e) {
        say(wxString());
        show_message(u8(e.what()), _("The coaching report could not be written"), wxOK | wxICON_WARNING, parent);
        return {};
    } catch (const std::exception& e) {
        say(wxString());
        show_message(u8(e.what()), _("The coaching report could not be written"), wxOK | wxICON_ERROR, parent);
        return {};
    }
    say(wxString::Format(_("The coaching report was saved as %s."), path));
    if (show_message(wxString::Format(_("The coaching report was saved as %s. Open it now?"), path), _("Coaching report"),
                     wxYES_NO | wxICON_INFORMATION, parent) == wxYES)
        wxLaunchDefaultApplication(path);
    return path;
}

wxString save_paper_forms(wxWindow* parent, Store& store, const PaperFormSubject& subject)
{
    // TRANSLATORS: suggested file name of the paper forms; %s are the team and the round
    const wxString name = wxString::Format(_("paper-forms %s %s.pdf"), file_name_part(subject.team_name),
                                           file_name_part(subject.round_label));
    const wxString path = choose_save_path(parent, _("Save the paper forms as"), name, _("PDF file (*.pdf)|*.pdf"));
    if (path.empty())
        return {};
    report::PaperFormOptions options;
    options.language = subject.language;
    options.copies = subject.copies;
    options.first_number = subject.first;
    options.team = subject.team_name;
    options.round = subject.round_label;
    try {
        wxBusyCursor busy;
        report::write_paper_form(*store.questionnaire_of(subject.round, subject.perspective), to_u8(path), options);
    } catch (const std::exception& e) {
        show_message(u8(e.what()), _("The paper forms could not be written"), wxOK | wxICON_WARNING, parent);
        return {};
    }
    if (show_message(wxString::Format(_("The paper forms were saved as %s. Open them now to print them?"), path),
                     _("Paper forms"), wxYES_NO | wxICON_INFORMATION, parent) == wxYES)
        wxLaunchDefaultApplication(path);
    return path;
}

} // namespace hs::gui
