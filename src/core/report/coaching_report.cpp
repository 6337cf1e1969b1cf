// The coaching report: what a trainer brings to a team's session, laid out on A4 from the team's trend.
#include "report/coaching_report.h"

#include "analysis/agreement.h"
#include "analysis/mirror_gap.h"
#include "analysis/reason_text.h"
#include "chart/profile_chart.h"
#include "chart/spread_chart.h"
#include "common/file_io.h"
#include "common/i18n.h"
#include "common/ids.h"
#include "common/message_catalogue.h"
#include "report/page_flow.h"

#include <algorithm>
#include <cmath>

namespace hs::report {

namespace {

const TextStyle kBody{9.5, false, chart::kInk};
const TextStyle kSmall{8, false, chart::kMuted};
const TextStyle kBold{9.5, true, chart::kInk};
constexpr double kHeadingRoom = 40; // a level-1 heading with the space around it

class CoachingReport {
public:
    CoachingReport(Store& store, RowId team, RowId round, const CoachingReportOptions& options)
        : store_(store), options_(options), text_(MessageCatalogue::for_language(options.language)),
          trend_(team_trend(store, team, options.analysis)), round_(store.round(round))
    {
        for (const auto& rr : trend_.rounds)
            if (rr.round.id == round)
                current_ = &rr;
        questionnaire_ = current_ ? current_->result.questionnaire : store.questionnaire_of(round);
        mirror_ = mirror_for(store, team, round, options.analysis);
    }

    std::string build()
    {
        const std::string title = t(N_("Coaching report"));
        PdfDocument doc(title + " " + trend_.team.name + " " + round_.label, t(N_("Recovery-supporting care")));
        PageFlow flow(doc, trend_.team.name + " \xC2\xB7 " + round_.label + " \xC2\xB7 " + title, t(N_("page")));
        cover(flow);
        if (!numbers()) {
            agreements(flow); // a plan holds no answers: the threshold that hides the numbers does not hide it
        } else {
            flow.start_page();
            agreements(flow); // what the team agreed last time comes first
            mirror(flow);     // then where clients and relatives see the team differently
            profile(flow);
            changes(flow);
            strengths(flow);
            disagreement(flow);
            remarks(flow);
            questions(flow);
        }
        return doc.finish();
    }

    // The report's charts laid out `width` points wide with the report's own font, as build() draws them.
    std::vector<ReportChart> charts(double width)
    {
        std::vector<ReportChart> out;
        if (!numbers())
            return out;
        PdfDocument measuring("", "");
        out.push_back({"profile", chart::profile_chart(profile_spec(), width, measuring.measure())});
        const auto summary = coaching_summary(current_->result, current_->changes, 5);
        if (!summary.largest_disagreements.empty())
            out.push_back({"spread", chart::spread_chart(spread_spec(summary), width, measuring.measure())});
        return out;
    }

private:
    std::string t(const char* msgid) const { return text_.translate(msgid); }
    std::string t(const char* msgid, std::initializer_list<std::string> args) const { return text_.translate(msgid, args); }
    std::string number(double v, int decimals = 1) const { return decimal(v, decimals, options_.language); }
    bool numbers() const { return current_ && current_->result.availability == Availability::Available; }
    const TeamRoundResult* previous() const { return current_ ? trend_.previous_of(*current_) : nullptr; }

    std::string dimension_title(const std::string& id) const
    {
        if (auto i = questionnaire_->dimension_index(id))
            return questionnaire_->dimensions[*i].title.in(options_.language);
        return id;
    }
    // A statement as quoted inside a sentence: without its closing full stop.
    std::string quoted_item(const std::string& id) const
    {
        std::string text = item_text(id);
        while (!text.empty() && (text.back() == '.' || text.back() == ' '))
            text.pop_back();
        return text;
    }
    std::string item_text(const std::string& id) const
    {
        if (auto i = questionnaire_->item_index(id))
            return questionnaire_->items[*i].text.in(options_.language);
        return id;
    }

