// The main list's rules, the start page's offers and what a person types into the new-round dialog.
#include "analysis/agreement.h"
#include "frontend/main_list.h"
#include "frontend/round_input.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace hs;

namespace {
Round make_round(RowId id, const std::string& label, const std::string& date, RoundStatus status)
{
    Round r;
    r.id = id;
    r.label = label;
    r.date = date;
    r.status = status;
    return r;
}

TeamParticipation counts(RowId team, const Round& round, int complete, int in_progress)
{
    TeamParticipation p;
    p.team_id = team;
    p.round = round;
    p.complete = complete;
    p.in_progress = in_progress;
    return p;
}

std::vector<std::string> names(const MainList& list, const std::vector<std::size_t>& view)
{
    std::vector<std::string> out;
    for (auto i : view)
        out.push_back(list.team_of(list.rows()[i]).name + "/" + list.round_of(list.rows()[i]).label);
    return out;
}
} // namespace

TEST_CASE("the main list shows a team in closed rounds only where it took part, and filters, searches and sorts", "[main-list]")
{
    const Round old_round = make_round(1, "2025-najaar", "2025-10-01", RoundStatus::Closed);
    const Round new_round = make_round(2, "2026-voorjaar", "2026-04-01", RoundStatus::Open);
    std::vector<Team> teams = {{10, "Zuid"}, {11, "Noord"}, {12, "Élan (nieuw)"}};
    MainList list(teams, {old_round, new_round},
                  {counts(10, old_round, 6, 0), counts(11, old_round, 0, 1), counts(10, new_round, 2, 1)});

    // The new team (no responses in the closed round) is listed only in the open round.
    auto all = names(list, list.view({}, {}));
    CHECK(all == std::vector<std::string>{"Élan (nieuw)/2026-voorjaar", "Noord/2026-voorjaar", "Zuid/2026-voorjaar",
                                          "Noord/2025-najaar", "Zuid/2025-najaar"});

    CHECK(list.round_totals(1).teams == 2);
    CHECK(list.round_totals(1).complete == 6);
    CHECK(list.round_totals(1).in_progress == 1);
    CHECK(list.round_totals(2).teams == 3);

    ListFilter open_only;
    open_only.status = RoundStatus::Open;
    CHECK(list.view(open_only, {}).size() == 3);
    ListFilter one_round;
    one_round.round = 1;
    CHECK(names(list, list.view(one_round, {})) == std::vector<std::string>{"Noord/2025-najaar", "Zuid/2025-najaar"});

    ListFilter search;
    search.search = "élan";
    CHECK(names(list, list.view(search, {})) == std::vector<std::string>{"Élan (nieuw)/2026-voorjaar"});
    search.search = "NAJAAR";
    CHECK(list.view(search, {}).size() == 2);
    search.search = "nobody";
    CHECK(list.view(search, {}).empty());

    ListOrder by_complete{ListColumn::Complete, false};
    CHECK(names(list, list.view({}, by_complete)).front() == "Zuid/2025-najaar");
    ListOrder by_team{ListColumn::Team, true};
    CHECK(names(list, list.view({}, by_team)) == std::vector<std::string>{"Élan (nieuw)/2026-voorjaar", "Noord/2026-voorjaar",
                                                                         "Noord/2025-najaar", "Zuid/2026-voorjaar", "Zuid/2025-najaar"});
    ListOrder by_team_down{ListColumn::Team, false};
    CHECK(names(list, list.view({}, by_team_down)).front() == "Zuid/2026-voorjaar");
}

