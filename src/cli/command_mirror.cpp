// `mirror`: how a team sees itself next to how its clients and relatives see it in one round, per dimension, the
// largest gap first (analysis/mirror_gap.h). Numbers only for groups the anonymity rule shows.
#include "analysis/mirror_gap.h"
#include "cli_support.h"
#include "common/i18n.h"

#include <iostream>

namespace hs::cli {

namespace {

std::string score_text(const MirrorScore& s)
{
    if (!s.asked)
        return tr(not_asked_msgid(s.perspective));
    if (!s.score.available())
        return s.score.availability == Availability::TooFewRespondents ? "too few to show" : "no scores";
    return number(s.score.mean) + " (n " + std::to_string(s.score.n) + (s.indicative ? ", indicative" : "") + ")";
}

} // namespace

Runner add_mirror(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("mirror", "Show how a team sees itself next to how its clients and relatives see it in "
                                             "a round: per dimension each group's mean, the gap with its 95% interval and "
                                             "the change since the team's previous round, the largest gap first.");
    struct Args {
        std::string team, round;
        int threshold = 0;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--team", args->team, "The team")->required();
    cmd->add_option("--round", args->round, "The round")->required();
    cmd->add_option("--threshold", args->threshold, "Anonymity threshold per group (default 5, at least 3)")->check(CLI::Range(3, 1000));
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            const Team team = require_team(*store, args->team);
            const Round round = require_round(*store, args->round);
            AnalysisOptions options;
            if (args->threshold > 0)
                options.anonymity_threshold = options.remark_threshold = args->threshold;
            const MirrorResult result = mirror_for(*store, team.id, round.id, options);
            std::cout << "Mirror of " << team.name << " in " << round.label;
            if (result.previous_round)
                std::cout << " (previous round: " << result.previous_round->label << ")";
            std::cout << "\n";
            for (const auto& d : result.dimensions) {
                std::cout << d.id << ":";
                for (const auto& s : d.scores)
                    std::cout << "  " << perspective_name(s.perspective) << " " << score_text(s);
                std::cout << "\n";
                for (const auto& g : d.gaps) {
                    if (!g.shown)
                        continue;
                    std::cout << "  team - " << perspective_name(g.perspective) << " " << number(g.difference, true);
                    if (g.interval_estimable)
                        std::cout << " [" << number(g.low, true) << "; " << number(g.high, true) << "]";
                    if (g.change)
                        std::cout << ", change " << number(*g.change, true);
                    std::cout << ": " << tr(gap_verdict_msgid(g.verdict, g.perspective)) << "\n";
                }
            }
            return int{kOk};
        });
    };
}

} // namespace hs::cli
