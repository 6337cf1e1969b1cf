#pragma once
// Paper forms typed back in: one row per form (with the number printed on it), one column per statement in the
// paper form's numbering (parts, themes, statements, as report/paper_form prints them). Fast keys as the
// wizard's: 1-9 a score, 0 n.v.t., w weet niet, space or '-' clears. Besides the answers, what else the form
// asks: the role box ticked (the team's forms) and the remarks. Every answer, role, remark and form is checked by
// the exchange wing's rules (exchange/response_rules), the same that the CSV import applies: there is no second
// rule for paper. The GUI's grid only shows this model and passes keys and texts to it.
#include "exchange/response_rules.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace hs {

class PaperEntry {
public:
    // `questionnaire` is the round's version for `perspective` (the team's, or the clients' or relatives' own).
    explicit PaperEntry(std::shared_ptr<const Questionnaire> questionnaire, std::string language = "nl",
                        Perspective perspective = Perspective::Team);
    Perspective perspective() const { return perspective_; }

    // Columns: the statements, numbered as on the paper form.
    std::size_t statements() const { return order_.size(); }
    int statement_number(std::size_t column) const { return static_cast<int>(column) + 1; }
    std::size_t item_of(std::size_t column) const { return order_[column]; }
    const std::string& statement_text(std::size_t column) const;

    // Rows: the forms.
    std::size_t forms() const { return rows_.size(); }
    // Adds an empty form numbered one past the highest so far (1 for the first); returns its row.
    std::size_t add_form();
    void remove_form(std::size_t row);
    int form_number(std::size_t row) const { return rows_[row].number; }
    // False (and nothing changes) for a number below 1 or one that another row has.
    bool set_form_number(std::size_t row, int number);

    // A key typed in a cell: true when it was taken (the caller moves on to the next cell), false when the
    // statement's scale does not allow it (the cell keeps its answer).
    bool type(std::size_t row, std::size_t column, char32_t key);
    AnswerCode answer(std::size_t row, std::size_t column) const { return rows_[row].answers[order_[column]]; }
    // What the cell shows: the key that gives its answer ("4", "0", "w") or nothing.
    std::string cell_text(std::size_t row, std::size_t column) const;
    // The role ticked on the form. Only the team's forms ask it (clients and relatives have no role in the team).
    bool role_asked() const { return perspective_ == Perspective::Team; }
    // The role boxes as the paper form prints them, left to right (every role but "unspecified").
    static const std::vector<Role>& role_boxes();
    // A key in the role column: 1 to the number of boxes the ticked box's position, 0, space or '-' clears (no box
    // ticked). False (and nothing changes) for any other key, or when the form asks no role.
    bool type_role(std::size_t row, char32_t key);
    Role role(std::size_t row) const { return rows_[row].role; }

    // Remarks, per theme (dimension index), as the store and the CSV import's "opmerking:<theme>" columns keep them:
    // the paper's remark area of a part goes to the theme of that part it is about. Empty text clears.
    // Returns why the text is refused (not valid UTF-8, too long: the import's rule), empty when it was taken.
    std::string set_remark(std::size_t row, std::size_t dimension, const std::string& text);
    std::string remark(std::size_t row, std::size_t dimension) const;
    std::size_t remarks(std::size_t row) const { return rows_[row].remarks.size(); }
    // The themes a remark can be about, in the form's order (part by part), as dimension indexes; and a title.
    const std::vector<std::size_t>& themes() const { return themes_; }
    const std::string& theme_title(std::size_t dimension) const;

    // How the form counts, by the import's rule: empty (not stored), unfinished or complete.
    ResponseFill fill(std::size_t row) const;

    // The forms to store (empty ones left out), with collection mode "paper" and this entry's perspective. Each
    // form's uid follows from round, team, perspective and form number, so a form saved twice is stored once.
    std::vector<NewResponse> responses(const std::string& round_label, const std::string& team) const;
    // Stores them in one transaction (refused whole by the store's own checks); returns what was stored.
    InsertResult save(Store& store, RowId round, const std::string& team) const;

private:
    struct Row {
        int number = 0;
        std::vector<AnswerCode> answers; // per item of the questionnaire
        Role role = Role::Unspecified;
        std::map<std::size_t, std::string> remarks; // by dimension index; never an empty text
    };
    std::shared_ptr<const Questionnaire> q_;
    std::string language_;
    Perspective perspective_;
    std::vector<std::size_t> order_; // column -> item index
    std::vector<std::size_t> themes_; // dimension indexes in the form's order
    std::vector<Row> rows_;
};

} // namespace hs
