// The agreements in the team trend workbook.
#include "workbook/agreements_sheet.h"

#include "analysis/reason_text.h"
#include "common/i18n.h"
#include "workbook/workbook_common.h"

#include <map>
#include <stdexcept>
#include <utility>

namespace hs::wb {

namespace {

// The sheet's texts: English msgids, rendered in the workbook's language through the one catalogue.
std::string label(const std::string& lang, const std::string& key)
{
    static const std::map<std::string, const char*> msgids = {
        {"nr", N_("No.")},
        {"made-after", N_("Made after round")},
        {"dimension-id", N_("Dimension id")},
        {"dimension", N_("Dimension")},
        {"item-id", N_("Statement id")},
        {"action", N_("Agreement")},
        {"owner", N_("Who")},
        {"due", N_("Due")},
        {"status", N_("Status")},
        {"status-date", N_("Status since")},
        {"mean-then", N_("Mean then")},
        {"latest-round", N_("Latest round")},
        {"mean-now", N_("Mean now")},
        {"difference", N_("Difference")},
        {"ci-low", N_("95% interval low")},
        {"ci-high", N_("95% interval high")},
        {"verdict", N_("Verdict")},
        {"overdue", N_("Overdue")},
        {"overdue-mark", N_("OVERDUE")},
        {"evaluation", N_("Evaluation")},
        {"open", N_("open")},
        {"done", N_("done")},
        {"dropped", N_("dropped")},
        {"open-title", N_("Open agreements")},
        {"none", N_("No agreements yet. Make them after a round, about the themes the team wants to improve.")},
        {"too-few", N_("too few respondents")},
        {"no-scores", N_("no scores")},
        {"no-later-round", N_("no later round yet")},
        {"no-numbers-then", N_("no number in that round")},
        {"no-numbers-now", N_("no number in the latest round")},
        {"dimension-gone", N_("dimension no longer in the questionnaire")},
    };
    auto it = msgids.find(key);
    if (it == msgids.end())
        throw std::logic_error("no agreements label " + key);
    return text_in(lang, it->second);
}

std::string dimension_title(const TeamTrend& trend, const std::string& id, const std::string& lang)
{
    for (std::size_t i = trend.rounds.size(); i-- > 0;) {
        const Questionnaire& q = *trend.rounds[i].result.questionnaire;
        if (auto d = q.dimension_index(id))
            return q.dimensions[*d].title.in(lang);
    }
    return id;
}

// The number, or why there is none.
void score(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const ScoreSummary& s, const std::string& lang)
{
    if (s.available())
        x.number(ws, row, col, s.mean);
    else
        x.text(ws, row, col, label(lang, s.availability == Availability::TooFewRespondents ? "too-few" : "no-scores"), CellStyle::Note);
}

// Difference, interval and verdict in three/four cells from `col`; the reason in the verdict cell when there is none.
void change(XlsxWriter& x, lxw_worksheet* ws, int row, int col, const AgreementFollowUp& f, const std::string& lang)
{
    switch (f.state) {
    case FollowUpState::Compared:
        x.number(ws, row, col, f.change.difference);
        if (f.change.interval_estimable) {
            x.number(ws, row, col + 1, f.change.low);
            x.number(ws, row, col + 2, f.change.high);
        }
        x.text(ws, row, col + 3, text_in(lang, verdict_msgid(f.change.verdict)));
        return;
    case FollowUpState::NoLaterRound: x.text(ws, row, col + 3, label(lang, "no-later-round"), CellStyle::Note); return;
    case FollowUpState::NoNumbersWhenMade: x.text(ws, row, col + 3, label(lang, "no-numbers-then"), CellStyle::Note); return;
    case FollowUpState::NoNumbersLatest: x.text(ws, row, col + 3, label(lang, "no-numbers-now"), CellStyle::Note); return;
    case FollowUpState::DimensionGone: x.text(ws, row, col + 3, label(lang, "dimension-gone"), CellStyle::Note); return;
    }
}

} // namespace

void write_agreements_sheet(XlsxWriter& x, lxw_worksheet* ws, const TeamTrend& trend,
                            const std::vector<AgreementFollowUp>& agreements, const std::string& lang)
{
    auto L = [&](const char* key) { return label(lang, key); };
    header_row(x, ws, 0, {L("nr"), L("made-after"), L("dimension-id"), L("dimension"), L("item-id"), L("action"), L("owner"),
                          L("due"), L("status"), L("status-date"), L("overdue"), L("mean-then"), L("latest-round"),
                          L("mean-now"), L("difference"), L("ci-low"), L("ci-high"), L("verdict"), L("evaluation")});
    int row = 1;
    for (const auto& f : agreements) {
        const Agreement& a = f.agreement;
        x.number(ws, row, 0, static_cast<double>(a.id), CellStyle::Integer);
        x.text(ws, row, 1, f.made_in.label);
        x.text(ws, row, 2, a.dimension_id);
        x.text(ws, row, 3, dimension_title(trend, a.dimension_id, lang));
        x.text(ws, row, 4, a.item_id);
        x.text(ws, row, 5, a.action, CellStyle::Wrapped); // always text: "=..." stays an agreement
        x.text(ws, row, 6, a.owner);
        x.text(ws, row, 7, a.due);
        x.text(ws, row, 8, L(agreement_status_key(a.status).c_str()));
        x.text(ws, row, 9, a.status_date);
        if (f.overdue)
            x.text(ws, row, 10, L("overdue-mark"), CellStyle::Header);
        score(x, ws, row, 11, f.when_made, lang);
        if (f.latest) {
            x.text(ws, row, 12, f.latest->label);
            score(x, ws, row, 13, f.now, lang);
        }
        change(x, ws, row, 14, f, lang);
        x.text(ws, row, 18, a.evaluation, CellStyle::Wrapped);
        ++row;
    }
    if (agreements.empty())
        x.text(ws, 1, 0, L("none"), CellStyle::Note);
    x.freeze(ws, 1, 0);
    if (row > 1)
        x.autofilter(ws, 0, 0, row - 1, 18);
    x.column_width(ws, 0, 0, 6);
    x.column_width(ws, 1, 2, 16);
    x.column_width(ws, 3, 3, 36);
    x.column_width(ws, 4, 4, 16);
    x.column_width(ws, 5, 5, 50);
    x.column_width(ws, 6, 17, 12);
    x.column_width(ws, 18, 18, 50);
}

int write_open_agreements(XlsxWriter& x, lxw_worksheet* ws, int row, const TeamTrend& trend,
                          const std::vector<AgreementFollowUp>& agreements, const std::string& lang)
{
    const auto open = open_agreements_first(agreements);
    if (open.empty())
        return row;
    auto L = [&](const char* key) { return label(lang, key); };
    x.text(ws, row++, 0, L("open-title"), CellStyle::Title);
    header_row(x, ws, row++, {L("dimension-id"), L("action"), L("owner"), L("due"), L("mean-then"), L("mean-now"),
                              L("difference"), L("ci-low"), L("ci-high"), L("verdict")});
    for (const auto& f : open) {
        x.text(ws, row, 0, f.agreement.dimension_id);
        x.text(ws, row, 1, dimension_title(trend, f.agreement.dimension_id, lang) + ": " + f.agreement.action, CellStyle::Wrapped);
        x.text(ws, row, 2, f.agreement.owner);
        x.text(ws, row, 3, f.agreement.due + (f.overdue ? " " + L("overdue-mark") : ""), f.overdue ? CellStyle::Header : CellStyle::Text);
        score(x, ws, row, 4, f.when_made, lang);
        if (f.latest && f.state != FollowUpState::NoLaterRound)
            score(x, ws, row, 5, f.now, lang);
        change(x, ws, row, 6, f, lang);
        ++row;
    }
    return row + 1;
}

} // namespace hs::wb