    void cover(PageFlow& flow)
    {
        flow.start_page();
        flow.advance(40);
        flow.paragraph(t(N_("Coaching report")), {22, true, chart::kInk});
        flow.paragraph(t(N_("Recovery-supporting care")), {13, false, chart::kMuted});
        flow.advance(24);
        const int respondents = current_ ? current_->result.respondents : 0;
        const std::vector<std::pair<std::string, std::string>> facts = {
            {t(N_("Team")), trend_.team.name},
            {t(N_("Round")), round_.label + " (" + round_.date + ")"},
            {t(N_("Questionnaire")), questionnaire_->title.in(options_.language) + " " + questionnaire_->version},
            {t(N_("Completed questionnaires")), std::to_string(respondents)},
            {t(N_("Made on")), today()},
        };
        for (const auto& [label, value] : facts) {
            flow.ensure(16);
            flow.advance(16);
            flow.doc().text(flow.left(), flow.y(), label, kSmall);
            flow.doc().text(flow.left() + 150, flow.y(), value, kBold);
        }
        flow.advance(24);
        flow.heading(t(N_("Anonymity")), 2);
        flow.paragraph(t(N_("Numbers are shown only for groups of at least %1 respondents, and the team's remarks only "
                            "for groups of at least %2. Smaller groups are never shown, not even by subtracting one "
                            "number from another."),
                         {std::to_string(options_.analysis.anonymity_threshold), std::to_string(options_.analysis.remark_threshold)}),
                       kBody);
        if (!numbers()) {
            flow.paragraph(t(N_("This round has too few completed questionnaires for this team to show any numbers.")), kBold);
            return;
        }
        flow.heading(t(N_("How to read this report")), 2);
        flow.paragraph(t(N_("Each theme is scored from 1 to 5; higher is more recovery-supporting (statements put the "
                            "other way round are counted mirrored). A change between rounds is called clear only when "
                            "its 95% interval does not include zero, so that a small team does not read chance as "
                            "progress.")),
                       kBody);
    }

    void profile(PageFlow& flow)
    {
        const auto scene = chart::profile_chart(profile_spec(), flow.width(), flow.doc().measure());
        flow.ensure(kHeadingRoom + scene.height); // the heading goes with its chart, never alone at a page's foot
        flow.heading(t(N_("Profile per theme")));
        flow.ensure(scene.height);
        flow.doc().draw(scene, flow.left(), flow.y());
        flow.advance(scene.height);
    }

    chart::ProfileSpec profile_spec() const
    {
        const auto& result = current_->result;
        const auto* before = previous();
        chart::ProfileSpec spec;
        spec.decimal_point = options_.language == "nl" ? "," : ".";
        spec.legend_current = t(N_("this round"));
        if (before)
            spec.legend_previous = t(N_("previous round (%1)"), {before->round.label});
        for (const auto& part : questionnaire_->parts) {
            spec.rows.push_back({part.title.in(options_.language), {}, {}, {}, true, {}});
            for (auto d : part.dimensions) {
                const auto& dimension = questionnaire_->dimensions[d];
                chart::ProfileRow row{dimension.title.in(options_.language), {}, {}, {}, false, {}};
                if (const auto* r = result.dimension(dimension.id); r && r->score.available())
                    row.value = r->score.mean;
                else
                    row.missing_reason = t(r ? score_note_msgid(r->score) : availability_msgid(Availability::NoScores));
                if (before)
                    if (const auto* p = before->result.dimension(dimension.id); p && p->score.available())
                        row.previous = p->score.mean;
                spec.rows.push_back(std::move(row));
            }
        }
        return spec;
    }

