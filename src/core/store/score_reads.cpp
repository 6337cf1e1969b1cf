// Completed responses as plain numbers, for analyses over the whole organisation (the organisation comparison
// reads every answer of every round). On SQLite each response's row holds its answers (answer_bytes.h), so one scan
// of the responses reads everything; the server uses the ordinary reads.
#include "store/store_impl.h"

#include "store/answer_bytes.h"
#include "store/sqlite_statement.h"

#include <algorithm>

namespace hs {

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
        Impl::ItemCounts items(*impl_);
        SqliteStatement responses(db, "SELECT id, round, team, consensus, role, collection, perspective, answers" + where + " ORDER BY id", false);
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
            rec.answers.assign(items.of(rec.info.round_id, rec.info.perspective), kUnanswered);
            std::size_t size = 0;
            const void* bytes = responses.blob(7, size);
            answer_bytes::decode(bytes, size, rec.answers);
        }
        return out;
    });
}

} // namespace hs
