#include "frontend/response_session.h"

#include "common/i18n.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace hs {

namespace {
std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); }), s.end());
    return s;
}
} // namespace

ResponseSession ResponseSession::start(Store& store, RowId round, RowId team, Role role, bool consensus, const std::string& pin,
                                       Perspective perspective, CollectionMode collection)
{
    ResponseInfo info = store.start_response(round, team, role, consensus, pin, perspective, collection);
    return open(store, info.id);
}

std::optional<ResponseSession> ResponseSession::resume(Store& store, RowId response, const std::string& pin)
{
    if (!store.unlock_response(response, pin))
        return std::nullopt;
    return open(store, response);
}

ResponseSession ResponseSession::open(Store& store, RowId response)
{
    ResponseSession s;
    ResponseRecord rec = store.load_response(response);
    if (rec.info.status == ResponseStatus::Complete)
        throw StoreError(StoreError::Kind::Refused, tr(N_("This response has already been handed in and can no longer be changed.")));
    s.questionnaire_ = store.questionnaire_of(rec.info.round_id, rec.info.perspective); // a client answers the client version
    s.info_ = rec.info;
    s.answers_ = rec.answers;
    s.remarks_.assign(s.questionnaire_->dimensions.size(), "");
    for (const auto& [dim, text] : rec.remarks)
        if (dim < s.remarks_.size())
            s.remarks_[dim] = text;
    return s;
}

std::optional<RowId> ResponseSession::find_by_code(Store& store, RowId round, RowId team, const std::string& code)
{
    const std::string wanted = upper(code);
    for (const auto& info : store.unfinished_responses(round, team))
        if (upper(info.code) == wanted || upper(info.code).erase(3, 1) == wanted)
            return info.id;
    return std::nullopt;
}

const Dimension& ResponseSession::dimension(int page) const
{
    return questionnaire_->dimensions.at(static_cast<std::size_t>(page));
}

std::vector<std::size_t> ResponseSession::items(int page) const { return dimension(page).items; }

int ResponseSession::resume_page() const { return std::clamp(info_.last_page, 0, page_count() - 1); }

void ResponseSession::set_answer(std::size_t item, AnswerCode value)
{
    if (item >= answers_.size() || !questionnaire_->scale_of(questionnaire_->items[item]).accepts(value))
        throw std::invalid_argument("answer off the scale");
    answers_[item] = value;
}

const std::string& ResponseSession::remark(int page) const { return remarks_.at(static_cast<std::size_t>(page)); }

void ResponseSession::set_remark(int page, std::string text) { remarks_.at(static_cast<std::size_t>(page)) = std::move(text); }

std::vector<std::size_t> ResponseSession::unanswered(int page) const
{
    std::vector<std::size_t> out;
    for (std::size_t i : items(page))
        if (answers_[i] == kUnanswered)
            out.push_back(i);
    return out;
}

int ResponseSession::answered_count() const
{
    return static_cast<int>(std::count_if(answers_.begin(), answers_.end(), [](AnswerCode a) { return a != kUnanswered; }));
}

void ResponseSession::save_page(Store& store, int page, int continue_at)
{
    PageSave save;
    save.response = info_.id;
    save.page = continue_at;
    for (std::size_t i : items(page))
        save.answers.emplace_back(i, answers_[i]);
    save.remarks.emplace_back(static_cast<std::size_t>(page), remarks_[static_cast<std::size_t>(page)]);
    store.save_page(save);
    info_.last_page = continue_at;
}

void ResponseSession::complete(Store& store)
{
    store.complete_response(info_.id);
    info_.status = ResponseStatus::Complete;
}

} // namespace hs
