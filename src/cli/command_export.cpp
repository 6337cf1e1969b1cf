// Verbs that produce workbooks and demo data.
#include "cli_support.h"
#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "workbook/workbooks.h"

#include <chrono>
#include <iostream>

namespace hs::cli {

namespace {

struct WorkbookArgs {
    std::string out, report, lang;
    int threshold = 0;
};

void add_workbook_options(CLI::App* cmd, WorkbookArgs& args)
{
    cmd->add_option("--out", args.out, "Workbook to write (.xlsx)")->required();
    cmd->add_option("--report", args.report, "Report definition (default: the built-in one; see reports/)");
    cmd->add_option("--lang", args.lang, "Language of the workbook: nl or en (default: the report's)")
        ->check(CLI::IsMember({"nl", "en"}));
    cmd->add_option("--threshold", args.threshold, "Anonymity threshold (default: the report's; at least 2)")
        ->check(CLI::Range(2, 1000));
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
            auto t = store->find_team(*team);
            if (!t)
                throw StoreError(StoreError::Kind::NotFound, "there is no team called '" + *team + "'");
            export_team_trend(*store, t->id, report, args->out, settings_for(*args));
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
            auto r = store->find_round(*round);
            if (!r)
                throw StoreError(StoreError::Kind::NotFound, "there is no round called '" + *round + "'");
            export_organisation_compare(*store, r->id, report, args->out, settings_for(*args));
            std::cout << "Written: " << args->out << "\n";
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
    return [cmd, spec, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global);
            auto start = std::chrono::steady_clock::now();
            auto summary = generate_demo(*store, builtin_questionnaire(), *spec, [](int done, int total) {
                std::cerr << "\rround " << done << " of " << total << std::flush;
            });
            double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::cerr << "\n";
            std::cout << summary.teams << " teams, " << summary.rounds << " rounds, " << summary.responses << " responses, "
                      << summary.answers << " scored answers in " << seconds << " s\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
