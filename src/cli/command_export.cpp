// Verbs that produce workbooks and demo data.
#include "cli_support.h"
#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "workbook/raw_export.h"
#include "workbook/workbooks.h"

#include <chrono>
#include <iostream>

namespace hs::cli {

namespace {

struct WorkbookArgs {
    std::string out, report, lang;
    int threshold = 0;
    int remark_threshold = 0;
};

// The one anonymity rule's bounds (analysis/anonymity.h): a value below them is a usage error (exit 2).
void add_threshold_options(CLI::App* cmd, int& threshold, int& remark_threshold, const std::string& default_from)
{
    cmd->add_option("--threshold", threshold,
                    "Anonymity threshold (default: " + default_from + "; at least " + std::to_string(anonymity::kMinimumThreshold) + ")")
        ->check(CLI::Range(anonymity::kMinimumThreshold, anonymity::kMaximumThreshold));
    cmd->add_option("--remark-threshold", remark_threshold,
                    "Smallest group whose remarks are shown (default: " + default_from + "; at least " +
                        std::to_string(anonymity::kMinimumRemarkThreshold) + ")")
        ->check(CLI::Range(anonymity::kMinimumRemarkThreshold, anonymity::kMaximumThreshold));
}

void add_workbook_options(CLI::App* cmd, WorkbookArgs& args)
{
    cmd->add_option("--out", args.out, "Workbook to write (.xlsx)")->required();
    cmd->add_option("--report", args.report, "Report definition (default: the built-in one; see reports/)");
    cmd->add_option("--lang", args.lang, "Language of the workbook: nl or en (default: the report's)")
        ->check(CLI::IsMember({"nl", "en"}));
    add_threshold_options(cmd, args.threshold, args.remark_threshold, "the report's");
}

ReportDefinition report_for(const WorkbookArgs& args, ReportKind kind)
{
    return args.report.empty() ? builtin_report(kind) : load_report_definition_file(args.report);
}

ExportSettings settings_for(const WorkbookArgs& args)
{
    ExportSettings s;
    s.language = args.lang;
    if (args.threshold > 0)
        s.anonymity_threshold = args.threshold;
    if (args.remark_threshold > 0)
        s.remark_threshold = args.remark_threshold;
    return s;
}

} // namespace

Runner add_export_trend(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("export-trend", "Write a team's trend workbook (xlsx) across all its rounds.");
    auto args = std::make_shared<WorkbookArgs>();
    auto team = std::make_shared<std::string>();
    cmd->add_option("--team", *team, "The team")->required();
    add_workbook_options(cmd, *args);
    return [cmd, args, team, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto report = report_for(*args, ReportKind::TeamTrend);
            auto store = open_store(global, true);
            export_team_trend(*store, require_team(*store, *team).id, report, args->out, settings_for(*args));
            std::cout << "Written: " << args->out << "\n";
            return int{kOk};
        });
    };
}

Runner add_export_compare(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("export-compare", "Write the organisation comparison workbook (xlsx) for a round.");
    auto args = std::make_shared<WorkbookArgs>();
    auto round = std::make_shared<std::string>();
    cmd->add_option("--round", *round, "The round")->required();
    add_workbook_options(cmd, *args);
    return [cmd, args, round, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto report = report_for(*args, ReportKind::OrganisationCompare);
            auto store = open_store(global, true);
            const Round r = require_round(*store, *round);
            export_organisation_compare(*store, r.id, report, args->out, settings_for(*args));
            std::cout << "Written: " << args->out << "\n";
            return int{kOk};
        });
    };
}

Runner add_export_raw(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand(
        "export-raw", "For the coordinator only: write a round's individual answers (CSV) for analyses of their own. "
                      "The file holds every answer of every respondent; keep it as you keep personal data. Codes are "
                      "replaced by random numbers, rows are shuffled, and teams, roles and remarks of small groups "
                      "are left out.");
    struct Args {
        std::string round, team, out, perspective = "team";
        int threshold = 0, remark_threshold = 0;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--round", args->round, "The round")->required();
    cmd->add_option("--team", args->team, "Only this team");
    cmd->add_option("--out", args->out, "File to write (.csv)")->required();
    cmd->add_option("--perspective", args->perspective,
                    "Whose answers: team (default), client or relative (the items of the round's version for them)");
    add_threshold_options(cmd, args->threshold, args->remark_threshold, std::to_string(anonymity::kDefaultThreshold));
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            const Round r = require_round(*store, args->round);
            std::optional<RowId> team;
            if (!args->team.empty())
                team = require_team(*store, args->team).id;
            RawExportSettings settings;
            const auto perspective = perspective_from_name(args->perspective);
            if (!perspective)
                throw StoreError(StoreError::Kind::Refused, "--perspective: '" + args->perspective + "' is not team, client or relative");
            settings.perspective = *perspective;
            if (args->threshold > 0)
                settings.options.anonymity_threshold = args->threshold;
            if (args->remark_threshold > 0)
                settings.options.remark_threshold = args->remark_threshold;
            auto summary = export_raw_answers(*store, r.id, team, args->out, settings);
            std::cerr << "This file holds individual answers: share it with no one who may not see them.\n";
            std::cout << "Written: " << args->out << " (" << summary.rows << " responses";
            if (summary.rows_left_out > 0)
                std::cout << "; " << summary.rows_left_out << " of teams under the threshold left out";
            std::cout << ")\n";
            return int{kOk};
        });
    };
}

Runner add_demo(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("demo", "Fill the database with a realistic synthetic organisation (for trying the "
                                           "program out and for benchmarks).");
    auto spec = std::make_shared<DemoSpec>();
    cmd->add_option("--teams", spec->teams, "Number of teams")->check(CLI::Range(1, 100000));
    cmd->add_option("--rounds", spec->rounds, "Number of rounds (half-yearly, ending 2026-najaar)")->check(CLI::Range(1, 60));
    cmd->add_option("--respondents", spec->respondents, "Typical respondents per team per round")->check(CLI::Range(1, 1000));
    cmd->add_option("--seed", spec->seed, "Random seed (same seed, same data)");
    auto no_mirror = std::make_shared<bool>(false);
    cmd->add_flag("--no-mirror", *no_mirror, "Only the teams' own answers: no client and relatives versions in the last "
                                             "two rounds, and no answers of clients and relatives");
    return [cmd, spec, no_mirror, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            spec->mirror = !*no_mirror;
            auto store = open_store(global);
            auto start = std::chrono::steady_clock::now();
            auto summary = generate_demo(*store, builtin_questionnaire(), *spec, [](int done, int total) {
                std::cerr << "\rround " << done << " of " << total << std::flush;
            });
            double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cerr << "\n";
            std::cout << summary.teams << " teams, " << summary.rounds << " rounds, " << summary.responses << " responses, "
                      << summary.answers << " scored answers in " << seconds << " s\n";
            if (summary.mirror_responses > 0)
                std::cout << summary.mirror_responses << " responses of clients and relatives\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
