// The verb `actions`: agreements ("afspraken") a team makes after a round, listed beside what changed since.
//   actions add --team T --round L --dimension D --text ... [--item I] [--owner W] [--due YYYY-MM-DD]
//   actions list [--team T] [--status S] [--today YYYY-MM-DD]
//   actions set-status ID open|done|dropped [--note ...] [--date YYYY-MM-DD]
//   actions edit ID [--round L] [--dimension D] [--item I] [--text ...] [--owner W] [--due D] [--evaluation ...]
// The store checks every value (team, round, dimension, dates); refusals exit with 1 and change nothing.
#include "analysis/agreement_followup.h"
#include "cli_support.h"
#include "common/ids.h"

#include <cstdio>
#include <iostream>
#include <map>

namespace hs::cli {

namespace {

AgreementStatus status_of(const std::string& key)
{
    auto status = agreement_status_from_key(key);
    if (!status)
        throw StoreError(StoreError::Kind::Refused, "unknown status '" + key + "'; use open, done or dropped");
    return *status;
}

std::string verdict_word(Verdict v)
{
    switch (v) {
    case Verdict::Improved: return "improved";
    case Verdict::Declined: return "declined";
    case Verdict::NoClearChange: return "no clear change";
    case Verdict::NotComparable: break;
    }
    return "not comparable";
}

std::string score_text(const ScoreSummary& s)
{
    if (s.available())
        return number(s.mean);
    return s.availability == Availability::TooFewRespondents ? "too few respondents" : "no score";
}

// The follow-up line: the dimension when made, now, and the change with its interval and verdict.
std::string follow_up_text(const AgreementFollowUp& f)
{
    const std::string made = score_text(f.when_made) + " in " + f.made_in.label;
    switch (f.state) {
    case FollowUpState::NoLaterRound: return made + "; no later round with numbers yet";
    case FollowUpState::NoNumbersWhenMade:
        return made + "; " + (f.latest ? score_text(f.now) + " in " + f.latest->label + "; " : "") + "no change to show";
    case FollowUpState::NoNumbersLatest: return made + "; " + score_text(f.now) + " in " + f.latest->label + "; no change to show";
    case FollowUpState::DimensionGone: return made + "; the latest questionnaire has no such dimension";
    case FollowUpState::Compared: break;
    }
    const Change& c = f.change;
    std::string text = made + " -> " + number(c.current) + " in " + f.latest->label + ", change " + number(c.difference, true);
    if (c.interval_estimable)
        text += " [" + number(c.low, true) + "; " + number(c.high, true) + "]";
    return text + ": " + verdict_word(c.verdict);
}

struct AgreementArgs {
    std::string team, round, dimension, item, text, owner, due, evaluation;
};

void add_fields(CLI::App* cmd, AgreementArgs& a, bool required)
{
    auto* round = cmd->add_option("--round", a.round, "The round after which the agreement was made");
    auto* dimension = cmd->add_option("--dimension", a.dimension, "Id of the dimension it is about (see the questionnaire)");
    auto* text = cmd->add_option("--text", a.text, "What will be done");
    if (required) {
        round->required();
        dimension->required();
        text->required();
    }
    cmd->add_option("--item", a.item, "Id of the statement it is about (optional; \"\" for none)");
    cmd->add_option("--owner", a.owner, "Who takes care of it");
    cmd->add_option("--due", a.due, "Due date, YYYY-MM-DD (\"\" for none)");
}

} // namespace

Runner add_actions(CLI::App& app, const GlobalOptions& global)
{
    auto* cmd = app.add_subcommand("actions", "Agreements a team makes after a round (\"afspraken\"), followed into the "
                                              "next rounds: add, list, set-status, edit.");
    cmd->require_subcommand(1);

    auto add_args = std::make_shared<AgreementArgs>();
    auto* add = cmd->add_subcommand("add", "Record an agreement of a team about a dimension, made after a round.");
    add->add_option("--team", add_args->team, "The team")->required();
    add_fields(add, *add_args, true);

    struct ListArgs {
        std::string team, status, today;
    };
    auto list_args = std::make_shared<ListArgs>();
    auto* list = cmd->add_subcommand("list", "List agreements with the change of their dimension since the round they were "
                                             "made after; open ones past their due date are marked OVERDUE.");
    list->add_option("--team", list_args->team, "Only this team");
    list->add_option("--status", list_args->status, "Only open, done or dropped agreements");
    list->add_option("--today", list_args->today, "The date to judge due dates by (YYYY-MM-DD; default today)");

    struct StatusArgs {
        RowId id = 0;
        std::string status, note, date;
    };
    auto status_args = std::make_shared<StatusArgs>();
    auto* set_status = cmd->add_subcommand("set-status", "Mark an agreement open, done or dropped, with an evaluation.");
    set_status->add_option("ID", status_args->id, "The agreement's number (see actions list)")->required();
    set_status->add_option("STATUS", status_args->status, "open, done or dropped")->required();
    set_status->add_option("--note", status_args->note, "How it worked out (kept as the evaluation)");
    set_status->add_option("--date", status_args->date, "The date of the change (YYYY-MM-DD; default today)");

    auto edit_id = std::make_shared<RowId>(0);
    auto edit_args = std::make_shared<AgreementArgs>();
    auto* edit = cmd->add_subcommand("edit", "Change an agreement; options not given stay as they are.");
    edit->add_option("ID", *edit_id, "The agreement's number (see actions list)")->required();
    add_fields(edit, *edit_args, false);
    edit->add_option("--evaluation", edit_args->evaluation, "How it worked out");

    return [=, &global]() {
        if (!cmd->parsed())
            return -1;
        return guarded([&] {
            if (add->parsed()) {
                auto store = open_store(global);
                Agreement a;
                a.team_id = require_team(*store, add_args->team).id;
                a.round_id = require_round(*store, add_args->round).id;
                a.dimension_id = add_args->dimension;
                a.item_id = add_args->item;
                a.action = add_args->text;
                a.owner = add_args->owner;
                a.due = add_args->due;
                const RowId id = store->add_agreement(a);
                std::cout << "Agreement " << id << " added for " << add_args->team << " (" << a.dimension_id << ", after "
                          << add_args->round << ")\n";
                return int{kOk};
            }
            if (list->parsed()) {
                auto store = open_store(global, true);
                std::optional<RowId> team;
                if (!list_args->team.empty())
                    team = require_team(*store, list_args->team).id;
                std::optional<AgreementStatus> status;
                if (!list_args->status.empty())
                    status = status_of(list_args->status);
                if (!list_args->today.empty() && !is_iso_date(list_args->today)) // compared as text: only this form
                    throw StoreError(StoreError::Kind::Refused, "'" + list_args->today + "' is not a date; write it as YYYY-MM-DD");
                const std::string today = list_args->today.empty() ? today_iso() : list_args->today;
                std::map<RowId, std::vector<Agreement>> by_team;
                for (auto& a : store->agreements(team, status))
                    by_team[a.team_id].push_back(std::move(a));
                const auto rounds = store->rounds();
                AnalysisOptions options;
                std::size_t shown = 0;
                for (const auto& [tid, agreements] : by_team) {
                    const TeamTrend trend = team_trend(*store, tid, options);
                    for (const auto& f : follow_up_agreements(trend, rounds, agreements, today)) {
                        const Agreement& a = f.agreement;
                        std::cout << "#" << a.id << "  " << trend.team.name << "  after " << f.made_in.label << "  "
                                  << a.dimension_id << (a.item_id.empty() ? "" : " / " + a.item_id) << "  "
                                  << agreement_status_key(a.status) << " since " << a.status_date
                                  << (a.due.empty() ? "" : "  due " + a.due) << (f.overdue ? "  OVERDUE" : "")
                                  << (a.owner.empty() ? "" : "  owner " + a.owner) << "\n";
                        std::cout << "    " << a.action << "\n";
                        std::cout << "    " << a.dimension_id << ": " << follow_up_text(f) << "\n";
                        if (!a.evaluation.empty())
                            std::cout << "    evaluation: " << a.evaluation << "\n";
                        ++shown;
                    }
                }
                std::cout << shown << " agreement" << (shown == 1 ? "" : "s") << "\n";
                return int{kOk};
            }
            if (set_status->parsed()) {
                auto store = open_store(global);
                const AgreementStatus status = status_of(status_args->status);
                std::optional<std::string> note;
                if (set_status->count("--note"))
                    note = status_args->note;
                store->set_agreement_status(status_args->id, status, status_args->date, note);
                std::cout << "Agreement " << status_args->id << " is " << status_args->status << "\n";
                return int{kOk};
            }
            auto store = open_store(global);
            Agreement a = store->agreement(*edit_id);
            if (edit->count("--round"))
                a.round_id = require_round(*store, edit_args->round).id;
            if (edit->count("--dimension")) {
                if (edit_args->dimension != a.dimension_id && !edit->count("--item"))
                    a.item_id.clear(); // a statement belongs to its dimension
                a.dimension_id = edit_args->dimension;
            }
            if (edit->count("--item"))
                a.item_id = edit_args->item;
            if (edit->count("--text"))
                a.action = edit_args->text;
            if (edit->count("--owner"))
                a.owner = edit_args->owner;
            if (edit->count("--due"))
                a.due = edit_args->due;
            if (edit->count("--evaluation"))
                a.evaluation = edit_args->evaluation;
            store->update_agreement(a);
            std::cout << "Agreement " << a.id << " changed\n";
            return int{kOk};
        });
    };
}

} // namespace hs::cli
