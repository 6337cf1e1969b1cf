// Responses in bulk (imports and the demo organisation): one transaction, prepared statements reused, and at most
// a batch of responses (ResponseRows::kRows) held at a time, so an import of any size needs the same memory.
#include "store/store_impl.h"

#include "common/i18n.h"
#include "common/ids.h"
#include "common/remark.h"

#include "store/answer_bytes.h"
#include "store/sqlite_statement.h"

#include <bitset>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <unordered_map>

namespace hs {

namespace {
// "<head> <row>, <row>, ...": one INSERT of `rows` rows.
std::string rows_sql(const std::string& head, const std::string& row, std::size_t rows)
{
    std::string sql = head + row;
    for (std::size_t n = 1; n < rows; ++n)
        sql += ", " + row;
    return sql;
}
} // namespace

// Writes answer rows in bulk on the server: multi-row INSERTs of whole numbers, a thousand rows per round trip.
// (SQLite keeps a response's answers in its row: answer_bytes.h.)
struct Store::Impl::AnswerWriter {
    Impl& impl;
    std::string pending;
    int pending_rows = 0;

    explicit AnswerWriter(Impl& i) : impl(i) {}

    void add(long long response, int item, int value)
    {
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

// SQLite: the response rows, kRows per INSERT. Up to schema 5 SQLite coded the CHECKs `perspective IN (...)` and
// `collection IN (...)` of the responses table (an IN over three or more constants) as lookup tables it created on
// every execution of the statement and filled for every row. Per row in callgrind: 82,000 instructions one row a
// statement, 38,000 in statements of kRows rows, about 18,000 since schema 6 writes those checks as comparisons
// (the statement's own cost is still shared by kRows rows). Since schema 7 a row carries the response's answers
// (answer_bytes.h). Its price: its foreign keys make
// it keep a statement journal (OR FAIL does not apply to them), which costs less than what it saves. The rows
// wait here until kRows are together, so their ids are handed out here: max(id) + 1 onwards, read once inside the
// write transaction - the ids SQLite itself gives (an INTEGER PRIMARY KEY without AUTOINCREMENT takes max + 1).
// The remarks of waiting rows wait with them (remarks.response references responses). Memory: kRows rows,
// whatever the size of the import.
struct ResponseRows {
    static constexpr std::size_t kRows = 64; // 12 parameters a row: 768, under the 999 of SQLite builds before 3.32
    struct Row {
        std::string uid, code, role, status, perspective, collection, answers;
        long long id = 0, team = 0;
        int consensus = 0;
    };
    struct Remark {
        long long response;
        int dimension;
        std::string text;
    };
    sqlite_api::sqlite3* db = nullptr;
    long long round = 0;
    std::string now;
    long long next_id = 1;
    std::vector<Row> rows = std::vector<Row>(kRows); // rows[0, count) wait
    std::size_t count = 0;
    std::vector<Remark> remarks;
    SqliteStatement many, insert_remark; // prepared when first needed

    ResponseRows() = default;
    ResponseRows(sqlite_api::sqlite3* connection, long long round_id, std::string updated)
        : db(connection), round(round_id), now(std::move(updated))
    {
        SqliteStatement max_id(db, "SELECT coalesce(max(id), 0) FROM responses", false);
        max_id.step();
        next_id = max_id.column(0) + 1;
        max_id.reset();
    }

    static std::string insert_sql(std::size_t n)
    {
        return rows_sql("INSERT INTO responses (id, uid, code, round, team, role, consensus, status, last_page, updated, perspective, "
                        "collection, answers) VALUES ",
                        "(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)", n);
    }

    // The row to fill in for the next response; its id is set.
    Row& next()
    {
        if (count == kRows)
            flush();
        Row& row = rows[count++];
        row.id = next_id++;
        return row;
    }

    // Whether a waiting row has this uid (a uid twice in one file: the second is already present).
    bool waiting(const std::string& uid) const
    {
        for (std::size_t r = 0; r < count; ++r)
            if (rows[r].uid == uid)
                return true;
        return false;
    }

    void add_remark(long long response, int dimension, const std::string& text) { remarks.push_back({response, dimension, text}); }

    void flush()
    {
        if (count == 0)
            return;
        SqliteStatement tail;
        if (count == kRows && !many)
            many = SqliteStatement(db, insert_sql(kRows));
        else if (count < kRows)
            tail = SqliteStatement(db, insert_sql(count), false); // once per insert: the last rows
        SqliteStatement& st = count == kRows ? many : tail;
        for (std::size_t r = 0; r < count; ++r) {
            const Row& row = rows[r];
            const int p = 12 * static_cast<int>(r);
            st.bind(p + 1, row.id);
            st.bind(p + 2, row.uid);
            st.bind(p + 3, row.code);
            st.bind(p + 4, round);
            st.bind(p + 5, row.team);
            st.bind(p + 6, row.role);
            st.bind(p + 7, row.consensus);
            st.bind(p + 8, row.status);
            st.bind(p + 9, now);
            st.bind(p + 10, row.perspective);
            st.bind(p + 11, row.collection);
            st.bind_blob(p + 12, row.answers);
        }
        st.step();
        count = 0;
        if (remarks.empty())
            return;
        if (!insert_remark)
            insert_remark = SqliteStatement(db, "INSERT INTO remarks (response, dimension, text) VALUES (?, ?, ?)");
        for (const Remark& remark : remarks) {
            insert_remark.bind(1, remark.response);
            insert_remark.bind(2, remark.dimension);
            insert_remark.bind(3, remark.text);
            insert_remark.step();
        }
        remarks.clear();
    }
};

// Everything one bulk insert holds: the transaction, the round and its questionnaire, and the statements with
// the variables they are bound to (so the object never moves: it lives behind a pointer).
struct Store::BulkInsert::State {
    Impl& impl;
    // SQLite: statement journals in memory while a bulk insert runs. The many-row INSERT of response rows keeps one
    // (its foreign keys may end it ABORT); SQLite writes a statement journal larger than 64 kB to a temporary file and
    // goes on writing to that file for the rest of the transaction: 6,890 writes for one round's CSV. In memory it
    // takes one statement's changed pages (some 40 pages of 4 kB). Set before the transaction begins (SQLite refuses
    // within one) and the connection's own setting put back after it ends, so that other work, such as a sort over a
    // whole organisation, keeps its temporary files.
    struct TempStoreInMemory {
        soci::session* sql = nullptr;
        int before = 0;

        explicit TempStoreInMemory(Impl& store)
        {
            if (store.backend != Impl::Backend::SQLite)
                return;
            store.sql << "PRAGMA temp_store", soci::into(before);
            store.sql << "PRAGMA temp_store=MEMORY";
            sql = &store.sql;
        }
        ~TempStoreInMemory()
        {
            if (!sql)
                return;
            try {
                *sql << "PRAGMA temp_store=" + std::to_string(before);
            } catch (...) {
                // Only a setting of speed: the connection works on either way.
            }
        }
        TempStoreInMemory(const TempStoreInMemory&) = delete;
        TempStoreInMemory& operator=(const TempStoreInMemory&) = delete;
    };
    TempStoreInMemory temp_store; // before the transaction: it is put back after the transaction ends
    Impl::WriteTransaction tx;
    Round round;
    // The round's version per perspective with the scale of each of its items; a perspective the round does not
    // hold is absent.
    struct Version {
        std::shared_ptr<const Questionnaire> q;
        // Per item, the answer codes its scale accepts (Scale::accepts, asked once per code instead of once
        // per answer: a round's file holds half a million of them), indexed by the code's byte.
        std::vector<std::bitset<256>> accepts;
    };
    std::map<Perspective, Version> versions;
    std::unordered_map<std::string, RowId> team_ids;
    std::map<RowId, bool> teams_added; // teams with new responses: the consensus rule is checked for them
    InsertResult result;
    std::size_t seen = 0;
    const bool lite;

    // Bound to the statements below.
    std::string uid, code, role, status, now, remark, perspective, collection;
    long long id = 0, team = 0;
    int consensus = 0, exists = 0, dimension = 0;
    // The statements run for every response or team: SQLite's own API on SQLite, SOCI on the server.
    SqliteStatement lite_find_uid, lite_insert_team;
    ResponseRows lite_rows;
    std::optional<soci::statement> find_uid, insert_response;
    soci::statement insert_remark;
    Impl::AnswerWriter answers;

    State(Impl& i, const std::function<RowId()>& find_round)
        : impl(i), temp_store(i), tx(i), lite(i.backend == Impl::Backend::SQLite), now(now_iso()),
          insert_remark((i.sql.prepare << "INSERT INTO remarks (response, dimension, text) VALUES (:r, :d, :t)", soci::use(id),
                         soci::use(dimension), soci::use(remark))),
          answers(i)
    {
        round = impl.read_round(find_round());
        impl.require_open(round);
        for (Perspective p : all_perspectives()) {
            const auto ref = impl.questionnaire_ref_of_round(round.id, p);
            if (!ref)
                continue;
            Version& v = versions[p];
            v.q = impl.questionnaire_by_ref(*ref);
            v.accepts.reserve(v.q->items.size());
            for (const auto& item : v.q->items) {
                const Scale& scale = v.q->scale_of(item);
                std::bitset<256> codes;
                for (int c = -128; c < 128; ++c)
                    codes[code_index(static_cast<AnswerCode>(c))] = scale.accepts(static_cast<AnswerCode>(c));
                v.accepts.push_back(codes);
            }
        }
        {
            Team t;
            soci::statement st = (impl.sql.prepare << "SELECT id, name FROM teams", soci::into(t.id), soci::into(t.name));
            st.execute();
            while (st.fetch())
                team_ids.emplace(t.name, t.id);
        }
        const std::string find = "SELECT count(*) FROM responses WHERE uid = ";
        if (lite) {
            lite_find_uid = SqliteStatement(native_connection(impl.sql), find + "?1");
            lite_rows = ResponseRows(native_connection(impl.sql), round.id, now);
            lite_insert_team = SqliteStatement(native_connection(impl.sql), "INSERT INTO teams (name) VALUES (?1)");
            return;
        }
        find_uid.emplace((impl.sql.prepare << find + ":u", soci::into(exists), soci::use(uid)));
        insert_response.emplace((impl.sql.prepare << "INSERT INTO responses (uid, code, round, team, role, consensus, status, last_page, "
                                                     "updated, perspective, collection) VALUES (:uid, :code, :round, :team, :role, "
                                                     ":consensus, :status, 0, :updated, :perspective, :collection) RETURNING id",
                                 soci::use(uid), soci::use(code), soci::use(round.id), soci::use(team), soci::use(role), soci::use(consensus),
                                 soci::use(status), soci::use(now), soci::use(perspective), soci::use(collection), soci::into(id)));
    }

    // Whether a response with this uid is stored already (or waits to be).
    bool present()
    {
        if (!lite) {
            find_uid->execute(true);
            return exists != 0;
        }
        if (lite_rows.waiting(uid))
            return true;
        lite_find_uid.bind(1, uid);
        lite_find_uid.step(); // count(*) always gives its row
        const bool found = lite_find_uid.column(0) != 0;
        lite_find_uid.reset();
        return found;
    }

    // Stores the response row from the bound variables (SQLite: with the next rows, its answers in it); sets `id`.
    void insert_response_row(const std::vector<AnswerCode>& answer_codes)
    {
        if (!lite) {
            insert_response->execute(true);
            return;
        }
        ResponseRows::Row& row = lite_rows.next();
        row.uid = uid;
        row.code = code;
        row.team = team;
        row.role = role;
        row.consensus = consensus;
        row.status = status;
        row.perspective = perspective;
        row.collection = collection;
        row.answers = answer_bytes::encode(answer_codes);
        id = row.id;
    }

    // The team called `name`, created when this database does not know it yet.
    RowId team_id(const std::string& name)
    {
        auto it = team_ids.find(name);
        if (it == team_ids.end()) {
            RowId tid = 0;
            if (lite) {
                lite_insert_team.bind(1, name);
                lite_insert_team.step();
                tid = sqlite_api::sqlite3_last_insert_rowid(native_connection(impl.sql));
            } else {
                impl.sql << "INSERT INTO teams (name) VALUES (:n) RETURNING id", soci::use(name), soci::into(tid);
            }
            it = team_ids.emplace(name, tid).first;
            result.teams_created.push_back(tid);
        }
        return it->second;
    }

    void merge_agreement(const PortableAgreement& pa)
    {
        Agreement a = pa.agreement;
        a.round_id = impl.find_round_id(pa.round_label);
        if (a.round_id == 0) {
            ++result.agreements_without_round;
            return;
        }
        a.team_id = team_id(pa.team);
        RowId agreement_id = 0;
        switch (impl.merge_agreement(a, &agreement_id)) {
        case Impl::Merged::Added:
            ++result.agreements_added;
            result.agreements_created.push_back(agreement_id);
            break;
        case Impl::Merged::Updated: ++result.agreements_updated; break;
        case Impl::Merged::Unchanged: break;
        }
    }

    // Every code has its own bit: the table covers the whole byte of an AnswerCode.
    static_assert(std::is_same_v<AnswerCode, std::int8_t>, "the accepts table has a bit per value of a byte");
    static std::size_t code_index(AnswerCode code) { return static_cast<std::uint8_t>(code); }

    void check(const NewResponse& resp) const
    {
        const std::string n = std::to_string(seen);
        const auto version = versions.find(resp.perspective);
        if (version == versions.end())
            throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 is from %2, but round '%3' has no questionnaire for them; choose the perspectives when the round is opened."),
                             {n, tr(perspective_msgid(resp.perspective)), round.label}));
        if (resp.consensus && resp.perspective != Perspective::Team)
            throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 is a consensus response of %2; a consensus response is the team's."),
                             {n, tr(perspective_msgid(resp.perspective))}));
        const auto& q = version->second.q;
        const auto& accepts = version->second.accepts;
        if (resp.answers.size() != q->items.size())
            throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 has %2 answers; the questionnaire has %3 items."),
                             {n, std::to_string(resp.answers.size()), std::to_string(q->items.size())}));
        for (std::size_t i = 0; i < resp.answers.size(); ++i)
            if (!accepts[i][code_index(resp.answers[i])])
                throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1: the answer %2 to item %3 is not on its scale."),
                                 {n, std::to_string(resp.answers[i]), q->items[i].id}));
        for (const auto& [dim, text] : resp.remarks) {
            if (dim >= q->dimensions.size())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1 has a remark for an unknown dimension."), {n}));
            if (const std::string why = remark_refused(text); !why.empty())
                throw StoreError(StoreError::Kind::Refused, trf(N_("Response %1: %2"), {n, why}));
        }
    }

    void add(const NewResponse& resp)
    {
        ++seen;
        check(resp);
        uid = resp.uid.empty() ? new_uid() : resp.uid;
        if (!resp.uid.empty() && present()) {
            ++result.already_present;
            return;
        }
        team = team_id(resp.team);
        if (resp.perspective == Perspective::Team)
            teams_added[team] = true;
        code = resp.code.empty() ? new_response_code() : resp.code;
        role = role_key(resp.role);
        consensus = resp.consensus ? 1 : 0;
        status = status_key(resp.complete ? ResponseStatus::Complete : ResponseStatus::InProgress);
        perspective = perspective_name(resp.perspective);
        collection = collection_mode_key(resp.collection);
        insert_response_row(resp.answers);
        if (!lite)
            for (std::size_t i = 0; i < resp.answers.size(); ++i)
                if (resp.answers[i] != kUnanswered)
                    answers.add(id, static_cast<int>(i), resp.answers[i]);
        for (const auto& [dim, text] : resp.remarks) {
            if (lite) {
                lite_rows.add_remark(id, static_cast<int>(dim), text);
                continue;
            }
            dimension = static_cast<int>(dim);
            remark = text;
            insert_remark.execute(true);
        }
        ++result.inserted;
        ++result.inserted_per_team[resp.team];
        if (!result.added.empty() && result.added.back().second + 1 == id)
            result.added.back().second = id;
        else
            result.added.emplace_back(id, id);
    }

    // The rules over the whole round; what the insert would store when they hold.
    InsertResult checked()
    {
        lite_rows.flush();
        answers.flush();
        // Consensus rule over what is stored now, including what was there before: the team's responses only.
        // One query over the round finds the teams that break it (one per team would cost a statement each).
        if (!teams_added.empty()) {
            long long broken = 0;
            soci::statement st = (impl.sql.prepare << "SELECT team FROM responses WHERE round = :r AND perspective = 'team' GROUP BY team "
                                                      "HAVING sum(consensus) > 1 OR (sum(consensus) = 1 AND count(*) > 1)",
                                  soci::into(broken), soci::use(round.id));
            st.execute();
            while (st.fetch())
                if (teams_added.count(broken))
                    throw StoreError(StoreError::Kind::Refused, trf(N_("Team '%1' would have both a consensus response and other responses in round '%2'."),
                                     {impl.team_name(broken), round.label}));
        }
        result.round = round.id;
        result.round_label = round.label;
        return result;
    }

    InsertResult commit()
    {
        InsertResult r = checked();
        tx.commit();
        return r;
    }
};

