#include "store.h"

#include "i18n.h"
#include "questionnaire_loader.h"
#include "store_schema.h"

#include <soci/soci.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <random>


namespace fs = std::filesystem;

namespace hs {

namespace {

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

std::string now_iso()
{
    auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::mt19937_64& rng()
{
    static thread_local std::mt19937_64 engine{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    return engine;
}

const char* status_key(RoundStatus s) { return s == RoundStatus::Open ? "open" : "closed"; }
const char* status_key(ResponseStatus s) { return s == ResponseStatus::Complete ? "complete" : "in-progress"; }

// Translates a database failure into a StoreError the user can act on.
[[noreturn]] void rethrow_as_store_error(const std::string& path, const std::exception& e)
{
    using K = StoreError::Kind;
    if (auto* se = dynamic_cast<const StoreError*>(&e))
        throw *se;
    int code = SQLITE_ERROR;
    if (auto* sqe = dynamic_cast<const soci::sqlite3_soci_error*>(&e))
        code = sqe->result() & 0xff;
    if (auto* pge = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
        // SQLSTATE classes: 08 connection, 28 authorisation, 42501 privilege, 25006 read-only, 55P03/40P01 locks.
        const std::string state = pge->sqlstate();
        if (state == "55P03" || state == "40P01" || state == "40001")
            code = SQLITE_BUSY;
        else if (state == "25006")
            code = SQLITE_READONLY;
        else if (state == "42501")
            throw StoreError(K::Refused, trf(N_("The database %1 does not allow this for your account: %2"), {path, e.what()}));
        else if (state.rfind("08", 0) == 0 || state.rfind("28", 0) == 0 || state.rfind("3D", 0) == 0)
            code = SQLITE_CANTOPEN;
    } else if (dynamic_cast<const soci::soci_error*>(&e) && !dynamic_cast<const soci::sqlite3_soci_error*>(&e) &&
               std::string(e.what()).find("connect") != std::string::npos) {
        code = SQLITE_CANTOPEN; // the server could not be reached
    }
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StoreError(K::Locked, trf(N_("The database %1 is in use by another program. Close it there and try again."), {path}));
    case SQLITE_READONLY:
        throw StoreError(K::ReadOnly, trf(N_("The database %1 can only be read, not written. Check the permissions of the file and its folder."), {path}));
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        throw StoreError(K::NotADatabase, trf(N_("The file %1 is not a Herstelspiegel database or it is damaged. It was left unchanged; restore a backup or choose another file."), {path}));
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        throw StoreError(K::CannotOpen, trf(N_("The database %1 cannot be opened: %2"), {path, e.what()}));
    case SQLITE_FULL:
    case SQLITE_IOERR:
        throw StoreError(K::Other, trf(N_("Writing to the database %1 failed (disk full or not reachable): %2"), {path, e.what()}));
    default:
        throw StoreError(K::Other, trf(N_("Database error in %1: %2"), {path, e.what()}));
    }
}

} // namespace

bool is_postgresql_url(const std::string& path)
{
    return path.rfind("postgresql://", 0) == 0 || path.rfind("postgres://", 0) == 0;
}

std::string without_password(const std::string& url)
{
    // postgresql://user:secret@host/db -> postgresql://user@host/db
    const auto scheme = url.find("://");
    const auto at = url.find('@');
    if (scheme == std::string::npos || at == std::string::npos)
        return url;
    const auto colon = url.find(':', scheme + 3);
    if (colon == std::string::npos || colon > at)
        return url;
    return url.substr(0, colon) + url.substr(at);
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

std::string new_uid()
{
    std::uniform_int_distribution<unsigned> hex(0, 15);
    std::string s(32, '0');
    for (auto& c : s)
        c = "0123456789abcdef"[hex(rng())];
    return s;
}

std::string new_response_code()
{
    // No 0/O, 1/I/L: the code is read aloud and typed back in.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
    std::string s;
    for (int i = 0; i < 7; ++i)
        s += i == 3 ? '-' : alphabet[pick(rng())];
    return s;
}

std::string today_iso() { return now_iso().substr(0, 10); }

std::string Store::default_path()
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".local" / "share";
    else
        base = fs::current_path();
    return (base / "herstelspiegel" / "herstelspiegel.db").string();
}

struct Store::Impl {
    enum class Backend { SQLite, PostgreSQL };

