// Copies of the store: a consistent SQLite backup of either back end, the integrity check, and the server's
// roles for respondents and managers.
#include "store/store_impl.h"

#include "common/file_io.h"
#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/paths.h"
#include "store/answer_bytes.h"
#include "store/schema.h"
#include "store/sqlite_statement.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>
#include <functional>
#include <vector>

namespace fs = std::filesystem;

namespace hs {

namespace {
// Every backup is written through one AtomicFile: owner-only, complete or not there at all.
void write_backup(const std::string& out_path, const std::function<void(const std::string& temp_path)>& write)
{
    try {
        AtomicFile file(out_path);
        try {
            write(file.temp_path());
        } catch (const soci::soci_error& e) {
            throw StoreError(StoreError::Kind::CannotOpen, trf(N_("The backup %1 cannot be written: %2"), {out_path, e.what()}));
        }
        file.commit();
    } catch (const FileRefused& e) {
        throw StoreError(StoreError::Kind::CannotOpen,
                         trf(N_("The backup %1 cannot be written: %2"), {out_path, e.problems().front().reason}));
    }
}

// The server's answer rows into the copy's response rows (answer_bytes.h). They come ordered by response, so each
// response's answers arrive together and are written once.
void copy_answers(soci::session& from, soci::session& to)
{
    auto* db = native_connection(to);
    SqliteStatement update(db, "UPDATE responses SET answers = ? WHERE id = ?");
    long long current = 0;
    std::vector<AnswerCode> answers;
    auto write = [&] {
        if (current == 0)
            return;
        const std::string bytes = answer_bytes::encode(answers);
        update.bind_blob(1, bytes);
        update.bind(2, current);
        update.step();
        if (sqlite_api::sqlite3_changes(db) != 1) // an answer of no response: the copy would not be whole
            throw soci::soci_error("answers of response " + std::to_string(current) + ", which is not in the database");
    };
    constexpr std::size_t kBatch = 20000;
    std::vector<long long> responses(kBatch);
    std::vector<int> items(kBatch), values(kBatch);
    soci::statement st = (from.prepare << "SELECT response, item, value FROM answers ORDER BY response, item", soci::into(responses),
                          soci::into(items), soci::into(values));
    st.execute();
    while (st.fetch()) {
        for (std::size_t i = 0; i < responses.size(); ++i) {
            if (responses[i] != current) {
                write();
                current = responses[i];
                answers.clear();
            }
            if (!answer_bytes::storable(items[i], values[i]))
                continue;
            const auto item = static_cast<std::size_t>(items[i]);
            if (answers.size() <= item)
                answers.resize(item + 1, kUnanswered);
            answers[item] = static_cast<AnswerCode>(values[i]);
        }
        responses.resize(kBatch);
        items.resize(kBatch);
        values.resize(kBatch);
    }
    write();
}

} // namespace

void Store::backup(const std::string& out_path)
{
    if (impl_->backend == Impl::Backend::PostgreSQL) {
        impl_->guarded([&] {
            impl_->backup_postgresql(out_path);
            return 0;
        });
        return;
    }
    impl_->guarded([&] {
        const fs::path target = path_from_utf8(out_path);
        if (fs::exists(target) && fs::equivalent(target, path_from_utf8(impl_->path)))
            throw StoreError(StoreError::Kind::Refused, tr(N_("A backup cannot overwrite the database itself.")));
        write_backup(out_path, [&](const std::string& temp_path) {
            // VACUUM INTO reads one consistent snapshot, while other connections go on writing.
            std::string into = temp_path;
            impl_->sql << "VACUUM INTO :f", soci::use(into);
        });
        return 0;
    });
}

void Store::setup_server_roles()
{
    impl_->guarded([&] {
        if (impl_->backend != Impl::Backend::PostgreSQL)
            throw StoreError(StoreError::Kind::Refused, tr(N_("Roles exist only on a database server; a database file has no accounts.")));
        auto& sql = impl_->sql;
        // Say which right is missing before trying, rather than pass on the server's "permission denied".
        std::string user, owner, schema;
        int may_create_roles = 0, roles = 0;
        sql << "SELECT current_user, (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'responses'),"
               " quote_ident(current_schema()), (SELECT CASE WHEN rolcreaterole OR rolsuper THEN 1 ELSE 0 END FROM pg_roles WHERE rolname = current_user),"
               " (SELECT count(*) FROM pg_roles WHERE rolname IN ('herstelspiegel_respondent', 'herstelspiegel_manager'))",
            soci::into(user), soci::into(owner), soci::into(schema), soci::into(may_create_roles), soci::into(roles);
        int is_owner = 0;
        sql << "SELECT CASE WHEN pg_has_role(current_user, :o, 'USAGE') THEN 1 ELSE 0 END", soci::use(owner), soci::into(is_owner);
        if (!is_owner)
            throw StoreError(StoreError::Kind::Refused,
                             trf(N_("Only the owner of the Herstelspiegel tables in %1 (the account %2) can set up the roles; you are logged in as %3."),
                                 {impl_->display, owner, user}));
        if (roles < 2 && !may_create_roles)
            throw StoreError(StoreError::Kind::Refused,
                             trf(N_("Creating the roles herstelspiegel_respondent and herstelspiegel_manager needs the CREATEROLE right, which the account %1 does not have. Ask the server's administrator either to give it (ALTER ROLE %1 CREATEROLE) or to create the two roles once (CREATE ROLE herstelspiegel_respondent NOLOGIN; CREATE ROLE herstelspiegel_manager NOLOGIN), then run server-roles again."),
                                 {user}));
        Impl::WriteTransaction tx(*impl_);
        sql << "SET LOCAL client_min_messages = warning"; // no notices about policies that are not there yet
        for (const std::string role : {"herstelspiegel_respondent", "herstelspiegel_manager"}) {
            int exists = 0;
            sql << "SELECT count(*) FROM pg_roles WHERE rolname = :r", soci::use(role), soci::into(exists);
            if (!exists)
                sql << "CREATE ROLE " + role + " NOLOGIN";
        }
        for (const auto& statement : schema::postgresql_roles_statements(schema))
            sql << statement;
        tx.commit();
        return 0;
    });
}

std::string Store::integrity_check()
{
    return impl_->guarded([&] {
        std::string result;
        if (impl_->backend == Impl::Backend::PostgreSQL) {
            // The server keeps its own pages consistent; check the store's own invariant instead.
            int orphans = 0;
            impl_->sql << "SELECT count(*) FROM answers a WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.id = a.response)",
                soci::into(orphans);
            return orphans == 0 ? std::string("ok") : std::to_string(orphans) + " answers without a response";
        }
        impl_->sql << "PRAGMA integrity_check", soci::into(result);
        return result;
    });
}

// A backup of a server database is a consistent SQLite copy: one snapshot of every table, readable anywhere with
// Herstelspiegel, written through a temporary file.
void Store::Impl::backup_postgresql(const std::string& out_path)
{
    // A login that row-level security limits, or that lacks a table, would copy only part of the data: refuse
    // rather than write a backup that looks whole.
    int unreadable = 0;
    sql << "SELECT count(*) FROM (VALUES ('teams'), ('questionnaires'), ('rounds'), ('responses'), ('answers'), ('remarks'),"
           " ('round_questionnaires'), ('settings'), ('agreements')) t(name)"
           " WHERE NOT has_table_privilege(name, 'SELECT') OR row_security_active(name)",
        soci::into(unreadable);
    if (unreadable > 0)
        throw StoreError(StoreError::Kind::Refused,
                         trf(N_("Your account cannot read everything in the database %1, so a backup would be incomplete. Nothing was written; take the backup with the account that owns the database (the coordinator's)."),
                             {display}));
    write_backup(out_path, [&](const std::string& temp_path) {
        // The store makes a new database file itself (owner-only); the empty placeholder would be refused as damaged.
        std::error_code gone;
        fs::remove(temp_path, gone);
        Store copy(temp_path);
        auto& to = copy.impl_->sql;
        soci::transaction read(sql);
        sql << "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
        soci::transaction write(to);
        auto copy_table = [&](const std::string& select, const std::string& insert) {
            soci::rowset<soci::row> rows = (sql.prepare << select);
            for (const auto& row : rows) {
                soci::statement st(to);
                st.alloc();
                st.prepare(insert);
                std::vector<std::string> texts;
                std::vector<long long> numbers;
                texts.reserve(row.size());
                numbers.reserve(row.size());
                for (std::size_t c = 0; c < row.size(); ++c) {
                    if (row.get_properties(c).get_data_type() == soci::dt_string)
                        texts.push_back(row.get<std::string>(c));
                    else
                        numbers.push_back(row.get_properties(c).get_data_type() == soci::dt_integer ? row.get<int>(c)
                                                                                                 : row.get<long long>(c));
                }
                std::size_t t = 0, n = 0;
                for (std::size_t c = 0; c < row.size(); ++c) {
                    if (row.get_properties(c).get_data_type() == soci::dt_string)
                        st.exchange(soci::use(texts[t++]));
                    else
                        st.exchange(soci::use(numbers[n++]));
                }
                st.define_and_bind();
                st.execute(true);
            }
        };
        copy_table("SELECT id, name FROM teams ORDER BY id", "INSERT INTO teams (id, name) VALUES (:1, :2)");
        copy_table("SELECT id, questionnaire_id, version, definition FROM questionnaires ORDER BY id",
                   "INSERT INTO questionnaires (id, questionnaire_id, version, definition) VALUES (:1, :2, :3, :4)");
        copy_table("SELECT id, label, date, questionnaire, status FROM rounds ORDER BY id",
                   "INSERT INTO rounds (id, label, date, questionnaire, status) VALUES (:1, :2, :3, :4, :5)");
        copy_table("SELECT round, perspective, questionnaire FROM round_questionnaires ORDER BY round, perspective",
                   "INSERT INTO round_questionnaires (round, perspective, questionnaire) VALUES (:1, :2, :3)");
        // The hashes travel too (a restored copy keeps each resume PIN); '' stands for NULL on the way.
        copy_table("SELECT id, uid, code, round, team, role, consensus, status, last_page, updated, coalesce(secret_hash, ''),"
                   " coalesce(pin_salt, ''), coalesce(pin_hash, ''), pin_failures, perspective, collection FROM responses ORDER BY id",
                   "INSERT INTO responses (id, uid, code, round, team, role, consensus, status, last_page, updated, secret_hash,"
                   " pin_salt, pin_hash, pin_failures, perspective, collection) VALUES (:1, :2, :3, :4, :5, :6, :7, :8, :9, :10,"
                   " nullif(:11, ''), nullif(:12, ''), nullif(:13, ''), :14, :15, :16)");
        copy_answers(sql, to);
        copy_table("SELECT response, dimension, text FROM remarks ORDER BY response, dimension",
                   "INSERT INTO remarks (response, dimension, text) VALUES (:1, :2, :3)");
        copy_table("SELECT id, uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation, changed "
                   "FROM agreements ORDER BY id",
                   "INSERT INTO agreements (id, uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation, "
                   "changed) VALUES (:1, :2, :3, :4, :5, :6, :7, :8, :9, :10, :11, :12, :13)");
        copy_table("SELECT name, value FROM settings ORDER BY name", "INSERT INTO settings (name, value) VALUES (:1, :2)");
        write.commit();
        read.commit();
    });
}

} // namespace hs
