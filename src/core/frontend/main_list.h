#pragma once
// The rows of the main window's list (a team in a round) and the rules around them: which teams a round lists,
// how a search, a filter and a sort choose and order the rows, what a double-click does, and what the start
// page offers an empty database. The GUI only shows what this returns, row by row as they become visible.
#include "common/records.h"

#include <optional>
#include <string>
#include <vector>

namespace hs {

struct ListRow {
    std::size_t team = 0;  // index into MainList::teams()
    std::size_t round = 0; // index into MainList::rounds()
    int complete = 0;
    int in_progress = 0;
    bool consensus = false;
    int mirror = 0; // completed questionnaires of the team's clients and relatives
};

enum class ListColumn { Team, Round, Date, Status, Complete, InProgress, Mode, Mirror };

struct ListFilter {
    std::string search;                // part of the team's name or the round's label, any case; empty: all
    std::optional<RowId> round;        // only this round
    std::optional<RoundStatus> status; // only rounds with this status
};

struct ListOrder {
    ListColumn column = ListColumn::Round; // by round: newest first when descending
    bool ascending = false;
};

class MainList {
public:
    MainList() = default;
    // A team is listed in every open round, and in a closed round only when it has responses there: a team
    // added later never shows up in rounds that were over before it existed.
    MainList(std::vector<Team> teams, std::vector<Round> rounds, const std::vector<TeamParticipation>& participation);

    const std::vector<Team>& teams() const { return teams_; }
    const std::vector<Round>& rounds() const { return rounds_; }
    const std::vector<ListRow>& rows() const { return rows_; }
    const Team& team_of(const ListRow& row) const { return teams_[row.team]; }
    const Round& round_of(const ListRow& row) const { return rounds_[row.round]; }

    // What closing or reopening a round touches: its teams, and their handed-in and unfinished questionnaires.
    struct RoundTotals {
        int teams = 0, complete = 0, in_progress = 0;
    };
    RoundTotals round_totals(RowId round) const;

    // The rows that pass the filter, in the order asked for (ties keep team name, then newest round first).
    std::vector<std::size_t> view(const ListFilter& filter, const ListOrder& order) const;

private:
    std::vector<Team> teams_;
    std::vector<Round> rounds_; // by date, then label
    std::vector<ListRow> rows_;
};

// What a double-click (or Enter) on a row does: fill in while the round is open, look at results once closed.
enum class RowAction { FillIn, Results };
RowAction default_action(const Round& round);

// What the start page offers instead of the (empty) list. Nothing when there are rounds and teams to list.
enum class StartOffer { NewRound, AddTeam, Import, Demo };
std::vector<StartOffer> start_offers(std::size_t teams, std::size_t rounds);

// A "contains" for names that ignores case and the accents of Latin letters ("elan" finds "Élan").
bool contains_ignoring_case(const std::string& text, const std::string& part);

} // namespace hs
