#pragma once
// One statement with its answer choices: the scale points, n.v.t. and weet niet, and its explanation one click away.
#include "common/answer.h"
#include "questionnaire/questionnaire.h"

#include <wx/panel.h>
#include <wx/radiobut.h>

#include <vector>

namespace hs::gui {

class ItemRow : public wxPanel {
public:
    ItemRow(wxWindow* parent, const Questionnaire& q, std::size_t item, const std::string& lang, int number);

    std::size_t item() const { return item_; }
    AnswerCode value() const;
    void set_value(AnswerCode value);
    // Picks the answer a key stands for ('1'..'9' on the scale, '0'/'n' n.v.t., 'w'/'?' weet niet).
    bool pick_by_key(int key);
    void focus_choice();
    void show_explanation();

private:
    std::size_t item_;
    wxString explanation_;
    wxRadioButton* none_ = nullptr; // hidden: selected while unanswered (GTK groups always have a selection)
    std::vector<std::pair<AnswerCode, wxRadioButton*>> choices_;
};

} // namespace hs::gui
