#pragma once
// Each verb of herstelspiegel-cli registers its options on the app and returns the function that runs it.
#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace hs::cli {

// Exit codes scripts can rely on (also listed in `herstelspiegel-cli --help`).
enum ExitCode : int {
    kOk = 0,
    kInvalidInput = 1, // a file or value was refused; nothing was changed
    kUsage = 2,        // wrong arguments
    kStoreError = 3,   // the database could not be opened or written
    kInternal = 4,
    kPartlyImported = 5, // import of several files: some were imported, others refused (see the summary)
};

struct GlobalOptions {
    std::string db_path; // empty: the default database in the user's data folder
};

using Runner = std::function<int()>;

Runner add_validate(CLI::App& app, const GlobalOptions& global);
Runner add_list(CLI::App& app, const GlobalOptions& global);
Runner add_new_round(CLI::App& app, const GlobalOptions& global);
Runner add_close_round(CLI::App& app, const GlobalOptions& global);
Runner add_import(CLI::App& app, const GlobalOptions& global);
Runner add_csv_header(CLI::App& app, const GlobalOptions& global);
Runner add_export_responses(CLI::App& app, const GlobalOptions& global);
Runner add_backup(CLI::App& app, const GlobalOptions& global);
Runner add_check(CLI::App& app, const GlobalOptions& global);
Runner add_upgrade(CLI::App& app, const GlobalOptions& global);
Runner add_server_roles(CLI::App& app, const GlobalOptions& global);
Runner add_export_trend(CLI::App& app, const GlobalOptions& global);
Runner add_export_compare(CLI::App& app, const GlobalOptions& global);
Runner add_export_raw(CLI::App& app, const GlobalOptions& global);
Runner add_demo(CLI::App& app, const GlobalOptions& global);
Runner add_actions(CLI::App& app, const GlobalOptions& global);
Runner add_instrument_report(CLI::App& app, const GlobalOptions& global);
Runner add_report(CLI::App& app, const GlobalOptions& global);
Runner add_paper_form(CLI::App& app, const GlobalOptions& global);
Runner add_mirror(CLI::App& app, const GlobalOptions& global);

} // namespace hs::cli
