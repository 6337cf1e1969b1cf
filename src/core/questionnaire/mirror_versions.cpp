// Finding the client and relative versions of a team questionnaire: built in, or next to its file.
#include "questionnaire/mirror_versions.h"

#include "common/embedded_files.h"
#include "common/file_problem.h"
#include "common/i18n.h"
#include "questionnaire/questionnaire_loader.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace fs = std::filesystem;

namespace hs {

const Questionnaire& builtin_version(Perspective p)
{
    auto load = [](const char* suffix) {
        for (const auto& file : embedded::questionnaires())
            if (file.name.size() > std::string(suffix).size() &&
                file.name.compare(file.name.size() - std::string(suffix).size(), std::string::npos, suffix) == 0)
                return load_questionnaire(file.contents, "<built-in>/" + file.name);
        throw std::logic_error(std::string("no built-in questionnaire ") + suffix);
    };
    static const Questionnaire client = load("-client.xml");
    static const Questionnaire relative = load("-naasten.xml");
    switch (p) {
    case Perspective::Client: return client;
    case Perspective::Relative: return relative;
    case Perspective::Team: break;
    }
    return builtin_questionnaire();
}

std::optional<Questionnaire> find_version_next_to(const std::string& team_path, const Questionnaire& team, Perspective p)
{
    const fs::path folder = fs::path(team_path).has_parent_path() ? fs::path(team_path).parent_path() : fs::path(".");
    std::error_code ec;
    std::vector<fs::path> candidates;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string ext = it->path().extension().string();
        std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
        if ((ext == ".xml" || ext == ".json") && it->is_regular_file(ec) && !fs::equivalent(it->path(), team_path, ec))
            candidates.push_back(it->path());
    }
    std::sort(candidates.begin(), candidates.end()); // the same answer on every file system
    std::vector<std::pair<std::string, Questionnaire>> found;
    for (const auto& path : candidates) {
        auto load = read_questionnaire_file(path.string());
        if (load.questionnaire && load.questionnaire->perspective == p && load.questionnaire->mirrors == team.id)
            found.emplace_back(path.string(), std::move(*load.questionnaire));
    }
    if (found.size() > 1) {
        std::vector<FileProblem> problems;
        for (const auto& [path, q] : found)
            problems.push_back({path, 0, trf(N_("more than one %1 version of '%2' in this folder; name the one to use"),
                                                        {perspective_name(p), team.id})});
        throw FileRefused(std::move(problems));
    }
    if (found.empty())
        return std::nullopt;
    return std::move(found.front().second);
}

} // namespace hs