    // A write transaction that takes the write lock at once (SQLite: BEGIN IMMEDIATE), so a second writer waits
    // for the busy timeout instead of failing on a snapshot it read before the other one wrote.
    class WriteTransaction {
    public:
        explicit WriteTransaction(Impl& impl) : impl_(impl)
        {
            impl_.sql << (impl_.backend == Backend::SQLite ? "BEGIN IMMEDIATE" : "BEGIN");
        }
        ~WriteTransaction()
        {
            if (!done_) {
                try {
                    impl_.sql << "ROLLBACK";
                } catch (...) {
                }
            }
        }
        WriteTransaction(const WriteTransaction&) = delete;
        WriteTransaction& operator=(const WriteTransaction&) = delete;
        void commit()
        {
            impl_.sql << "COMMIT";
            done_ = true;
        }

    private:
        Impl& impl_;
        bool done_ = false;
    };

    std::string path;    // file path or connection URL
    std::string display; // for messages: the URL without its password
    Backend backend = Backend::SQLite;
    StoreOptions options;
    soci::session sql;
    std::map<RowId, std::shared_ptr<const Questionnaire>> questionnaires; // by questionnaires.id

    template <typename F>
    auto guarded(F&& f) -> decltype(f())
    {
        try {
            return f();
        } catch (const std::exception& e) {
            rethrow_as_store_error(display, e);
        }
    }

    void open()
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
        // Before the first connection: no allocation statistics (a global mutex per malloc in SQLite).
        static const bool configured = [] {
            sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
            return true;
        }();
        (void)configured;
        using K = StoreError::Kind;
        const fs::path p(path);
        const bool exists = fs::exists(p);
        if (!exists) {
            if (options.read_only)
                throw StoreError(K::NotFound, trf(N_("The database %1 does not exist."), {path}));
            std::error_code ec;
            if (p.has_parent_path())
                fs::create_directories(p.parent_path(), ec);
            if (ec)
                throw StoreError(K::CannotOpen, trf(N_("The folder for the database %1 cannot be created: %2"), {path, ec.message()}));
        } else if (fs::is_directory(p)) {
            throw StoreError(K::CannotOpen, trf(N_("%1 is a folder, not a database file."), {path}));
        }
        std::string conn = "db=\"" + path + "\" timeout=" + std::to_string(std::max(1, options.busy_timeout_ms / 1000));
        if (options.read_only)
            conn += " readonly=1";
        guarded([&] {
            sql.open(*soci::factory_sqlite3(), conn);
            auto* native = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
            sqlite_api::sqlite3_busy_timeout(native->conn_, options.busy_timeout_ms);
            check_identity();
            if (!options.read_only) {
                std::string mode;
                sql << "PRAGMA journal_mode=WAL", soci::into(mode);
                sql << "PRAGMA synchronous=FULL";
                sql << "PRAGMA cache_size=-32000"; // 32 MB
            }
            sql << "PRAGMA foreign_keys=ON";
            migrate();
            return 0;
        });
    }

    void open_postgresql()
    {
        sql.open(*soci::factory_postgresql(), postgresql_keywords(path));
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
        int version = 0;
        if (ours)
            sql << "SELECT version FROM herstelspiegel_schema", soci::into(version);
        if (version > static_cast<int>(steps.size()))
            throw StoreError(StoreError::Kind::NewerVersion, trf(N_("The database %1 was written by a newer version of Herstelspiegel (schema %2; this program knows up to %3). Update the program; the file was left unchanged."),
                                                               {display, std::to_string(version), std::to_string(steps.size())}));
        if (version == static_cast<int>(steps.size()))
            return;
        if (options.read_only)
            throw StoreError(StoreError::Kind::ReadOnly, trf(N_("The database %1 needs an update, but it was opened read-only."), {display}));
        WriteTransaction tx(*this);
        // Several workstations may start at once: the first one migrates, the others wait for it.
        sql << "LOCK TABLE pg_catalog.pg_namespace IN SHARE ROW EXCLUSIVE MODE";
        if (!ours)
            sql << "CREATE TABLE IF NOT EXISTS herstelspiegel_schema (version INTEGER NOT NULL)";
        version = -1;
        sql << "SELECT version FROM herstelspiegel_schema", soci::into(version);
        if (!sql.got_data()) {
            sql << "INSERT INTO herstelspiegel_schema (version) VALUES (0)";
            version = 0;
        }
        for (auto step = static_cast<std::size_t>(version); step < steps.size(); ++step) {
            for (const auto& statement : split_statements(steps[step]))
                sql << statement;
            int next = static_cast<int>(step) + 1;
            sql << "UPDATE herstelspiegel_schema SET version = :v", soci::use(next);
        }
        tx.commit();
    }

