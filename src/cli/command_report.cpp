// Verbs that print: the coaching report and paper forms (PDF).
#include "cli_support.h"
#include "questionnaire/questionnaire_loader.h"
#include "report/coaching_report.h"
#include "report/paper_form.h"

#include <iostream>

namespace hs::cli {

Runner add_report(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("report", "Write the coaching report (PDF) of a team in a round.");
    struct Args {
        std::string team, round, out, lang = "nl";
        int threshold = anonymity::kDefaultThreshold;
        int remark_threshold = anonymity::kDefaultRemarkThreshold;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--team", args->team, "The team")->required();
    cmd->add_option("--round", args->round, "The round")->required();
    cmd->add_option("--out", args->out, "PDF file to write")->required();
    cmd->add_option("--lang", args->lang, "Language of the report: nl or en (default nl)")->check(CLI::IsMember({"nl", "en"}));
    cmd->add_option("--threshold", args->threshold, "Anonymity threshold (default 5, at least 3)")
        ->check(CLI::Range(anonymity::kMinimumThreshold, anonymity::kMaximumThreshold));
    cmd->add_option("--remark-threshold", args->remark_threshold, "Smallest group whose remarks are shown (default 5, at least 3)")
        ->check(CLI::Range(anonymity::kMinimumRemarkThreshold, anonymity::kMaximumThreshold));
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            const Team team = require_team(*store, args->team);
            const Round round = require_round(*store, args->round);
            report::CoachingReportOptions options;
            options.language = args->lang;
            options.analysis.anonymity_threshold = args->threshold;
            options.analysis.remark_threshold = args->remark_threshold;
            report::write_coaching_report(*store, team.id, round.id, args->out, options);
            std::cout << "Written: " << args->out << "\n";
            return int{kOk};
        });
    };
}

Runner add_paper_form(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("paper-form", "Write the questionnaire as paper forms to fill in with a pen (PDF).");
    struct Args {
        std::string questionnaire, round, team, out, lang = "nl", perspective = "team";
        int copies = 1, first = 1;
    };
    auto args = std::make_shared<Args>();
    auto* from_file = cmd->add_option("--questionnaire", args->questionnaire, "Questionnaire definition file");
    auto* round_option = cmd->add_option("--round", args->round, "Use the questionnaire of this round (and print its name)")->excludes(from_file);
    cmd->add_option("--perspective", args->perspective, "With --round: the team's forms (default) or the clients' or relatives' version")
        ->check(CLI::IsMember({"team", "client", "relative"}))
        ->needs(round_option);
    cmd->add_option("--team", args->team, "Print this team's name on the forms");
    cmd->add_option("--out", args->out, "PDF file to write")->required();
    cmd->add_option("--copies", args->copies, "Number of forms, each with its own number (default 1)")->check(CLI::Range(1, 1000));
    cmd->add_option("--first-number", args->first, "Number of the first form (default 1)")->check(CLI::Range(1, 1000000));
    cmd->add_option("--lang", args->lang, "Language of the forms: nl or en (default nl)")->check(CLI::IsMember({"nl", "en"}));
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            report::PaperFormOptions options;
            options.language = args->lang;
            options.copies = args->copies;
            options.first_number = args->first;
            options.team = args->team;
            std::shared_ptr<const Questionnaire> q;
            if (!args->round.empty()) {
                auto store = open_store(global, true);
                const Round round = require_round(*store, args->round);
                q = store->questionnaire_of(round.id, *perspective_from_name(args->perspective));
                options.round = round.label;
            } else if (!args->questionnaire.empty()) {
                q = std::make_shared<const Questionnaire>(load_questionnaire_file(args->questionnaire));
            } else {
                q = std::make_shared<const Questionnaire>(builtin_questionnaire());
            }
            report::write_paper_form(*q, args->out, options);
            std::cout << "Written: " << args->out << " (" << args->copies << (args->copies == 1 ? " form" : " forms") << ")\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
