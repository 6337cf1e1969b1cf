#include "export_dialog.h"

#include "accessibility.h"
#include "dialog_buttons.h"
#include "workbook/report_definition.h"
#include "translations.h"
#include "workbook/raw_export.h"
#include "workbook/workbooks.h"

#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/filepicker.h>
#include <wx/textctrl.h>
#include "messages.h"
#include <wx/progdlg.h>
#include <wx/radiobut.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>
#include <wx/filename.h>
#include <wx/utils.h>

namespace hs::gui {

namespace {

// What the dialog chooses; the export itself is the core's.
struct ExportChoice {
    bool team_trend = true;
    RowId team = 0;
    RowId round = 0;
    ReportDefinition report; // the built-in one or the chosen file, as loaded
    std::string language = "nl";
    int threshold = anonymity::kDefaultThreshold;
    wxString out_file;
};

class ExportDialog : public wxDialog {
public:
    ExportDialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round, const std::string& lang)
        : wxDialog(parent, wxID_ANY, _("Export a workbook"), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER)
    {
        teams_ = store.teams();
        rounds_ = store.rounds();
        auto* grid = new wxFlexGridSizer(2, wxSize(12, 8));
        grid->AddGrowableCol(1);
        trend_ = new wxRadioButton(this, wxID_ANY, _("Trend workbook of the team"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
        compare_ = new wxRadioButton(this, wxID_ANY, _("Comparison of all teams in the round"));
        team_ = new wxChoice(this, wxID_ANY);
        for (std::size_t i = 0; i < teams_.size(); ++i) {
            team_->Append(u8(teams_[i].name));
            if (team && teams_[i].id == *team)
                team_->SetSelection(static_cast<int>(i));
        }
        round_ = new wxChoice(this, wxID_ANY);
        for (std::size_t i = 0; i < rounds_.size(); ++i) {
            round_->Append(u8(rounds_[i].label));
            if (round && rounds_[i].id == *round)
                round_->SetSelection(static_cast<int>(i));
        }
        if (team_->GetSelection() == wxNOT_FOUND && !teams_.empty())
            team_->SetSelection(0);
        if (round_->GetSelection() == wxNOT_FOUND && !rounds_.empty())
            round_->SetSelection(static_cast<int>(rounds_.size() - 1));
        language_ = new wxChoice(this, wxID_ANY);
        language_->Append(_("Dutch"));
        language_->Append(_("English"));
        language_->SetSelection(lang == "en" ? 1 : 0);
        threshold_ = new wxSpinCtrl(this, wxID_ANY, wxString::Format("%d", anonymity::kDefaultThreshold), wxDefaultPosition,
                                    wxDefaultSize, wxSP_ARROW_KEYS, anonymity::kMinimumThreshold, 100, anonymity::kDefaultThreshold);
        threshold_->SetToolTip(wxString::Format(_("Groups smaller than this show no numbers; never below %d."), anonymity::kMinimumThreshold));
        uses_ = new wxStaticText(this, wxID_ANY, "");
        report_ = new wxFilePickerCtrl(this, wxID_ANY, "", _("Choose a report definition"), "XML (*.xml)|*.xml");
        out_ = new wxFilePickerCtrl(this, wxID_ANY, "", _("Save the workbook as"), _("Excel workbook (*.xlsx)|*.xlsx"),
                                    wxDefaultPosition, wxDefaultSize, wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);

        // Names a screen reader speaks (GTK reads a choice as its chosen value, the rest as nothing); a file
        // picker's button and field are controls of their own.
        set_accessible_name(team_, _("Team"));
        set_accessible_name(round_, _("Round"));
        set_accessible_name(language_, name_from_label(_("Language of the workbook:")));
        set_accessible_name(threshold_, name_from_label(_("Anonymity threshold:")));
        for (auto [picker, label] : {std::pair{report_, _("Report definition (empty: built-in):")}, std::pair{out_, _("Save as:")}}) {
            set_accessible_name(picker, name_from_label(label));
            for (wxWindow* part : {static_cast<wxWindow*>(picker->GetPickerCtrl()), static_cast<wxWindow*>(picker->GetTextCtrl())})
                if (part)
                    set_accessible_name(part, name_from_label(label));
        }

        grid->Add(trend_, wxSizerFlags().CenterVertical());
        grid->Add(team_, wxSizerFlags().Expand());
        grid->Add(compare_, wxSizerFlags().CenterVertical());
        grid->Add(round_, wxSizerFlags().Expand());
        grid->Add(new wxStaticText(this, wxID_ANY, _("Language of the workbook:")), wxSizerFlags().CenterVertical());
        grid->Add(language_);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Anonymity threshold:")), wxSizerFlags().CenterVertical());
        grid->Add(threshold_);
        grid->Add(new wxStaticText(this, wxID_ANY, _("Report definition (empty: built-in):")), wxSizerFlags().CenterVertical());
        grid->Add(report_, wxSizerFlags().Expand());
        grid->Add(new wxStaticText(this, wxID_ANY, _("Save as:")), wxSizerFlags().CenterVertical());
        grid->Add(out_, wxSizerFlags().Expand());
        auto* top = new wxBoxSizer(wxVERTICAL);
        top->Add(grid, wxSizerFlags(1).Expand().Border(wxALL, 12));
        top->Add(uses_, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 12));
        top->Add(CreateStdDialogButtonSizer(wxOK | wxCANCEL), wxSizerFlags().Expand().Border(wxALL, 12));
        relabel_stock_buttons(this); // GTK's stock labels follow the system's language, not the program's
        SetSizerAndFit(top);
        SetSize(wxSize(640, -1));
        update_name();
        for (wxWindow* w : std::initializer_list<wxWindow*>{trend_, compare_})
            w->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { update_name(); });
        team_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_name(); });
        round_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update_name(); });
        // The report's threshold and language hold until the user changes them here.
        for (wxWindow* w : std::initializer_list<wxWindow*>{trend_, compare_})
            w->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { load_report(); });
        report_->Bind(wxEVT_FILEPICKER_CHANGED, [this](wxFileDirPickerEvent&) { load_report(); });
        threshold_->Bind(wxEVT_SPINCTRL, [this](wxSpinEvent&) {
            threshold_changed_ = true;
            show_uses();
        });
        language_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
            language_changed_ = true;
            show_uses();
        });
        load_report();
    }

    bool TransferDataFromWindow() override
    {
        choice_.team_trend = trend_->GetValue();
        if ((choice_.team_trend && team_->GetSelection() == wxNOT_FOUND) || (!choice_.team_trend && round_->GetSelection() == wxNOT_FOUND)) {
            show_message(_("There is nothing to export yet."), _("Export"), wxOK | wxICON_INFORMATION, this);
            return false;
        }
        if (choice_.team_trend)
            choice_.team = teams_[static_cast<std::size_t>(team_->GetSelection())].id;
        else
            choice_.round = rounds_[static_cast<std::size_t>(round_->GetSelection())].id;
        if (!report_ok_) {
            show_message(report_problem_, _("Export"), wxOK | wxICON_ERROR, this);
            return false;
        }
        choice_.report = report_def_;
        choice_.language = language_->GetSelection() == 1 ? "en" : "nl";
        choice_.threshold = threshold_->GetValue();
        choice_.out_file = out_->GetPath();
        if (choice_.out_file.empty()) {
            show_message(_("Choose where to save the workbook."), _("Export"), wxOK | wxICON_INFORMATION, this);
            return false;
        }
        if (!choice_.out_file.Lower().EndsWith(".xlsx"))
            choice_.out_file += ".xlsx";
        return true;
    }

    const ExportChoice& choice() const { return choice_; }

    // For tests: what the export will use.
    int threshold() const { return threshold_->GetValue(); }
    std::string language() const { return language_->GetSelection() == 1 ? "en" : "nl"; }

