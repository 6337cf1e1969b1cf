// herstelspiegel-cli: every job of the application without a display, for automation, tests and benchmarks.
#include "commands.h"

#include <clocale>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>
#include <windows.h>
#include <shellapi.h>

namespace {
// Windows hands main() its arguments in the system's narrow code page, in which a file name with a character
// outside it ("Cliënten" on a non-Western system, any emoji) is lost. The program works in UTF-8 throughout:
// take the arguments from the UTF-16 command line instead, and write UTF-8 to the console.
std::vector<std::string> utf8_arguments()
{
    std::vector<std::string> out;
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    for (int i = 0; wide && i < count; ++i) {
        const int n = WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, nullptr, 0, nullptr, nullptr);
        std::string arg(n > 0 ? static_cast<std::size_t>(n - 1) : 0, '\0');
        if (n > 1)
            WideCharToMultiByte(CP_UTF8, 0, wide[i], -1, arg.data(), n, nullptr, nullptr);
        out.push_back(std::move(arg));
    }
    LocalFree(wide);
    return out;
}
} // namespace
#endif

int main(int argc, char** argv)
{
#ifdef __GLIBC__
    // A command runs for a moment and ends. glibc gives freed memory back to the system at once (and serves large
    // blocks, such as zlib's state for each part of a workbook, straight from the system), only to ask for it again
    // a moment later, page by page: a twentieth of an export went there. Keep it until the command ends.
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
    // The user's locale, as any program runs in: files are written the same whatever it is (the workbook writer
    // guards its numbers), and the tests run this under a comma-decimal locale to prove it.
    std::setlocale(LC_ALL, "");
#ifdef _WIN32
    SetConsoleOutputCP(CP_UTF8);
    // Lines end in "\n" as on every other platform (the C runtime's text mode would write "\r\n"), so scripts
    // and the tests read the same output everywhere; Windows' console and editors show either.
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
    const std::vector<std::string> utf8_args = utf8_arguments();
    std::vector<char*> utf8_argv;
    for (const auto& arg : utf8_args)
        utf8_argv.push_back(const_cast<char*>(arg.c_str()));
    if (!utf8_argv.empty()) {
        argc = static_cast<int>(utf8_argv.size());
        argv = utf8_argv.data();
    }
#endif
    using namespace hs::cli;
    CLI::App app{"Herstelspiegel: team self-assessment of recovery-supporting care (Generieke module "
                 "Herstelondersteuning).\nExit codes: 0 ok, 1 input refused (nothing changed), 2 usage error, "
                 "3 database error or damage (restore a backup), 4 internal error, 5 import of several files: some imported, "
                 "some refused."};
    app.set_version_flag("--version", "herstelspiegel-cli " HS_VERSION);
    app.require_subcommand(1);
    // CLI11 takes "/name" for an option on Windows by default; here options are spelled "--name" everywhere, and
    // an argument starting with "/" is a path (as Wine and MSYS hand them over).
    app.allow_windows_style_options(false);
    GlobalOptions global;
    app.add_option("--db", global.db_path,
                   "Database file (default: herstelspiegel.db in the user's data folder), or a PostgreSQL server: "
                   "postgresql://user[:password]@host[:port]/database");

    std::vector<Runner> runners;
    for (auto add : {add_validate, add_list, add_new_round, add_close_round, add_import, add_csv_header, add_export_responses, add_backup, add_check, add_upgrade,
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
