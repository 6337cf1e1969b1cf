// The questionnaire-quality sheet (see instrument_sheet.h).
#include "workbook/instrument_sheet.h"

#include "analysis/team_trend.h"
#include "common/i18n.h"
#include "workbook/workbook_common.h"

#include <charconv>
#include <cmath>
#include <map>

namespace hs {

namespace {

using namespace wb;

// The sheet's texts: English msgids, rendered in the workbook's language through the one catalogue.
std::string T(const std::string& lang, const std::string& key)
{
    static const std::map<std::string, const char*> msgids = {
        {"title", N_("Quality of the questionnaire, round")},
        {"counted", N_("Computed from the answers of %1 teams with at least %2 respondents (%3 respondents). Not counted: %4 teams with fewer respondents, and consensus responses.")},
        {"dimensions", N_("Dimensions")},
        {"statements", N_("Statements")},
        {"n-statements", N_("Statements")},
        {"complete", N_("Complete answers")},
        {"alpha", N_("Cronbach's alpha")},
        {"omega", N_("Omega")},
        {"teams", N_("Teams")},
        {"icc", N_("ICC(1)")},
        {"between", N_("Share of variance between teams")},
        {"advice", N_("Advice")},
        {"n-scores", N_("Scores")},
        {"item-rest", N_("Item-rest correlation")},
        {"ceiling", N_("Share at the best answer")},
        {"best-answer", N_("Best answer")},
        {"ok", N_("no remarks")},
        {"legend", N_("How to read this")},
        {"legend-alpha", N_("Cronbach's alpha and omega: how well a dimension's statements measure one thing together (0 to 1; about 0.7 or more is good). Omega rests on a model with one common factor and is left out when that model does not fit or there are fewer than three statements.")},
        {"legend-icc", N_("ICC(1) and the share of variance between teams: how much of the differences in answers lies between teams rather than within them. A dimension that does not tell teams apart cannot show a team's change either.")},
        {"legend-item", N_("Item-rest correlation: how strongly a statement goes with the other statements of its dimension (below 0.3: it goes its own way). Share at the best answer: a statement nearly everyone already gives the best answer cannot show progress.")},
        {"legend-sample", N_("With few teams or respondents these numbers are uncertain: read them as a hint, and look again after the next round.")},
        {"advice-ceiling", N_("%1 answer '%2': the statement leaves little room to show progress; consider wording it more concretely or sharply.")},
        {"advice-nvt", N_("%1 choose 'n/a': does the statement fit the work of most teams? Consider rewriting it or naming the situation in the statement.")},
        {"advice-dk", N_("%1 choose 'don't know': team members find this hard to judge; ask about what they see themselves.")},
        {"advice-item-rest", N_("Goes little with the other statements of its dimension (r = %1): does it measure something else? Consider rewriting or moving it.")},
        {"advice-reliability", N_("The statements do not measure one thing together (alpha = %1): look at the statements with a low item-rest correlation. For a set of separate conditions (such as time and money) this is to be expected.")},
        {"advice-teams", N_("Teams hardly differ here (ICC = %1): the dimension does not tell teams apart; consider more concrete statements.")},
    };
    return text_in(lang, msgids.at(key));
}


// Numbers inside sentences, the same on every machine whatever its locale: a decimal comma in Dutch, a point in
// English.
std::string decimal(double v, const std::string& lang)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
    std::string s = ec == std::errc{} ? std::string(buf, end) : std::string("?");
    if (lang != "en")
        for (char& c : s)
            if (c == '.')
                c = ',';
    return s;
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100))) + "%"; }

std::string join(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : " ") + p;
    return out;
}

} // namespace

std::string instrument_advice_text(const InstrumentReport& report, const ItemQuality& item, const std::string& lang)
{
    const Questionnaire& q = *report.questionnaire;
    const Scale& scale = q.scale_of(q.items[item.index]);
    std::string best;
    for (const auto& p : scale.points)
        if (p.value == item.ceiling_answer)
            best = p.label.in(lang);
    std::vector<std::string> out;
    for (InstrumentAdvice a : item.advice) {
        switch (a) {
        case InstrumentAdvice::Ceiling: out.push_back(format(T(lang, "advice-ceiling"), {percent(item.ceiling), best})); break;
        case InstrumentAdvice::ManyNotApplicable: out.push_back(format(T(lang, "advice-nvt"), {percent(item.not_applicable)})); break;
        case InstrumentAdvice::ManyDontKnow: out.push_back(format(T(lang, "advice-dk"), {percent(item.dont_know)})); break;
        case InstrumentAdvice::LowItemRest: out.push_back(format(T(lang, "advice-item-rest"), {decimal(item.item_rest, lang)})); break;
        default: break;
        }
    }
    return join(out);
}

std::string instrument_advice_text(const DimensionQuality& dimension, const std::string& lang)
{
    std::vector<std::string> out;
    for (InstrumentAdvice a : dimension.advice) {
        if (a == InstrumentAdvice::LowReliability)
            out.push_back(format(T(lang, "advice-reliability"), {decimal(dimension.alpha, lang)}));
        if (a == InstrumentAdvice::TeamsNotDistinguished)
            out.push_back(format(T(lang, "advice-teams"), {decimal(dimension.icc1, lang)}));
    }
    return join(out);
}

