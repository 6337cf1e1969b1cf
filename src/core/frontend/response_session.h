#pragma once
// One respondent going through the questionnaire: which page shows what, what is still unanswered, and saving
// each page as it is left. The wizard is a thin view over this; every rule here is tested headless.
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

class ResponseSession {
public:
    // Starts a new response in the store; `pin` (see Store::start_response) lets the same person continue it later.
    // A client or relative (`perspective`) answers the round's version for them.
    static ResponseSession start(Store& store, RowId round, RowId team, Role role, bool consensus, const std::string& pin = "",
                                 Perspective perspective = Perspective::Team, CollectionMode collection = CollectionMode::Wizard);
    // Continues an unfinished response where it stopped, for whoever knows its PIN: nothing without the right one
    // (the store counts wrong PINs and locks the response after five). Throws StoreError for a handed-in response.
    static std::optional<ResponseSession> resume(Store& store, RowId response, const std::string& pin);
    // Finds the unfinished response with this code in the round and team (codes are typed in: case-insensitive).
    static std::optional<RowId> find_by_code(Store& store, RowId round, RowId team, const std::string& code);

    const Questionnaire& questionnaire() const { return *questionnaire_; }
    const ResponseInfo& info() const { return info_; }

    // Pages: one per dimension, in questionnaire order. `page` is 0-based.
    int page_count() const { return static_cast<int>(questionnaire_->dimensions.size()); }
    const Dimension& dimension(int page) const;
    std::vector<std::size_t> items(int page) const;
    // The page to show first: where an interrupted respondent stopped.
    int resume_page() const;

    AnswerCode answer(std::size_t item) const { return answers_[item]; }
    void set_answer(std::size_t item, AnswerCode value); // throws std::invalid_argument off the scale
    const std::string& remark(int page) const;
    void set_remark(int page, std::string text);

    std::vector<std::size_t> unanswered(int page) const;
    int answered_count() const;
    int item_count() const { return static_cast<int>(answers_.size()); }

    // Saves the page's answers and remark in one transaction, and where to continue.
    void save_page(Store& store, int page, int continue_at);
    // Hands the response in: it then counts in the results and can no longer be changed.
    void complete(Store& store);

private:
    ResponseSession() = default;
    static ResponseSession open(Store& store, RowId response);
    std::shared_ptr<const Questionnaire> questionnaire_;
    ResponseInfo info_;
    std::vector<AnswerCode> answers_;
    std::vector<std::string> remarks_; // per page (dimension)
};

} // namespace hs