    void check_identity()
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
        const auto known = schema::migration_texts().size();
        if (version > static_cast<int>(known))
            throw StoreError(K::NewerVersion, trf(N_("The database %1 was written by a newer version of Herstelspiegel (schema %2; this program knows up to %3). Update the program; the file was left unchanged."),
                                                 {path, std::to_string(version), std::to_string(known)}));
    }

    void migrate()
    {
        int version = 0;
        sql << "PRAGMA user_version", soci::into(version);
        const auto steps = schema::migrations(schema::Dialect::SQLite);
        if (version == static_cast<int>(steps.size()))
            return;
        if (options.read_only)
            throw StoreError(StoreError::Kind::ReadOnly, trf(N_("The database %1 needs an update, but it was opened read-only."), {path}));
        for (auto step = static_cast<std::size_t>(version); step < steps.size(); ++step) {
            WriteTransaction tx(*this);
            auto* native = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
            char* error = nullptr;
            if (sqlite_api::sqlite3_exec(native->conn_, steps[step].c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
                std::string message = error ? error : "?";
                sqlite_api::sqlite3_free(error);
                throw soci::sqlite3_soci_error("migration " + std::to_string(step) + ": " + message, sqlite_api::sqlite3_errcode(native->conn_));
            }
            sql << "PRAGMA application_id=" + std::to_string(schema::kApplicationId);
            sql << "PRAGMA user_version=" + std::to_string(step + 1);
            tx.commit();
        }
    }

    RowId find_round_id(const std::string& label)
    {
        RowId id = 0;
        sql << "SELECT id FROM rounds WHERE label = :l", soci::into(id), soci::use(label);
        return sql.got_data() ? id : 0;
    }

    // Inside a transaction of the caller.
    RowId add_round(const std::string& label, const std::string& date, const Questionnaire& q)
    {
        if (label.find_first_not_of(" \t") == std::string::npos)
            throw StoreError(StoreError::Kind::Refused, tr(N_("A round needs a name.")));
        if (find_round_id(label))
            throw StoreError(StoreError::Kind::Refused, trf(N_("There is already a round called '%1'."), {label}));
        RowId ref = 0;
        std::string stored;
        sql << "SELECT id, definition FROM questionnaires WHERE questionnaire_id = :q AND version = :v", soci::into(ref),
            soci::into(stored), soci::use(q.id), soci::use(q.version);
        if (sql.got_data()) {
            if (stored != q.definition_text)
                throw StoreError(StoreError::Kind::Refused, trf(N_("The questionnaire %1 version %2 differs from the one already used with that version number. Give the edited questionnaire a new version."), {q.id, q.version}));
        } else {
            sql << "INSERT INTO questionnaires (questionnaire_id, version, definition) VALUES (:q, :v, :d) RETURNING id",
                soci::use(q.id), soci::use(q.version), soci::use(q.definition_text), soci::into(ref);
        }
        RowId id = 0;
        sql << "INSERT INTO rounds (label, date, questionnaire) VALUES (:l, :d, :q) RETURNING id", soci::use(label),
            soci::use(date), soci::use(ref), soci::into(id);
        return id;
    }

    // Every round (by date, then label), or the one with `id`: one query either way.
    std::vector<Round> read_rounds(std::optional<RowId> id = {})
    {
        std::vector<Round> out;
        Round r;
        std::string status;
        soci::statement st = (sql.prepare << std::string("SELECT r.id, r.label, r.date, q.questionnaire_id, q.version, r.status "
                                                         "FROM rounds r JOIN questionnaires q ON q.id = r.questionnaire") +
                                                 (id ? " WHERE r.id = :id" : "") + " ORDER BY r.date, r.label",
                              soci::into(r.id), soci::into(r.label), soci::into(r.date), soci::into(r.questionnaire_id),
                              soci::into(r.questionnaire_version), soci::into(status));
        if (id)
            st.exchange(soci::use(*id));
        st.define_and_bind();
        st.execute();
        while (st.fetch()) {
            r.status = status == "closed" ? RoundStatus::Closed : RoundStatus::Open;
            out.push_back(r);
        }
        return out;
    }

    Round read_round(RowId id)
    {
        auto rounds = read_rounds(id);
        if (rounds.empty())
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round with number %1."), {std::to_string(id)}));
        return rounds.front();
    }

    ResponseInfo read_response_info(RowId id)
    {
        auto list = response_infos("WHERE id = :id", id);
        if (list.empty())
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no response with number %1."), {std::to_string(id)}));
        hold(list.front().uid);
        return list.front();
    }

    // On a server, a respondent's account may touch only the answers of the response whose secret uid its
    // session holds (row-level security, see store_schema.h).
    void hold(const std::string& uid)
    {
        if (backend == Backend::PostgreSQL && uid != held_uid) {
            sql << "SELECT set_config('herstelspiegel.response_uid', :u, false)", soci::use(uid);
            held_uid = uid;
        }
    }
    std::string held_uid;

    std::vector<ResponseInfo> response_infos(const std::string& where, std::optional<RowId> a = {}, std::optional<RowId> b = {})
    {
        std::vector<ResponseInfo> out;
        const std::string query = "SELECT id, uid, code, round, team, role, consensus, status, last_page, updated FROM responses " + where + " ORDER BY id";
        RowId id = 0, round = 0, team = 0;
        std::string uid, code, role, status, updated;
        int consensus = 0, last_page = 0;
        soci::statement st = (sql.prepare << query, soci::into(id), soci::into(uid), soci::into(code), soci::into(round),
                              soci::into(team), soci::into(role), soci::into(consensus), soci::into(status),
                              soci::into(last_page), soci::into(updated));
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
            out.push_back(std::move(info));
        }
        return out;
    }