void write_instrument_sheet(XlsxWriter& x, lxw_worksheet* ws, const InstrumentReport& report, const std::string& round_label,
                            int threshold, const std::string& lang)
{
    const Questionnaire& q = *report.questionnaire;
    int row = 0;
    x.text(ws, row++, 0, T(lang, "title") + " " + round_label, CellStyle::Title);
    x.text(ws, row++, 0,
           format(T(lang, "counted"), {std::to_string(report.teams_counted), std::to_string(threshold), std::to_string(report.respondents),
                                       std::to_string(report.teams_below)}),
           CellStyle::Note);
    ++row;
    x.text(ws, row++, 0, T(lang, "dimensions"), CellStyle::Title);
    header_row(x, ws, row++, {text_in(lang, N_("Dimension id")), text_in(lang, N_("Dimension")), T(lang, "n-statements"),
                              T(lang, "complete"), T(lang, "alpha"), T(lang, "omega"), T(lang, "teams"), T(lang, "icc"),
                              T(lang, "between"), T(lang, "advice")});
    for (const auto& d : report.dimensions) {
        const Dimension& def = q.dimensions[d.index];
        x.text(ws, row, 0, d.id);
        x.text(ws, row, 1, def.title.in(lang));
        x.number(ws, row, 2, static_cast<double>(def.items.size()), CellStyle::Integer);
        x.number(ws, row, 3, d.complete_cases, CellStyle::Integer);
        optional_number(x, ws, row, 4, d.alpha);
        optional_number(x, ws, row, 5, d.omega);
        x.number(ws, row, 6, d.teams, CellStyle::Integer);
        optional_number(x, ws, row, 7, d.icc1);
        optional_number(x, ws, row, 8, d.between_share, CellStyle::Share);
        const std::string advice = instrument_advice_text(d, lang);
        x.text(ws, row, 9, advice.empty() ? T(lang, "ok") : advice, advice.empty() ? CellStyle::Note : CellStyle::Wrapped);
        ++row;
    }
    ++row;
    x.text(ws, row++, 0, T(lang, "statements"), CellStyle::Title);
    header_row(x, ws, row++, {text_in(lang, N_("Dimension id")), text_in(lang, N_("Item id")), text_in(lang, N_("Statement")),
                              T(lang, "n-scores"), text_in(lang, N_("Mean")), text_in(lang, N_("SD")), T(lang, "item-rest"),
                              T(lang, "ceiling"), T(lang, "best-answer"), text_in(lang, N_("Share n/a")),
                              text_in(lang, N_("Share don't know")), T(lang, "advice")});
    for (const auto& item : report.items) {
        const Item& def = q.items[item.index];
        x.text(ws, row, 0, def.dimension_id);
        x.text(ws, row, 1, item.id);
        x.text(ws, row, 2, def.text.in(lang), CellStyle::Wrapped);
        x.number(ws, row, 3, item.scored, CellStyle::Integer);
        optional_number(x, ws, row, 4, item.mean);
        optional_number(x, ws, row, 5, item.sd);
        optional_number(x, ws, row, 6, item.item_rest);
        optional_number(x, ws, row, 7, item.ceiling, CellStyle::Share);
        for (const auto& p : q.scale_of(def).points)
            if (p.value == item.ceiling_answer)
                x.text(ws, row, 8, p.label.in(lang));
        if (item.answers > 0) {
            x.number(ws, row, 9, item.not_applicable, CellStyle::Share);
            x.number(ws, row, 10, item.dont_know, CellStyle::Share);
        }
        const std::string advice = instrument_advice_text(report, item, lang);
        x.text(ws, row, 11, advice.empty() ? T(lang, "ok") : advice, advice.empty() ? CellStyle::Note : CellStyle::Wrapped);
        ++row;
    }
    ++row;
    x.text(ws, row++, 0, T(lang, "legend"), CellStyle::Title);
    for (const char* key : {"legend-alpha", "legend-icc", "legend-item", "legend-sample"})
        x.text(ws, row++, 0, T(lang, key), CellStyle::Note);
    x.column_width(ws, 0, 1, 26);
    x.column_width(ws, 2, 2, 60);
    x.column_width(ws, 3, 10, 13);
    x.column_width(ws, 11, 11, 70);
    x.freeze(ws, 0, 2);
}

void export_instrument_report(Store& store, RowId round, const std::string& path, const ExportSettings& settings)
{
    const ReportDefinition report = builtin_report(ReportKind::OrganisationCompare);
    const std::string lang = settings.language.empty() ? report.language : settings.language;
    AnalysisOptions options;
    options.anonymity_threshold = settings.anonymity_threshold.value_or(report.anonymity_threshold);
    options.validate();
    const Round r = store.round(round);
    const InstrumentReport result = instrument_round(store, round, options);
    XlsxWriter x(path, true, date_to_time(r.date));
    const std::string title = lang == "en" ? "Questionnaire quality" : "Kwaliteit vragenlijst";
    write_instrument_sheet(x, x.add_sheet(title), result, r.label, options.anonymity_threshold, lang);
    x.commit();
}

} // namespace hs
