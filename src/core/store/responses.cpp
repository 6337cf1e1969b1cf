// Responses one at a time: started by the wizard, saved page by page, handed in; and read back for analysis.
#include "store/store_impl.h"

#include "store/answer_bytes.h"
#include "store/sqlite_statement.h"

#include "common/i18n.h"
#include "common/utf8.h"
#include "common/ids.h"
#include "common/remark.h"
#include "common/sha256.h"

namespace hs {

ResponseInfo Store::Impl::read_response_info(RowId id)
{
    hold(id);
    auto list = response_infos("WHERE id = :id", id);
    if (list.empty())
        throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no response with number %1."), {std::to_string(id)}));
    return list.front();
}

void Store::Impl::hold(RowId response)
{
    if (backend != Backend::PostgreSQL)
        return;
    auto known = secrets.find(response);
    const std::string secret = known == secrets.end() ? std::string() : known->second;
    if (secret != held_secret) {
        // Bound, never spliced into the text: the statement text is what the server's activity view shows.
        sql << "SELECT set_config('herstelspiegel.response_secret', :s, false)", soci::use(secret);
        held_secret = secret;
    }
}

bool Store::Impl::restricted()
{
    if (!restricted_cache) {
        int limited = 0;
        if (backend == Backend::PostgreSQL)
            sql << "SELECT CASE WHEN row_security_active('responses') THEN 1 ELSE 0 END", soci::into(limited);
        restricted_cache = limited != 0;
    }
    return *restricted_cache;
}

namespace {
constexpr std::size_t kMinimumPinLength = Store::kMinimumPinLength;
constexpr int kPinAttempts = 5; // wrong PINs in a row before a response is locked (also in schema.h)

// The PIN as it is stored: salted SHA-256, the same formula as herstelspiegel_resume() in schema.h.
std::string pin_hash(const std::string& salt, const std::string& pin) { return sha256_hex(salt + ":" + pin); }
} // namespace

std::vector<ResponseInfo> Store::Impl::response_infos(const std::string& where, std::optional<RowId> a, std::optional<RowId> b)
{
    std::vector<ResponseInfo> out;
    const std::string query = "SELECT id, uid, code, round, team, role, consensus, status, last_page, updated, perspective, collection "
                              "FROM responses " + where + " ORDER BY id";
    RowId id = 0, round = 0, team = 0;
    std::string uid, code, role, status, updated, perspective, collection;
    int consensus = 0, last_page = 0;
    soci::statement st = (sql.prepare << query, soci::into(id), soci::into(uid), soci::into(code), soci::into(round),
                          soci::into(team), soci::into(role), soci::into(consensus), soci::into(status),
                          soci::into(last_page), soci::into(updated), soci::into(perspective), soci::into(collection));
    if (a)
        st.exchange(soci::use(*a));
    if (b)
        st.exchange(soci::use(*b));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) {
        ResponseInfo info;
        info.id = id;
        info.uid = uid;
        info.code = code;
        info.round_id = round;
        info.team_id = team;
        info.role = role_from_key(role).value_or(Role::Unspecified);
        info.consensus = consensus != 0;
        info.status = status == "complete" ? ResponseStatus::Complete : ResponseStatus::InProgress;
        info.last_page = last_page;
        info.updated = updated;
        info.perspective = perspective_from_name(perspective).value_or(Perspective::Team);
        info.collection = collection_mode_from_key(collection).value_or(CollectionMode::Wizard);
        out.push_back(std::move(info));
    }
    return out;
}

void Store::Impl::check_perspective(const Round& r, Perspective perspective, bool consensus)
{
    if (perspective == Perspective::Team)
        return;
    if (consensus)
        throw StoreError(StoreError::Kind::Refused, tr(N_("A consensus response is the team's; clients and relatives each answer for themselves.")));
    if (!questionnaire_ref_of_round(r.id, perspective))
        throw StoreError(StoreError::Kind::Refused, trf(N_("Round '%1' has no questionnaire for %2; choose the perspectives when the round is opened."),
                                                       {r.label, tr(perspective_msgid(perspective))}));
}

void Store::Impl::require_open(const Round& r)
{
    if (r.status == RoundStatus::Closed)
        throw StoreError(StoreError::Kind::Refused, trf(N_("The round '%1' is closed; reopen it before adding or changing answers."), {r.label}));
}