    void changes(PageFlow& flow)
    {
        const auto* before = previous();
        flow.heading(before ? t(N_("Changes since %1"), {before->round.label}) : t(N_("Changes")));
        if (!before) {
            flow.paragraph(t(N_("There is no earlier round with numbers for this team, so there are no changes to show yet.")), kBody);
            return;
        }
        const double w = flow.width();
        const std::vector<double> columns = {0, w * 0.40, w * 0.47, w * 0.54, w * 0.76, w};
        auto row = [&](const std::vector<std::string>& cells, const TextStyle& style) { flow.table_row(columns, cells, style); };
        flow.table_header(columns, {t(N_("Theme")), t(N_("Before")), t(N_("Now")), t(N_("Change (95% interval)")), t(N_("Verdict"))}, kBold);
        std::vector<const Change*> dimension_changes;
        for (const auto& c : current_->changes)
            if (c.level == Level::Dimension)
                dimension_changes.push_back(&c);
        for (const auto* c : dimension_changes) {
            const bool comparable = c->verdict != Verdict::NotComparable;
            std::string difference = comparable ? (c->difference > 0 ? "+" : "") + number(c->difference, 2) : "";
            if (comparable && c->interval_estimable)
                difference += " [" + number(c->low, 2) + "; " + number(c->high, 2) + "]";
            row({dimension_title(c->id), comparable ? number(c->previous) : "", comparable ? number(c->current) : "",
                 difference, t(verdict_msgid(c->verdict))},
                c->verdict == Verdict::Improved || c->verdict == Verdict::Declined ? kBold : kBody);
        }
        std::vector<std::string> notes;
        for (const auto* c : dimension_changes)
            for (const char* reason : reason_msgids(*c))
                if (std::find(notes.begin(), notes.end(), reason) == notes.end())
                    notes.push_back(reason);
        flow.end_table();
        flow.advance(4);
        // Why a theme has no change, in one line under the table (a reason alone reads as if it were about all).
        if (!notes.empty()) {
            std::string reasons;
            for (const auto& note : notes)
                reasons += (reasons.empty() ? "" : "; ") + t(note.c_str());
            flow.paragraph(t(N_("Themes without a change: %1."), {reasons}), kSmall);
        }
    }

    // The mirror: the three largest gaps first, then per perspective every theme with both means, the gap with
    // its interval and the verdict. Only what the analysis shows: a hidden group has no numbers here either.
    void mirror(PageFlow& flow)
    {
        if (mirror_.perspectives.size() < 2)
            return;
        flow.heading(t(N_("How clients and relatives see the team")));
        flow.paragraph(t(N_("The gap is the team's mean minus that of its clients or relatives on the same theme, with "
                            "its 95% interval; it is called clear only when the interval does not include zero. Each "
                            "group shows numbers only from %1 respondents, and results of fewer than 10 clients or "
                            "relatives are indicative. Themes their version does not ask about have no gap."),
                         {std::to_string(options_.analysis.anonymity_threshold)}),
                       kSmall);
        const auto gaps = coaching_summary(current_->result, current_->changes, 3, &mirror_).largest_gaps;
        flow.heading(t(N_("The largest gaps")), 2);
        if (gaps.empty())
            flow.paragraph(t(N_("No gap can be shown: too few clients or relatives answered.")), kBody);
        int n = 0;
        for (const auto& g : gaps) {
            flow.paragraph(std::to_string(++n) + ". " + dimension_title(g.dimension_id), kBold, 0);
            flow.paragraph(t(N_("team %1, %2 %3: gap %4"), {number(g.team), t(perspective_msgid(g.other)), number(g.other_mean),
                                                             gap_with_interval(g.gap, g.interval_estimable, g.low, g.high)}) +
                               " \xC2\xB7 " + verdict_words(g.verdict, g.indicative),
                           kBody, 12);
        }
        const double w = flow.width();
        const std::vector<double> columns = {0, w * 0.28, w * 0.39, w * 0.50, w * 0.70, w};
        for (Perspective other : mirror_.perspectives) {
            if (other == Perspective::Team)
                continue;
            flow.heading(t(N_("The team and its %1 per theme"), {t(perspective_msgid(other))}), 2);
            flow.table_header(columns, {t(N_("Theme")), t(perspective_msgid(Perspective::Team)), t(perspective_msgid(other)),
                                        t(N_("Gap (95% interval)")), t(N_("Verdict"))},
                              kBold);
            for (const auto& d : mirror_.dimensions)
                flow.table_row(columns, mirror_row(d, other), kBody);
            flow.end_table();
        }
    }

    std::vector<std::string> mirror_row(const MirrorDimension& d, Perspective other) const
    {
        auto mean = [&](const MirrorScore* s) {
            if (!s)
                return std::string();
            if (!s->asked)
                return std::string("\xE2\x80\x93"); // a dash: this version does not ask about the theme
            if (s->score.available())
                return number(s->score.mean);
            // Short, for a narrow column (the paragraph above says the rule): "te weinig respondenten" broke inside
            // its words there.
            if (s->score.protects_others)
                return t(N_("hidden")); // to protect a smaller group (the paragraph above says the rule)
            return s->score.availability == Availability::TooFewRespondents ? t(N_("too few")) : t(availability_msgid(s->score.availability));
        };
        const MirrorScore* them = d.score(other);
        std::vector<std::string> cells = {dimension_title(d.id), mean(d.score(Perspective::Team)), mean(them), "", ""};
        const MirrorGap* g = d.gap(other);
        if (them && !them->asked)
            cells[4] = t(not_asked_msgid(other));
        else if (g && g->shown) {
            cells[3] = gap_with_interval(g->difference, g->interval_estimable, g->low, g->high);
            cells[4] = verdict_words(gap_verdict_msgid(g->verdict, other), g->indicative);
        }
        return cells;
    }

