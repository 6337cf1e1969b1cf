#pragma once
// The coordinator's raw data: every completed answer of a round, for their own analyses. The only way individual
// answers leave the program; the team, organisation and coaching outputs never hold them. Protected by the same
// anonymity rule: respondent codes are replaced by numbers drawn at random for each export, rows come in random
// order, a team or role is named only for groups the rule shows, remarks only for groups at the remark threshold.
#include "analysis/anonymity.h"
#include "store/store.h"

#include <cstdint>
#include <optional>
#include <string>

namespace hs {

struct RawExportSettings {
    AnalysisOptions options;            // thresholds
    std::optional<std::uint64_t> seed;  // for tests only: the same seed gives the same numbers and order
    // Whose answers: the team's, or the clients' or relatives' (then the columns are the items of the round's
    // version for them, and the rule applies to their own group per team).
    Perspective perspective = Perspective::Team;
};

struct RawExportSummary {
    int rows = 0;
    int teams_named = 0;    // team-rounds large enough to carry their team's name
    int teams_unnamed = 0;  // smaller ones: their rows carry no team or role
    int rows_left_out = 0;  // rows of small teams left out: too few to hide among, or a one-team export
};

// Writes a CSV (UTF-8, comma-separated, one row per completed response) of `round`, optionally one team only:
// number, team, role, how it was collected (collection_mode_key), one column per item id with the answer as given (1..5, nvt, weet niet, empty), then one
// column per dimension for remarks. Rows of teams under the threshold carry no team or role, and are left out
// when they are fewer than the threshold together or the export is one team's. A team's ways of collecting are
// named only when each of them holds at least the threshold (or there is one), so no small group stands out by it. Throws FileRefused when the file
// cannot be written.
RawExportSummary export_raw_answers(Store& store, RowId round, std::optional<RowId> team, const std::string& path,
                                    const RawExportSettings& settings = {});

} // namespace hs
