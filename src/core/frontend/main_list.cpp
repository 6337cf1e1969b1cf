// The main list's rows, filter, order and default action; see main_list.h.
#include "frontend/main_list.h"

#include <algorithm>
#include <map>
#include <utility>

namespace hs {

namespace {
// Lower case without accents, for ASCII and the two-byte UTF-8 forms of U+00C0..U+00FF: "Élan" is found
// by "elan" and sorts among the E's. Enough for Dutch names; other text compares byte by byte.
std::string folded(const std::string& s)
{
    // U+00C0..U+00FF without their accents; '*' for the two signs (multiplication, division).
    static const char base[] = "aaaaaaaceeeeiiiidnooooo*ouuuuyts"
                               "aaaaaaaceeeeiiiidnooooo*ouuuuyty";
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if (c == 0xC3 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                 static_cast<unsigned char>(s[i + 1]) <= 0xBF) {
            out += base[static_cast<unsigned char>(s[i + 1]) - 0x80];
            ++i;
        } else
            out += static_cast<char>(c);
    }
    return out;
}

int compare_text(const std::string& a, const std::string& b)
{
    return folded(a).compare(folded(b));
}
} // namespace

bool contains_ignoring_case(const std::string& text, const std::string& part)
{
    return part.empty() || folded(text).find(folded(part)) != std::string::npos;
}

MainList::MainList(std::vector<Team> teams, std::vector<Round> rounds, const std::vector<TeamParticipation>& participation)
    : teams_(std::move(teams)), rounds_(std::move(rounds))
{
    std::map<std::pair<RowId, RowId>, const TeamParticipation*> counts;
    for (const auto& p : participation)
        counts[{p.team_id, p.round.id}] = &p;
    rows_.reserve(teams_.size() * rounds_.size());
    for (std::size_t t = 0; t < teams_.size(); ++t)
        for (std::size_t r = rounds_.size(); r-- > 0;) {
            auto it = counts.find({teams_[t].id, rounds_[r].id});
            const TeamParticipation* p = it == counts.end() ? nullptr : it->second;
            const bool has_responses = p && (p->complete > 0 || p->in_progress > 0 || p->clients > 0 || p->relatives > 0);
            if (rounds_[r].status == RoundStatus::Closed && !has_responses)
                continue;
            ListRow row;
            row.team = t;
            row.round = r;
            if (p) {
                row.complete = p->complete;
                row.in_progress = p->in_progress;
                row.consensus = p->consensus;
                row.mirror = p->clients + p->relatives;
            }
            rows_.push_back(row);
        }
}

std::vector<std::size_t> MainList::view(const ListFilter& filter, const ListOrder& order) const
{
    std::vector<std::size_t> out;
    out.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
        const ListRow& row = rows_[i];
        const Round& r = rounds_[row.round];
        if (filter.round && r.id != *filter.round)
            continue;
        if (filter.status && r.status != *filter.status)
            continue;
        if (!filter.search.empty() && !contains_ignoring_case(teams_[row.team].name, filter.search) &&
            !contains_ignoring_case(r.label, filter.search))
            continue;
        out.push_back(i);
    }
    // Rounds are kept by date, so a round's index orders rounds by date; teams by name without case.
    auto by_team = [this](const ListRow& a, const ListRow& b) { return compare_text(teams_[a.team].name, teams_[b.team].name); };
    auto key = [&](const ListRow& a, const ListRow& b) -> int {
        switch (order.column) {
        case ListColumn::Team: return by_team(a, b);
        case ListColumn::Round:
        case ListColumn::Date: return a.round < b.round ? -1 : a.round > b.round ? 1 : 0;
        case ListColumn::Status: return static_cast<int>(rounds_[a.round].status) - static_cast<int>(rounds_[b.round].status);
        case ListColumn::Complete: return a.complete - b.complete;
        case ListColumn::InProgress: return a.in_progress - b.in_progress;
        case ListColumn::Mode: return static_cast<int>(a.consensus) - static_cast<int>(b.consensus);
        case ListColumn::Mirror: return a.mirror - b.mirror;
        }
        return 0;
    };
    std::stable_sort(out.begin(), out.end(), [&](std::size_t ia, std::size_t ib) {
        const ListRow& a = rows_[ia];
        const ListRow& b = rows_[ib];
        if (int k = key(a, b); k != 0)
            return order.ascending ? k < 0 : k > 0;
        if (int t = by_team(a, b); t != 0)
            return t < 0;
        return a.round > b.round;
    });
    return out;
}

MainList::RoundTotals MainList::round_totals(RowId round) const
{
    RoundTotals t;
    for (const ListRow& row : rows_)
        if (rounds_[row.round].id == round) {
            ++t.teams;
            t.complete += row.complete;
            t.in_progress += row.in_progress;
        }
    return t;
}

RowAction default_action(const Round& round)
{
    return round.status == RoundStatus::Open ? RowAction::FillIn : RowAction::Results;
}

std::vector<StartOffer> start_offers(std::size_t teams, std::size_t rounds)
{
    if (rounds == 0)
        return {StartOffer::NewRound, StartOffer::Import, StartOffer::Demo};
    if (teams == 0)
        return {StartOffer::AddTeam, StartOffer::Import};
    return {};
}

} // namespace hs
