// Completed responses as plain numbers, for analyses over the whole organisation (the organisation comparison
// reads every answer of every round). On SQLite the answers of each response are gathered inside the query by a
// small aggregate function into one blob, so a response costs one row instead of one per answer, and no text
// column is read; the server uses the ordinary reads.
#include "store/store_impl.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <cstring>

namespace hs {

namespace {

constexpr int kMaxItems = 1024; // far above any questionnaire; a larger item number is refused, not guessed at

struct AnswerBuffer {
    int size;
    AnswerCode values[kMaxItems];
};

// hs_answers(item, value): the answers of a group as a blob, byte `item` holding the answer (0: unanswered).
void answers_step(sqlite_api::sqlite3_context* ctx, int, sqlite_api::sqlite3_value** argv)
{
    auto* b = static_cast<AnswerBuffer*>(sqlite_api::sqlite3_aggregate_context(ctx, sizeof(AnswerBuffer))); // zeroed
    if (!b) {
        sqlite_api::sqlite3_result_error_nomem(ctx);
        return;
    }
    const int item = sqlite_api::sqlite3_value_int(argv[0]);
    if (item < 0 || item >= kMaxItems) {
        sqlite_api::sqlite3_result_error(ctx, "item number out of range", -1);
        return;
    }
    b->values[item] = static_cast<AnswerCode>(sqlite_api::sqlite3_value_int(argv[1]));
    b->size = std::max(b->size, item + 1);
}

void answers_final(sqlite_api::sqlite3_context* ctx)
{
    auto* b = static_cast<AnswerBuffer*>(sqlite_api::sqlite3_aggregate_context(ctx, 0));
    if (b)
        sqlite_api::sqlite3_result_blob(ctx, b->values, b->size, reinterpret_cast<sqlite_api::sqlite3_destructor_type>(-1)); // SQLITE_TRANSIENT
    else
        sqlite_api::sqlite3_result_zeroblob(ctx, 0);
}

// A prepared statement that is finalised however the read ends.
class Query {
public:
    Query(sqlite_api::sqlite3* db, const std::string& sql) : db_(db)
    {
        if (sqlite_api::sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt_, nullptr) != SQLITE_OK)
            fail(sqlite_api::sqlite3_errcode(db));
    }
    ~Query() { sqlite_api::sqlite3_finalize(stmt_); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    sqlite_api::sqlite3_stmt* operator*() const { return stmt_; }
    bool next()
    {
        const int rc = sqlite_api::sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(rc);
        return false;
    }
    [[noreturn]] void fail(int rc) { throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db_), rc); }

private:
    sqlite_api::sqlite3* db_;
    sqlite_api::sqlite3_stmt* stmt_ = nullptr;
};

} // namespace

std::vector<ResponseRecord> Store::load_scores(std::optional<RowId> round)
{
    if (impl_->backend != Impl::Backend::SQLite) {
        ResponseQuery query;
        query.round = round;
        auto out = load_responses(query);
        for (auto& r : out)
            r.remarks.clear();
        return out;
    }
    return impl_->guarded([&] {
        auto* db = static_cast<soci::sqlite3_session_backend*>(impl_->sql.get_backend())->conn_;
        std::vector<ResponseRecord> out;
        std::map<RowId, std::size_t> items_per_round;
        {
            Query responses(db, std::string("SELECT id, round, team, consensus, role FROM responses WHERE status = 'complete'") +
                                    (round ? " AND round = ?" : "") + " ORDER BY id");
            if (round)
                sqlite_api::sqlite3_bind_int64(*responses, 1, *round);
            while (responses.next()) {
                ResponseRecord rec;
                rec.info.id = sqlite_api::sqlite3_column_int64(*responses, 0);
                rec.info.round_id = sqlite_api::sqlite3_column_int64(*responses, 1);
                rec.info.team_id = sqlite_api::sqlite3_column_int64(*responses, 2);
                rec.info.consensus = sqlite_api::sqlite3_column_int(*responses, 3) != 0;
                const auto* role = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(*responses, 4));
                rec.info.role = role_from_key(role ? role : "").value_or(Role::Unspecified);
                rec.info.status = ResponseStatus::Complete;
                out.push_back(std::move(rec));
            }
        }
        if (out.empty())
            return out;
        for (auto& rec : out) {
            auto known = items_per_round.find(rec.info.round_id);
            if (known == items_per_round.end())
                known = items_per_round
                            .emplace(rec.info.round_id, impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(rec.info.round_id))->items.size())
                            .first;
            rec.answers.assign(known->second, kUnanswered);
        }

        if (sqlite_api::sqlite3_create_function_v2(db, "hs_answers", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                                                   &answers_step, &answers_final, nullptr) != SQLITE_OK)
            throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db), sqlite_api::sqlite3_errcode(db));
        // The answers table is ordered by (response, item): grouping by response needs no sorting, and the range of
        // ids limits the scan to the round's part of the table. Groups come in id order, as `out` is.
        Query answers(db, "SELECT response, hs_answers(item, value) FROM answers WHERE response BETWEEN ? AND ? GROUP BY response");
        sqlite_api::sqlite3_bind_int64(*answers, 1, out.front().info.id);
        sqlite_api::sqlite3_bind_int64(*answers, 2, out.back().info.id);
        std::size_t at = 0;
        while (answers.next()) {
            const RowId response = sqlite_api::sqlite3_column_int64(*answers, 0);
            while (at < out.size() && out[at].info.id < response)
                ++at;
            if (at == out.size())
                break;
            if (out[at].info.id != response)
                continue; // an unfinished response, or one of another round
            const auto* blob = static_cast<const AnswerCode*>(sqlite_api::sqlite3_column_blob(*answers, 1));
            const auto size = static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(*answers, 1));
            auto& values = out[at].answers;
            if (blob)
                std::memcpy(values.data(), blob, std::min(size, values.size()));
        }
        return out;
    });
}

} // namespace hs
