// The mirror's numbers: each perspective's dimension scores with their intervals, the gaps between the team and
// its clients and relatives with a Welch interval and a verdict, and the change of each gap since the team's
// previous round.
#include "analysis/mirror_gap.h"

#include "analysis/statistics.h"
#include "analysis/team_trend.h"
#include "common/i18n.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace hs {

const char* gap_verdict_msgid(GapVerdict verdict, Perspective perspective)
{
    const bool clients = perspective == Perspective::Client;
    switch (verdict) {
    case GapVerdict::TeamHigher:
        return clients ? N_("the team sees itself clearly more positively than its clients do")
                       : N_("the team sees itself clearly more positively than the relatives do");
    case GapVerdict::PerspectiveHigher:
        return clients ? N_("the clients see the team clearly more positively than the team sees itself")
                       : N_("the relatives see the team clearly more positively than the team sees itself");
    case GapVerdict::NoClearGap:
        return clients ? N_("no clear difference between the team and its clients")
                       : N_("no clear difference between the team and the relatives");
    case GapVerdict::NotComparable: break;
    }
    return N_("no comparison: one of the two groups shows no numbers");
}

const char* not_asked_msgid(Perspective perspective)
{
    return perspective == Perspective::Relative ? N_("no relatives' perspective") : N_("no client perspective");
}

const MirrorScore* MirrorDimension::score(Perspective p) const
{
    for (const auto& s : scores)
        if (s.perspective == p)
            return &s;
    return nullptr;
}

const MirrorGap* MirrorDimension::gap(Perspective p) const
{
    for (const auto& g : gaps)
        if (g.perspective == p)
            return &g;
    return nullptr;
}

std::optional<double> MirrorDimension::largest_gap() const
{
    std::optional<double> out;
    for (const auto& g : gaps)
        if (g.shown && (!out || std::fabs(g.difference) > *out))
            out = std::fabs(g.difference);
    return out;
}

const MirrorGroup* MirrorResult::group(Perspective p) const
{
    for (const auto& g : groups)
        if (g.perspective == p)
            return &g;
    return nullptr;
}

namespace {

MirrorScore score_of(const MirrorGroup& group, const std::string& dimension_id)
{
    MirrorScore s;
    s.perspective = group.perspective;
    const auto d = group.questionnaire->dimension_index(dimension_id);
    s.asked = d && !group.questionnaire->dimensions[*d].items.empty();
    const DimensionResult* result = s.asked ? group.result.dimension(dimension_id) : nullptr;
    if (!result) {
        s.asked = false;
        return s;
    }
    s.score = result->score;
    if (!s.score.available())
        return s;
    s.low = s.high = s.score.mean;
    if (s.score.n >= 2 && !std::isnan(s.score.sd)) {
        const auto interval = stats::mean_interval(s.score.mean, s.score.sd, static_cast<std::size_t>(s.score.n));
        s.low = interval.low;
        s.high = interval.high;
        s.interval_estimable = true;
    }
    s.indicative = group.perspective != Perspective::Team && s.score.n < kMirrorIndicativeBelow;
    return s;
}

MirrorGap gap_of(const MirrorScore& team, bool team_consensus, const MirrorScore& other)
{
    MirrorGap g;
    g.perspective = other.perspective;
    g.shown = team.shown() && other.shown();
    if (!g.shown)
        return g;
    g.indicative = other.indicative;
    g.difference = team.score.mean - other.score.mean;
    g.low = g.high = g.difference;
    if (team_consensus || team.score.n < 2 || other.score.n < 2 || std::isnan(team.score.sd) || std::isnan(other.score.sd)) {
        // One consensus response has no spread: a gap of at least half a point counts, as a change does.
        g.verdict = std::fabs(g.difference) >= kMirrorConsensusGap
                        ? (g.difference > 0 ? GapVerdict::TeamHigher : GapVerdict::PerspectiveHigher)
                        : GapVerdict::NoClearGap;
        return g;
    }
    // welch_difference_interval gives mean(b) - mean(a): b the team, a the others.
    const auto interval = stats::welch_difference_interval(other.score.mean, other.score.sd, static_cast<std::size_t>(other.score.n),
                                                           team.score.mean, team.score.sd, static_cast<std::size_t>(team.score.n));
    g.low = interval.low;
    g.high = interval.high;
    g.interval_estimable = true;
    g.verdict = g.low > 0 ? GapVerdict::TeamHigher : g.high < 0 ? GapVerdict::PerspectiveHigher : GapVerdict::NoClearGap;
    return g;
}

} // namespace

