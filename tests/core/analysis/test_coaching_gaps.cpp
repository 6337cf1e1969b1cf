// The coaching summary names the largest gaps of the mirror first: only shown ones, the biggest either way.
#include "analysis/coaching.h"

#include <catch2/catch.hpp>

#include <string>

using namespace hs;

namespace {

MirrorScore score(Perspective p, double mean, int n, bool shown = true)
{
    MirrorScore s;
    s.perspective = p;
    s.asked = true;
    s.score.availability = shown ? Availability::Available : Availability::TooFewRespondents;
    s.score.mean = mean;
    s.score.n = n;
    s.indicative = shown && p != Perspective::Team && n < kMirrorIndicativeBelow;
    return s;
}

MirrorGap gap(Perspective other, double team, double them, int n, bool shown = true)
{
    MirrorGap g;
    g.perspective = other;
    g.shown = shown;
    if (!shown)
        return g;
    g.difference = team - them;
    g.low = g.difference - 0.4;
    g.high = g.difference + 0.4;
    g.interval_estimable = true;
    g.indicative = n < kMirrorIndicativeBelow;
    g.verdict = g.low > 0 ? GapVerdict::TeamHigher : g.high < 0 ? GapVerdict::PerspectiveHigher : GapVerdict::NoClearGap;
    return g;
}

// A dimension where the team scores `team`, clients `client` (12 of them) and relatives `relative` (6).
MirrorDimension dimension(const std::string& id, double team, double client, double relative, bool relatives_shown = true)
{
    MirrorDimension d;
    d.id = id;
    d.scores = {score(Perspective::Team, team, 8), score(Perspective::Client, client, 12),
                score(Perspective::Relative, relative, 6, relatives_shown)};
    d.gaps = {gap(Perspective::Client, team, client, 12), gap(Perspective::Relative, team, relative, 6, relatives_shown)};
    return d;
}

} // namespace

TEST_CASE("coaching summary: the three largest shown gaps of the mirror come first")
{
    MirrorResult mirror;
    mirror.perspectives = {Perspective::Team, Perspective::Client, Perspective::Relative};
    mirror.dimensions = {dimension("presentie", 4.0, 3.1, 3.9),   // client gap 0.9
                         dimension("hoop", 3.5, 3.4, 3.3),        // small gaps
                         dimension("tempo", 3.0, 4.2, 3.0),       // client gap -1.2: largest, the other way
                         dimension("naasten", 4.5, 4.4, 1.0, false), // relatives hidden: 3.5 never counts
                         dimension("zelfregie", 3.8, 3.7, 3.1)};  // relative gap 0.7 (indicative: 6 relatives)
    GroupResult team;
    const auto s = coaching_summary(team, {}, 5, &mirror);
    REQUIRE(s.largest_gaps.size() == 3);
    CHECK(s.largest_gaps[0].dimension_id == "tempo");
    CHECK(s.largest_gaps[0].other == Perspective::Client);
    CHECK(s.largest_gaps[0].gap == Approx(-1.2));
    CHECK(s.largest_gaps[0].team == Approx(3.0));
    CHECK(s.largest_gaps[0].other_mean == Approx(4.2));
    CHECK_FALSE(s.largest_gaps[0].indicative);
    CHECK(std::string(s.largest_gaps[0].verdict) == gap_verdict_msgid(GapVerdict::PerspectiveHigher, Perspective::Client));
    CHECK(s.largest_gaps[1].dimension_id == "presentie");
    CHECK(s.largest_gaps[1].low == Approx(0.5));
    CHECK(s.largest_gaps[1].high == Approx(1.3));
    CHECK(s.largest_gaps[2].dimension_id == "zelfregie");
    CHECK(s.largest_gaps[2].other == Perspective::Relative);
    CHECK(s.largest_gaps[2].indicative);
    for (const auto& g : s.largest_gaps)
        CHECK(g.dimension_id != "naasten");

    CHECK(coaching_summary(team, {}, 5).largest_gaps.empty()); // no mirror, no gaps
    MirrorResult team_only;
    team_only.perspectives = {Perspective::Team};
    CHECK(coaching_summary(team, {}, 5, &team_only).largest_gaps.empty());
}
