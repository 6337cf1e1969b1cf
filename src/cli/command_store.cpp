// Verbs on the measurement store: listing, rounds, import, export of responses, backup.
#include "common/file_io.h"
#include "common/ids.h"
#include "common/names.h"
#include "cli_support.h"
#include "questionnaire/mirror_versions.h"
#include "questionnaire/questionnaire_loader.h"
#include "exchange/response_csv.h"
#include "exchange/response_exchange.h"
#include "store/integrity.h"

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>

namespace hs::cli {

namespace {

// "team,client,relative" -> the perspectives; the team is always there. Refused on an unknown name.
std::vector<Perspective> parse_perspectives(const std::string& list)
{
    std::vector<Perspective> out = {Perspective::Team};
    std::size_t start = 0;
    while (start <= list.size()) {
        auto end = list.find(',', start);
        if (end == std::string::npos)
            end = list.size();
        const std::string name = trimmed_name(list.substr(start, end - start));
        const auto p = perspective_from_name(name);
        if (!p)
            throw StoreError(StoreError::Kind::Refused, "--perspectives: '" + name + "' is not team, client or relative");
        if (std::find(out.begin(), out.end(), *p) == out.end())
            out.push_back(*p);
        start = end + 1;
    }
    return out;
}

// The round's version for a client or relative perspective: the file given, or the one next to the team's file
// (the built-in one with the built-in team questionnaire).
Questionnaire version_for(Perspective p, const std::string& given, const std::string& team_file, const Questionnaire& team)
{
    if (!given.empty()) {
        // The file named for clients must be a client version: a relatives version would otherwise open the round
        // for relatives (and a team questionnaire is refused by the store).
        Questionnaire q = load_questionnaire_file(given);
        if (q.perspective != Perspective::Team && q.perspective != p)
            throw StoreError(StoreError::Kind::Refused, "--" + std::string(perspective_name(p)) + "-questionnaire: '" + q.id +
                                                            "' is the version for " + perspective_name(q.perspective) +
                                                            "s, not for " + perspective_name(p) + "s; nothing was changed");
        return q;
    }
    if (team_file.empty())
        return builtin_version(p);
    if (auto found = find_version_next_to(team_file, team, p))
        return std::move(*found);
    throw StoreError(StoreError::Kind::Refused, std::string("no ") + perspective_name(p) + " version of '" + team.id +
                                                    "' next to " + team_file + "; name it with --" + perspective_name(p) +
                                                    "-questionnaire; nothing was changed");
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
            for (const auto& r : rounds) {
                std::cout << "  " << r.label << "  " << r.date << "  " << r.questionnaire_id << " " << r.questionnaire_version
                          << "  " << (r.status == RoundStatus::Open ? "open" : "closed");
                for (Perspective p : store->perspectives_of(r.id))
                    if (p != Perspective::Team)
                        std::cout << "  +" << perspective_name(p) << " " << store->questionnaire_of(r.id, p)->id;
                std::cout << "\n";
            }
            std::map<RowId, std::vector<TeamParticipation>> by_team;
            for (auto& s : store->participation())
                by_team[s.team_id].push_back(s);
            auto teams = store->teams();
            std::cout << "Teams (" << teams.size() << "):\n";
            for (const auto& t : teams) {
                std::cout << "  " << t.name << "\n";
                for (const auto& s : by_team[t.id]) {
                    std::cout << "    " << s.round.label << ": " << s.complete << " complete, " << s.in_progress
                              << " in progress" << (s.consensus ? " (consensus)" : "");
                    if (s.clients > 0 || s.relatives > 0)
                        std::cout << "; clients " << s.clients << ", relatives " << s.relatives;
                    std::cout << "\n";
                }
            }
            return int{kOk};
        });
    };
}

