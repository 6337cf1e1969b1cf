// The questionnaire-quality sheet (see instrument_sheet.h).
#include "workbook/instrument_sheet.h"

#include "analysis/team_trend.h"
#include "common/i18n.h"
#include "workbook/workbook_common.h"

#include <cmath>
#include <cstdio>

namespace hs {

namespace {

using namespace wb;

// The sheet's texts live with the other workbook labels, under "instrument-<key>".
const std::string& T(const std::string& lang, const std::string& key) { return workbook_label(lang, "instrument-" + key); }

// Numbers inside sentences, the same on every machine: a decimal comma in Dutch, a point in English.
std::string decimal(double v, const std::string& lang)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s = buf;
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
    header_row(x, ws, row++, {workbook_label(lang, "dimension-id"), workbook_label(lang, "dimension"), T(lang, "n-statements"),
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
    header_row(x, ws, row++, {workbook_label(lang, "dimension-id"), workbook_label(lang, "item-id"), workbook_label(lang, "statement"),
                              T(lang, "n-scores"), workbook_label(lang, "mean"), workbook_label(lang, "sd"), T(lang, "item-rest"),
                              T(lang, "ceiling"), T(lang, "best-answer"), workbook_label(lang, "share-nvt"),
                              workbook_label(lang, "share-dk"), T(lang, "advice")});
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
