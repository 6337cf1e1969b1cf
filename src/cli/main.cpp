// herstelspiegel-cli: every job of the application without a display, for automation, tests and benchmarks.
#include "commands.h"

#include <clocale>
#include <exception>
#include <iostream>
#include <vector>

int main(int argc, char** argv)
{
    // The user's locale, as any program runs in: files are written the same whatever it is (the workbook writer
    // guards its numbers), and the tests run this under a comma-decimal locale to prove it.
    std::setlocale(LC_ALL, "");
    using namespace hs::cli;
    CLI::App app{"Herstelspiegel: team self-assessment of recovery-supporting care (Generieke module "
                 "Herstelondersteuning).\nExit codes: 0 ok, 1 input refused (nothing changed), 2 usage error, "
                 "3 database error or damage (restore a backup), 4 internal error, 5 import of several files: some imported, "
                 "some refused."};
    app.set_version_flag("--version", "herstelspiegel-cli " HS_VERSION);
    app.require_subcommand(1);
    GlobalOptions global;
    app.add_option("--db", global.db_path,
                   "Database file (default: herstelspiegel.db in the user's data folder), or a PostgreSQL server: "
                   "postgresql://user[:password]@host[:port]/database");

    std::vector<Runner> runners;
    for (auto add : {add_validate, add_list, add_new_round, add_close_round, add_import, add_export_responses, add_backup, add_check,
                     add_server_roles, add_export_trend, add_export_compare, add_export_raw, add_demo, add_actions,
                     add_instrument_report, add_report, add_paper_form, add_mirror})
        runners.push_back(add(app, global));

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kOk : kUsage;
    }
    try {
        for (auto& run : runners) {
            int code = run();
            if (code >= 0)
                return code;
        }
    } catch (const std::exception& e) {
        std::cerr << "herstelspiegel-cli: " << e.what() << "\n";
        return kInternal;
    }
    return kUsage;
}
