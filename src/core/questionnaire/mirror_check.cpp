// The mirror check of a client or relative version against its team version (see mirror_check.h).
#include "questionnaire/mirror_check.h"

#include "common/file_problem.h"
#include "common/i18n.h"

#include <algorithm>

namespace hs {

namespace {

ContentFinding error(FindingCode code, const std::string& subject, int line, std::string message)
{
    return {FindingLevel::Error, code, subject, line, std::move(message)};
}

// The range of the team's statements in a dimension (they share one, as the statements of a part do).
std::pair<int, int> range_of(const Questionnaire& q, const Dimension& d)
{
    const Scale& s = d.items.empty() ? q.scale_of(d) : q.scale_of(q.items[d.items.front()]);
    return {s.min_value(), s.max_value()};
}

} // namespace

std::vector<ContentFinding> check_mirror(const Questionnaire& version, const Questionnaire& team)
{
    std::vector<ContentFinding> findings;
    if (version.perspective == Perspective::Team)
        return findings;
    const int root_line = std::max(1, line_of(version.definition_text, "mirrors"));
    if (team.perspective != Perspective::Team) {
        findings.push_back(error(FindingCode::MirrorWrongTeam, version.id, root_line,
                                 trf(N_("'%1' mirrors '%2', but the questionnaire given to compare with is not a team "
                                        "version (its perspective is %3)"),
                                     {version.id, version.mirrors, perspective_name(team.perspective)})));
        return findings;
    }
    if (team.id != version.mirrors) {
        findings.push_back(error(FindingCode::MirrorWrongTeam, version.id, root_line,
                                 trf(N_("'%1' mirrors team questionnaire '%2', but the team version to compare with is "
                                        "'%3' (give the right one with --team FILE)"),
                                     {version.id, version.mirrors, team.id})));
        return findings;
    }
    for (const auto& d : version.dimensions) {
        const int line = version.line_of_id(d.id);
        auto t = team.dimension_index(d.id);
        if (!t) {
            findings.push_back(error(FindingCode::MirrorUnknownDimension, d.id, line,
                                     trf(N_("dimension '%1' does not exist in team questionnaire '%2' %3: a mirrored "
                                            "dimension must reuse a team dimension id, so that the scores line up"),
                                         {d.id, team.id, team.version})));
            continue;
        }
        const Dimension& td = team.dimensions[*t];
        if (td.part_id != d.part_id)
            findings.push_back(error(FindingCode::MirrorOtherPart, d.id, line,
                                     trf(N_("dimension '%1' is in part '%2' here but in part '%3' of the team "
                                            "questionnaire: the part scores would not line up"),
                                         {d.id, d.part_id, td.part_id})));
        const auto [low, high] = range_of(team, td);
        for (std::size_t i : d.items) {
            const Item& item = version.items[i];
            const Scale& s = version.scale_of(item);
            if (s.min_value() != low || s.max_value() != high)
                findings.push_back(error(FindingCode::MirrorOtherRange, item.id, version.line_of_id(item.id),
                                         trf(N_("statement '%1' uses %2 to %3, but the team's statements of dimension "
                                                "'%4' use %5 to %6: the scores could not be compared"),
                                             {item.id, std::to_string(s.min_value()), std::to_string(s.max_value()), d.id,
                                              std::to_string(low), std::to_string(high)})));
        }
    }
    return findings;
}

std::vector<std::string> dimensions_without_mirror(const Questionnaire& version, const Questionnaire& team)
{
    std::vector<std::string> ids;
    for (const auto& td : team.dimensions)
        if (!version.dimension_index(td.id))
            ids.push_back(td.id);
    return ids;
}

} // namespace hs
