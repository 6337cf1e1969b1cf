#include "commands.h"

#include "questionnaire/questionnaire_loader.h"

#include <iostream>

namespace hs::cli {

Runner add_validate(CLI::App& app, const GlobalOptions&)
{
    auto* cmd = app.add_subcommand("validate", "Check questionnaire definition files; report each as valid or with "
                                               "its errors (file:line: reason).");
    auto files = std::make_shared<std::vector<std::string>>();
    cmd->add_option("FILE", *files, "Questionnaire definition (XML)")->required();
    return [cmd, files]() {
        if (!cmd->parsed())
            return -1;
        int status = kOk;
        for (const auto& path : *files) {
            auto result = read_questionnaire_file(path);
            if (result.questionnaire) {
                const auto& q = *result.questionnaire;
                std::cout << path << ": valid: " << q.id << " version " << q.version << ", " << q.parts.size()
                          << " parts, " << q.dimensions.size() << " dimensions, " << q.items.size() << " items\n";
            } else {
                status = kInvalidInput;
                std::cout << path << ": invalid (" << result.problems.size() << " problem"
                          << (result.problems.size() == 1 ? "" : "s") << ")\n";
                for (const auto& p : result.problems)
                    std::cout << "  " << p.to_string() << "\n";
            }
        }
        return status;
    };
}

} // namespace hs::cli
