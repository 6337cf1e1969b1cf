// The store's connection: opening a SQLite file or a PostgreSQL server, recognising our own databases,
// migrating the schema, and turning database failures into messages a user can act on.
#include "store/store_impl.h"

#include "common/file_io.h"
#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/paths.h"
#include "store/answer_bytes.h"
#include "store/check_stamp.h"
#include "store/database_header.h"
#include "store/integrity.h"
#include "store/postgresql_link.h"
#include "store/schema.h"
#include "store/sqlite_statement.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;

namespace hs {

namespace store_detail {

// Splits a migration script at ';', leaving out "--" comment lines (they may hold a ';' of their own).
std::vector<std::string> split_statements(const std::string& script)
{
    std::string code;
    std::size_t start = 0;
    while (start < script.size()) {
        auto end = script.find('\n', start);
        if (end == std::string::npos)
            end = script.size();
        const std::string line = script.substr(start, end - start);
        const auto first = line.find_first_not_of(" \t");
        if (first == std::string::npos || line.compare(first, 2, "--") != 0)
            code += line + "\n";
        start = end + 1;
    }
    std::vector<std::string> out;
    std::string current;
    for (char c : code) {
        if (c == ';') {
            if (current.find_first_not_of(" \t\r\n") != std::string::npos)
                out.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (current.find_first_not_of(" \t\r\n") != std::string::npos)
        out.push_back(current);
    return out;
}

const char* status_key(RoundStatus s) { return s == RoundStatus::Open ? "open" : "closed"; }
const char* status_key(ResponseStatus s) { return s == ResponseStatus::Complete ? "complete" : "in-progress"; }

// Translates a database failure into a StoreError the user can act on.
[[noreturn]] void rethrow_as_store_error(const std::string& path, const std::exception& e)
{
    using K = StoreError::Kind;
    if (auto* se = dynamic_cast<const StoreError*>(&e))
        throw *se;
    // A driver's message may quote the connection string: never pass a password on.
    const std::string detail = without_password(e.what());
    const std::string where = without_password(path);
    int code = SQLITE_ERROR;
    if (auto* sqe = dynamic_cast<const soci::sqlite3_soci_error*>(&e))
        code = sqe->result() & 0xff;
    if (const auto state = postgresql::sqlstate(e)) {
        // SQLSTATE classes: 08 connection, 28 authorisation, 42501 privilege, 25006 read-only, 55P03/40P01 locks.
        if (*state == "55P03" || *state == "40P01" || *state == "40001")
            code = SQLITE_BUSY;
        else if (*state == "25006")
            code = SQLITE_READONLY;
        else if (*state == "42501")
            throw StoreError(K::Refused, trf(N_("The database %1 does not allow this for your account: %2"), {where, detail}));
        else if (state->rfind("08", 0) == 0 || state->rfind("28", 0) == 0 || state->rfind("3D", 0) == 0)
            code = SQLITE_CANTOPEN;
    } else
    if (dynamic_cast<const soci::soci_error*>(&e) && !dynamic_cast<const soci::sqlite3_soci_error*>(&e) &&
        std::string(e.what()).find("connect") != std::string::npos) {
        code = SQLITE_CANTOPEN; // the server could not be reached
    }
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError(K::Locked, trf(N_("The database %1 is in use by another program. Close it there and try again."), {where}));
    case SQLITE_READONLY:
        throw StoreError(K::ReadOnly, trf(N_("The database %1 can only be read, not written. Check the permissions of the file and its folder."), {where}));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw StoreError(K::NotADatabase, trf(N_("The file %1 is not a Herstelspiegel database or it is damaged. It was left unchanged; restore a backup or choose another file."), {where}));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        throw StoreError(K::CannotOpen, trf(N_("The database %1 cannot be opened: %2"), {where, detail}));
    case SQLITE_FULL:
    case SQLITE_IOERR:
        throw StoreError(K::Other, trf(N_("Writing to the database %1 failed (disk full or not reachable): %2"), {where, detail}));
    default:
        throw StoreError(K::Other, trf(N_("Database error in %1: %2"), {where, detail}));
    }
}

} // namespace store_detail

namespace {

// A schema version this program does not know yet: a newer program wrote the database (a file or a server).
void refuse_newer_version(const std::string& name, int version)
{
    const auto known = schema::migration_texts().size();
    if (version > static_cast<int>(known))
        throw StoreError(StoreError::Kind::NewerVersion, trf(N_("The database %1 was written by a newer version of Herstelspiegel (schema %2; this program knows up to %3). Update the program; the file was left unchanged."),
                                                           {name, std::to_string(version), std::to_string(known)}));
}

// An earlier schema met by a reading open, which does not update it.
StoreError older_version(const std::string& name)
{
    return StoreError(StoreError::Kind::OlderVersion, trf(N_("The database %1 was written by an earlier version of Herstelspiegel and needs an update, which a command that only reads does not make. Open it once in Herstelspiegel to update it."), {name}));
}

// hs_answer_bytes(item, value): the aggregate with which step 6 -> 7 makes each response's answers blob out of its
// answer rows (answer_bytes.h). Its state lives in SQLite's aggregate context (zeroed, freed by SQLite): no heap,
// nothing to leak when the step fails.
struct AnswerBytesState {
    int size;
    unsigned char bytes[answer_bytes::kMaxItems];
};

void answer_bytes_step(sqlite_api::sqlite3_context* ctx, int, sqlite_api::sqlite3_value** argv)
{
    auto* state = static_cast<AnswerBytesState*>(sqlite_api::sqlite3_aggregate_context(ctx, sizeof(AnswerBytesState)));
    if (!state) {
        sqlite_api::sqlite3_result_error_nomem(ctx);
        return;
    }
    const long long item = sqlite_api::sqlite3_value_int64(argv[0]);
    const long long value = sqlite_api::sqlite3_value_int64(argv[1]);
    if (!answer_bytes::storable(item, value))
        return;
    state->bytes[item] = static_cast<unsigned char>(static_cast<AnswerCode>(value));
    state->size = std::max(state->size, static_cast<int>(item) + 1);
}

void answer_bytes_final(sqlite_api::sqlite3_context* ctx)
{
    auto* state = static_cast<AnswerBytesState*>(sqlite_api::sqlite3_aggregate_context(ctx, 0));
    if (!state) {
        sqlite_api::sqlite3_result_zeroblob(ctx, 0);
        return;
    }
    sqlite_api::sqlite3_result_blob(ctx, state->bytes, state->size, reinterpret_cast<sqlite_api::sqlite3_destructor_type>(-1)); // SQLITE_TRANSIENT: a copy
}

} // namespace

bool is_postgresql_url(const std::string& path)
{
    return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string postgresql_keywords(const std::string& url)
{
    // postgresql://[user[:password]@][host][:port][/dbname][?key=value&...] -> "host=... port=... ..."
    // (SOCI hands libpq key=value strings; it does not take the URI form.)
    auto decode = [](const std::string& s) {
        std::string out;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (s[i] == '%' && i + 2 < s.size()) {
                out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
                i += 2;
            } else {
                out += s[i];
            }
        }
        return out;
    };
    auto quoted = [](const std::string& v) {
        std::string q = "'";
        for (char c : v) {
            if (c == '\\' || c == '\'')
                q += '\\';
            q += c;
        }
        return q + "'";
    };
    std::string rest = url.substr(url.find("://") + 3);
    std::string query;
    if (auto q = rest.find('?'); q != std::string::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
    }
    std::string dbname;
    if (auto slash = rest.find('/'); slash != std::string::npos) {
        dbname = rest.substr(slash + 1);
        rest = rest.substr(0, slash);
    }
    std::string out;
    auto add = [&](const std::string& key, const std::string& value) {
        if (!value.empty())
            out += (out.empty() ? "" : " ") + key + "=" + quoted(decode(value));
    };
    if (auto at = rest.rfind('@'); at != std::string::npos) {
        const std::string userinfo = rest.substr(0, at);
        rest = rest.substr(at + 1);
        const auto colon = userinfo.find(':');
        add("user", userinfo.substr(0, colon));
        if (colon != std::string::npos)
            add("password", userinfo.substr(colon + 1));
    }
    std::string host = rest, port;
    if (!rest.empty() && rest.front() != '[') {
        if (auto colon = rest.rfind(':'); colon != std::string::npos) {
            host = rest.substr(0, colon);
            port = rest.substr(colon + 1);
        }
    }
    add("host", host);
    add("port", port);
    add("dbname", dbname);
    for (std::size_t start = 0; start < query.size();) {
        auto end = query.find('&', start);
        const std::string pair = query.substr(start, end == std::string::npos ? std::string::npos : end - start);
        if (auto eq = pair.find('='); eq != std::string::npos)
            add(pair.substr(0, eq), pair.substr(eq + 1));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

std::string Store::default_path()
{
    // The platform's rule for a user's own data (the GUI and the CLI both ask here).
    return path_to_utf8(user_folder(UserFolder::Data) / "herstelspiegel.db");
}

void Store::Impl::open()
{
    if (is_postgresql_url(path)) {
        backend = Backend::PostgreSQL;
        display = without_password(path);
        guarded([&] {
            open_postgresql();
            return 0;
        });
        return;
    }
    display = path;
    // Before the first connection: no allocation statistics (a global mutex per malloc in SQLite), no mutex per
    // call on a connection (each connection is used by one thread at a time; an import binds millions of values),
    // and file names as URIs (only ever passed for the read-only modes below).
    static const bool uri_filenames = [] {
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
        return sqlite_api::sqlite3_config(SQLITE_CONFIG_URI, 1) == SQLITE_OK;
    }();
    using K = StoreError::Kind;
    const fs::path p = path_from_utf8(path);
    const fs::path folder = p.has_parent_path() ? p.parent_path() : fs::path(".");
    const bool exists = fs::exists(p);
    if (!exists) {
        if (options.read_only || options.must_exist)
            throw StoreError(K::NotFound, trf(N_("The database %1 does not exist."), {path}));
        try {
            if (p.has_parent_path())
                create_private_folders(path_to_utf8(p.parent_path())); // a new data folder is the owner's alone (0700)
        } catch (const FileRefused& e) {
            throw StoreError(K::CannotOpen, trf(N_("The folder for the database %1 cannot be created: %2"), {path, e.problems().front().reason}));
        }
    } else {
        check_file_before_open(p);
    }
    // SQLite writes its journal (-wal, -shm) next to the database: a write needs the folder, not only the file.
    const bool folder_writable = folder_takes_files(path_to_utf8(folder));
    if (!options.read_only && !folder_writable)
        throw StoreError(K::ReadOnly, trf(N_("The folder %1 cannot be written, and Herstelspiegel writes there next to the database. Ask for write permission or move the database to a folder of your own."),
                                         {path_to_utf8(fs::absolute(folder))}));
    // Answers and remarks are readable by their owner only (0600), whatever the umask; SQLite gives the WAL and
    // shared-memory files the database's mode. A new file is made so before SQLite sees it.
    if (!exists && !options.read_only)
        make_private_file(path);
    std::string conn = "db=\"" + path + "\"";
    if (options.read_only && !folder_writable)
        conn = "db=\"" + read_only_folder_uri(p, uri_filenames) + "\"";
    else if (options.read_only)
        conn += " readonly=1";
    conn += " timeout=" + std::to_string(std::max(1, options.busy_timeout_ms / 1000));
    guarded([&] {
        sql.open(*soci::factory_sqlite3(), conn);
        auto* native = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
        sqlite_api::sqlite3_busy_timeout(native->conn_, options.busy_timeout_ms);
        check_identity();
        // Before anything is written (the journal mode below writes the header): a damaged file stays untouched
        // and damage does not spread. A reading open skips the pass when this very state of the file passed it
        // before (check_stamp.h); the state is taken before the check, so a change made meanwhile is checked again.
        if (exists) {
            const std::string state = database_file_state(p);
            if (!options.read_only || !passed_check_in_state(p, state)) {
                std::string verdict;
                sql << "PRAGMA quick_check(1)", soci::into(verdict);
                if (verdict != "ok")
                    throw StoreError(K::NotADatabase, trf(N_("The database %1 is damaged (%2). It was left unchanged; restore your latest backup."), {path, damage_text(verdict)}));
                if (options.read_only)
                    remember_passed_check(p, state);
            }
        }
        if (!options.read_only) {
            // A database of an earlier version (0644) is ours now: owner-only too. Another account's file keeps
            // its mode (the change fails quietly) and opens as before.
            for (const char* side : {"", "-wal", "-shm"})
                if (fs::exists(path_from_utf8(path + side)))
                    make_private_file(path + side);
            std::string mode;
            sql << "PRAGMA journal_mode=WAL", soci::into(mode);
            sql << "PRAGMA synchronous=FULL";
            sql << "PRAGMA cache_size=-32000"; // 32 MB
        }
        migrate();
        sql << "PRAGMA foreign_keys=ON";
        return 0;
    });
}

// Refuses, before SQLite opens it, a file SQLite would turn into a database (an empty file) or could hang on
// (a device, a pipe), and a file that is not an SQLite database at all. Nothing is written.
void Store::Impl::check_file_before_open(const std::filesystem::path& p)
{
    using K = StoreError::Kind;
    std::error_code ec;
    if (fs::is_directory(p, ec))
        throw StoreError(K::CannotOpen, trf(N_("%1 is a folder, not a database file."), {path}));
    if (!fs::is_regular_file(p, ec))
        throw StoreError(K::CannotOpen, trf(N_("%1 is not an ordinary file, so it cannot be a database."), {path}));
    if (fs::file_size(p, ec) == 0)
        throw StoreError(K::NotADatabase, trf(N_("The file %1 is empty (0 bytes), so it is not a database. It was left unchanged; restore your latest backup, or name a file that does not exist yet to start a new database."), {path}));
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw StoreError(K::CannotOpen, trf(N_("The database %1 cannot be opened: %2"), {path, tr(N_("no permission to read it"))}));
    const auto header = read_database_header(in);
    if (!header || !header->is_sqlite())
        throw StoreError(K::NotADatabase, trf(N_("The file %1 is not a Herstelspiegel database or it is damaged. It was left unchanged; restore a backup or choose another file."), {path}));
    // A file cut short (a copy that stopped, a full disk): the header says how many pages the file has, when its
    // count can be trusted.
    const std::uintmax_t page_size = header->page_size();
    const std::uintmax_t size = fs::file_size(p, ec);
    const auto pages = header->page_count();
    if (page_size >= 512 && (size % page_size != 0 || (pages && size < page_size * *pages)))
        throw StoreError(K::NotADatabase, trf(N_("The database %1 is damaged (%2). It was left unchanged; restore your latest backup."),
                                             {path, tr(N_("the file is shorter than its header says: it was cut off"))}));
}

// How to read a database whose folder cannot be written (SQLite cannot create its -shm file there). With a
// journal file left over (-wal) its own -shm must exist too; without one the file is read as immutable, SQLite's
// documented route for read-only media (https://sqlite.org/wal.html#readonly, https://sqlite.org/uri.html).
std::string Store::Impl::read_only_folder_uri(const std::filesystem::path& p, bool uri_filenames)
{
    using K = StoreError::Kind;
    std::error_code ec;
    const fs::path wal_file = path_from_utf8(path_to_utf8(p) + "-wal"), shm_file = path_from_utf8(path_to_utf8(p) + "-shm");
    const bool wal = fs::exists(wal_file, ec) && fs::file_size(wal_file, ec) > 0;
    const bool shm = fs::exists(shm_file, ec);
    const char* query = wal && shm ? "mode=ro" : "immutable=1";
    if ((wal && !shm) || !uri_filenames)
        throw StoreError(K::ReadOnly, trf(N_("The database %1 cannot be read here: its folder cannot be written and it has changes not yet merged into the file (%2). Open it once where the folder can be written, or copy it to such a folder."),
                                         {path, path_to_utf8(p.filename()) + "-wal"}));
    std::string uri = "file:";
    for (const char ch : p.generic_u8string()) {
        const auto c = static_cast<unsigned char>(ch);
        if (std::isalnum(c) || c == '/' || c == '-' || c == '.' || c == '_' || c == '~' || c == ':') {
            uri += static_cast<char>(c);
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", c);
            uri += hex;
        }
    }
    return uri + "?" + query;
}

void Store::Impl::open_postgresql()
{
    postgresql::open(sql, postgresql_keywords(path), display);
    sql << "SET lock_timeout = " + std::to_string(std::max(1, options.busy_timeout_ms));
    if (options.read_only)
        sql << "SET default_transaction_read_only = on";
    // One schema table marks the database as ours and holds its version.
    int tables = 0, ours = 0;
    sql << "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", soci::into(tables);
    sql << "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'herstelspiegel_schema'",
        soci::into(ours);
    if (!ours && tables > 0)
        throw StoreError(StoreError::Kind::NotOurs, trf(N_("The file %1 is a database of another program; Herstelspiegel leaves it alone."), {display}));
    const auto steps = schema::migrations(schema::Dialect::PostgreSQL);
    const int target = schema::current_version(schema::Dialect::PostgreSQL);
    int version = 0;
    if (ours)
        sql << "SELECT version FROM herstelspiegel_schema", soci::into(version);
    refuse_newer_version(display, version);
    schema_version = version;
    if (version >= target || (options.read_only && options.older_schema_ok))
        return;
    if (options.read_only)
        throw older_version(display);
    WriteTransaction tx(*this);
    // Several workstations may start at once: the first one migrates, the others wait for it.
    // An advisory lock, not a catalogue lock: any account may take it, the owner needs no superuser rights.
    // The key is the schema marker's name in ASCII ("hsschema").
    sql << "SELECT pg_advisory_xact_lock(7526486273056664929)";
    if (!ours)
        sql << "CREATE TABLE IF NOT EXISTS herstelspiegel_schema (version INTEGER NOT NULL)";
    version = -1;
    sql << "SELECT version FROM herstelspiegel_schema", soci::into(version);
    if (!sql.got_data()) {
        sql << "INSERT INTO herstelspiegel_schema (version) VALUES (0)";
        version = 0;
    }
    const int before = version;
    for (auto step = static_cast<std::size_t>(version); step < static_cast<std::size_t>(target); ++step) {
        for (const auto& statement : split_statements(steps[step]))
            sql << statement;
        int next = static_cast<int>(step) + 1;
        sql << "UPDATE herstelspiegel_schema SET version = :v", soci::use(next);
    }
    tx.commit();
    if (target > before) {
        updated_from = before;
        schema_version = target;
    }
}

void Store::Impl::check_identity()
{
    using K = StoreError::Kind;
    int app_id = 0, version = 0, objects = 0;
    sql << "PRAGMA application_id", soci::into(app_id); // fails with NOTADB on a file that is not SQLite
    sql << "PRAGMA user_version", soci::into(version);
    sql << "SELECT count(*) FROM sqlite_master", soci::into(objects);
    if (app_id == 0 && objects > 0)
        throw StoreError(K::NotOurs, trf(N_("The file %1 is a database of another program; Herstelspiegel leaves it alone."), {path}));
    if (app_id != 0 && app_id != schema::kApplicationId)
        throw StoreError(K::NotOurs, trf(N_("The file %1 is a database of another program; Herstelspiegel leaves it alone."), {path}));
    refuse_newer_version(path, version);
}

void Store::Impl::migrate()
{
    int version = 0;
    sql << "PRAGMA user_version", soci::into(version);
    const auto steps = schema::migrations(schema::Dialect::SQLite);
    schema_version = version;
    if (version == static_cast<int>(steps.size()) || (options.read_only && options.older_schema_ok))
        return;
    if (options.read_only)
        throw older_version(path);
    // A step may make a table anew (schema.h): with foreign keys on, dropping the old table would delete the rows
    // that refer to it (the remarks, ON DELETE CASCADE). Off, then, and checked afterwards; the rename of the new
    // table leaves views that name the old one alone (SQLite's legacy renaming) instead of refusing.
    auto* native = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
    sql << "PRAGMA foreign_keys=OFF";
    int enforced = 1;
    sql << "PRAGMA foreign_keys", soci::into(enforced);
    if (enforced != 0)
        throw soci::sqlite3_soci_error("migration: foreign keys cannot be turned off", SQLITE_ERROR);
    sql << "PRAGMA legacy_alter_table=ON";
    if (sqlite_api::sqlite3_create_function_v2(native->conn_, "hs_answer_bytes", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, nullptr,
                                               &answer_bytes_step, &answer_bytes_final, nullptr) != SQLITE_OK)
        throw soci::sqlite3_soci_error(sqlite_api::sqlite3_errmsg(native->conn_), sqlite_api::sqlite3_errcode(native->conn_));
    auto broken_keys = [&] {
        SqliteStatement check(native->conn_, "PRAGMA foreign_key_check", false);
        int n = 0;
        while (check.step())
            ++n;
        return n;
    };
    // Every step in one transaction: a database is updated whole or not at all, and a new one is made with one
    // commit (one flush to disk) instead of one per step.
    {
        WriteTransaction tx(*this);
        // Another program may have migrated while this one waited for the write lock.
        sql << "PRAGMA user_version", soci::into(version);
        const int from = version;
        int broken = broken_keys(); // a database may hold an orphan from a hand edit: not ours to fail on
        for (auto step = static_cast<std::size_t>(version); step < steps.size(); ++step) {
            char* error = nullptr;
            if (sqlite_api::sqlite3_exec(native->conn_, steps[step].c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
                std::string message = error ? error : "?";
                sqlite_api::sqlite3_free(error);
                throw soci::sqlite3_soci_error("migration " + std::to_string(step) + ": " + message, sqlite_api::sqlite3_errcode(native->conn_));
            }
            const int after = broken_keys(); // no step may leave more orphans than it found
            if (after > broken)
                throw soci::sqlite3_soci_error("migration " + std::to_string(step) + ": a foreign key no longer holds", SQLITE_CONSTRAINT);
            broken = after;
        }
        if (static_cast<std::size_t>(from) < steps.size()) {
            sql << "PRAGMA application_id=" + std::to_string(schema::kApplicationId);
            sql << "PRAGMA user_version=" + std::to_string(steps.size());
            tx.commit();
            updated_from = from;
        }
    }
    sql << "PRAGMA legacy_alter_table=OFF";
    sql << "PRAGMA user_version", soci::into(schema_version);
}

Store::Store(const std::string& path, StoreOptions options) : impl_(std::make_unique<Impl>())
{
    impl_->path = path;
    impl_->options = options;
    impl_->open();
}

Store::~Store() = default;

int Store::schema_version() const { return impl_->schema_version; }

std::optional<int> Store::updated_from() const { return impl_->updated_from; }

const std::string& Store::path() const { return impl_->path; }

bool Store::is_server() const { return impl_->backend == Impl::Backend::PostgreSQL; }

const std::string& Store::display_name() const { return impl_->display; }

} // namespace hs