TEST_CASE("the main list counts the clients' and relatives' questionnaires apart from the team's", "[main-list]")
{
    const Round closed = make_round(1, "2025-najaar", "2025-10-01", RoundStatus::Closed);
    std::vector<Team> teams = {{10, "Zuid"}, {11, "Noord"}};
    TeamParticipation zuid = counts(10, closed, 6, 0);
    zuid.clients = 4;
    zuid.relatives = 2;
    TeamParticipation noord = counts(11, closed, 0, 0); // only its clients answered
    noord.clients = 3;
    MainList list(teams, {closed}, {zuid, noord});
    REQUIRE(list.rows().size() == 2); // a closed round lists a team whose clients took part
    ListOrder by_mirror;
    by_mirror.column = ListColumn::Mirror;
    by_mirror.ascending = true;
    const auto view = list.view({}, by_mirror);
    CHECK(names(list, view) == std::vector<std::string>{"Noord/2025-najaar", "Zuid/2025-najaar"});
    CHECK(list.rows()[view[0]].mirror == 3);
    CHECK(list.rows()[view[1]].mirror == 6);
    CHECK(list.rows()[view[1]].complete == 6); // the team's own count stays the team's
}

TEST_CASE("a double-click fills in while the round is open and shows results once it is closed", "[main-list]")
{
    CHECK(default_action(make_round(1, "a", "2026-01-01", RoundStatus::Open)) == RowAction::FillIn);
    CHECK(default_action(make_round(1, "a", "2026-01-01", RoundStatus::Closed)) == RowAction::Results);
}

TEST_CASE("the start page offers a first round, an import or the demo to an empty database", "[main-list]")
{
    CHECK(start_offers(0, 0) == std::vector<StartOffer>{StartOffer::NewRound, StartOffer::Import, StartOffer::Demo});
    CHECK(start_offers(3, 0) == std::vector<StartOffer>{StartOffer::NewRound, StartOffer::Import, StartOffer::Demo});
    CHECK(start_offers(0, 1) == std::vector<StartOffer>{StartOffer::AddTeam, StartOffer::Import});
    CHECK(start_offers(2, 1).empty());
}

TEST_CASE("the new-round dialog suggests a name that is not taken and reads dates as people write them", "[main-list]")
{
    CHECK(suggest_round_label("2026-04-01", {}) == "2026-spring");
    CHECK(suggest_round_label("2026-10-01", {}) == "2026-autumn");
    const std::vector<Round> taken = {make_round(1, "2026-spring", "2026-04-01", RoundStatus::Open),
                                      make_round(2, "2026-spring-2", "2026-05-01", RoundStatus::Open)};
    CHECK(suggest_round_label("2026-03-15", taken) == "2026-spring-3");

    CHECK(parse_user_date("1-4-2026") == std::optional<std::string>("2026-04-01"));
    CHECK(parse_user_date(" 01/04/2026 ") == std::optional<std::string>("2026-04-01"));
    CHECK(parse_user_date("29.2.2024") == std::optional<std::string>("2024-02-29"));
    CHECK(parse_user_date("2026-04-01") == std::optional<std::string>("2026-04-01"));
    CHECK_FALSE(parse_user_date("29-2-2025"));
    CHECK_FALSE(parse_user_date("31-4-2026"));
    CHECK_FALSE(parse_user_date("4/1/26"));
    CHECK_FALSE(parse_user_date("1-4-2026x"));
    CHECK_FALSE(parse_user_date("april"));
    CHECK_FALSE(parse_user_date("2026/04/01"));
}

TEST_CASE("agreement (rwg) is put in words: agrees from 0.70, partly from 0.50, divided below", "[main-list]")
{
    CHECK(consensus_of(0.95) == Consensus::Agrees);
    CHECK(consensus_of(0.70) == Consensus::Agrees);
    CHECK(consensus_of(0.69) == Consensus::Partly);
    CHECK(consensus_of(0.50) == Consensus::Partly);
    CHECK(consensus_of(0.2) == Consensus::Divided);
    CHECK(consensus_of(std::nan("")) == Consensus::Unknown);
    CHECK(std::string(consensus_sentence_msgid(Consensus::Divided)).find("disagrees") != std::string::npos);
    CHECK(std::string(consensus_word_msgid(Consensus::Agrees)) == "agree");
}