private:
    // The built-in report of the chosen kind, or the chosen file; its threshold and language fill the controls
    // the user has not changed.
    void load_report()
    {
        const ReportKind kind = trend_->GetValue() ? ReportKind::TeamTrend : ReportKind::OrganisationCompare;
        const wxString file = report_->GetPath();
        report_ok_ = true;
        try {
            report_def_ = file.empty() ? builtin_report(kind) : load_report_definition_file(to_u8(file));
            if (report_def_.kind != kind) {
                report_ok_ = false;
                report_problem_ = _("The report definition is for the other kind of workbook.");
            }
        } catch (const FileRefused& e) {
            report_ok_ = false;
            report_problem_ = u8(e.what());
        }
        if (report_ok_) {
            if (!threshold_changed_)
                threshold_->SetValue(report_def_.anonymity_threshold);
            if (!language_changed_)
                language_->SetSelection(report_def_.language == "en" ? 1 : 0);
        }
        show_uses();
    }

    void show_uses()
    {
        if (!report_ok_) {
            uses_->SetLabel(report_problem_);
            return;
        }
        const wxString language = language_->GetSelection() == 1 ? _("English") : _("Dutch");
        // TRANSLATORS: what the export will use; the %s after each value says where it comes from
        uses_->SetLabel(wxString::Format(_("Will be used: anonymity threshold %d (%s), remarks for groups of at least %d, language %s (%s)."),
                                         threshold_->GetValue(), threshold_changed_ ? _("your choice") : _("from the report"),
                                         report_def_.remark_threshold, language,
                                         language_changed_ ? _("your choice") : _("from the report")));
        uses_->Wrap(600);
        Layout();
    }

    void update_name()
    {
        wxString name = trend_->GetValue() && team_->GetSelection() != wxNOT_FOUND
                            ? "herstelspiegel-" + team_->GetStringSelection() + ".xlsx"
                        : round_->GetSelection() != wxNOT_FOUND ? "herstelspiegel-" + round_->GetStringSelection() + ".xlsx"
                                                                : wxString("herstelspiegel.xlsx");
        name.Replace(" ", "-");
        wxFileName current(out_->GetPath());
        wxFileName next(current.GetPath().empty() ? wxGetHomeDir() : current.GetPath(), name);
        out_->SetPath(next.GetFullPath());
    }

    std::vector<Team> teams_;
    std::vector<Round> rounds_;
    wxRadioButton* trend_ = nullptr;
    wxRadioButton* compare_ = nullptr;
    wxChoice* team_ = nullptr;
    wxChoice* round_ = nullptr;
    wxChoice* language_ = nullptr;
    wxSpinCtrl* threshold_ = nullptr;
    wxFilePickerCtrl* report_ = nullptr;
    wxFilePickerCtrl* out_ = nullptr;
    wxStaticText* uses_ = nullptr;
    ReportDefinition report_def_;
    bool report_ok_ = false;
    wxString report_problem_;
    bool threshold_changed_ = false;
    bool language_changed_ = false;
    ExportChoice choice_;
};

} // namespace