    // "+0,85 [0,31; 1,39]"; without the interval when there is none (a consensus response of the team).
    std::string gap_with_interval(double gap, bool estimable, double low, double high) const
    {
        std::string text = (gap > 0 ? "+" : "") + number(gap, 2);
        if (estimable)
            text += " [" + number(low, 2) + "; " + number(high, 2) + "]";
        return text;
    }
    std::string verdict_words(const char* verdict, bool indicative) const
    {
        return t(verdict) + (indicative ? " (" + t(N_("indicative: fewer than 10 respondents")) + ")" : "");
    }

    void strengths(PageFlow& flow)
    {
        const auto summary = coaching_summary(current_->result, current_->changes, 3);
        flow.heading(t(N_("Strongest and weakest themes")));
        auto list = [&](const std::string& title, const std::vector<Ranked>& ranked) {
            flow.paragraph(title, kBold);
            for (const auto& r : ranked)
                flow.paragraph(dimension_title(r.id) + "  " + number(r.value), kBody, 12);
        };
        list(t(N_("Strongest")), summary.strongest_dimensions);
        list(t(N_("Weakest")), summary.weakest_dimensions);
    }

    void disagreement(PageFlow& flow)
    {
        const auto summary = coaching_summary(current_->result, current_->changes, 5);
        if (summary.largest_disagreements.empty())
            return;
        const auto scene = chart::spread_chart(spread_spec(summary), flow.width(), flow.doc().measure());
        const std::string explanation = t(N_("Agreement (rwg) runs from 0 (views spread as if answered at random) to 1 (everyone gave "
                                             "the same answer). Below 0.5 the team sees a statement quite differently."));
        flow.ensure(kHeadingRoom + flow.paragraph_height(explanation, kSmall) + scene.height); // heading and chart together
        flow.heading(t(N_("Where views in the team differ most")));
        flow.paragraph(explanation, kSmall);
        flow.doc().draw(scene, flow.left(), flow.y());
        flow.advance(scene.height + 6);
        for (const auto& r : summary.largest_disagreements) {
            flow.paragraph(item_text(r.id), kBody, 12);
            flow.paragraph(t(N_("agreement %1: %2"), {number(r.value, 2), t(consensus_sentence_msgid(consensus_of(r.value)))}), kSmall, 24);
        }
    }

    // How the answers spread over the statements with the most disagreement, as the results window shows it: one
    // bar per statement, split by scale point.
    chart::SpreadSpec spread_spec(const CoachingSummary& summary) const
    {
        chart::SpreadSpec spec;
        spec.point_labels = shared_point_labels(*questionnaire_, options_.language);
        for (std::size_t p = 0; p < spec.point_labels.size(); ++p)
            spec.point_labels[p] = std::to_string(p + 1) + " " + spec.point_labels[p];
        spec.agreement_heading = t(N_("agreement (rwg)"));
        for (const auto& r : summary.largest_disagreements) {
            chart::SpreadRow row;
            row.label = item_text(r.id);
            if (const ItemResult* i = current_->result.item(r.id); i && i->score.available())
                row.counts = i->distribution;
            row.agreement = number(r.value, 2) + "  " + t(consensus_word_msgid(consensus_of(r.value)));
            spec.rows.push_back(std::move(row));
        }
        return spec;
    }

