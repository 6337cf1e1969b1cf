// The coordinator's raw-data export, with the anonymity rule applied to every column that could group people.
#include "workbook/raw_export.h"

#include "analysis/group_result.h"
#include "common/file_io.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace hs {

namespace {

std::string csv_field(const std::string& s)
{
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string answer_text(AnswerCode a)
{
    if (a == kNotApplicable)
        return "nvt";
    if (a == kDontKnow)
        return "weet niet";
    if (a == kUnanswered)
        return "";
    return std::to_string(a);
}

struct Row {
    std::string team, role, collection;
    const ResponseRecord* response = nullptr;
    bool remarks = false;
};

} // namespace

RawExportSummary export_raw_answers(Store& store, RowId round_id, std::optional<RowId> team, const std::string& path,
                                    const RawExportSettings& settings)
{
    settings.options.validate();
    const AnalysisOptions& options = settings.options;
    auto questionnaire = store.questionnaire_of(round_id, settings.perspective);
    ResponseQuery query;
    query.round = round_id;
    query.team = team;
    query.perspective = settings.perspective;
    const std::vector<ResponseRecord> responses = store.load_responses(query);
    std::map<RowId, std::vector<const ResponseRecord*>> by_team;
    for (const auto& r : responses)
        by_team[r.info.team_id].push_back(&r);
    std::map<RowId, std::string> team_names;
    for (const auto& t : store.teams())
        team_names[t.id] = t.name;

    RawExportSummary summary;
    std::vector<Row> rows;
    for (const auto& [team_id, members] : by_team) {
        const bool consensus = members.size() == 1 && members.front()->info.consensus;
        const int n = static_cast<int>(members.size());
        // A team's name groups its rows: only for teams the rule shows (a consensus is the team's one voice).
        const bool named = consensus || n >= options.anonymity_threshold;
        (named ? summary.teams_named : summary.teams_unnamed) += 1;
        // A role only where the team's perspectives show it (complementary suppression included).
        std::map<Role, bool> role_shown;
        if (named && !consensus) {
            std::vector<ResponseRecord> copies;
            for (const auto* r : members)
                copies.push_back(*r);
            for (const auto& rr : by_role(questionnaire, copies, options))
                role_shown[rr.role] = rr.result.availability == Availability::Available;
        }
        // How the answers were collected: named only when no way of collecting holds a small group of the team.
        std::map<CollectionMode, int> modes;
        for (const auto* r : members)
            ++modes[r->info.collection];
        const bool modes_shown = named && (consensus || modes.size() == 1 ||
                                           std::all_of(modes.begin(), modes.end(), [&](const auto& m) { return m.second >= options.anonymity_threshold; }));
        for (const auto* r : members) {
            Row row;
            if (modes_shown)
                row.collection = collection_mode_key(r->info.collection);
            row.response = r;
            if (named)
                row.team = team_names[team_id];
            if (named && role_shown[r->info.role])
                row.role = role_key(r->info.role);
            row.remarks = named && (consensus || n >= options.remark_threshold);
            rows.push_back(std::move(row));
        }
    }

    // Rows without a team are anonymous only among enough others: when the unnamed rows together are fewer than
    // the threshold (or the export is one team's), they would point to the small teams, so they stay out.
    const auto unnamed = static_cast<int>(std::count_if(rows.begin(), rows.end(), [](const Row& r) { return r.team.empty(); }));
    if (unnamed > 0 && (team || unnamed < options.anonymity_threshold)) {
        rows.erase(std::remove_if(rows.begin(), rows.end(), [](const Row& r) { return r.team.empty(); }), rows.end());
        summary.rows_left_out = unnamed;
    }

    // Random order and random numbers, new for every export: nothing links a row to a code or to another export.
    std::mt19937_64 random(settings.seed ? *settings.seed : std::random_device{}() ^ (std::uint64_t{std::random_device{}()} << 32));
    std::shuffle(rows.begin(), rows.end(), random);
    std::vector<int> numbers(rows.size());
    std::iota(numbers.begin(), numbers.end(), 1);
    std::shuffle(numbers.begin(), numbers.end(), random);

    const Questionnaire& q = *questionnaire;
    std::string out = "nummer,team,rol,verzameld";
    for (const auto& item : q.items)
        out += "," + csv_field(item.id);
    for (const auto& d : q.dimensions)
        out += "," + csv_field("opmerking:" + d.id);
    out += "\n";
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const Row& row = rows[k];
        out += std::to_string(numbers[k]) + "," + csv_field(row.team) + "," + csv_field(row.role) + "," + csv_field(row.collection);
        for (std::size_t i = 0; i < q.items.size(); ++i)
            out += "," + answer_text(i < row.response->answers.size() ? row.response->answers[i] : kUnanswered);
        for (std::size_t d = 0; d < q.dimensions.size(); ++d) {
            auto it = row.response->remarks.find(d);
            out += ",";
            if (row.remarks && it != row.response->remarks.end())
                out += csv_field(it->second);
        }
        out += "\n";
    }
    write_file_atomically(path, out);
    summary.rows = static_cast<int>(rows.size());
    return summary;
}

} // namespace hs