// A team in a round answers either individually or with one consensus response, not both. Clients and relatives
// answer one by one next to it: their responses do not count here.
void Store::Impl::check_mode(RowId round, RowId team, bool consensus, int extra_individual)
{
    if (backend == Backend::PostgreSQL) // workstations adding to the same team wait for each other here
        sql << "SELECT pg_advisory_xact_lock(:t)", soci::use(team);
    int individual = 0, together = 0;
    sql << "SELECT coalesce(sum(CASE WHEN consensus = 0 THEN 1 ELSE 0 END), 0), coalesce(sum(consensus), 0) FROM responses "
           "WHERE round = :r AND team = :t AND perspective = 'team'",
        soci::into(individual), soci::into(together), soci::use(round), soci::use(team);
    individual += extra_individual;
    if (consensus && (individual > 0 || together > 0))
        throw StoreError(StoreError::Kind::Refused, tr(N_("This team already has responses in this round; a consensus response replaces individual ones and can only be the team's only response.")));
    if (!consensus && together > 0)
        throw StoreError(StoreError::Kind::Refused, tr(N_("This team answers this round with one consensus response; individual responses cannot be added.")));
}

ResponseInfo Store::start_response(RowId round_id, RowId team, Role role, bool consensus, const std::string& pin,
                                   Perspective perspective, CollectionMode collection)
{
    return impl_->guarded([&] {
        if (!pin.empty() && pin.size() < kMinimumPinLength)
            throw StoreError(StoreError::Kind::Refused, trf(N_("A PIN has at least %1 characters."), {std::to_string(kMinimumPinLength)}));
        Round r = impl_->read_round(round_id);
        impl_->require_open(r);
        impl_->team_name(team);
        impl_->check_perspective(r, perspective, consensus);
        Impl::WriteTransaction tx(*impl_);
        if (perspective == Perspective::Team)
            impl_->check_mode(round_id, team, consensus, consensus ? 0 : 1);
        std::string uid = new_uid(), code = new_response_code(), role_s = role_key(role), now = now_iso();
        std::string perspective_s = perspective_name(perspective), collection_s = collection_mode_key(collection);
        // On a server the new response is this connection's alone: it holds the secret, the table its hash.
        std::string secret = impl_->backend == Impl::Backend::PostgreSQL ? new_secret() : std::string();
        std::string secret_hash = secret.empty() ? std::string() : sha256_hex(secret);
        std::string salt = pin.empty() ? std::string() : new_secret().substr(0, 32);
        std::string pin_h = pin.empty() ? std::string() : pin_hash(salt, pin);
        if (!secret.empty()) {
            impl_->sql << "SELECT set_config('herstelspiegel.response_secret', :s, false)", soci::use(secret);
            impl_->held_secret = secret;
        }
        int c = consensus ? 1 : 0;
        RowId id = 0;
        // The team's response on screen leaves the two columns to their defaults: on a server whose roles were set up
        // by version 2 (server-roles not yet run again), a respondent may not name them, and still starts one.
        if (perspective == Perspective::Team && collection == CollectionMode::Wizard)
            impl_->sql << "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash, pin_salt, pin_hash) "
                          "VALUES (:u, :c, :r, :t, :ro, :co, :up, nullif(:sh, ''), nullif(:ps, ''), nullif(:ph, '')) RETURNING id",
                soci::use(uid), soci::use(code), soci::use(round_id), soci::use(team), soci::use(role_s), soci::use(c), soci::use(now),
                soci::use(secret_hash), soci::use(salt), soci::use(pin_h), soci::into(id);
        else
            impl_->sql << "INSERT INTO responses (uid, code, round, team, role, consensus, updated, secret_hash, pin_salt, pin_hash, "
                          "perspective, collection) VALUES (:u, :c, :r, :t, :ro, :co, :up, nullif(:sh, ''), nullif(:ps, ''), "
                          "nullif(:ph, ''), :pe, :cm) RETURNING id",
                soci::use(uid), soci::use(code), soci::use(round_id), soci::use(team), soci::use(role_s), soci::use(c), soci::use(now),
                soci::use(secret_hash), soci::use(salt), soci::use(pin_h), soci::use(perspective_s), soci::use(collection_s), soci::into(id);
        tx.commit();
        if (!secret.empty())
            impl_->secrets[id] = secret;
        return impl_->read_response_info(id);
    });
}

