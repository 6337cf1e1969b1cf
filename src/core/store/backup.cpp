// Copies of the store: a consistent SQLite backup of either back end, the integrity check, and the server's
// roles for respondents and managers.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "store/schema.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <filesystem>

namespace fs = std::filesystem;

namespace hs {

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
        const fs::path target(out_path);
        if (fs::exists(target) && fs::equivalent(target, fs::path(impl_->path)))
            throw StoreError(StoreError::Kind::Refused, tr(N_("A backup cannot overwrite the database itself.")));
        fs::path tmp = target;
        tmp += ".part";
        std::error_code ec;
        fs::remove(tmp, ec);
        std::string tmp_s = tmp.string();
        try {
            // VACUUM INTO reads one consistent snapshot, while other connections go on writing.
            impl_->sql << "VACUUM INTO :f", soci::use(tmp_s);
        } catch (const soci::soci_error& e) {
            fs::remove(tmp, ec);
            throw StoreError(StoreError::Kind::CannotOpen, trf(N_("The backup %1 cannot be written: %2"), {out_path, e.what()}));
        }
        fs::rename(tmp, target, ec);
        if (ec) {
            fs::remove(tmp, ec);
            throw StoreError(StoreError::Kind::CannotOpen, trf(N_("The backup %1 cannot be written: %2"), {out_path, ec.message()}));
        }
        return 0;
    });
}

void Store::setup_server_roles()
{
    impl_->guarded([&] {
        if (impl_->backend != Impl::Backend::PostgreSQL)
            throw StoreError(StoreError::Kind::Refused, tr(N_("Roles exist only on a database server; a database file has no accounts.")));
        Impl::WriteTransaction tx(*impl_);
        // The DO block holds semicolons of its own: it goes first, whole; the rest statement by statement.
        const std::string script = schema::postgresql_roles_script();
        const auto block_end = script.find("END $$;") + std::string("END $$;").size();
        impl_->sql << script.substr(0, block_end - 1);
        for (const auto& statement : split_statements(script.substr(block_end)))
            impl_->sql << statement;
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
    const fs::path target(out_path);
    fs::path tmp = target;
    tmp += ".part";
    std::error_code ec;
    fs::remove(tmp, ec);
    try {
        Store copy(tmp.string());
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
        copy_table("SELECT id, uid, code, round, team, role, consensus, status, last_page, updated FROM responses ORDER BY id",
                   "INSERT INTO responses (id, uid, code, round, team, role, consensus, status, last_page, updated) "
                   "VALUES (:1, :2, :3, :4, :5, :6, :7, :8, :9, :10)");
        copy_table("SELECT response, item, value FROM answers ORDER BY response, item",
                   "INSERT INTO answers (response, item, value) VALUES (:1, :2, :3)");
        copy_table("SELECT response, dimension, text FROM remarks ORDER BY response, dimension",
                   "INSERT INTO remarks (response, dimension, text) VALUES (:1, :2, :3)");
        copy_table("SELECT id, uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation FROM agreements ORDER BY id",
                   "INSERT INTO agreements (id, uid, team, round, dimension, item, action, owner, due, status, status_date, evaluation) "
                   "VALUES (:1, :2, :3, :4, :5, :6, :7, :8, :9, :10, :11, :12)");
        write.commit();
        read.commit();
    } catch (...) {
        fs::remove(tmp, ec);
        throw;
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw StoreError(StoreError::Kind::CannotOpen, trf(N_("The backup %1 cannot be written: %2"), {out_path, ec.message()}));
    }
}

} // namespace hs
