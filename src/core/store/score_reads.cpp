// Completed responses as plain numbers, for analyses over the whole organisation (the organisation comparison
// reads every answer of every round). On SQLite the answers are put into their records inside the query by a
// small aggregate function, so the scan returns one row instead of one per answer, and no text column is read;
// the server uses the ordinary reads.
#include "store/store_impl.h"

#include "store/sqlite_statement.h"

#include <algorithm>

namespace hs {

namespace {

// hs_collect(response, item, value): an aggregate over the whole scan that puts each answer straight into its
// response's record. The rows come ordered by response (the table's key), like `out`, so finding the record is a
// step forward, never a search; the query returns one row in all.
struct Collector {
    std::vector<ResponseRecord>* out = nullptr;
    std::size_t at = 0;
};

void collect_step(sqlite_api::sqlite3_context* ctx, int, sqlite_api::sqlite3_value** argv)
{
    auto& c = *static_cast<Collector*>(sqlite_api::sqlite3_user_data(ctx));
    auto& out = *c.out;
    const RowId response = sqlite_api::sqlite3_value_int64(argv[0]);
    while (c.at < out.size() && out[c.at].info.id < response)
        ++c.at;
    if (c.at == out.size() || out[c.at].info.id != response)
        return; // an unfinished response, or one of another round
    const int item = sqlite_api::sqlite3_value_int(argv[1]);
    auto& answers = out[c.at].answers;
    if (item >= 0 && static_cast<std::size_t>(item) < answers.size())
        answers[static_cast<std::size_t>(item)] = static_cast<AnswerCode>(sqlite_api::sqlite3_value_int(argv[2]));
}

void collect_final(sqlite_api::sqlite3_context* ctx) { sqlite_api::sqlite3_result_null(ctx); }

} // namespace

std::vector<ResponseRecord> Store::load_scores(std::optional<RowId> round, Perspective perspective)
{
    return load_scores(round, std::vector<Perspective>{perspective});
}

std::vector<ResponseRecord> Store::load_scores(std::optional<RowId> round, const std::vector<Perspective>& perspectives)
{
    if (impl_->backend != Impl::Backend::SQLite) {
        std::vector<ResponseRecord> out;
        for (Perspective p : perspectives) {
            ResponseQuery query;
            query.round = round;
            query.perspective = p;
            for (auto& r : load_responses(query)) {
                r.remarks.clear();
                out.push_back(std::move(r));
            }
        }
        std::sort(out.begin(), out.end(), [](const ResponseRecord& a, const ResponseRecord& b) { return a.info.id < b.info.id; });
        return out;
    }
    return impl_->guarded([&] {
        auto* db = native_connection(impl_->sql);
        std::vector<ResponseRecord> out;
        if (perspectives.empty())
            return out;
        std::string which = "?";
        for (std::size_t n = 1; n < perspectives.size(); ++n)
            which += ", ?";
        const std::string where = " FROM responses WHERE status = 'complete' AND perspective IN (" + which + ")" + (round ? " AND round = ?" : "");
        auto bind = [&](SqliteStatement& q) {
            int n = 0;
            for (Perspective p : perspectives)
                q.bind(++n, perspective_name(p));
            if (round)
                q.bind(++n, static_cast<long long>(*round));
        };
        {
            // Counted first, so the records are made in place (a record is large; growing the vector moves them).
            SqliteStatement count(db, "SELECT count(*)" + where, false);
            bind(count);
            if (count.step())
                out.reserve(static_cast<std::size_t>(sqlite_api::sqlite3_column_int64(*count, 0)));
        }
        {
            SqliteStatement responses(db, "SELECT id, round, team, consensus, role, collection, perspective" + where + " ORDER BY id", false);
            bind(responses);
            while (responses.step()) {
                ResponseRecord& rec = out.emplace_back();
                rec.info.id = sqlite_api::sqlite3_column_int64(*responses, 0);
                rec.info.round_id = sqlite_api::sqlite3_column_int64(*responses, 1);
                rec.info.team_id = sqlite_api::sqlite3_column_int64(*responses, 2);
                rec.info.consensus = sqlite_api::sqlite3_column_int(*responses, 3) != 0;
                const auto* role = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(*responses, 4));
                rec.info.role = role_from_key(role ? role : "").value_or(Role::Unspecified);
                const auto* collection = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(*responses, 5));
                rec.info.collection = collection_mode_from_key(collection ? collection : "").value_or(CollectionMode::Wizard);
                const auto* perspective = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(*responses, 6));
                rec.info.perspective = perspective_from_name(perspective ? perspective : "").value_or(Perspective::Team);
                rec.info.status = ResponseStatus::Complete;
            }
        }
        if (out.empty())
            return out;
        std::map<std::pair<RowId, Perspective>, std::size_t> items_per_version;
        for (auto& rec : out) {
            const auto version = std::make_pair(rec.info.round_id, rec.info.perspective);
            auto known = items_per_version.find(version);
            if (known == items_per_version.end())
                known = items_per_version.emplace(version, impl_->questionnaire_for(rec.info.round_id, rec.info.perspective)->items.size()).first;
            rec.answers.assign(known->second, kUnanswered);
        }

        Collector collector;
        collector.out = &out;
        // The function points at this frame's collector: registered for this read only, removed however it ends
        // (declared before the statement, so removed after it is finalised).
        struct Registration {
            sqlite_api::sqlite3* db;
            ~Registration() { sqlite_api::sqlite3_create_function_v2(db, "hs_collect", 3, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr); }
        } registration{db};
        if (sqlite_api::sqlite3_create_function_v2(db, "hs_collect", 3, SQLITE_UTF8, &collector, nullptr, &collect_step,
                                                   &collect_final, nullptr) != SQLITE_OK)
            throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db), sqlite_api::sqlite3_errcode(db));
        // The range of ids limits the scan to the round's part of the answers table.
        SqliteStatement answers(db, "SELECT hs_collect(response, item, value) FROM answers WHERE response BETWEEN ? AND ?", false);
        answers.bind(1, static_cast<long long>(out.front().info.id));
        answers.bind(2, static_cast<long long>(out.back().info.id));
        while (answers.step()) {
        }
        return out;
    });
}

} // namespace hs