    void require_open(const Round& r)
    {
        if (r.status == RoundStatus::Closed)
            throw StoreError(StoreError::Kind::Refused, trf(N_("The round '%1' is closed; reopen it before adding or changing answers."), {r.label}));
    }

    // A team in a round answers either individually or with one consensus response, not both.
    void check_mode(RowId round, RowId team, bool consensus, int extra_individual = 0)
    {
        if (backend == Backend::PostgreSQL) // workstations adding to the same team wait for each other here
            sql << "SELECT pg_advisory_xact_lock(:t)", soci::use(team);
        int individual = 0, together = 0;
        sql << "SELECT coalesce(sum(CASE WHEN consensus = 0 THEN 1 ELSE 0 END), 0), coalesce(sum(consensus), 0) FROM responses WHERE round = :r AND team = :t",
            soci::into(individual), soci::into(together), soci::use(round), soci::use(team);
        individual += extra_individual;
        if (consensus && (individual > 0 || together > 0))
            throw StoreError(StoreError::Kind::Refused, tr(N_("This team already has responses in this round; a consensus response replaces individual ones and can only be the team's only response.")));
        if (!consensus && together > 0)
            throw StoreError(StoreError::Kind::Refused, tr(N_("This team answers this round with one consensus response; individual responses cannot be added.")));
    }

    std::string team_name(RowId team)
    {
        std::string name;
        sql << "SELECT name FROM teams WHERE id = :id", soci::into(name), soci::use(team);
        if (!sql.got_data())
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no team with number %1."), {std::to_string(team)}));
        return name;
    }

    std::shared_ptr<const Questionnaire> questionnaire_by_ref(RowId ref)
    {
        if (auto it = questionnaires.find(ref); it != questionnaires.end())
            return it->second;
        std::string definition, qid, version;
        sql << "SELECT definition, questionnaire_id, version FROM questionnaires WHERE id = :id", soci::into(definition),
            soci::into(qid), soci::into(version), soci::use(ref);
        auto q = std::make_shared<const Questionnaire>(load_questionnaire(definition, qid + " " + version + " (" + path + ")"));
        questionnaires.emplace(ref, q);
        return q;
    }