bool Store::unlock_response(RowId response, const std::string& pin)
{
    return impl_->guarded([&] {
        auto& sql = impl_->sql;
        if (impl_->restricted()) {
            // A respondent cannot read the PIN's hash: the server checks it and hands this connection a new secret.
            std::string secret = new_secret(), secret_hash = sha256_hex(secret);
            int ok = 0;
            sql << "SELECT CASE WHEN herstelspiegel_resume(:r, :p, :h) THEN 1 ELSE 0 END", soci::use(response), soci::use(pin),
                soci::use(secret_hash), soci::into(ok);
            if (ok)
                impl_->secrets[response] = secret;
            return ok != 0;
        }
        std::string salt, expected, status;
        int failures = 0;
        sql << "SELECT coalesce(pin_salt, ''), coalesce(pin_hash, ''), pin_failures, status FROM responses WHERE id = :r",
            soci::into(salt), soci::into(expected), soci::into(failures), soci::into(status), soci::use(response);
        if (!sql.got_data())
            return false;
        if (status != "in-progress")
            throw StoreError(StoreError::Kind::Refused, tr(N_("This response has already been handed in and can no longer be changed.")));
        if (failures >= kPinAttempts)
            throw StoreError(StoreError::Kind::Refused, tr(N_("This questionnaire was locked after too many wrong PINs; it can no longer be continued here.")));
        // A response started without a PIN (before version 2, or from the command line) opens with none.
        const bool match = expected.empty() ? pin.empty() : pin_hash(salt, pin) == expected;
        if (match)
            sql << "UPDATE responses SET pin_failures = 0 WHERE id = :r", soci::use(response);
        else
            sql << "UPDATE responses SET pin_failures = pin_failures + 1 WHERE id = :r", soci::use(response);
        return match;
    });
}