// An import of client or relative responses goes into an existing round that holds exactly that version: a round is
// opened with the team's questionnaire, and the perspectives are chosen then.
RowId Store::Impl::mirror_round(RowId round_id, const std::string& round_label, const Questionnaire& q)
{
    Impl& impl = *this;
    const std::string who = tr(perspective_msgid(q.perspective));
    if (round_id == 0)
        throw StoreError(StoreError::Kind::Refused, trf(N_("There is no round called '%1'. Responses of %2 go into a round that was opened with a questionnaire for them."),
                                                       {round_label, who}));
    const auto ref = impl.questionnaire_ref_of_round(round_id, q.perspective);
    if (!ref)
        throw StoreError(StoreError::Kind::Refused, trf(N_("Round '%1' has no questionnaire for %2; choose the perspectives when the round is opened."), {round_label, who}));
    const auto held = impl.questionnaire_by_ref(*ref);
    if (held->id != q.id || held->version != q.version || held->definition_text != q.definition_text)
        throw StoreError(StoreError::Kind::Refused, trf(N_("The responses are for questionnaire %1 version %2, but round '%3' here uses %4 version %5."),
                                                       {q.id, q.version, round_label, held->id, held->version}));
    return round_id;
}

Store::BulkInsert::BulkInsert(std::unique_ptr<State> state) : state_(std::move(state)) {}
Store::BulkInsert::~BulkInsert() = default; // the transaction rolls back unless committed

