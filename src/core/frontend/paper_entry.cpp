// The paper-form entry grid's model; see paper_entry.h.
#include "frontend/paper_entry.h"

#include <algorithm>
#include <stdexcept>

namespace hs {

PaperEntry::PaperEntry(std::shared_ptr<const Questionnaire> questionnaire, std::string language, Perspective perspective)
    : q_(std::move(questionnaire)), language_(std::move(language)), perspective_(perspective)
{
    // The paper form's numbering: part by part, theme by theme.
    for (const auto& part : q_->parts)
        for (auto d : part.dimensions) {
            themes_.push_back(d);
            for (auto i : q_->dimensions[d].items)
                order_.push_back(i);
        }
}

const std::vector<Role>& PaperEntry::role_boxes()
{
    static const std::vector<Role> boxes = [] {
        std::vector<Role> out;
        for (Role r : all_roles())
            if (r != Role::Unspecified)
                out.push_back(r);
        return out;
    }();
    return boxes;
}

bool PaperEntry::type_role(std::size_t row, char32_t key)
{
    if (!role_asked())
        return false;
    if (key == '0' || key == ' ' || key == '-') {
        rows_[row].role = Role::Unspecified;
        return true;
    }
    if (key < '1' || key > '9' || static_cast<std::size_t>(key - '1') >= role_boxes().size())
        return false;
    rows_[row].role = role_boxes()[static_cast<std::size_t>(key - '1')];
    return true;
}

std::string PaperEntry::set_remark(std::size_t row, std::size_t dimension, const std::string& text)
{
    if (dimension >= q_->dimensions.size())
        throw std::out_of_range("paper entry: no theme " + std::to_string(dimension)); // a caller's mistake
    if (std::string why = remark_refused(text); !why.empty())
        return why;
    auto& remarks = rows_[row].remarks;
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        remarks.erase(dimension); // blank, as an empty CSV cell: no remark
    else
        remarks[dimension] = text;
    return {};
}

std::string PaperEntry::remark(std::size_t row, std::size_t dimension) const
{
    const auto& remarks = rows_[row].remarks;
    const auto found = remarks.find(dimension);
    return found == remarks.end() ? std::string() : found->second;
}

const std::string& PaperEntry::theme_title(std::size_t dimension) const { return q_->dimensions[dimension].title.in(language_); }

const std::string& PaperEntry::statement_text(std::size_t column) const
{
    return q_->items[order_[column]].text.in(language_);
}

std::size_t PaperEntry::add_form()
{
    int highest = 0;
    for (const auto& r : rows_)
        highest = std::max(highest, r.number);
    Row row;
    row.number = highest + 1;
    row.answers.assign(q_->items.size(), kUnanswered);
    rows_.push_back(std::move(row));
    return rows_.size() - 1;
}

void PaperEntry::remove_form(std::size_t row) { rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(row)); }

bool PaperEntry::set_form_number(std::size_t row, int number)
{
    if (number < 1)
        return false;
    for (std::size_t r = 0; r < rows_.size(); ++r)
        if (r != row && rows_[r].number == number)
            return false;
    rows_[row].number = number;
    return true;
}

bool PaperEntry::type(std::size_t row, std::size_t column, char32_t key)
{
    AnswerCode value = kUnanswered;
    if (key >= '1' && key <= '9')
        value = static_cast<AnswerCode>(key - '0');
    else if (key == '0')
        value = kNotApplicable;
    else if (key == 'w' || key == 'W')
        value = kDontKnow;
    else if (key != ' ' && key != '-')
        return false;
    if (!answer_allowed(*q_, order_[column], value))
        return false;
    rows_[row].answers[order_[column]] = value;
    return true;
}

std::string PaperEntry::cell_text(std::size_t row, std::size_t column) const
{
    const AnswerCode a = answer(row, column);
    if (a == kNotApplicable)
        return "0";
    if (a == kDontKnow)
        return "w";
    return is_score(a) ? std::to_string(a) : std::string();
}

ResponseFill PaperEntry::fill(std::size_t row) const
{
    const auto& answers = rows_[row].answers;
    const auto answered = static_cast<std::size_t>(
        std::count_if(answers.begin(), answers.end(), [](AnswerCode a) { return a != kUnanswered; }));
    return response_fill(answered, order_.size(), !rows_[row].remarks.empty());
}

std::vector<NewResponse> PaperEntry::responses(const std::string& round_label, const std::string& team) const
{
    std::vector<NewResponse> out;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const ResponseFill f = fill(r);
        if (f == ResponseFill::Empty)
            continue;
        NewResponse resp;
        resp.team = team;
        resp.complete = f == ResponseFill::Complete;
        resp.answers = rows_[r].answers;
        resp.role = rows_[r].role;
        resp.remarks = rows_[r].remarks;
        resp.perspective = perspective_;
        resp.collection = CollectionMode::Paper;
        resp.uid = "paper-" + fingerprint(round_label + '\x1e' + team + '\x1e' + perspective_name(perspective_) + '\x1e' +
                                          std::to_string(rows_[r].number));
        out.push_back(std::move(resp));
    }
    return out;
}

InsertResult PaperEntry::save(Store& store, RowId round, const std::string& team) const
{
    return store.insert_responses(round, responses(store.round(round).label, team));
}

} // namespace hs