void Store::save_page(const PageSave& page)
{
    impl_->guarded([&] {
        ResponseInfo info = impl_->read_response_info(page.response);
        Round r = impl_->read_round(info.round_id);
        impl_->require_open(r);
        if (info.status == ResponseStatus::Complete)
            throw StoreError(StoreError::Kind::Refused, tr(N_("This response has already been handed in and can no longer be changed.")));
        auto q = impl_->questionnaire_for(info.round_id, info.perspective);
        for (const auto& [item, value] : page.answers) {
            if (item >= q->items.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Item number %1 does not exist in this questionnaire."), {std::to_string(item)}));
            if (!q->scale_of(q->items[item]).accepts(value))
                throw StoreError(StoreError::Kind::Refused, trf(N_("The answer %1 is not on the scale of item %2."), {std::to_string(value), q->items[item].id}));
        }
        for (const auto& [dim, text] : page.remarks) {
            if (dim >= q->dimensions.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Dimension number %1 does not exist in this questionnaire."), {std::to_string(dim)}));
            if (const std::string why = remark_refused(text); !why.empty())
                throw StoreError(StoreError::Kind::Refused, why);
        }

        auto& sql = impl_->sql;
        Impl::WriteTransaction tx(*impl_);
        if (impl_->backend == Impl::Backend::SQLite) {
            // The answers live in the response's row (answer_bytes.h): read, changed, written back.
            auto* db = native_connection(sql);
            std::vector<AnswerCode> answers(q->items.size(), kUnanswered);
            SqliteStatement read(db, "SELECT answers FROM responses WHERE id = ?", false);
            read.bind(1, static_cast<long long>(page.response));
            if (read.step()) {
                std::size_t size = 0;
                const void* bytes = read.blob(0, size);
                answer_bytes::decode(bytes, size, answers);
            }
            for (const auto& [item, value] : page.answers)
                answers[item] = value;
            const std::string bytes = answer_bytes::encode(answers);
            SqliteStatement write(db, "UPDATE responses SET answers = ? WHERE id = ?", false);
            write.bind_blob(1, bytes);
            write.bind(2, static_cast<long long>(page.response));
            write.step();
        } else {
            for (const auto& [item, value] : page.answers) {
                int i = static_cast<int>(item), v = value;
                if (value == kUnanswered)
                    sql << "DELETE FROM answers WHERE response = :r AND item = :i", soci::use(page.response), soci::use(i);
                else
                    sql << "INSERT INTO answers (response, item, value) VALUES (:r, :i, :v) "
                           "ON CONFLICT (response, item) DO UPDATE SET value = excluded.value",
                        soci::use(page.response), soci::use(i), soci::use(v);
            }
        }
        for (const auto& [dim, text] : page.remarks) {
            int d = static_cast<int>(dim);
            if (text.empty())
                sql << "DELETE FROM remarks WHERE response = :r AND dimension = :d", soci::use(page.response), soci::use(d);
            else
                sql << "INSERT INTO remarks (response, dimension, text) VALUES (:r, :d, :t) "
                       "ON CONFLICT (response, dimension) DO UPDATE SET text = excluded.text",
                    soci::use(page.response), soci::use(d), soci::use(text);
        }
        std::string now = now_iso();
        sql << "UPDATE responses SET last_page = :p, updated = :u WHERE id = :id", soci::use(page.page), soci::use(now),
            soci::use(page.response);
        tx.commit();
        return 0;
    });
}

void Store::complete_response(RowId response)
{
    impl_->guarded([&] {
        ResponseInfo info = impl_->read_response_info(response);
        impl_->require_open(impl_->read_round(info.round_id));
        std::string now = now_iso();
        impl_->sql << "UPDATE responses SET status = 'complete', updated = :u WHERE id = :id", soci::use(now), soci::use(response);
        return 0;
    });
}

void Store::discard_response(RowId response)
{
    impl_->guarded([&] {
        ResponseInfo info = impl_->read_response_info(response);
        if (info.status == ResponseStatus::Complete)
            throw StoreError(StoreError::Kind::Refused, tr(N_("A response that has been handed in cannot be discarded.")));
        Impl::WriteTransaction tx(*impl_);
        if (impl_->backend != Impl::Backend::SQLite) // SQLite: the answers are in the response's row
            impl_->sql << "DELETE FROM answers WHERE response = :id", soci::use(response);
        impl_->sql << "DELETE FROM remarks WHERE response = :id", soci::use(response);
        impl_->sql << "DELETE FROM responses WHERE id = :id", soci::use(response);
        tx.commit();
        return 0;
    });
}

std::vector<ResponseInfo> Store::unfinished_responses(std::optional<RowId> round_id, std::optional<RowId> team)
{
    return impl_->guarded([&] {
        if (impl_->restricted()) {
            // A respondent on a server sees the list without codes through the server's own function.
            std::vector<ResponseInfo> out;
            RowId id = 0, round = 0, team_id = 0;
            std::string role, updated, perspective, collection;
            int consensus = 0, last_page = 0;
            soci::statement st = (impl_->sql.prepare << "SELECT id, round, team, role, consensus, last_page, updated, perspective, collection "
                                                        "FROM herstelspiegel_unfinished()",
                                  soci::into(id), soci::into(round), soci::into(team_id), soci::into(role), soci::into(consensus),
                                  soci::into(last_page), soci::into(updated), soci::into(perspective), soci::into(collection));
            st.execute();
            while (st.fetch())
                if ((!round_id || *round_id == round) && (!team || *team == team_id)) {
                    ResponseInfo info;
                    info.id = id;
                    info.round_id = round;
                    info.team_id = team_id;
                    info.role = role_from_key(role).value_or(Role::Unspecified);
                    info.consensus = consensus != 0;
                    info.last_page = last_page;
                    info.updated = updated;
                    info.perspective = perspective_from_name(perspective).value_or(Perspective::Team);
                    info.collection = collection_mode_from_key(collection).value_or(CollectionMode::Wizard);
                    out.push_back(std::move(info));
                }
            return out;
        }
        std::string where = "WHERE status = 'in-progress'";
        if (round_id)
            where += " AND round = :r";
        if (team)
            where += " AND team = :t";
        return impl_->response_infos(where, round_id ? round_id : team, round_id ? team : std::nullopt);
    });
}

ResponseRecord Store::load_response(RowId response)
{
    return impl_->guarded([&] {
        ResponseInfo info = impl_->read_response_info(response);
        ResponseQuery q;
        q.round = info.round_id;
        q.team = info.team_id;
        q.include_unfinished = true;
        q.perspective = info.perspective;
        for (auto& rec : load_responses(q))
            if (rec.info.id == response)
                return rec;
        throw StoreError(StoreError::Kind::NotFound, "response vanished");
    });
}

std::vector<ResponseRecord> Store::load_responses(const ResponseQuery& query)
{
    return impl_->guarded([&] {
        std::string where = "WHERE 1 = 1";
        if (!query.include_unfinished)
            where += " AND status = 'complete'";
        if (query.round)
            where += " AND round = :r";
        if (query.team)
            where += " AND team = :t";
        if (query.perspective) // a constant of ours, never the user's text
            where += std::string(" AND perspective = '") + perspective_name(*query.perspective) + "'";
        auto& sql = impl_->sql;
        std::vector<ResponseRecord> out;
        std::map<RowId, std::size_t> index;
        {
            auto infos = impl_->response_infos(where, query.round ? query.round : query.team,
                                               query.round ? query.team : std::nullopt);
            out.reserve(infos.size());
            Impl::ItemCounts items(*impl_);
            for (auto& info : infos) {
                ResponseRecord rec;
                rec.answers.assign(items.of(info.round_id, info.perspective), kUnanswered);
                rec.info = std::move(info);
                index.emplace(rec.info.id, out.size());
                out.push_back(std::move(rec));
            }
        }
        if (out.empty())
            return out;

        // Answers in bulk: the hot path of every export. On SQLite through its own API (SOCI converts each value),
        // from the responses' rows (answer_bytes.h).
        std::string answer_where = "WHERE response IN (SELECT id FROM responses " + where + ")";
        if (impl_->backend == Impl::Backend::SQLite) {
            SqliteStatement st(native_connection(sql), "SELECT id, answers FROM responses " + where, false);
            int n = 0; // (:r before :t, as in `where`)
            if (query.round)
                st.bind(++n, static_cast<long long>(*query.round));
            if (query.team)
                st.bind(++n, static_cast<long long>(*query.team));
            while (st.step()) {
                // A response another connection added after the list was read is not part of this read.
                const auto at = index.find(st.column(0));
                if (at == index.end())
                    continue;
                std::size_t size = 0;
                const void* bytes = st.blob(1, size);
                answer_bytes::decode(bytes, size, out[at->second].answers);
            }
        } else {
            ResponseRecord* rec = nullptr;
            auto put = [&](RowId response, int item, int value) {
                if (!rec || rec->info.id != response)
                    rec = &out[index.at(response)];
                if (item >= 0 && static_cast<std::size_t>(item) < rec->answers.size())
                    rec->answers[static_cast<std::size_t>(item)] = static_cast<AnswerCode>(value);
            };
            constexpr std::size_t kBatch = 20000;
            std::vector<long long> responses(kBatch);
            std::vector<int> items(kBatch), values(kBatch);
            soci::statement st = (sql.prepare << "SELECT response, item, value FROM answers " + answer_where,
                                  soci::into(responses), soci::into(items), soci::into(values));
            if (query.round)
                st.exchange(soci::use(*query.round));
            if (query.team)
                st.exchange(soci::use(*query.team));
            st.define_and_bind();
            st.execute();
            while (st.fetch()) {
                for (std::size_t i = 0; i < responses.size(); ++i)
                    put(responses[i], items[i], values[i]);
                responses.resize(kBatch);
                items.resize(kBatch);
                values.resize(kBatch);
            }
        }

        long long response = 0;
        int dimension = 0;
        std::string text;
        soci::statement rs = (sql.prepare << "SELECT response, dimension, text FROM remarks " + answer_where,
                              soci::into(response), soci::into(dimension), soci::into(text));
        if (query.round)
            rs.exchange(soci::use(*query.round));
        if (query.team)
            rs.exchange(soci::use(*query.team));
        rs.define_and_bind();
        rs.execute();
        while (rs.fetch())
            out[index.at(response)].remarks[static_cast<std::size_t>(dimension)] = text;
        return out;
    });
}

} // namespace hs