// Whole or nothing, also for a caller that catches a refusal and goes on: after any failure (a statement of many
// rows may have kept the rows before the one that broke it) the insert can only be rolled back.
template <typename Work>
auto Store::BulkInsert::run(Work&& work)
{
    if (failed_)
        throw StoreError(StoreError::Kind::Refused, tr(N_("This import already failed; nothing of it was stored. Start it again.")));
    try {
        return state_->impl.guarded(std::forward<Work>(work));
    } catch (...) {
        failed_ = true;
        throw;
    }
}

void Store::BulkInsert::add(const NewResponse& response)
{
    run([&] {
        state_->add(response);
        return 0;
    });
}

void Store::BulkInsert::merge_agreement(const PortableAgreement& agreement)
{
    run([&] {
        state_->merge_agreement(agreement);
        return 0;
    });
}

InsertResult Store::BulkInsert::commit()
{
    return run([&] { return state_->commit(); });
}

InsertResult Store::BulkInsert::trial()
{
    return run([&] { return state_->checked(); });
}

const Round& Store::BulkInsert::round() const { return state_->round; }

std::unique_ptr<Store::BulkInsert> Store::begin_insert(RowId round_id)
{
    return impl_->guarded([&] {
        return std::unique_ptr<BulkInsert>(new BulkInsert(std::make_unique<BulkInsert::State>(*impl_, [&] { return round_id; })));
    });
}

