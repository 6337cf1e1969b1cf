// The coaching tab with a mirror: the largest gaps between the team and its clients come first.
#include "analysis/mirror_gap.h"
#include "analysis/team_trend.h"
#include "coaching_page.h"
#include "questionnaire/mirror_versions.h"
#include "questionnaire/questionnaire_loader.h"

#include "../core/test_helpers.h"

#include <catch2/catch.hpp>

using namespace hs;
using namespace hs::gui;

TEST_CASE("the coaching tab names the largest gaps between the team and its clients first")
{
    test::TempDir dir;
    Store store(dir.file("hs.db"));
    const Questionnaire& team_q = builtin_questionnaire();
    const Questionnaire& client_q = builtin_version(Perspective::Client);
    const RowId round = store.add_round("2026-voorjaar", "2026-04-01", team_q, {&client_q});
    const RowId team = store.add_team("FACT Noord");
    // The team answers 4 and 5, its clients 2 and 3: on every theme clients ask about, the team is clearly higher.
    std::vector<NewResponse> responses;
    for (int i = 0; i < 6; ++i)
        for (Perspective p : {Perspective::Team, Perspective::Client}) {
            NewResponse n;
            n.team = "FACT Noord";
            n.perspective = p;
            n.collection = p == Perspective::Team ? CollectionMode::Wizard : CollectionMode::Paper;
            const auto& q = p == Perspective::Team ? team_q : client_q;
            n.answers.assign(q.items.size(), static_cast<AnswerCode>((p == Perspective::Team ? 4 : 2) + i % 2));
            responses.push_back(std::move(n));
        }
    store.insert_responses(round, responses);

    AnalysisOptions options;
    const TeamTrend trend = team_trend(store, team, options);
    REQUIRE(trend.rounds.size() == 1);
    const MirrorResult mirror = mirror_for(store, team, round, options);
    const wxString with = coaching_html("FACT Noord", trend, trend.rounds.front(), wxString(), 3, "nl", &mirror);
    const int gaps = with.Find(wxString::FromUTF8("Grootste verschillen tussen het team en cliënten of naasten"));
    REQUIRE(gaps != wxNOT_FOUND);
    CHECK(gaps < with.Find("Sterkste thema's"));
    CHECK(with.Find(wxString::FromUTF8("het team ziet zichzelf duidelijk positiever")) != wxNOT_FOUND);
    CHECK(with.Find("+2") != wxNOT_FOUND); // 4.5 against 2.5

    const wxString without = coaching_html("FACT Noord", trend, trend.rounds.front(), wxString(), 3, "nl");
    CHECK(without.Find(wxString::FromUTF8("Grootste verschillen")) == wxNOT_FOUND);
}
