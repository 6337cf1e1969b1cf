// The Spiegel tab's content; see mirror_view.h.
#include "frontend/mirror_view.h"

#include "analysis/reason_text.h"
#include "common/i18n.h"

namespace hs {

std::string perspective_heading(Perspective p)
{
    switch (p) {
    case Perspective::Team: return tr(N_("Team"));
    case Perspective::Client: return tr(N_("Clients"));
    case Perspective::Relative: return tr(N_("Relatives"));
    }
    return {};
}

namespace {
MirrorViewScore score_of(const MirrorScore& s)
{
    MirrorViewScore out;
    out.perspective = s.perspective;
    if (!s.asked)
        out.note = tr(not_asked_msgid(s.perspective));
    else if (!s.score.available())
        out.note = tr(score_note_msgid(s.score));
    else {
        out.mean = s.score.mean;
        out.n = s.score.n;
        out.indicative = s.indicative;
    }
    return out;
}

MirrorViewGap gap_of(const MirrorGap& g)
{
    MirrorViewGap out;
    out.perspective = g.perspective;
    out.verdict = tr(gap_verdict_msgid(g.verdict, g.perspective));
    if (g.shown) {
        out.difference = g.difference;
        if (g.interval_estimable) {
            out.low = g.low;
            out.high = g.high;
        }
        out.indicative = g.indicative;
        out.change = g.change;
    }
    return out;
}

// The statements of one version on a dimension of the team questionnaire (the versions reuse its ids).
std::vector<std::string> statements_of(const Questionnaire& q, const std::string& dimension_id, const std::string& lang)
{
    std::vector<std::string> out;
    if (auto d = q.dimension_index(dimension_id))
        for (std::size_t i : q.dimensions[*d].items)
            out.push_back(q.items[i].text.in(lang));
    return out;
}
} // namespace

MirrorView mirror_view(const MirrorResult& result, const std::string& lang)
{
    MirrorView view;
    view.perspectives = result.perspectives;
    const MirrorGroup* team = result.group(Perspective::Team);
    for (const MirrorDimension& d : result.dimensions) {
        MirrorViewRow row;
        row.dimension_id = d.id;
        if (team && team->questionnaire && d.index < team->questionnaire->dimensions.size())
            row.title = team->questionnaire->dimensions[d.index].title.in(lang);
        for (const MirrorScore& s : d.scores)
            row.scores.push_back(score_of(s));
        for (const MirrorGap& g : d.gaps)
            row.gaps.push_back(gap_of(g));
        for (const MirrorGroup& g : result.groups)
            if (g.questionnaire)
                row.statements.push_back({g.perspective, statements_of(*g.questionnaire, d.id, lang)});
        view.rows.push_back(std::move(row));
    }
    return view;
}

} // namespace hs