    InsertResult insert_responses(RowId round_id, const std::vector<NewResponse>& responses,
                                  const std::function<void(std::size_t)>& progress);
    struct AnswerWriter;
    void backup_postgresql(const std::string& out_path);

    RowId questionnaire_ref_of_round(RowId round)
    {
        RowId ref = 0;
        sql << "SELECT questionnaire FROM rounds WHERE id = :id", soci::into(ref), soci::use(round);
        if (!sql.got_data())
            throw StoreError(StoreError::Kind::NotFound, trf(N_("There is no round with number %1."), {std::to_string(round)}));
        return ref;
    }
};

Store::Store(const std::string& path, StoreOptions options) : impl_(std::make_unique<Impl>())
{
    impl_->path = path;
    impl_->options = options;
    impl_->open();
}

Store::~Store() = default;

const std::string& Store::path() const { return impl_->path; }

RowId Store::add_team(const std::string& name)
{
    return impl_->guarded([&] {
        if (name.find_first_not_of(" \t") == std::string::npos)
            throw StoreError(StoreError::Kind::Refused, tr(N_("A team needs a name.")));
        if (find_team(name))
            throw StoreError(StoreError::Kind::Refused, trf(N_("There is already a team called '%1'."), {name}));
        RowId id = 0;
        impl_->sql << "INSERT INTO teams (name) VALUES (:n) RETURNING id", soci::use(name), soci::into(id);
        return id;
    });
}

RowId Store::ensure_team(const std::string& name)
{
    if (auto t = find_team(name))
        return t->id;
    return add_team(name);
}

std::vector<Team> Store::teams()
{
    return impl_->guarded([&] {
        std::vector<Team> out;
        Team t;
        soci::statement st = (impl_->sql.prepare << "SELECT id, name FROM teams ORDER BY lower(name), name",
                              soci::into(t.id), soci::into(t.name));
        st.execute();
        while (st.fetch())
            out.push_back(t);
        return out;
    });
}

std::optional<Team> Store::find_team(const std::string& name)
{
    return impl_->guarded([&]() -> std::optional<Team> {
        Team t;
        impl_->sql << "SELECT id, name FROM teams WHERE name = :n", soci::into(t.id), soci::into(t.name), soci::use(name);
        if (!impl_->sql.got_data())
            return std::nullopt;
        return t;
    });
}

RowId Store::add_round(const std::string& label, const std::string& date, const Questionnaire& q)
{
    return impl_->guarded([&] {
        Impl::WriteTransaction tx(*impl_);
        RowId id = impl_->add_round(label, date, q);
        tx.commit();
        return id;
    });
}

std::vector<Round> Store::rounds()
{
    return impl_->guarded([&] { return impl_->read_rounds(); });
}

std::optional<Round> Store::find_round(const std::string& label)
{
    return impl_->guarded([&]() -> std::optional<Round> {
        RowId id = 0;
        impl_->sql << "SELECT id FROM rounds WHERE label = :l", soci::into(id), soci::use(label);
        if (!impl_->sql.got_data())
            return std::nullopt;
        return impl_->read_round(id);
    });
}

Round Store::round(RowId id)
{
    return impl_->guarded([&] { return impl_->read_round(id); });
}

void Store::set_round_status(RowId round_id, RoundStatus status)
{
    impl_->guarded([&] {
        impl_->read_round(round_id);
        std::string s = status_key(status);
        impl_->sql << "UPDATE rounds SET status = :s WHERE id = :id", soci::use(s), soci::use(round_id);
        return 0;
    });
}

std::shared_ptr<const Questionnaire> Store::questionnaire_of(RowId round_id)
{
    return impl_->guarded([&] { return impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(round_id)); });
}

std::vector<RoundSummary> Store::participation()
{
    return impl_->guarded([&] {
        std::vector<RoundSummary> out;
        std::map<RowId, Round> rounds_by_id;
        for (auto& r : rounds())
            rounds_by_id.emplace(r.id, r);
        RowId round = 0, team = 0;
        int complete = 0, in_progress = 0, consensus = 0;
        soci::statement st = (impl_->sql.prepare <<
            "SELECT round, team, sum(CASE WHEN status = 'complete' THEN 1 ELSE 0 END), "
            "sum(CASE WHEN status = 'in-progress' THEN 1 ELSE 0 END), max(consensus) "
            "FROM responses GROUP BY round, team",
            soci::into(round), soci::into(team), soci::into(complete), soci::into(in_progress), soci::into(consensus));
        st.execute();
        while (st.fetch())
            out.push_back({rounds_by_id.at(round), team, complete, in_progress, consensus != 0});
        return out;
    });
}

