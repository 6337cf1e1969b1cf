// One statement and its answer choices; see item_row.h.
#include "item_row.h"

#include "accessibility.h"
#include "messages.h"
#include "translations.h"

#include <wx/button.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>
#include <wx/stattext.h>

namespace hs::gui {

ItemRow::ItemRow(wxWindow* parent, const Questionnaire& q, std::size_t item, const std::string& lang, int number)
    : wxPanel(parent, wxID_ANY), item_(item)
{
    const Item& it = q.items[item];
    const Scale& scale = q.scale_of(it);
    explanation_ = u8(it.explanation.in(lang));

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    auto* text = new wxStaticText(this, wxID_ANY, wxString::Format("%d. %s", number, u8(it.text.in(lang))));
    text->Wrap(FromDIP(520));
    top->Add(text, wxSizerFlags(1).CenterVertical());
    if (!it.explanation.empty()) {
        // TRANSLATORS: button that opens the explanation of a statement
        auto* help = new wxButton(this, wxID_ANY, _("Explanation"), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
        // TRANSLATORS: a screen reader's name for the explanation button of statement N
        set_accessible_name(help, wxString::Format(_("Explanation of statement %d"), number));
        help->SetToolTip(explanation_);
        help->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { show_explanation(); });
        top->Add(help, wxSizerFlags().CenterVertical().Border(wxLEFT, 8));
    }

    // The choices wrap onto a second line in a narrow window instead of widening it.
    auto* choices = new wxWrapSizer(wxHORIZONTAL);
    none_ = new wxRadioButton(this, wxID_ANY, "", wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    none_->Hide();
    choices->Add(none_);
    auto add = [&](AnswerCode code, const wxString& label) {
        auto* rb = new wxRadioButton(this, wxID_ANY, label);
        // TRANSLATORS: a screen reader's name for one answer choice, e.g. "Statement 3: 4 agree"
        set_accessible_name(rb, wxString::Format(_("Statement %d: %s"), number, label));
        choices->Add(rb, wxSizerFlags().Border(wxRIGHT, 14));
        choices_.emplace_back(code, rb);
    };
    for (const auto& p : scale.points)
        add(static_cast<AnswerCode>(p.value), wxString::Format("%d %s", p.value, u8(p.label.in(lang))));
    if (scale.allows_not_applicable)
        add(kNotApplicable, u8(scale.not_applicable_label.in(lang)));
    if (scale.allows_dont_know)
        add(kDontKnow, u8(scale.dont_know_label.in(lang)));
    none_->SetValue(true);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Expand());
    sizer->Add(choices, wxSizerFlags().Border(wxTOP | wxLEFT, 6));
    SetSizer(sizer);
}

AnswerCode ItemRow::value() const
{
    for (const auto& [code, rb] : choices_)
        if (rb->GetValue())
            return code;
    return kUnanswered;
}

void ItemRow::set_value(AnswerCode value)
{
    for (const auto& [code, rb] : choices_)
        if (code == value) {
            rb->SetValue(true);
            return;
        }
    none_->SetValue(true);
}

bool ItemRow::pick_by_key(int key)
{
    AnswerCode wanted = kUnanswered;
    if (key >= '1' && key <= '9')
        wanted = static_cast<AnswerCode>(key - '0');
    else if (key == '0' || key == 'n' || key == 'N')
        wanted = kNotApplicable;
    else if (key == 'w' || key == 'W' || key == '?')
        wanted = kDontKnow;
    for (const auto& [code, rb] : choices_)
        if (code == wanted && wanted != kUnanswered) {
            rb->SetValue(true);
            rb->SetFocus();
            return true;
        }
    return false;
}

void ItemRow::focus_choice()
{
    for (const auto& [code, rb] : choices_)
        if (rb->GetValue()) {
            rb->SetFocus();
            return;
        }
    if (!choices_.empty())
        choices_.front().second->SetFocus();
}

void ItemRow::show_explanation()
{
    show_message(explanation_, _("Explanation"), wxOK | wxICON_INFORMATION, this);
}

} // namespace hs::gui
