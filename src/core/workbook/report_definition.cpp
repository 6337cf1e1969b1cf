#include "workbook/report_definition.h"

#include "questionnaire/definition_reader.h"
#include "common/embedded_files.h"
#include "common/i18n.h"
#include "questionnaire/questionnaire_loader.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace hs {

namespace {

struct SheetInfo {
    const char* key;
    SheetType type;
    bool team_trend;
    bool organisation;
    std::vector<const char*> charts; // allowed chart attribute values; empty: no chart attribute
};

const std::vector<SheetInfo>& sheet_infos()
{
    static const std::vector<SheetInfo> infos = {
        {"overview", SheetType::Overview, true, false, {"line", "column", "none"}},
        {"coaching", SheetType::Coaching, true, false, {}},
        {"dimensions", SheetType::Dimensions, true, false, {}},
        {"items", SheetType::Items, true, false, {}},
        {"distribution", SheetType::Distribution, true, false, {"stacked", "percent", "none"}},
        {"perspectives", SheetType::Perspectives, true, false, {}},
        {"remarks", SheetType::Remarks, true, false, {}},
        {"agreements", SheetType::Agreements, true, false, {}},
        {"comparison", SheetType::Comparison, false, true, {}},
        {"organisation-trend", SheetType::OrganisationTrend, false, true, {"line", "column", "none"}},
        {"instrument", SheetType::Instrument, false, true, {}},
        {"questionnaire", SheetType::Questionnaire, true, true, {}},
        {"mirror", SheetType::Mirror, true, false, {"column", "none"}},
        {"mirror-map", SheetType::MirrorMap, false, true, {}},
    };
    return infos;
}

ChartChoice chart_from(const std::string& s)
{
    static const std::map<std::string, ChartChoice> m = {{"line", ChartChoice::Line}, {"column", ChartChoice::Column},
                                                         {"stacked", ChartChoice::Stacked}, {"percent", ChartChoice::Percent},
                                                         {"none", ChartChoice::None}};
    return m.at(s);
}

// Excel's rules for sheet names.
bool valid_sheet_name(const std::string& name)
{
    if (name.empty() || name.size() > 31 || name.front() == '\'' || name.back() == '\'')
        return false;
    return name.find_first_of("[]:*?/\\") == std::string::npos;
}

// Numbers in definition files are read the same on every computer: std::from_chars ignores the locale (a Dutch
// PC's std::stod would refuse "0.5").
template <typename T>
bool read_number(DefinitionReader& r, const PTree& node, const char* name, T low, T high, T& out, int line)
{
    auto text = r.attr(node, name);
    if (!text)
        return true;
    T v{};
    const char* first = text->data();
    const char* last = first + text->size();
    auto [end, error] = std::from_chars(first, last, v);
    if (error == std::errc() && end == last && v >= low && v <= high) {
        out = v;
        return true;
    }
    auto show = [](T x) {
        char buffer[32];
        auto [p, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
        return ec == std::errc() ? std::string(buffer, p) : std::string();
    };
    r.problem(line, trf(N_("%1=\"%2\" must be a number from %3 to %4"), {name, *text, show(low), show(high)}));
    return false;
}

} // namespace

ReportDefinition parse_report_definition(const std::string& text, const std::string& source)
{
    DefinitionReader r(text, source);
    ReportDefinition def;
    auto tree = r.parse(true, "report");
    auto fail_if_any = [&] {
        if (r.failed())
            throw FileRefused(r.take_problems());
    };
    fail_if_any();
    auto root = tree->get_child_optional("report");
    if (!root || tree->size() != 1) {
        r.problem(1, tr(N_("the root element must be <report>")));
        fail_if_any();
    }
    const int line = line_of(text, "<report");
    r.allow_only(*root, "<report>", line, {"id", "kind", "language"}, {"settings", "sheet"});
    def.id = r.attr(*root, "id").value_or("");
    if (!is_valid_id(def.id))
        r.problem(line, trf(N_("report id '%1' is missing or invalid"), {def.id}));
    const std::string kind = r.attr(*root, "kind").value_or("");
    if (kind == "team-trend")
        def.kind = ReportKind::TeamTrend;
    else if (kind == "organisation-compare")
        def.kind = ReportKind::OrganisationCompare;
    else
        r.problem(line, trf(N_("kind '%1' is unknown (team-trend or organisation-compare)"), {kind}));
    def.language = r.attr(*root, "language").value_or("nl");
    if (def.language != kDutch && def.language != kEnglish)
        r.problem(line, trf(N_("language '%1' is not supported (nl or en)"), {def.language}));
    const std::vector<std::string> languages = {kDutch, kEnglish};

    if (auto settings = root->get_child_optional("settings")) {
        const int sline = line_of(text, "<settings");
        r.allow_only(*settings, "<settings>", sline,
                     {"anonymity-threshold", "remark-threshold", "coaching-top", "scale-low", "scale-mid", "scale-high",
                      "low-agreement"},
                     {});
        // The one anonymity rule's bounds: a file asking for fewer is refused, never quietly raised.
        read_number(r, *settings, "anonymity-threshold", anonymity::kMinimumThreshold, anonymity::kMaximumThreshold,
                    def.anonymity_threshold, sline);
        read_number(r, *settings, "remark-threshold", anonymity::kMinimumRemarkThreshold, anonymity::kMaximumThreshold,
                    def.remark_threshold, sline);
        read_number(r, *settings, "coaching-top", 1, 50, def.coaching_top, sline);
        read_number(r, *settings, "scale-low", 0.0, 100.0, def.scale_low, sline);
        read_number(r, *settings, "scale-mid", 0.0, 100.0, def.scale_mid, sline);
        read_number(r, *settings, "scale-high", 0.0, 100.0, def.scale_high, sline);
        read_number(r, *settings, "low-agreement", 0.0, 1.0, def.low_agreement, sline);
        if (!(def.scale_low < def.scale_mid && def.scale_mid < def.scale_high))
            r.problem(sline, tr(N_("scale-low, scale-mid and scale-high must be ascending")));
    }

    std::set<std::string> seen_types, seen_titles;
    int occurrence = 0;
    for (const auto& [name, node] : *root) {
        if (name != "sheet")
            continue;
        ++occurrence;
        const std::string type = r.attr(node, "type").value_or("");
        int sline = r.line_of_attr("type", type);
        if (sline == 0)
            sline = line;
        const std::string what = "<sheet type=\"" + type + "\">";
        auto info = std::find_if(sheet_infos().begin(), sheet_infos().end(), [&](const SheetInfo& i) { return type == i.key; });
        if (type == "data") {
            // Version 1's "Gegevens" sheet put every answer in the workbook; raw data now leaves only by export-raw.
            r.problem(sline, tr(N_("the sheet type 'data' is no longer available: workbooks hold no individual answers "
                                   "(the coordinator exports raw data separately, with export-raw)")));
            continue;
        }
        if (info == sheet_infos().end()) {
            r.problem(sline, trf(N_("unknown sheet type '%1'"), {type}));
            continue;
        }
        if (!seen_types.insert(type).second)
            r.problem(r.line_of_attr("type", type, 2), trf(N_("the sheet type '%1' appears twice"), {type}));
        if ((def.kind == ReportKind::TeamTrend && !info->team_trend) || (def.kind == ReportKind::OrganisationCompare && !info->organisation))
            r.problem(sline, trf(N_("a %1 report cannot have a sheet of type '%2'"), {kind, type}));
        std::vector<const char*> attrs = {"type"};
        if (!info->charts.empty())
            attrs.push_back("chart");
        if (info->type == SheetType::Overview)
            attrs.push_back("radar");
        // allow_only takes an initializer list; check attributes by hand for this variable set.
        if (auto a = node.get_child_optional("<xmlattr>"))
            for (const auto& attribute : *a) {
                const std::string& attr_name = attribute.first; // named: clang 14 cannot capture a binding
                if (std::none_of(attrs.begin(), attrs.end(), [&](const char* x) { return attr_name == x; }))
                    r.problem(sline, trf(N_("unknown attribute '%1' in %2"), {attr_name, what}));
            }
        for (const auto& [child, v] : node)
            if (child != "<xmlattr>" && child != "title")
                r.problem(sline, trf(N_("unknown element <%1> in %2"), {child, what}));

        SheetDefinition sheet;
        sheet.type = info->type;
        sheet.title = r.texts(node, "title", what, sline, languages, true);
        for (const auto& lang : languages)
            if (sheet.title.has(lang)) {
                const std::string& t = sheet.title.in(lang);
                if (!valid_sheet_name(t))
                    r.problem(sline, trf(N_("the title '%1' cannot be a sheet name (at most 31 characters, none of [ ] : * ? / \\)"), {t}));
                else if (!seen_titles.insert(lang + ":" + t).second)
                    r.problem(sline, trf(N_("two sheets are titled '%1'"), {t}));
            }
        if (auto chart = r.attr(node, "chart")) {
            if (std::none_of(info->charts.begin(), info->charts.end(), [&](const char* c) { return *chart == c; }))
                r.problem(sline, trf(N_("chart '%1' is not possible on %2"), {*chart, what}));
            else
                sheet.chart = chart_from(*chart);
        } else if (!info->charts.empty()) {
            sheet.chart = chart_from(info->charts.front());
        }
        auto radar = r.attr(node, "radar").value_or("false");
        if (radar != "true" && radar != "false")
            r.problem(sline, trf(N_("radar must be \"true\" or \"false\", not '%1'"), {radar}));
        sheet.radar = radar == "true";
        def.sheets.push_back(std::move(sheet));
    }
    if (occurrence == 0)
        r.problem(line, tr(N_("the report has no <sheet>")));
    fail_if_any();
    return def;
}

ReportDefinition load_report_definition_file(const std::string& path)
{
    return parse_report_definition(read_definition_text(path), path);
}

ReportDefinition builtin_report(ReportKind kind)
{
    const std::string name = kind == ReportKind::TeamTrend ? "team-trend.xml" : "organisation-compare.xml";
    for (const auto& f : embedded::reports())
        if (f.name == name)
            return parse_report_definition(f.contents, "<built-in>/" + name);
    throw std::logic_error("built-in report missing: " + name);
}

} // namespace hs