ResponseInfo Store::start_response(RowId round_id, RowId team, Role role, bool consensus)
{
    return impl_->guarded([&] {
        Round r = impl_->read_round(round_id);
        impl_->require_open(r);
        impl_->team_name(team);
        Impl::WriteTransaction tx(*impl_);
        impl_->check_mode(round_id, team, consensus, consensus ? 0 : 1);
        std::string uid = new_uid(), code = new_response_code(), role_s = role_key(role), now = now_iso();
        int c = consensus ? 1 : 0;
        RowId id = 0;
        impl_->sql << "INSERT INTO responses (uid, code, round, team, role, consensus, updated) VALUES (:u, :c, :r, :t, :ro, :co, :up) RETURNING id",
            soci::use(uid), soci::use(code), soci::use(round_id), soci::use(team), soci::use(role_s), soci::use(c), soci::use(now),
            soci::into(id);
        tx.commit();
        return impl_->read_response_info(id);
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
        auto q = impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(info.round_id));
        for (const auto& [item, value] : page.answers) {
            if (item >= q->items.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Item number %1 does not exist in this questionnaire."), {std::to_string(item)}));
            if (!q->scale_of(q->items[item]).accepts(value))
                throw StoreError(StoreError::Kind::Refused, trf(N_("The answer %1 is not on the scale of item %2."), {std::to_string(value), q->items[item].id}));
        }
        for (const auto& [dim, text] : page.remarks)
            if (dim >= q->dimensions.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Dimension number %1 does not exist in this questionnaire."), {std::to_string(dim)}));

        auto& sql = impl_->sql;
        Impl::WriteTransaction tx(*impl_);
        for (const auto& [item, value] : page.answers) {
            int i = static_cast<int>(item), v = value;
            if (value == kUnanswered)
                sql << "DELETE FROM answers WHERE response = :r AND item = :i", soci::use(page.response), soci::use(i);
            else
                sql << "INSERT INTO answers (response, item, value) VALUES (:r, :i, :v) "
                       "ON CONFLICT (response, item) DO UPDATE SET value = excluded.value",
                    soci::use(page.response), soci::use(i), soci::use(v);
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
        auto& sql = impl_->sql;
        std::vector<ResponseRecord> out;
        std::map<RowId, std::size_t> index;
        {
            auto infos = impl_->response_infos(where, query.round ? query.round : query.team,
                                               query.round ? query.team : std::nullopt);
            out.reserve(infos.size());
            std::map<RowId, std::size_t> items_per_round; // one look-up per round, not per response
            for (auto& info : infos) {
                ResponseRecord rec;
                auto known = items_per_round.find(info.round_id);
                if (known == items_per_round.end())
                    known = items_per_round
                                .emplace(info.round_id,
                                         impl_->questionnaire_by_ref(impl_->questionnaire_ref_of_round(info.round_id))->items.size())
                                .first;
                rec.answers.assign(known->second, kUnanswered);
                rec.info = std::move(info);
                index.emplace(rec.info.id, out.size());
                out.push_back(std::move(rec));
            }
        }
        if (out.empty())
            return out;

        // Answers in bulk: the hot path of every export.
        std::string answer_where = "WHERE response IN (SELECT id FROM responses " + where + ")";
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
            RowId last = -1;
            ResponseRecord* rec = nullptr;
            for (std::size_t i = 0; i < responses.size(); ++i) {
                if (responses[i] != last) {
                    last = responses[i];
                    rec = &out[index.at(last)];
                }
                auto item = static_cast<std::size_t>(items[i]);
                if (item < rec->answers.size())
                    rec->answers[item] = static_cast<AnswerCode>(values[i]);
            }
            responses.resize(kBatch);
            items.resize(kBatch);
            values.resize(kBatch);
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

bool Store::is_server() const { return impl_->backend == Impl::Backend::PostgreSQL; }

const std::string& Store::display_name() const { return impl_->display; }

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

} // namespace hs

namespace hs {

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
