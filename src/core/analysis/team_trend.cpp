#include "analysis/team_trend.h"

#include "analysis/alongside.h"

#include <atomic>
#include <map>

namespace hs {

std::optional<VersionBreak> version_break(const Questionnaire& previous, const Questionnaire& current)
{
    if (previous.id == current.id && previous.version == current.version)
        return std::nullopt;
    VersionBreak b;
    b.previous_version = previous.version;
    b.version = current.version;
    for (const auto& m : match_items(previous, current))
        ++(m.presence == ItemPresence::Both ? b.comparable : m.presence == ItemPresence::New ? b.added : b.retired);
    return b;
}

TeamTrend team_trend(Store& store, RowId team_id, const AnalysisOptions& options)
{
    ResponseQuery query;
    query.team = team_id;
    return team_trend(store, team_id, store.load_responses(query), options);
}

TeamTrend team_trend(Store& store, RowId team_id, const std::vector<ResponseRecord>& responses, const AnalysisOptions& options,
                     ChangesOf changes_of)
{
    TeamTrend trend;
    trend.team = store.team(team_id); // StoreError NotFound for an unknown team
    std::map<RowId, std::vector<const ResponseRecord*>> by_round;
    for (const auto& r : responses)
        by_round[r.info.round_id].push_back(&r);
    for (const auto& round : store.rounds()) {
        auto it = by_round.find(round.id);
        if (it == by_round.end())
            continue;
        TeamRoundResult rr{round, analyse_group(store.questionnaire_of(round.id), it->second, options), {}, {}, std::nullopt};
        for (std::size_t i = trend.rounds.size(); i-- > 0;)
            if (trend.rounds[i].result.availability == Availability::Available) {
                rr.previous = i;
                break;
            }
        // A version break is marked between neighbouring rounds of the trend, whether or not they have numbers.
        if (!trend.rounds.empty())
            rr.version_break = version_break(*trend.rounds.back().result.questionnaire, *rr.result.questionnaire);
        trend.rounds.push_back(std::move(rr));
    }
    const TeamRoundResult* latest = trend.latest_with_numbers();
    for (auto& rr : trend.rounds)
        if (rr.previous && (changes_of == ChangesOf::EveryRound || &rr == latest))
            rr.changes = compare(trend.rounds[*rr.previous].result, rr.result);
    return trend;
}

const TeamRoundResult* TeamTrend::latest_with_numbers() const
{
    for (std::size_t i = rounds.size(); i-- > 0;)
        if (rounds[i].result.availability == Availability::Available)
            return &rounds[i];
    return nullptr;
}

OrganisationRoundResult organisation_round(Store& store, RowId round_id, const AnalysisOptions& options)
{
    ResponseQuery query;
    query.round = round_id;
    return organisation_round(store.round(round_id), store.questionnaire_of(round_id), store.teams(),
                              store.load_responses(query), options);
}

InstrumentReport instrument_round(Store& store, RowId round_id, const AnalysisOptions& options)
{
    // Completed responses as plain numbers: the report never reads a remark or an unfinished response.
    return instrument_report(store.questionnaire_of(round_id), store.load_scores(round_id), options);
}

std::vector<OrganisationRoundResult> organisation_trend(Store& store, const AnalysisOptions& options)
{
    std::vector<OrganisationRoundResult> out;
    auto teams = store.teams();
    for (const auto& round : store.rounds()) {
        ResponseQuery query;
        query.round = round.id;
        out.push_back(organisation_round(round, store.questionnaire_of(round.id), teams, store.load_responses(query), options));
    }
    return out;
}

std::vector<OrganisationRoundResult> organisation_dimension_scores(Store& store, const AnalysisOptions& options,
                                                                   std::optional<RowId> only, bool earlier_too,
                                                                   const RoundRecordsVisitor& visit)
{
    AnalysisOptions lean = options;
    lean.dimensions_only = true;
    const auto teams = store.teams();
    std::vector<Round> rounds;
    std::vector<std::shared_ptr<const Questionnaire>> questionnaires; // looked up here: the store's cache is not shared
    for (const auto& round : store.rounds()) { // by date
        if (!only || round.id == *only || earlier_too) {
            rounds.push_back(round);
            questionnaires.push_back(store.questionnaire_of(round.id));
        }
        if (only && round.id == *only)
            break; // a later round is not part of this round's trend
    }
    std::vector<OrganisationRoundResult> out(rounds.size());
    auto analyse = [&](Store& from, std::size_t k) {
        const auto records = from.load_scores(rounds[k].id);
        out[k] = organisation_round(rounds[k], questionnaires[k], teams, records, lean);
        if (visit)
            visit(out[k], records);
    };
    // Both threads take the next round not yet taken, the latest first (the round compared, whose visitor
    // usually has more to do, is then not left for the end), so neither waits while the other has several rounds
    // left; the helper has its own read-only connection. On one core, on a server, or when the helper cannot open
    // the database, this thread does every round.
    std::atomic<std::size_t> taken{0};
    auto work = [&](Store& from) {
        for (std::size_t n = taken++; n < rounds.size(); n = taken++)
            analyse(from, rounds.size() - 1 - n);
    };
    Alongside helper(store, rounds.size() > 1, work);
    try {
        work(store);
    } catch (...) {
        taken = rounds.size(); // the helper stops after its round
        throw;
    }
    helper.finish();
    return out;
}

} // namespace hs