    // What the team agreed last time and how its theme moved since: a session starts there.
    void agreements(PageFlow& flow)
    {
        const auto open = open_agreements_first(follow_up_agreements(store_, trend_, today()));
        flow.heading(t(N_("Open agreements")));
        if (open.empty()) {
            flow.paragraph(t(N_("The team has no open agreements.")), kBody);
            return;
        }
        for (const auto& f : open) {
            const auto& a = f.agreement;
            flow.paragraph(a.action, kBold, 0);
            std::string facts = dimension_title(a.dimension_id) + " \xC2\xB7 " + t(N_("made after %1"), {f.made_in.label});
            if (!a.owner.empty())
                facts += " \xC2\xB7 " + a.owner;
            if (!a.due.empty())
                facts += " \xC2\xB7 " + t(f.overdue ? N_("was due %1") : N_("due %1"), {a.due});
            flow.paragraph(facts, f.overdue ? TextStyle{8, true, {0.70, 0.15, 0.10}} : kSmall, 12);
            if (f.state == FollowUpState::Compared)
                flow.paragraph(t(N_("Since then: from %1 to %2 (%3)"),
                                 {number(f.change.previous), number(f.change.current), t(verdict_msgid(f.change.verdict))}),
                               kSmall, 12);
        }
    }

    std::string today() const { return options_.today.empty() ? today_iso() : options_.today; }

    void remarks(PageFlow& flow)
    {
        const auto& remarks = current_->result.remarks;
        flow.heading(t(N_("Remarks from the team")));
        if (remarks.empty()) {
            flow.paragraph(t(N_("No remarks are shown: there are none, or the group is smaller than the threshold for remarks.")), kBody);
            return;
        }
        std::string last;
        for (const auto& remark : remarks) {
            if (remark.dimension_id != last)
                flow.paragraph(dimension_title(remark.dimension_id), kBold);
            last = remark.dimension_id;
            flow.paragraph("\xE2\x80\x9C" + remark.text + "\xE2\x80\x9D", kBody, 12);
        }
    }

    void questions(PageFlow& flow)
    {
        const auto summary = coaching_summary(current_->result, current_->changes, 1, &mirror_);
        flow.heading(t(N_("Questions for the coaching session")));
        std::vector<std::string> asked;
        if (!summary.largest_gaps.empty())
            asked.push_back(t(N_("On '%1' the team and its %2 differ most. What would they say they miss, and how can you ask them?"),
                              {dimension_title(summary.largest_gaps.front().dimension_id),
                               t(perspective_msgid(summary.largest_gaps.front().other))}));
        if (!summary.weakest_dimensions.empty())
            asked.push_back(t(N_("'%1' has the lowest score. Where did you see it in your work last month, and what made it hard?"),
                              {dimension_title(summary.weakest_dimensions.front().id)}));
        if (!summary.largest_disagreements.empty())
            asked.push_back(t(N_("You see '%1' differently. What does each of you notice in practice?"),
                              {quoted_item(summary.largest_disagreements.front().id)}));
        for (const auto& c : current_->changes)
            if (c.level == Level::Dimension && c.verdict == Verdict::Declined) {
                asked.push_back(t(N_("'%1' went down since %2. What changed?"), {dimension_title(c.id), previous()->round.label}));
                break;
            }
        if (!summary.strongest_dimensions.empty())
            asked.push_back(t(N_("'%1' has the highest score. What do you do there that could help with other themes?"),
                              {dimension_title(summary.strongest_dimensions.front().id)}));
        asked.push_back(t(N_("Which one agreement do you make for the coming period, who takes it on, and when do you look back?")));
        int n = 0;
        for (const auto& q : asked)
            flow.paragraph(std::to_string(++n) + ". " + q, kBody, 0);
    }

    Store& store_;
    const CoachingReportOptions& options_;
    const MessageCatalogue& text_;
    TeamTrend trend_;
    Round round_;
    const TeamRoundResult* current_ = nullptr;
    std::shared_ptr<const Questionnaire> questionnaire_;
    MirrorResult mirror_; // the round's mirror; without a client or relative version, only the team
};

} // namespace

std::string coaching_report_pdf(Store& store, RowId team, RowId round, const CoachingReportOptions& options)
{
    options.analysis.validate();
    return CoachingReport(store, team, round, options).build();
}

std::vector<ReportChart> coaching_report_charts(Store& store, RowId team, RowId round, const CoachingReportOptions& options,
                                                double width)
{
    options.analysis.validate();
    return CoachingReport(store, team, round, options).charts(width);
}

void write_coaching_report(Store& store, RowId team, RowId round, const std::string& path, const CoachingReportOptions& options)
{
    write_file_atomically(path, coaching_report_pdf(store, team, round, options));
}

} // namespace hs::report
