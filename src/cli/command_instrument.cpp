// `instrument-report`: how well the questionnaire works, from the organisation's own answers in one round, as a
// workbook with advice in plain words (workbook/instrument_sheet.h).
#include "cli_support.h"
#include "workbook/instrument_sheet.h"

#include <iostream>

namespace hs::cli {

Runner add_instrument_report(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("instrument-report", "Write how well the questionnaire works in a round (xlsx): "
                                                        "reliability and item statistics per dimension, ceiling, n.v.t. and "
                                                        "weet niet shares, and how well dimensions tell teams apart.");
    struct Args {
        std::string out, round, lang;
        int threshold = 0;
    };
    auto args = std::make_shared<Args>();
    cmd->add_option("--out", args->out, "Workbook to write (.xlsx)")->required();
    cmd->add_option("--round", args->round, "The round (default: the latest)");
    cmd->add_option("--lang", args->lang, "Language of the workbook: nl or en (default: Dutch)")->check(CLI::IsMember({"nl", "en"}));
    cmd->add_option("--threshold", args->threshold, "Anonymity threshold: smaller teams do not count (default: the organisation report's)")
        ->check(CLI::Range(2, 1000));
    return [cmd, args, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            auto store = open_store(global, true);
            std::optional<Round> round;
            if (!args->round.empty())
                round = require_round(*store, args->round);
            else if (auto all = store->rounds(); !all.empty())
                round = all.back();
            if (!round)
                throw StoreError(StoreError::Kind::NotFound, "There are no rounds yet.");
            ExportSettings settings;
            settings.language = args->lang;
            if (args->threshold > 0)
                settings.anonymity_threshold = args->threshold;
            export_instrument_report(*store, round->id, args->out, settings);
            std::cout << "Written: " << args->out << " (round " << round->label << ")\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
