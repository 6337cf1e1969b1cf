// Responses in bulk (imports and the demo organisation): one transaction, prepared statements reused.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "common/ids.h"

#include <soci/sqlite3/soci-sqlite3.h>

namespace hs {

InsertResult Store::insert_responses(RowId round_id, const std::vector<NewResponse>& responses,
                                     const std::function<void(std::size_t)>& progress)
{
    return impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        auto result = impl_->insert_responses(round_id, responses, progress);
        tx.commit();
        if (progress)
            progress(responses.size());
        return result;
    });
}

InsertResult Store::import_responses(const std::string& round_label, const std::string& date, const Questionnaire& q,
                                     const std::vector<NewResponse>& responses)
{
    return impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        RowId round_id = impl_->find_round_id(round_label);
        if (round_id == 0) {
            round_id = impl_->add_round(round_label, date, q);
        } else {
            Round r = impl_->read_round(round_id);
            if (r.questionnaire_id != q.id || r.questionnaire_version != q.version)
                throw StoreError(StoreError::Kind::Refused, trf(N_("The responses are for questionnaire %1 version %2, but round '%3' here uses %4 version %5."),
                                 {q.id, q.version, round_label, r.questionnaire_id, r.questionnaire_version}));
            if (impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(round_id))->definition_text != q.definition_text)
                throw StoreError(StoreError::Kind::Refused, trf(N_("The questionnaire in the file differs from the one round '%1' uses here, although both say version %2."), {round_label, q.version}));
        }
        auto result = impl_->insert_responses(round_id, responses, {});
        tx.commit();
        return result;
    });
}

// Writes answers in bulk, the hot path of every import and of the demo data (millions of rows). SQLite: its own
// prepared statement (SOCI's per-row conversions would double the cost). PostgreSQL: multi-row INSERTs of
// whole numbers, a thousand rows per round trip.
struct Store::Impl::AnswerWriter {
    Impl& impl;
    sqlite_api::sqlite3_stmt* stmt = nullptr;
    std::string pending;
    int pending_rows = 0;

    explicit AnswerWriter(Impl& i) : impl(i)
    {
        if (impl.backend != Backend::SQLite)
            return;
        auto* db = static_cast<soci::sqlite3_session_backend*>(impl.sql.get_backend())->conn_;
        if (sqlite_api::sqlite3_prepare_v2(db, "INSERT INTO answers (response, item, value) VALUES (?, ?, ?)", -1, &stmt, nullptr) != SQLITE_OK)
            throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db), sqlite_api::sqlite3_errcode(db));
    }
    ~AnswerWriter() { sqlite_api::sqlite3_finalize(stmt); }
    AnswerWriter(const AnswerWriter&) = delete;
    AnswerWriter& operator=(const AnswerWriter&) = delete;

    void add(long long response, int item, int value)
    {
        if (stmt) {
            sqlite_api::sqlite3_bind_int64(stmt, 1, response);
            sqlite_api::sqlite3_bind_int(stmt, 2, item);
            sqlite_api::sqlite3_bind_int(stmt, 3, value);
            const int rc = sqlite_api::sqlite3_step(stmt);
            sqlite_api::sqlite3_reset(stmt);
            if (rc != SQLITE_DONE) {
                auto* db = static_cast<soci::sqlite3_session_backend*>(impl.sql.get_backend())->conn_;
                throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db), rc);
            }
            return;
        }
        pending += (pending_rows ? ",(" : "(") + std::to_string(response) + "," + std::to_string(item) + "," + std::to_string(value) + ")";
        if (++pending_rows == 1000)
            flush();
    }

    void flush()
    {
        if (pending_rows == 0)
            return;
        impl.sql << "INSERT INTO answers (response, item, value) VALUES " + pending;
        pending.clear();
        pending_rows = 0;
    }
};

