#pragma once
// The wizard that takes one respondent through the questionnaire: a start page (what the questionnaire is
// about, the anonymity promise; team, round, role, or an interrupted response), one page per dimension, a
// summary, and a thank-you page once handed in. Pages only move data between their widgets and
// the core's ResponseSession; the session saves each page when it is left.
#include "item_row.h"
#include "frontend/response_session.h"
#include "wizard.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/scrolwin.h>
#include <wx/wizard.h>

#include <memory>
#include <optional>
#include <vector>

namespace hs::gui {

class ResponseWizard;
class ThanksPage;

// What the start page chooses (one plain struct per step, as in KiCad's wizards).
struct StartChoice {
    RowId team = 0;
    RowId round = 0;
    Role role = Role::Unspecified;
    bool consensus = false;
    std::optional<RowId> resume;
    std::string pin; // chosen for a new response, or typed to continue one (checked by the core)
};

class WizardPageBase : public wxWizardPage {
public:
    WizardPageBase(ResponseWizard* wizard, int step);
    wxWizardPage* GetPrev() const override { return prev_; }
    wxWizardPage* GetNext() const override { return next_; }
    void link(wxWizardPage* prev, wxWizardPage* next)
    {
        prev_ = prev;
        next_ = next;
    }

    // Shows the respondent's code beside the step, so it can be noted to continue later.
    void show_code(const std::string& code);
    wxStaticText* progress() { return progress_; }

protected:
    wxBoxSizer* body_ = nullptr;
    wxStaticText* progress_ = nullptr;
    wxString step_; // "Step 3 of 20"
    ResponseWizard* wizard_;

private:
    wxWizardPage* prev_ = nullptr;
    wxWizardPage* next_ = nullptr;
};

class StartPage : public WizardPageBase {
public:
    StartPage(ResponseWizard* wizard, Store& store, const WizardStart& start);
    // The questionnaire's own introduction, above the anonymity promise.
    void show_introduction(const wxString& introduction);
    wxStaticText* introduction() { return introduction_; }
    wxStaticText* promise() { return promise_; }
    wxListBox* unfinished_list() { return unfinished_list_; }
    wxTextCtrl* pin() { return pin_; }
    bool TransferDataFromWindow() override;
    const StartChoice& choice() const { return choice_; }

private:
    void fill_unfinished();
    Store& store_;
    std::vector<Team> teams_;
    std::vector<Round> rounds_;
    std::vector<ResponseInfo> unfinished_;
    wxChoice* team_ = nullptr;
    wxChoice* round_ = nullptr;
    wxChoice* role_ = nullptr;
    wxCheckBox* consensus_ = nullptr;
    wxListBox* unfinished_list_ = nullptr;
    wxTextCtrl* pin_ = nullptr;
    wxScrolledWindow* intro_box_ = nullptr;
    wxStaticText* introduction_ = nullptr;
    wxStaticText* promise_ = nullptr;
    StartChoice choice_;
};

class DimensionPage : public WizardPageBase {
public:
    DimensionPage(ResponseWizard* wizard, const Questionnaire& q, int page, int step, const std::string& lang);
    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    int page() const { return page_; }
    std::vector<ItemRow*>& rows() { return rows_; }
    wxTextCtrl* remark() { return remark_; }

private:
    void on_char_hook(wxKeyEvent& event);
    int page_;
    std::vector<ItemRow*> rows_;
    wxTextCtrl* remark_ = nullptr;
};

class SummaryPage : public WizardPageBase {
public:
    SummaryPage(ResponseWizard* wizard, int step, const std::string& lang);
    bool TransferDataToWindow() override;

private:
    std::string lang_;
    wxStaticText* text_ = nullptr;
};

// After handing in: thanks, and what happens with the answers now. Only Close leads on from here.
class ThanksPage : public WizardPageBase {
public:
    ThanksPage(ResponseWizard* wizard, int step);
    bool TransferDataToWindow() override;
    wxStaticText* text() { return text_; }

private:
    wxStaticText* text_ = nullptr;
};

class ResponseWizard : public wxWizard {
public:
    ResponseWizard(wxWindow* parent, Store& store, const std::string& lang, const WizardStart& start);
    bool run();
    int total_steps() const { return total_steps_; }
    StartPage* start_page() { return start_; }
    std::vector<DimensionPage*>& dimension_pages() { return pages_; }
    SummaryPage* summary_page() { return summary_; }
    ThanksPage* thanks_page() { return thanks_; }
    ResponseSession* session() { return session_.get(); }
    bool handed_in() const { return handed_in_; }
    // Set when the chosen round uses another questionnaire than the pages were built for: the wizard closes
    // and run_response_wizard opens a new one for that questionnaire, continuing the same response.
    std::optional<WizardStart> restart() const { return restart_; }
    // Creates (or resumes) the response and its pages from the start page's choice; false when refused.
    bool begin_session();

private:
    void on_page_changing(wxWizardEvent& event);
    void on_page_changed(wxWizardEvent& event);
    void on_cancel(wxWizardEvent& event);
    void save(DimensionPage* page, int continue_at);

    Store& store_;
    std::string lang_;
    StartPage* start_ = nullptr;
    std::vector<DimensionPage*> pages_;
    SummaryPage* summary_ = nullptr;
    std::unique_ptr<ResponseSession> session_;
    int total_steps_ = 2;
    ThanksPage* thanks_ = nullptr;
    bool handed_in_ = false;
    std::shared_ptr<const Questionnaire> pages_for_; // the questionnaire the pages were built for
    std::optional<WizardStart> restart_;
};

} // namespace hs::gui
