#pragma once
// SQLite's own API for the store's hot paths (the bulk insert, reading scores for the organisation): the native
// connection behind a SOCI session, and a prepared statement finalised however its use ends. SOCI's conversions
// on each execution (a copy of every text, a type switch per value) cost about as much as SQLite's own work there.
// Private to the store wing.
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <cstddef>
#include <string>
#include <utility>

namespace hs {

inline sqlite_api::sqlite3* native_connection(soci::session& sql)
{
    return static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
}

class SqliteStatement {
public:
    SqliteStatement() = default;
    // `reused`: kept for many executions (SQLite's hint SQLITE_PREPARE_PERSISTENT).
    SqliteStatement(sqlite_api::sqlite3* db, const std::string& sql, bool reused = true) : db_(db)
    {
        if (sqlite_api::sqlite3_prepare_v3(db, sql.c_str(), -1, reused ? SQLITE_PREPARE_PERSISTENT : 0, &stmt_, nullptr) != SQLITE_OK)
            throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db), sqlite_api::sqlite3_errcode(db));
    }
    ~SqliteStatement() { sqlite_api::sqlite3_finalize(stmt_); }
    SqliteStatement(SqliteStatement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
    SqliteStatement& operator=(SqliteStatement&& o) noexcept
    {
        std::swap(db_, o.db_);
        std::swap(stmt_, o.stmt_);
        return *this;
    }
    explicit operator bool() const { return stmt_ != nullptr; }
    // The statement itself, to read a row's columns with sqlite3_column_*.
    sqlite_api::sqlite3_stmt* operator*() const { return stmt_; }

    // Texts are bound without a copy: they must outlive the step.
    void bind(int n, const std::string& text)
    {
        sqlite_api::sqlite3_bind_text(stmt_, n, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    }
    void bind(int n, const char* text) { sqlite_api::sqlite3_bind_text(stmt_, n, text, -1, SQLITE_STATIC); }
    void bind(int n, long long value) { sqlite_api::sqlite3_bind_int64(stmt_, n, value); }
    void bind(int n, int value) { sqlite_api::sqlite3_bind_int(stmt_, n, value); }
    // Bytes as a blob (a text would be checked as UTF-8 by readers), without a copy like a text.
    void bind_blob(int n, const std::string& bytes)
    {
        sqlite_api::sqlite3_bind_blob(stmt_, n, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
    }

    // Runs the statement; true when it gave a row (read it before the next step). At the end it is reset, ready
    // to run again.
    bool step()
    {
        const int rc = sqlite_api::sqlite3_step(stmt_);
        if (rc == SQLITE_ROW)
            return true;
        sqlite_api::sqlite3_reset(stmt_);
        if (rc != SQLITE_DONE)
            throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(db_), rc);
        return false;
    }
    long long column(int n) const { return sqlite_api::sqlite3_column_int64(stmt_, n); }
    // A blob column's bytes, valid until the next step.
    const void* blob(int n, std::size_t& size) const
    {
        const void* data = sqlite_api::sqlite3_column_blob(stmt_, n);
        size = static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(stmt_, n));
        return data;
    }
    void reset() { sqlite_api::sqlite3_reset(stmt_); }

private:
    sqlite_api::sqlite3* db_ = nullptr;
    sqlite_api::sqlite3_stmt* stmt_ = nullptr;
};

} // namespace hs
