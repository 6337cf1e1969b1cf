// `validate`: definition files checked as the loader reads them (refused: exit 1 with file:line: reason), then
// for content (content_checks.h): errors exit 1, warnings are printed and exit 0. `--stats` adds the readability
// of every statement. A client or relative version is also checked against the team version it mirrors
// (mirror_check.h): the built-in one, or the one given with --team.
#include "commands.h"

#include "questionnaire/content_checks.h"
#include "questionnaire/mirror_check.h"
#include "questionnaire/questionnaire_loader.h"

#include <cstdio>
#include <iostream>

namespace hs::cli {

namespace {

std::string fixed1(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v); // the CLI never sets a locale, so '.' is the decimal point
    return buf;
}

void print_stats(const Questionnaire& q)
{
    for (const auto& lang : q.languages) {
        auto stats = statement_readability(q, lang);
        std::cout << "  readability (" << lang << "): statement, words, sentences, words per sentence, words of 4+ syllables\n";
        double total = 0;
        int longest = 0;
        for (const auto& s : stats) {
            std::cout << "    " << s.item_id << "  " << s.words << "  " << s.sentences << "  " << fixed1(s.words_per_sentence)
                      << "  " << s.long_words << "\n";
            total += s.words_per_sentence;
            longest = std::max(longest, s.words);
        }
        if (!stats.empty())
            std::cout << "    mean words per sentence " << fixed1(total / static_cast<double>(stats.size())) << ", longest statement "
                      << longest << " words\n";
    }
}

} // namespace

Runner add_validate(CLI::App& app, const GlobalOptions&)
{
    auto* cmd = app.add_subcommand("validate", "Check questionnaire definition files: structure (file:line: reason, exit 1) "
                                               "and content (errors exit 1; warnings are printed, exit 0).");
    auto files = std::make_shared<std::vector<std::string>>();
    auto stats = std::make_shared<bool>(false);
    auto team_file = std::make_shared<std::string>();
    cmd->add_option("FILE", *files, "Questionnaire definition (XML or JSON)")->required();
    cmd->add_flag("--stats", *stats, "Also print the readability of every statement (words per sentence)");
    cmd->add_option("--team", *team_file, "The team questionnaire that client and relative versions mirror "
                                          "(default: the built-in one)");
    return [cmd, files, stats, team_file]() {
        if (!cmd->parsed())
            return -1;
        std::optional<Questionnaire> given_team;
        if (!team_file->empty()) {
            auto team = read_questionnaire_file(*team_file);
            if (!team.questionnaire) {
                std::cout << *team_file << ": invalid team questionnaire\n";
                for (const auto& p : team.problems)
                    std::cout << "  " << p.to_string() << "\n";
                return static_cast<int>(kInvalidInput);
            }
            given_team = std::move(team.questionnaire);
        }
        const Questionnaire& team = given_team ? *given_team : builtin_questionnaire();
        int status = kOk;
        for (const auto& path : *files) {
            auto result = read_questionnaire_file(path);
            if (!result.questionnaire) {
                status = kInvalidInput;
                std::cout << path << ": invalid (" << result.problems.size() << " problem"
                          << (result.problems.size() == 1 ? "" : "s") << ")\n";
                for (const auto& p : result.problems)
                    std::cout << "  " << p.to_string() << "\n";
                continue;
            }
            const auto& q = *result.questionnaire;
            auto findings = check_content(q);
            auto mirror = check_mirror(q, team);
            findings.insert(findings.end(), mirror.begin(), mirror.end());
            const auto errors = std::count_if(findings.begin(), findings.end(),
                                              [](const ContentFinding& f) { return f.level == FindingLevel::Error; });
            std::cout << path << ": " << (errors ? "invalid content" : "valid") << ": " << q.id << " version " << q.version
                      << ", " << q.parts.size() << " parts, " << q.dimensions.size() << " dimensions, " << q.items.size()
                      << " items";
            if (!findings.empty())
                std::cout << "; " << errors << " error" << (errors == 1 ? "" : "s") << ", " << findings.size() - static_cast<std::size_t>(errors)
                          << " warning" << (findings.size() - static_cast<std::size_t>(errors) == 1 ? "" : "s");
            std::cout << "\n";
            for (const auto& f : findings)
                std::cout << "  " << FileProblem{path, f.line, std::string(f.level == FindingLevel::Error ? "error: " : "warning: ") + f.message}.to_string()
                          << "\n";
            if (q.perspective != Perspective::Team && mirror.empty()) {
                std::cout << "  " << perspective_name(q.perspective) << " version of " << team.id << " " << team.version
                          << "; no " << perspective_name(q.perspective) << " perspective on:";
                for (const auto& id : dimensions_without_mirror(q, team))
                    std::cout << " " << id;
                std::cout << "\n";
            }
            if (errors)
                status = kInvalidInput;
            if (*stats)
                print_stats(q);
        }
        return status;
    };
}

} // namespace hs::cli