std::unique_ptr<Store::BulkInsert> Store::begin_import(const std::string& round_label, const std::string& date, const Questionnaire& q,
                                                      const std::vector<const Questionnaire*>& mirrors)
{
    return impl_->guarded([&] {
        Impl& impl = *impl_;
        bool created = false;
        auto find_or_create = [&]() -> RowId {
            RowId round_id = impl.find_round_id(round_label);
            if (q.perspective != Perspective::Team)
                return impl.mirror_round(round_id, round_label, q);
            if (round_id == 0) {
                created = true;
                return impl.add_round(round_label, date, q, mirrors);
            }
            for (const Questionnaire* m : mirrors)
                impl.mirror_round(round_id, round_label, *m);
            Round r = impl.read_round(round_id);
            if (r.questionnaire_id != q.id || r.questionnaire_version != q.version)
                throw StoreError(StoreError::Kind::Refused, trf(N_("The responses are for questionnaire %1 version %2, but round '%3' here uses %4 version %5."),
                                 {q.id, q.version, round_label, r.questionnaire_id, r.questionnaire_version}));
            if (impl.questionnaire_by_ref(impl.questionnaire_ref_of_round(round_id))->definition_text != q.definition_text)
                throw StoreError(StoreError::Kind::Refused, trf(N_("The questionnaire in the file differs from the one round '%1' uses here, although both say version %2."), {round_label, q.version}));
            return round_id;
        };
        auto state = std::make_unique<BulkInsert::State>(impl, find_or_create);
        state->result.round_created = created;
        return std::unique_ptr<BulkInsert>(new BulkInsert(std::move(state)));
    });
}

InsertResult Store::insert_responses(RowId round_id, const std::vector<NewResponse>& responses,
                                     const std::function<void(std::size_t)>& progress)
{
    auto bulk = begin_insert(round_id);
    for (std::size_t n = 0; n < responses.size(); ++n) {
        bulk->add(responses[n]);
        if (progress && n % 1000 == 0)
            progress(n);
    }
    auto result = bulk->commit();
    if (progress)
        progress(responses.size());
    return result;
}

InsertResult Store::import_responses(const std::string& round_label, const std::string& date, const Questionnaire& q,
                                     const std::vector<NewResponse>& responses)
{
    auto bulk = begin_import(round_label, date, q);
    for (const auto& response : responses)
        bulk->add(response);
    return bulk->commit();
}

} // namespace hs
