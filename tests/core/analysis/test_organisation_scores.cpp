// The organisation comparison's fast path (answers read as plain numbers, only dimension scores computed) gives
// exactly the numbers of the full analysis, on both back ends.
#include "analysis/team_trend.h"
#include "demo_data.h"
#include "questionnaire/questionnaire_loader.h"
#include "../test_helpers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <mutex>

using namespace hs;

namespace {

bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

void same_summary(const ScoreSummary& fast, const ScoreSummary& full)
{
    CHECK(fast.availability == full.availability);
    CHECK(fast.n == full.n);
    CHECK(same(fast.mean, full.mean));
    CHECK(same(fast.median, full.median));
    CHECK(same(fast.sd, full.sd));
}

} // namespace

TEST_CASE("the organisation's dimension scores read as plain numbers equal the full analysis", "[store]")
{
    test::TempDir dir;
    Store store(test::new_store_location(dir));
    DemoSpec spec;
    spec.teams = 7;
    spec.rounds = 3;
    spec.respondents = 4; // around the threshold: some teams withheld, some not
    generate_demo(store, builtin_questionnaire(), spec);
    // An unfinished response and a consensus team must be treated alike by both paths.
    const auto rounds = store.rounds();
    REQUIRE(rounds.size() == 3);
    store.start_response(rounds.back().id, store.ensure_team("Nieuw team"), Role::Manager);
    NewResponse consensus;
    consensus.team = "Consensusteam";
    consensus.consensus = true;
    consensus.answers.assign(builtin_questionnaire().items.size(), 3);
    consensus.answers[0] = kNotApplicable;
    store.insert_responses(rounds.back().id, {consensus});

    AnalysisOptions options;
    options.anonymity_threshold = 4;
    const auto full = organisation_trend(store, options);
    const auto fast = organisation_dimension_scores(store, options);
    REQUIRE(fast.size() == full.size());
    for (std::size_t r = 0; r < full.size(); ++r) {
        INFO("round " << full[r].round.label);
        CHECK(fast[r].round.id == full[r].round.id);
        CHECK(fast[r].teams_with_numbers == full[r].teams_with_numbers);
        REQUIRE(fast[r].organisation_mean.size() == full[r].organisation_mean.size());
        for (std::size_t d = 0; d < full[r].organisation_mean.size(); ++d)
            CHECK(same(fast[r].organisation_mean[d], full[r].organisation_mean[d]));
        REQUIRE(fast[r].teams.size() == full[r].teams.size());
        for (std::size_t t = 0; t < full[r].teams.size(); ++t) {
            const auto& a = fast[r].teams[t].result;
            const auto& b = full[r].teams[t].result;
            INFO("team " << full[r].teams[t].team.name);
            CHECK(fast[r].teams[t].team.id == full[r].teams[t].team.id);
            CHECK(a.respondents == b.respondents);
            CHECK(a.consensus == b.consensus);
            CHECK(a.availability == b.availability);
            REQUIRE(a.dimensions.size() == b.dimensions.size());
            for (std::size_t d = 0; d < b.dimensions.size(); ++d)
                same_summary(a.dimensions[d].score, b.dimensions[d].score);
            CHECK(a.items.empty()); // computed only what is shown
        }
    }
    // The last round has the consensus team, and some team is withheld somewhere: the comparison covers both.
    bool withheld = false, together = false;
    for (const auto& round : full)
        for (const auto& t : round.teams) {
            withheld = withheld || t.result.availability == Availability::TooFewRespondents;
            together = together || t.result.consensus;
        }
    CHECK(withheld);
    CHECK(together);

    // One round alone gives the same as that round in the trend.
    const auto one = organisation_dimension_scores(store, options, rounds.front().id);
    REQUIRE(one.size() == 1);
    CHECK(one[0].teams.size() == fast[0].teams.size());
    CHECK(one[0].teams_with_numbers == fast[0].teams_with_numbers);
    // The trend up to a round: it and the rounds before it, by date, none after it.
    REQUIRE(rounds.size() >= 3);
    const auto upto = organisation_dimension_scores(store, options, rounds[1].id, true);
    REQUIRE(upto.size() == 2);
    CHECK(upto[0].round.id == rounds[0].id);
    CHECK(upto[1].round.id == rounds[1].id);
    CHECK(upto[1].teams_with_numbers == fast[1].teams_with_numbers);

    // A sheet that needs the records too (the instrument sheet) sees each round's once, while they are held; the
    // rounds may be read on two threads, so the visitor may run on either.
    std::mutex guard;
    std::map<RowId, std::vector<std::size_t>> seen;
    organisation_dimension_scores(store, options, std::nullopt, false, [&](const OrganisationRoundResult& r, const std::vector<ResponseRecord>& records) {
        std::lock_guard<std::mutex> lock(guard);
        seen[r.round.id].push_back(records.size());
        for (const auto& rec : records)
            CHECK(rec.info.round_id == r.round.id);
    });
    REQUIRE(seen.size() == rounds.size());
    for (const auto& round : rounds)
        CHECK(seen[round.id] == std::vector<std::size_t>{store.load_scores(round.id).size()});
}