InsertResult Store::Impl::insert_responses(RowId round_id, const std::vector<NewResponse>& responses,
                                           const std::function<void(std::size_t)>& progress)
{
    {
        Round r = read_round(round_id);
        require_open(r);
        auto q = questionnaire_by_ref(questionnaire_ref_of_round(round_id));
        std::vector<const Scale*> scales;
        for (const auto& item : q->items)
            scales.push_back(&q->scale_of(item));
        // Check everything before writing anything.
        for (std::size_t n = 0; n < responses.size(); ++n) {
            const auto& resp = responses[n];
            if (resp.answers.size() != q->items.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 has %2 answers; the questionnaire has %3 items."),
                                 {std::to_string(n + 1), std::to_string(resp.answers.size()), std::to_string(q->items.size())}));
            for (std::size_t i = 0; i < resp.answers.size(); ++i)
                if (!scales[i]->accepts(resp.answers[i]))
                    throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1: the answer %2 to item %3 is not on its scale."),
                                     {std::to_string(n + 1), std::to_string(resp.answers[i]), q->items[i].id}));
            for (const auto& [dim, text] : resp.remarks)
                if (dim >= q->dimensions.size())
                    throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 has a remark for an unknown dimension."), {std::to_string(n + 1)}));
        }

        InsertResult result;
        std::map<std::string, RowId> team_ids;
        {
            Team t;
            soci::statement st = (sql.prepare << "SELECT id, name FROM teams", soci::into(t.id), soci::into(t.name));
            st.execute();
            while (st.fetch())
                team_ids.emplace(t.name, t.id);
        }
        std::map<RowId, std::pair<int, int>> modes; // team -> incoming (individual, consensus)
        std::string now = now_iso();

        AnswerWriter answers(*this);
        std::string uid, code, role;
        long long id = 0, team = 0;
        int consensus = 0;
        std::string status;
        // The new row's id: SQLite hands it out directly (a reused RETURNING statement costs this hot path about a
        // sixth of its time there); the server returns it.
        const bool lite = backend == Backend::SQLite;
        soci::statement insert_response(sql);
        insert_response.alloc();
        insert_response.prepare(std::string("INSERT INTO responses (uid, code, round, team, role, consensus, status, last_page, updated) "
                                            "VALUES (:uid, :code, :round, :team, :role, :consensus, :status, 0, :updated)") +
                                (lite ? "" : " RETURNING id"));
        insert_response.exchange(soci::use(uid));
        insert_response.exchange(soci::use(code));
        insert_response.exchange(soci::use(round_id));
        insert_response.exchange(soci::use(team));
        insert_response.exchange(soci::use(role));
        insert_response.exchange(soci::use(consensus));
        insert_response.exchange(soci::use(status));
        insert_response.exchange(soci::use(now));
        if (!lite)
            insert_response.exchange(soci::into(id));
        insert_response.define_and_bind();
        int exists = 0;
        soci::statement find_uid = (sql.prepare << "SELECT count(*) FROM responses WHERE uid = :u", soci::into(exists), soci::use(uid));

        for (std::size_t n = 0; n < responses.size(); ++n) {
            const auto& resp = responses[n];
            uid = resp.uid.empty() ? new_uid() : resp.uid;
            if (!resp.uid.empty()) {
                find_uid.execute(true);
                if (exists) {
                    ++result.already_present;
                    continue;
                }
            }
            auto it = team_ids.find(resp.team);
            if (it == team_ids.end()) {
                RowId tid = 0;
                sql << "INSERT INTO teams (name) VALUES (:n) RETURNING id", soci::use(resp.team), soci::into(tid);
                it = team_ids.emplace(resp.team, tid).first;
            }
            team = it->second;
            auto& mode = modes[team];
            (resp.consensus ? mode.second : mode.first)++;
            code = resp.code.empty() ? new_response_code() : resp.code;
            role = role_key(resp.role);
            consensus = resp.consensus ? 1 : 0;
            status = status_key(resp.complete ? ResponseStatus::Complete : ResponseStatus::InProgress);
            insert_response.execute(true);
            if (lite)
                id = sqlite_api::sqlite3_last_insert_rowid(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_);
            for (std::size_t i = 0; i < resp.answers.size(); ++i)
                if (resp.answers[i] != kUnanswered)
                    answers.add(id, static_cast<int>(i), resp.answers[i]);
            for (const auto& [dim, text] : resp.remarks) {
                int d = static_cast<int>(dim);
                sql << "INSERT INTO remarks (response, dimension, text) VALUES (:r, :d, :t)", soci::use(id), soci::use(d), soci::use(text);
            }
            ++result.inserted;
            if (progress && n % 1000 == 0)
                progress(n);
        }
        answers.flush();
        // Consensus rule over what is stored now, including what was there before.
        for (const auto& [team_id, incoming] : modes) {
            int individual = 0, together = 0;
            sql << "SELECT coalesce(sum(CASE WHEN consensus = 0 THEN 1 ELSE 0 END), 0), coalesce(sum(consensus), 0) FROM responses WHERE round = :r AND team = :t",
                soci::into(individual), soci::into(together), soci::use(round_id), soci::use(team_id);
            if (together > 1 || (together == 1 && individual > 0))
                throw StoreError(StoreError::Kind::Refused, trf(N_("Team '%1' would have both a consensus response and other responses in round '%2'."),
                                 {team_name(team_id), r.label}));
        }
        return result;
    }
}

} // namespace hs
