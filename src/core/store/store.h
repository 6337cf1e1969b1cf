#pragma once
// The store wing: teams, rounds, responses and answers in one SQLite file or on a PostgreSQL server (through
// SOCI). It is the single source of truth: everything shown or exported is recomputed from it. Every write is one
// transaction (WAL journal, synchronous commits on SQLite), so a crash never leaves half a page of answers. It
// never computes results and never formats text for readers; files are split by job behind store_impl.h.
#include "questionnaire/questionnaire.h"
#include "store/store_error.h"
#include "common/records.h"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace hs {

struct StoreOptions {
    bool read_only = false;
    int busy_timeout_ms = 5000; // how long to wait for another writer before reporting "locked"
    bool must_exist = false;      // a writing open that does not make a new database (`upgrade`)
    bool older_schema_ok = false; // a reading open of a database of an earlier version, as it is (backup, check)
};

// The answers and remarks of one wizard page; saved in one transaction when the page is left.
struct PageSave {
    RowId response = 0;
    int page = 0; // the page to continue on after an interruption
    std::vector<std::pair<std::size_t, AnswerCode>> answers;  // item index -> answer (kUnanswered clears)
    std::vector<std::pair<std::size_t, std::string>> remarks; // dimension index -> remark ("" clears)
};

// A complete response to be inserted in bulk (import, demo data).
struct NewResponse {
    std::string uid; // empty: generated
    std::string code; // empty: generated
    std::string team;
    Role role = Role::Unspecified;
    bool consensus = false;
    bool complete = true;
    Perspective perspective = Perspective::Team; // client, relative: never consensus, the round must hold that version
    CollectionMode collection = CollectionMode::Wizard;
    std::vector<AnswerCode> answers; // one per item of the round's questionnaire for `perspective`
    std::map<std::size_t, std::string> remarks;
};

struct InsertResult {
    int inserted = 0;
    int already_present = 0; // same uid stored before: an import is idempotent
    // What the insert added, so it can be shown before it is committed (BulkInsert::trial) and taken back exactly
    // afterwards (Store::take_back): the round, whether the insert created it, the teams it created, the responses
    // it inserted per team name, and their ids as ranges (first, last) - one range in practice, so the record
    // stays small however large the import.
    RowId round = 0;
    std::string round_label;
    bool round_created = false;
    std::vector<RowId> teams_created;
    std::map<std::string, int> inserted_per_team;
    std::vector<std::pair<RowId, RowId>> added;
    // Agreements a portable file brought along (BulkInsert::merge_agreement).
    int agreements_added = 0;
    int agreements_updated = 0;
    int agreements_without_round = 0; // made after a round this database does not have: left out
    std::vector<RowId> agreements_created; // the new ones, so that take_back removes them too
};

// An agreement as the portable file carries it: its team and round by name, not by this database's row ids.
struct PortableAgreement {
    Agreement agreement; // id, team_id and round_id are not used
    std::string team;
    std::string round_label;
};

struct ResponseQuery {
    std::optional<RowId> round;
    std::optional<RowId> team;
    bool include_unfinished = false;
    // Whose responses: the team's by default (what every team analysis reads); nullopt for all of them.
    std::optional<Perspective> perspective = Perspective::Team;
};

// The text with every password taken out: "user:secret@" in a URL, password=... (and sslpassword=...) in a URL's
// query or a key=value connection string, quoted or not. Every address and driver message passes through it
// before it reaches a message, a log or a title bar.
std::string without_password(const std::string& text);

class Store {
public:
    explicit Store(const std::string& path, StoreOptions options = {});
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    // $XDG_DATA_HOME/herstelspiegel/herstelspiegel.db (~/.local/share/... when unset); on Windows
    // %APPDATA%\Herstelspiegel\herstelspiegel.db. UTF-8.
    static std::string default_path();
    static constexpr int kSchemaVersion = 7;
    // The database's schema version after opening, and the one it had when this open updated it.
    int schema_version() const;
    std::optional<int> updated_from() const;
    static constexpr std::size_t kMinimumPinLength = 4; // a resume PIN, when there is one

    const std::string& path() const;

