// Verbs on the measurement store: listing, rounds, import, export of responses, backup.
#include "common/ids.h"
#include "common/names.h"
#include "cli_support.h"
#include "questionnaire/questionnaire_loader.h"
#include "exchange/response_exchange.h"
#include "store/integrity.h"

#include <iomanip>
#include <iostream>
#include <map>

namespace hs::cli {

namespace {

Round require_round(Store& store, const std::string& label)
{
    auto round = store.find_round(label);
    if (!round)
        throw StoreError(StoreError::Kind::NotFound, "there is no round called '" + label + "'");
    return *round;
}

Team require_team(Store& store, const std::string& name)
{
    auto team = store.find_team(name);
    if (!team)
        throw StoreError(StoreError::Kind::NotFound, "there is no team called '" + name + "'");
    return *team;
}

} // namespace

Runner add_list(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("list", "List the teams and rounds, with response counts per team and round.");
    return [cmd, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            auto rounds = store->rounds();
            std::cout << "Rounds (" << rounds.size() << "):\n";
            for (const auto& r : rounds)
                std::cout << "  " << r.label << "  " << r.date << "  " << r.questionnaire_id << " " << r.questionnaire_version
                          << "  " << (r.status == RoundStatus::Open ? "open" : "closed") << "\n";
            std::map<RowId, std::vector<TeamParticipation>> by_team;
            for (auto& s : store->participation())
                by_team[s.team_id].push_back(s);
            auto teams = store->teams();
            std::cout << "Teams (" << teams.size() << "):\n";
            for (const auto& t : teams) {
                std::cout << "  " << t.name << "\n";
                for (const auto& s : by_team[t.id])
                    std::cout << "    " << s.round.label << ": " << s.complete << " complete, " << s.in_progress
                              << " in progress" << (s.consensus ? " (consensus)" : "") << "\n";
            }
            return int{kOk};
        });
    };
}

Runner add_new_round(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("new-round", "Open a new measurement round for the organisation.");
    struct Args {
        std::string label, date, questionnaire;
        std::vector<std::string> teams;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--label", args->label, "Name of the round, e.g. 2026-voorjaar")->required();
    cmd->add_option("--date", args->date, "Date of the round (YYYY-MM-DD; default today)");
    cmd->add_option("--questionnaire", args->questionnaire, "Questionnaire file (default: the built-in one)");
    cmd->add_option("--team", args->teams, "Add this team if it does not exist yet (repeatable)");
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            Questionnaire q = args->questionnaire.empty() ? builtin_questionnaire() : load_questionnaire_file(args->questionnaire);
            auto store = open_store(global);
            // Everything is checked before anything is written: a refused round adds no team either.
            const std::string label = trimmed_name(args->label);
            if (label.empty())
                throw StoreError(StoreError::Kind::Refused, "a round needs a name");
            if (store->find_round(label))
                throw StoreError(StoreError::Kind::Refused, "there is already a round called '" + label + "'; nothing was changed");
            for (const auto& t : args->teams)
                if (trimmed_name(t).empty())
                    throw StoreError(StoreError::Kind::Refused, "a team needs a name (--team \"" + t + "\"); nothing was changed");
            for (const auto& t : args->teams)
                store->ensure_team(t);
            store->add_round(label, args->date.empty() ? today_iso() : args->date, q);
            std::cout << "Round '" << label << "' opened with " << q.id << " " << q.version << "\n";
            return int{kOk};
        });
    };
}

Runner add_close_round(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("close-round", "Close (or with --reopen, reopen) a round.");
    auto label = std::make_shared<std::string>();
    auto reopen = std::make_shared<bool>(false);
    cmd->add_option("--round", *label, "The round")->required();
    cmd->add_flag("--reopen", *reopen, "Open the round again");
    return [cmd, label, reopen, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global);
            store->set_round_status(require_round(*store, *label).id, *reopen ? RoundStatus::Open : RoundStatus::Closed);
            return int{kOk};
        });
    };
}