MirrorResult mirror_of(const Team& team, const Round& round, const std::map<Perspective, std::shared_ptr<const Questionnaire>>& versions,
                       const std::map<Perspective, std::vector<ResponseRecord>>& responses, const AnalysisOptions& options,
                       const MirrorResult* previous)
{
    options.validate();
    MirrorResult out;
    out.team = team;
    out.round = round;
    if (previous)
        out.previous_round = previous->round;
    static const std::vector<ResponseRecord> none;
    for (Perspective p : all_perspectives()) {
        auto version = versions.find(p);
        if (version == versions.end())
            continue;
        auto given = responses.find(p);
        out.perspectives.push_back(p);
        out.groups.push_back({p, version->second, analyse_group(version->second, given == responses.end() ? none : given->second, options)});
    }
    const MirrorGroup* team_group = out.group(Perspective::Team);
    if (!team_group)
        throw std::invalid_argument("mirror_of: the round's team questionnaire is missing");
    const Questionnaire& team_q = *team_group->questionnaire;
    for (std::size_t d = 0; d < team_q.dimensions.size(); ++d) {
        MirrorDimension md;
        md.id = team_q.dimensions[d].id;
        md.index = d;
        for (const auto& group : out.groups)
            md.scores.push_back(score_of(group, md.id));
        for (const auto& other : md.scores) {
            if (other.perspective == Perspective::Team)
                continue;
            MirrorGap g = gap_of(md.scores.front(), team_group->result.consensus, other);
            if (g.shown && previous) {
                const auto before = std::find_if(previous->dimensions.begin(), previous->dimensions.end(),
                                                 [&](const MirrorDimension& pd) { return pd.id == md.id; });
                const MirrorGap* pg = before == previous->dimensions.end() ? nullptr : before->gap(g.perspective);
                if (pg && pg->shown) {
                    g.previous = pg->difference;
                    g.change = g.difference - pg->difference;
                }
            }
            md.gaps.push_back(g);
        }
        out.dimensions.push_back(std::move(md));
    }
    // The largest shown gaps first; the rest keep the questionnaire's order.
    std::stable_sort(out.dimensions.begin(), out.dimensions.end(), [](const MirrorDimension& a, const MirrorDimension& b) {
        const auto ga = a.largest_gap(), gb = b.largest_gap();
        if (ga && gb)
            return *ga > *gb;
        return ga.has_value() && !gb.has_value();
    });
    return out;
}

namespace {

std::map<Perspective, std::vector<ResponseRecord>> responses_of(Store& store, RowId team, RowId round,
                                                                const std::map<Perspective, std::shared_ptr<const Questionnaire>>& versions)
{
    std::map<Perspective, std::vector<ResponseRecord>> out;
    for (const auto& [p, q] : versions) {
        ResponseQuery query;
        query.round = round;
        query.team = team;
        query.perspective = p;
        out[p] = store.load_responses(query);
    }
    return out;
}

} // namespace

MirrorResult mirror_for(Store& store, RowId team_id, RowId round_id, const AnalysisOptions& options)
{
    return mirror_for(store, team_id, round_id, options, team_trend(store, team_id, options));
}