    // Teams
    RowId add_team(const std::string& name);
    RowId ensure_team(const std::string& name);
    std::vector<Team> teams();
    std::optional<Team> find_team(const std::string& name);
    Team team(RowId id); // StoreError NotFound for an unknown id

    // Rounds. A round is organisation-wide; each team takes part in it with its own responses.
    RowId add_round(const std::string& label, const std::string& date, const Questionnaire& questionnaire);
    // A round with a client and/or relative version next to the team's (`mirrors`: at most one per perspective).
    // Each must name the team questionnaire and pass questionnaire/mirror_check against it; refused (StoreError
    // Refused, nothing written) otherwise, and when a team version is given as a mirror.
    RowId add_round(const std::string& label, const std::string& date, const Questionnaire& team_questionnaire,
                    const std::vector<const Questionnaire*>& mirrors);
    std::vector<Round> rounds(); // by date, then label
    std::optional<Round> find_round(const std::string& label);
    Round round(RowId id);
    void set_round_status(RowId round, RoundStatus status);
    // The questionnaire exactly as it was when the round was opened.
    std::shared_ptr<const Questionnaire> questionnaire_of(RowId round);
    // The round's version for one perspective; StoreError NotFound when the round holds none for it.
    std::shared_ptr<const Questionnaire> questionnaire_of(RowId round, Perspective perspective);
    // The perspectives a round holds a version for: team first, then client, relative.
    std::vector<Perspective> perspectives_of(RowId round);
    // The round's versions by perspective (the team's always); StoreError NotFound for an unknown round.
    std::map<Perspective, std::shared_ptr<const Questionnaire>> versions_of(RowId round);
    // Team response counts for every team that has any team response in a round.
    std::vector<TeamParticipation> participation();

    // Responses
    // Starts a response in progress. `pin` (at least 4 characters, or empty for none) is what its respondent types
    // to continue it after an interruption; only its salted hash is stored.
    // A client or relative response (refused when the round holds no version for that perspective, or as consensus)
    // follows the round's version for it; the team's consensus rule does not apply to it.
    ResponseInfo start_response(RowId round, RowId team, Role role, bool consensus = false, const std::string& pin = "",
                                Perspective perspective = Perspective::Team, CollectionMode collection = CollectionMode::Wizard);
    // May whoever types `pin` continue this interrupted response? True when it is the PIN chosen at the start (a
    // response started without one takes the empty PIN); on a server it also gives this connection the response.
    // Five wrong PINs in a row lock the response, and a handed-in one cannot be continued: StoreError Refused (a
    // respondent on a server, who may not know either, gets false). False for an unknown response.
    bool unlock_response(RowId response, const std::string& pin);
    void save_page(const PageSave& page);
    void complete_response(RowId response);
    void discard_response(RowId response); // only an unfinished one
    std::vector<ResponseInfo> unfinished_responses(std::optional<RowId> round = {}, std::optional<RowId> team = {});
    ResponseRecord load_response(RowId response);
    std::vector<ResponseRecord> load_responses(const ResponseQuery& query);
    // The completed responses (of one round, or all) of one perspective with their ids, round, team, role,
    // consensus, perspective, collection and answers only: no uid, code, time or remarks. The fast read for
    // analyses over the whole organisation.
    std::vector<ResponseRecord> load_scores(std::optional<RowId> round = {}, Perspective perspective = Perspective::Team);
    // The same for several perspectives in one read (ordered by id, each record with its perspective's answers):
    // the round's answers are scanned once, not once per perspective.
    std::vector<ResponseRecord> load_scores(std::optional<RowId> round, const std::vector<Perspective>& perspectives);

    // Settings of the whole database (settings.cpp): small values by name, e.g. the kiosk's salted PIN hash.
    // A name is not empty; set_setting replaces the value.
    std::optional<std::string> setting(const std::string& name);
    void set_setting(const std::string& name, const std::string& value);

