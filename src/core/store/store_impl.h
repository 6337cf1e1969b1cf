#pragma once
// Inside the store, shared by its files and by nothing else: the open connection (Store::Impl), its write
// transaction, and the small helpers every part of the store uses. Only files in src/core/store include this.
#include "store/store.h"

#include <soci/soci.h>

#include <exception>
#include <functional>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace hs {
namespace store_detail {
// Splits a migration script at ';', leaving out "--" comment lines (they may hold a ';' of their own).
std::vector<std::string> split_statements(const std::string& script);
const char* status_key(RoundStatus s);
const char* status_key(ResponseStatus s);
// Translates a database failure into a StoreError the user can act on.
[[noreturn]] void rethrow_as_store_error(const std::string& path, const std::exception& e);
} // namespace store_detail

using store_detail::rethrow_as_store_error;
using store_detail::split_statements;
using store_detail::status_key;

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
                // A questionnaire row added in the transaction is gone, and SQLite may hand its id out again: the
                // parsed questionnaires remembered by id are read anew when next asked for.
                impl_.questionnaires.clear();
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
    int schema_version = 0;            // after open
    std::optional<int> updated_from;   // when open migrated
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

    void open();
    void check_file_before_open(const std::filesystem::path& p);
    std::string read_only_folder_uri(const std::filesystem::path& p, bool uri_filenames);

    void open_postgresql();

    void check_identity();

    void migrate();

    RowId find_round_id(const std::string& label);

    // Inside a transaction of the caller.
    RowId questionnaire_ref(const Questionnaire& q);
    RowId add_round(const std::string& label, const std::string& date, const Questionnaire& q,
                    const std::vector<const Questionnaire*>& mirrors = {});

    // Every round (by date, then label), or the one with `id`: one query either way.
    std::vector<Round> read_rounds(std::optional<RowId> id = {});

    Round read_round(RowId id);

    ResponseInfo read_response_info(RowId id);

    // On a server, a respondent's account sees and touches only the response whose secret its session holds
    // (row-level security, see schema.h). The secrets of the responses this connection started or resumed live
    // here and nowhere else; hold() puts the one for `response` in the session.
    void hold(RowId response);
    std::map<RowId, std::string> secrets;
    std::string held_secret;
    // A server login that row-level security limits (a respondent), as opposed to the tables' owner.
    bool restricted();
    std::optional<bool> restricted_cache;

    std::vector<ResponseInfo> response_infos(const std::string& where, std::optional<RowId> a = {}, std::optional<RowId> b = {});

    void require_open(const Round& r);

    // A client or relative response: only in a round that holds a version for it, and never as consensus.
    void check_perspective(const Round& r, Perspective perspective, bool consensus);

    // A team in a round answers either individually or with one consensus response, not both.
    void check_mode(RowId round, RowId team, bool consensus, int extra_individual = 0);

    Team team(RowId id); // StoreError NotFound for an unknown id
    std::string team_name(RowId id);

    std::shared_ptr<const Questionnaire> questionnaire_by_ref(RowId ref);

    // Merges one agreement whose team and round are resolved (agreements.cpp), inside the caller's transaction.
    enum class Merged { Added, Updated, Unchanged };
    Merged merge_agreement(const Agreement& incoming, RowId* id); // *id: the agreement's row here

    struct AnswerWriter; // bulk_insert.cpp
    // The round (by id, 0 when none is called `round_label`) an import of client or relative responses in `q` goes
    // into: it must exist and hold exactly that version. bulk_insert.cpp
    RowId mirror_round(RowId round_id, const std::string& round_label, const Questionnaire& q);
    void backup_postgresql(const std::string& out_path);

    RowId questionnaire_ref_of_round(RowId round);
    // The round's version for a perspective: nullopt when it holds none (the team's is always there).
    std::optional<RowId> questionnaire_ref_of_round(RowId round, Perspective perspective);
    // Every version a round holds, by perspective, in one query (empty for an unknown round).
    std::map<Perspective, RowId> questionnaire_refs_of_round(RowId round);
    std::map<Perspective, RowId> existing_round_refs(RowId round); // the same; StoreError NotFound when empty
    // The same, loaded; StoreError NotFound when the round holds none.
    std::shared_ptr<const Questionnaire> questionnaire_for(RowId round, Perspective perspective);

    // The number of items of the version a round uses for a perspective, looked up once per round and perspective
    // during one read of many responses (each look-up is a query).
    class ItemCounts {
    public:
        explicit ItemCounts(Impl& impl) : impl_(impl) {}
        std::size_t of(RowId round, Perspective perspective)
        {
            const auto key = std::make_pair(round, perspective);
            auto known = counts_.find(key);
            if (known == counts_.end())
                known = counts_.emplace(key, impl_.questionnaire_for(round, perspective)->items.size()).first;
            return known->second;
        }

    private:
        Impl& impl_;
        std::map<std::pair<RowId, Perspective>, std::size_t> counts_;
    };
};

} // namespace hs