MirrorResult mirror_for(Store& store, RowId team_id, RowId round_id, const AnalysisOptions& options, const TeamTrend& trend)
{
    const Team team = store.team(team_id);
    const Round round = store.round(round_id);
    // The one "previous round" of the team (team_trend.h): the latest earlier round in which the team has numbers.
    std::optional<MirrorResult> previous;
    for (const auto& rr : trend.rounds)
        if (rr.round.id == round_id && rr.previous) {
            const Round& before = trend.rounds[*rr.previous].round;
            const auto versions = store.versions_of(before.id);
            previous = mirror_of(team, before, versions, responses_of(store, team_id, before.id, versions), options);
        }
    const auto versions = store.versions_of(round_id);
    return mirror_of(team, round, versions, responses_of(store, team_id, round_id, versions), options, previous ? &*previous : nullptr);
}

std::vector<MirrorResult> team_mirrors(Store& store, RowId team_id, const AnalysisOptions& options, const TeamTrend& trend)
{
    // Every response of the team, every round and perspective, in one read (not two per round and perspective).
    ResponseQuery query;
    query.team = team_id;
    query.perspective = std::nullopt;
    return team_mirrors(store, team_id, options, trend, store.load_responses(query));
}

std::vector<MirrorResult> team_mirrors(Store& store, RowId team_id, const AnalysisOptions& options, const TeamTrend& trend,
                                       std::vector<ResponseRecord> responses)
{
    const Team team = store.team(team_id);
    std::map<RowId, std::map<Perspective, std::vector<ResponseRecord>>> by_round;
    for (auto& r : responses)
        by_round[r.info.round_id][r.info.perspective].push_back(std::move(r));
    // Each round's mirror once: a round's result is also the next one's "previous" (the trend's one rule).
    std::map<RowId, MirrorResult> done;
    std::function<const MirrorResult&(std::size_t)> mirror_at = [&](std::size_t at) -> const MirrorResult& {
        const auto& rr = trend.rounds[at];
        if (auto known = done.find(rr.round.id); known != done.end())
            return known->second;
        const MirrorResult* previous = rr.previous ? &mirror_at(*rr.previous) : nullptr;
        const auto versions = store.versions_of(rr.round.id);
        std::map<Perspective, std::vector<ResponseRecord>> of_round;
        for (const auto& [p, q] : versions)
            of_round[p] = std::move(by_round[rr.round.id][p]);
        return done.emplace(rr.round.id, mirror_of(team, rr.round, versions, of_round, options, previous)).first->second;
    };
    std::vector<MirrorResult> out;
    for (const auto& round : store.rounds()) // by date
        if (store.perspectives_of(round.id).size() > 1) {
            const auto at = std::find_if(trend.rounds.begin(), trend.rounds.end(), [&](const auto& rr) { return rr.round.id == round.id; });
            if (at != trend.rounds.end())
                out.push_back(mirror_at(static_cast<std::size_t>(at - trend.rounds.begin())));
            else
                out.push_back(mirror_for(store, team_id, round.id, options, trend));
        }
    return out;
}

std::vector<MirrorResult> organisation_mirror(Store& store, RowId round_id, const AnalysisOptions& options)
{
    const Round round = store.round(round_id);
    const auto versions = store.versions_of(round_id);
    // Every perspective in one read of the round's answers.
    std::vector<Perspective> perspectives;
    for (const auto& [p, q] : versions)
        perspectives.push_back(p);
    std::map<RowId, std::map<Perspective, std::vector<ResponseRecord>>> by_team;
    for (auto& r : store.load_scores(round_id, perspectives))
        by_team[r.info.team_id][r.info.perspective].push_back(std::move(r));
    // The organisation's mirror shows dimension scores and gaps only: items, parts and remarks are not computed
    // (the anonymity rule for dimension scores is the same either way).
    AnalysisOptions lean = options;
    lean.dimensions_only = true;
    std::vector<MirrorResult> out;
    for (const auto& team : store.teams()) // by name: never by score
        if (auto it = by_team.find(team.id); it != by_team.end())
            out.push_back(mirror_of(team, round, versions, it->second, lean));
    return out;
}

} // namespace hs