    // Agreements ("afspraken", agreements.cpp). Each is checked against the store: the team and the round must exist,
    // the dimension (and item) must be in that round's questionnaire, the action must not be empty, and dates must
    // be real YYYY-MM-DD dates; a refusal changes nothing. add_agreement generates the uid when empty and takes
    // today as the status date when none is given.
    RowId add_agreement(const Agreement& agreement);
    void update_agreement(const Agreement& agreement); // every field but id, uid and team, by id
    void set_agreement_status(RowId id, AgreementStatus status, const std::string& date,
                              const std::optional<std::string>& evaluation = {});
    Agreement agreement(RowId id);
    // By team, round date and id; optionally only one team's or only those with one status.
    std::vector<Agreement> agreements(std::optional<RowId> team = {}, std::optional<AgreementStatus> status = {});

    // Bulk insert into one round in one transaction; every response is checked first and a bad one refuses all.
    InsertResult insert_responses(RowId round, const std::vector<NewResponse>& responses,
                                  const std::function<void(std::size_t done)>& progress = {});

    // A bulk insert fed one response at a time (a streaming import): one write transaction, prepared statements
    // reused, memory that does not grow with the number of responses. Nothing is visible to others before
    // commit(); destroying it uncommitted rolls everything back, so an import is whole or nothing. After any call
    // threw, every further call is refused: it can only be destroyed (rolled back).
    class BulkInsert {
    public:
        ~BulkInsert();
        BulkInsert(const BulkInsert&) = delete;
        BulkInsert& operator=(const BulkInsert&) = delete;
        // Checks and writes one response; StoreError (Refused) when it does not fit the round.
        void add(const NewResponse& response);
        // Merges an agreement by its uid, in the same transaction: a new one is added (its team created when
        // missing); a known one takes the incoming fields only when its status date is later than the stored one,
        // so importing a file twice changes nothing and the newest status wins. One whose round this database does
        // not have is counted in agreements_without_round and left out; anything else that does not fit (an
        // unknown dimension, a uid that belongs to another team here) refuses the import.
        void merge_agreement(const PortableAgreement& agreement);
        // Applies the rules over the whole round (one consensus response per team) and commits.
        InsertResult commit();
        // Applies the same rules but commits nothing: what commit() would store, for a confirmation before it is
        // stored (the insert is rolled back when this object goes).
        InsertResult trial();
        const Round& round() const;

    private:
        friend class Store;
        struct State;
        explicit BulkInsert(std::unique_ptr<State> state);
        template <typename Work>
        auto run(Work&& work);
        std::unique_ptr<State> state_;
        bool failed_ = false;
    };
    std::unique_ptr<BulkInsert> begin_insert(RowId round);
    // The same for an import into the round called `round_label`, created with `questionnaire` (and `mirrors`, the
    // client and relative versions) when it does not exist yet; refused when the round uses another questionnaire
    // version, or lacks or differs in a version of `mirrors`. A client or relative version as `questionnaire`
    // imports into the existing round that holds exactly it.
    std::unique_ptr<BulkInsert> begin_import(const std::string& round_label, const std::string& date,
                                             const Questionnaire& questionnaire,
                                             const std::vector<const Questionnaire*>& mirrors = {});

    // Import into the round called `round_label`, created with `questionnaire` when it does not exist yet; refused
    // whole when the round uses another questionnaire version. One transaction: a refused import changes nothing.
    InsertResult import_responses(const std::string& round_label, const std::string& date, const Questionnaire& questionnaire,
                                  const std::vector<NewResponse>& responses);

    // Takes back what earlier inserts added (their InsertResult), all in one transaction: exactly their responses
    // with their answers and remarks, then the teams and rounds they created when nothing else uses them any
    // more. Refused, changing nothing, when one of the rounds has been closed since. Returns the number of
    // responses removed.
    int take_back(const std::vector<InsertResult>& inserts);

    // A consistent copy of the whole database, taken while the store is in use; written to a temporary file
    // and renamed, so `out_path` is either the old file or a complete backup.
    void backup(const std::string& out_path);

    // Checks the database file page by page; returns "ok" or SQLite's findings.
    std::string integrity_check();

    // On a PostgreSQL server: creates the roles herstelspiegel_respondent and herstelspiegel_manager with their
    // rights (see store_schema.h and the README). Run by the database's owner; safe to run again.
    void setup_server_roles();
    bool is_server() const;
    // The database for messages and the title bar: the path, or the server URL without its password.
    const std::string& display_name() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};


} // namespace hs