Runner add_import(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("import", "Import responses: portable files written by export-responses on another "
                                             "machine, or CSV files (one row per respondent, one column per item id; "
                                             "needs --round and --team). Each file is imported whole or not at all; "
                                             "importing a file twice stores its responses once.");
    struct Args {
        std::vector<std::string> files;
        std::string round, team;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("FILE", args->files, "Response files (.xml) or CSV files (.csv)")->required();
    cmd->add_option("--round", args->round, "For CSV files: the round the answers belong to");
    cmd->add_option("--team", args->team, "For CSV files: the team the respondents belong to");
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global);
            // Labels are resolved once, here; the import takes ids.
            std::optional<RowId> round, team;
            if (!args->round.empty())
                round = require_round(*store, args->round).id;
            if (!args->team.empty()) {
                // A CSV may bring a team the store does not know yet (as before ids were passed).
                auto known = store->find_team(args->team);
                team = known ? known->id : store->ensure_team(args->team);
            }
            // Each file whole or not at all; the exit code says whether all, some or none of them were taken.
            int taken = 0, changed = 0, refused_code = kOk;
            for (const auto& file : args->files) {
                int code = guarded([&] {
                    std::vector<std::string> notes;
                    InsertResult result = import_response_file(*store, file, round, team, &notes);
                    std::cout << file << ": " << result.inserted << " responses imported, " << result.already_present
                              << " already present\n";
                    for (const auto& note : notes)
                        std::cout << "  " << note << "\n";
                    if (result.inserted > 0 || result.agreements_added > 0 || result.agreements_updated > 0)
                        ++changed;
                    return int{kOk};
                });
                if (code == kOk)
                    ++taken;
                else if (refused_code != kStoreError)
                    refused_code = code;
            }
            const int refused = static_cast<int>(args->files.size()) - taken;
            if (refused == 0)
                return int{kOk};
            if (args->files.size() > 1)
                std::cerr << taken << " of " << args->files.size() << " files imported; " << refused
                          << " refused, and nothing of a refused file was stored\n";
            return changed > 0 ? int{kPartlyImported} : refused_code;
        });
    };
}

Runner add_export_responses(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("export-responses", "Write a round's completed responses to a portable file, to "
                                                       "import on another machine.");
    struct Args {
        std::string round, team, out;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--round", args->round, "The round")->required();
    cmd->add_option("--team", args->team, "Only this team");
    cmd->add_option("--out", args->out, "Output file (.xml)")->required();
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            Round round = require_round(*store, args->round);
            std::optional<RowId> team;
            if (!args->team.empty())
                team = require_team(*store, args->team).id;
            int n = write_response_file(*store, round.id, team, args->out);
            std::cout << n << " responses written to " << args->out << "\n";
            return int{kOk};
        });
    };
}

Runner add_server_roles(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("server-roles", "On a PostgreSQL server (--db postgresql://...): create the roles "
                                                   "herstelspiegel_respondent and herstelspiegel_manager and give them "
                                                   "their rights. Run as the owner of the tables, with CREATEROLE (or "
                                                   "after an administrator made the two roles); safe to run again. "
                                                   "See the README.");
    return [cmd, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global);
            store->setup_server_roles();
            std::cout << "Roles herstelspiegel_respondent and herstelspiegel_manager are set up on " << store->display_name() << "\n";
            return int{kOk};
        });
    };
}

Runner add_backup(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("backup", "Write a consistent copy of the database (also while the application runs).");
    auto out = std::make_shared<std::string>();
    cmd->add_option("--out", *out, "Backup file")->required();
    return [cmd, out, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            backup_checked(*store, *out);
            std::cout << "Backup written to " << *out << " and checked\n";
            return int{kOk};
        });
    };
}

Runner add_check(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("check", "Check the whole database for damage (SQLite's integrity check), without "
                                            "changing it. Exit code 0 when it is intact, 3 when it is damaged.");
    return [cmd, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            require_intact(*store);
            std::cout << store->display_name() << ": ok, no damage found\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