Runner add_new_round(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("new-round", "Open a new measurement round for the organisation.");
    struct Args {
        std::string label, date, questionnaire, perspectives = "team", client, relative;
        std::vector<std::string> teams;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--label", args->label, "Name of the round, e.g. 2026-voorjaar")->required();
    cmd->add_option("--date", args->date, "Date of the round (YYYY-MM-DD; default today)");
    cmd->add_option("--questionnaire", args->questionnaire, "Questionnaire file (default: the built-in one)");
    cmd->add_option("--perspectives", args->perspectives,
                    "Who scores the team in this round, e.g. team,client,relative (default: team). The client and "
                    "relative versions are the built-in ones, or with --questionnaire the files next to it that name "
                    "it in mirrors=\"...\"");
    cmd->add_option("--client-questionnaire", args->client, "The client version to use (instead of the one found)");
    cmd->add_option("--relative-questionnaire", args->relative, "The relatives version to use (instead of the one found)");
    cmd->add_option("--team", args->teams, "Add this team if it does not exist yet (repeatable)");
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            Questionnaire q = args->questionnaire.empty() ? builtin_questionnaire() : load_questionnaire_file(args->questionnaire);
            const auto perspectives = parse_perspectives(args->perspectives);
            // A version named for a perspective the round does not ask would be dropped without a word.
            for (const auto& [p, file] : {std::pair<Perspective, const std::string&>{Perspective::Client, args->client},
                                          std::pair<Perspective, const std::string&>{Perspective::Relative, args->relative}})
                if (!file.empty() && std::find(perspectives.begin(), perspectives.end(), p) == perspectives.end())
                    throw StoreError(StoreError::Kind::Refused, "--" + std::string(perspective_name(p)) +
                                                                    "-questionnaire given, but --perspectives does not name " +
                                                                    perspective_name(p) + "; nothing was changed");
            std::vector<Questionnaire> versions;
            for (Perspective p : perspectives)
                if (p != Perspective::Team)
                    versions.push_back(version_for(p, p == Perspective::Client ? args->client : args->relative, args->questionnaire, q));
            std::vector<const Questionnaire*> mirrors;
            for (const auto& v : versions)
                mirrors.push_back(&v);
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
            // The round first: it refuses a version that does not fit, and then no team has been added either.
            store->add_round(label, args->date.empty() ? today_iso() : args->date, q, mirrors);
            for (const auto& t : args->teams)
                store->ensure_team(t);
            std::cout << "Round '" << label << "' opened with " << q.id << " " << q.version;
            for (const auto& v : versions)
                std::cout << ", for " << perspective_name(v.perspective) << "s " << v.id << " " << v.version;
            std::cout << "\n";
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
            const Round round = require_round(*store, *label);
            const RoundStatus wanted = *reopen ? RoundStatus::Open : RoundStatus::Closed;
            const bool already = round.status == wanted;
            store->set_round_status(round.id, wanted);
            std::cout << "Round '" << round.label << "' " << (already ? "was already " : "is now ")
                      << (*reopen ? "open" : "closed") << "\n";
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
        std::string round, team, perspective = "team", collection = "import";
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("FILE", args->files, "Response files (.xml) or CSV files (.csv)")->required();
    cmd->add_option("--round", args->round, "For CSV files: the round the answers belong to");
    cmd->add_option("--team", args->team, "For CSV files: the team the respondents belong to");
    cmd->add_option("--perspective", args->perspective,
                    "For CSV files: whose answers they are: team (default), client or relative (columns are then the "
                    "item ids of the round's client or relatives version)");
    cmd->add_option("--collection", args->collection,
                    "For CSV files: how the answers were collected: paper, form (an online form tool), kiosk, wizard, "
                    "or import (default: not said)");
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            CsvOrigin origin;
            const auto perspective = perspective_from_name(args->perspective);
            const auto collection = collection_mode_from_key(args->collection);
            if (!perspective)
                throw StoreError(StoreError::Kind::Refused, "--perspective: '" + args->perspective + "' is not team, client or relative");
            if (!collection)
                throw StoreError(StoreError::Kind::Refused,
                                 "--collection: '" + args->collection + "' is not paper, form, kiosk, wizard or import");
            origin.perspective = *perspective;
            origin.collection = *collection;
            auto store = open_store(global);
            // Labels are resolved once, here; the import takes ids.
            std::optional<RowId> round, team;
            if (!args->round.empty())
                round = require_round(*store, args->round).id;
            if (!args->team.empty()) {
                // A CSV may bring a team the store does not know yet: the import creates it, only if it is taken.
                if (auto known = store->find_team(args->team))
                    team = known->id;
                else if (trimmed_name(args->team).empty())
                    throw StoreError(StoreError::Kind::Refused, "--team: a team needs a name");
                else
                    origin.new_team = args->team;
            }
            // Each file whole or not at all; the exit code says whether all, some or none of them were taken.
            int taken = 0, changed = 0, refused_code = kOk;
            for (const auto& file : args->files) {
                int code = guarded([&] {
                    std::vector<std::string> notes;
                    InsertResult result = import_response_file(*store, file, round, team, &notes, origin);
                    std::cout << file << ": " << count(result.inserted, "response") << " imported, " << result.already_present
                              << " already present\n";
                    // A team named for the first time: said, so that a misspelt name is seen before it is used.
                    if (!result.teams_created.empty())
                        for (const auto& t : store->teams())
                            if (std::find(result.teams_created.begin(), result.teams_created.end(), t.id) != result.teams_created.end())
                                std::cout << "  new team '" << t.name << "' (no team had this name yet; check the spelling)\n";
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

Runner add_csv_header(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("csv-header", "Write the header row a form tool needs for a CSV import: the role, "
                                                 "every statement's id and a remark column per theme, of the round's "
                                                 "questionnaire (or its clients' or relatives' version).");
    struct Args {
        std::string round, out, perspective = "team";
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--round", args->round, "The round whose questionnaire the form asks")->required();
    cmd->add_option("--perspective", args->perspective, "team (default), client or relative")
        ->check(CLI::IsMember({"team", "client", "relative"}));
    cmd->add_option("--out", args->out, "CSV file to write")->required();
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            const Round round = require_round(*store, args->round);
            const Perspective perspective = *perspective_from_name(args->perspective);
            const auto versions = store->perspectives_of(round.id);
            if (std::find(versions.begin(), versions.end(), perspective) == versions.end())
                throw StoreError(StoreError::Kind::Refused, "Round '" + round.label + "' does not ask " + args->perspective +
                                                                "s (`list` shows whom each round asks).");
            const auto q = store->questionnaire_of(round.id, perspective);
            write_file_atomically(args->out, csv_header(*q));
            std::cout << "Written: " << args->out << " (" << count(static_cast<long long>(q->items.size()), "statement")
                      << "; one row per respondent below it, then `import --round " << round.label << " --team ...`)\n";
            return int{kOk};
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
            std::cout << count(n, "response") << " written to " << args->out << "\n";
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
            auto store = open_store_as_it_is(global); // a database of an earlier version too: the copy keeps it
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
            auto store = open_store_as_it_is(global);
            require_intact(*store);
            std::cout << store->display_name() << ": ok, no damage found\n";
            return int{kOk};
        });
    };
}

Runner add_upgrade(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("upgrade", "Update a database written by an earlier version of the program (every "
                                              "command that writes does so too; commands that only read ask for it). An "
                                              "earlier version cannot open it afterwards: make a backup first to keep one.");
    return [cmd, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            StoreOptions existing; // upgrade never makes a database
            existing.must_exist = true;
            auto store = open_store(global, existing);
            if (const auto from = store->updated_from())
                std::cout << store->display_name() << ": updated from schema " << *from << " to " << store->schema_version() << "\n";
            else
                std::cout << store->display_name() << ": up to date (schema " << store->schema_version() << ")\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
