#pragma once
// The Spiegel tab's content, the same for every front end: per dimension of the team questionnaire (in the
// analysis's order, the largest shown gap first) its title, each perspective's score or the reason it shows none
// ("geen cliëntperspectief", too few respondents), each gap with its interval and verdict, and the statements of every
// version that belong to the dimension, so the team reads what was asked on both sides. Texts are translated here
// (tr); numbers stay numbers for the front end to write in the reader's language.
#include "analysis/mirror_gap.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

struct MirrorViewScore {
    Perspective perspective = Perspective::Team;
    std::optional<double> mean; // only when shown
    int n = 0;
    bool indicative = false;
    std::string note; // why there is no number, translated; empty when there is one
};

struct MirrorViewGap {
    Perspective perspective = Perspective::Client;
    std::optional<double> difference; // team minus them, only when both are shown
    std::optional<double> low, high;   // the Welch 95% interval, when estimable
    bool indicative = false;
    std::optional<double> change; // since the team's previous round
    std::string verdict;          // translated sentence
};

struct MirrorViewStatements {
    Perspective perspective = Perspective::Team;
    std::vector<std::string> texts; // in the version's order; empty: the version does not ask about the dimension
};

struct MirrorViewRow {
    std::string dimension_id;
    std::string title;
    std::vector<MirrorViewScore> scores;         // team first, then the round's other perspectives
    std::vector<MirrorViewGap> gaps;             // one per client or relative perspective
    std::vector<MirrorViewStatements> statements; // one per perspective, same order as scores
};

struct MirrorView {
    std::vector<Perspective> perspectives; // the round's: team first
    std::vector<MirrorViewRow> rows;
    // True when the round asked only the team: the tab then says so instead of showing an empty table.
    bool team_only() const { return perspectives.size() < 2; }
};

MirrorView mirror_view(const MirrorResult& result, const std::string& lang);

// The column heading for a perspective's score ("Team", "Cliënten", "Naasten"), translated.
std::string perspective_heading(Perspective p);

} // namespace hs