wxDialog* create_export_dialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round,
                               const std::string& lang)
{
    return new ExportDialog(parent, store, team, round, lang);
}

void run_raw_export(wxWindow* parent, Store& store, std::optional<RowId> round, const wxString& path)
{
    const auto rounds = store.rounds();
    if (rounds.empty())
        return;
    const RowId round_id = round.value_or(rounds.back().id);
    wxString label;
    for (const auto& r : rounds)
        if (r.id == round_id)
            label = u8(r.label);
    AnalysisOptions options; // the program's thresholds
    if (show_message(wxString::Format(
                         _("The raw-data export of round %s holds every answer of every respondent, one row each: it is "
                           "for the coordinator's own analyses, not for the team or its manager. Keep it as you keep "
                           "personal data.\n\nRespondent codes are replaced by random numbers and the rows are shuffled; "
                           "teams and roles of groups under %d, and remarks of groups under %d, are left out.\n\nContinue?"),
                         label, options.anonymity_threshold, options.remark_threshold),
                     _("Export raw answers"), wxYES_NO | wxNO_DEFAULT | wxICON_WARNING, parent) != wxYES)
        return;
    wxString file = path;
    if (file.empty()) {
        wxFileDialog save(parent, _("Save the raw answers as"), wxGetHomeDir(), "herstelspiegel-ruw-" + label + ".csv",
                          _("CSV file (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (save.ShowModal() != wxID_OK)
            return;
        file = save.GetPath();
    }
    RawExportSettings settings;
    settings.options = options;
    const RawExportSummary summary = export_raw_answers(store, round_id, std::nullopt, to_u8(file), settings);
    show_message(wxString::Format(_("%d responses saved as %s; %d of teams under the threshold left out."), summary.rows, file,
                                  summary.rows_left_out),
                 _("Export raw answers"), wxOK | wxICON_INFORMATION, parent);
}

void run_export_dialog(wxWindow* parent, Store& store, std::optional<RowId> team, std::optional<RowId> round, const std::string& lang)
{
    ExportDialog dlg(parent, store, team, round, lang);
    if (dlg.ShowModal() != wxID_OK)
        return;
    const ExportChoice& c = dlg.choice();
    const ReportDefinition& report = c.report;
    ExportSettings settings;
    settings.language = c.language;
    settings.anonymity_threshold = c.threshold;
    wxProgressDialog progress(_("Export"), _("Computing the results..."), 1000, parent, wxPD_APP_MODAL | wxPD_AUTO_HIDE | wxPD_ELAPSED_TIME);
    auto on_progress = [&](double done, const std::string& step) {
        progress.Update(static_cast<int>(done * 1000), step.empty() ? _("Done") : wxString::Format(_("Writing: %s"), u8(step)));
    };
    if (c.team_trend)
        export_team_trend(store, c.team, report, to_u8(c.out_file), settings, on_progress);
    else
        export_organisation_compare(store, c.round, report, to_u8(c.out_file), settings, on_progress);
    if (show_message(wxString::Format(_("The workbook was saved as %s. Open it now?"), c.out_file), _("Export"),
                     wxYES_NO | wxICON_INFORMATION, parent) == wxYES)
        wxLaunchDefaultApplication(c.out_file);
}

} // namespace hs::gui
