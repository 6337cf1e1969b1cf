#include "questionnaire/questionnaire_loader.h"

#include "questionnaire/definition_reader.h"
#include "common/embedded_files.h"
#include "common/file_io.h"
#include "common/i18n.h"
#include "common/input_file.h"
#include "common/limits.h"

#include <algorithm>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace hs {

namespace {

constexpr int kMaxScaleValue = 100; // answers are stored in a signed byte

class QuestionnaireParser {
public:
    QuestionnaireParser(const std::string& text, const std::string& source) : text_(text), r_(text, source) {}

    QuestionnaireLoad run()
    {
        QuestionnaireLoad result;
        auto tree = r_.parse();
        if (tree)
            read_root(*tree);
        if (!r_.failed()) {
            q_.definition_text = text_;
            q_.index();
            result.questionnaire = std::move(q_);
        }
        result.problems = r_.take_problems();
        return result;
    }

private:
    void read_root(const PTree& tree)
    {
        auto root = tree.get_child_optional("questionnaire");
        if (!root || tree.size() != 1) {
            r_.problem(1, tr(N_("the root element must be <questionnaire>")));
            return;
        }
        const int line = r_.is_json() ? 1 : line_of(text_, "<questionnaire");
        const std::string what = "<questionnaire>";
        r_.allow_only(*root, what, line, {"id", "version", "languages", "perspective", "mirrors"},
                      {"title", "introduction", "scale", "part"});

        q_.id = r_.attr(*root, "id").value_or("");
        if (!is_valid_id(q_.id))
            r_.problem(line, trf(N_("questionnaire id '%1' is missing or invalid (lower-case letters, digits, '.', '-', '_')"), {q_.id}));
        q_.version = r_.attr(*root, "version").value_or("");
        static const std::regex version_format(R"(^[0-9]{1,4}\.[0-9]{1,4}$)");
        if (!std::regex_match(q_.version, version_format))
            r_.problem(line, trf(N_("version '%1' has the wrong format: expected MAJOR.MINOR, for example 1.0"), {q_.version}));

        q_.languages = split_words(r_.attr(*root, "languages").value_or("nl"));
        if (std::find(q_.languages.begin(), q_.languages.end(), kDutch) == q_.languages.end())
            r_.problem(line, tr(N_("the languages must include Dutch (nl)")));
        for (const auto& lang : q_.languages)
            if (lang != kDutch && lang != kEnglish)
                r_.problem(line, trf(N_("unsupported language '%1' (supported: nl, en)"), {lang}));

        read_perspective(*root, line);

        q_.title = r_.texts(*root, "title", what, line, q_.languages, true);
        q_.introduction = r_.texts(*root, "introduction", what, line, q_.languages, false);

        for (const auto& [name, child] : *root)
            if (name == "scale")
                read_scale(child);
        if (q_.scales.empty())
            r_.problem(line, tr(N_("the questionnaire defines no <scale>")));
        for (const auto& [name, child] : *root)
            if (name == "part")
                read_part(child);
        if (q_.parts.empty())
            r_.problem(line, tr(N_("the questionnaire defines no <part>")));
    }

    // A team version stands alone; a client or relative version names the team version whose dimension ids it
    // reuses (whether they exist there is checked against that version: mirror_check.h).
    void read_perspective(const PTree& root, int line)
    {
        const auto name = r_.attr(root, "perspective").value_or("team");
        auto perspective = perspective_from_name(name);
        if (!perspective) {
            r_.problem(line, trf(N_("perspective '%1' is unknown (expected team, client or relative)"), {name}));
            return;
        }
        q_.perspective = *perspective;
        q_.mirrors = r_.attr(root, "mirrors").value_or("");
        if (q_.perspective == Perspective::Team) {
            if (!q_.mirrors.empty())
                r_.problem(line, trf(N_("a team questionnaire mirrors no other questionnaire, but it names '%1' in mirrors"), {q_.mirrors}));
        } else if (q_.mirrors.empty()) {
            r_.problem(line, tr(N_("a client or relative questionnaire must name the team questionnaire it mirrors (mirrors=\"...\")")));
        } else if (!is_valid_id(q_.mirrors)) {
            r_.problem(line, trf(N_("mirrors '%1' is not a valid questionnaire id"), {q_.mirrors}));
        }
    }

    int locate(const std::string& id, std::set<std::string>& seen, const std::string& kind)
    {
        int occurrence = 1;
        if (!seen.insert(id).second) {
            occurrence = 2;
            r_.problem(r_.line_of_attr("id", id, 2), trf(N_("duplicate %1 id '%2'"), {kind, id}));
        }
        return r_.line_of_attr("id", id, occurrence);
    }

    void read_scale(const PTree& node)
    {
        Scale scale;
        scale.id = r_.attr(node, "id").value_or("");
        const int line = scale.id.empty() ? r_.line_of_element("scale") : locate(scale.id, scale_ids_, tr(N_("scale")));
        const std::string what = "<scale id=\"" + scale.id + "\">";
        if (!is_valid_id(scale.id))
            r_.problem(line, trf(N_("scale id '%1' is missing or invalid"), {scale.id}));
        r_.allow_only(node, what, line, {"id"}, {"point", "not-applicable", "dont-know"});

        for (const auto& [name, child] : node) {
            if (name == "point") {
                ScalePoint point;
                auto value = r_.attr(child, "value").value_or("");
                r_.allow_only(child, what + " <point>", line, {"value"}, {"label"});
                try {
                    std::size_t used = 0;
                    point.value = std::stoi(value, &used);
                    if (used != value.size())
                        throw std::invalid_argument(value);
                } catch (const std::exception&) {
                    r_.problem(line, trf(N_("scale point value '%1' is not a whole number, in %2"), {value, what}));
                    continue;
                }
                if (point.value < 1 || point.value > kMaxScaleValue)
                    r_.problem(line, trf(N_("scale point value %1 is outside 1..100, in %2"), {value, what}));
                point.label = r_.texts(child, "label", what + " <point value=\"" + value + "\">", line, q_.languages, true);
                scale.points.push_back(std::move(point));
            } else if (name == "not-applicable" || name == "dont-know") {
                r_.allow_only(child, what + " <" + name + ">", line, {}, {"label"});
                auto label = r_.texts(child, "label", what + " <" + name + ">", line, q_.languages, true);
                if (name == "not-applicable") {
                    scale.allows_not_applicable = true;
                    scale.not_applicable_label = label;
                } else {
                    scale.allows_dont_know = true;
                    scale.dont_know_label = label;
                }
            }
        }
        if (scale.points.size() < 2)
            r_.problem(line, trf(N_("%1 needs at least two <point> elements"), {what}));
        for (std::size_t i = 1; i < scale.points.size(); ++i)
            if (scale.points[i].value <= scale.points[i - 1].value)
                r_.problem(line, trf(N_("the point values of %1 must be distinct and ascending"), {what}));
        q_.scales.push_back(std::move(scale));
    }

    bool scale_exists(const std::string& id) const
    {
        return std::any_of(q_.scales.begin(), q_.scales.end(), [&](const Scale& s) { return s.id == id; });
    }

    void read_part(const PTree& node)
    {
        Part part;
        part.id = r_.attr(node, "id").value_or("");
        const int line = part.id.empty() ? r_.line_of_element("part") : locate(part.id, part_ids_, tr(N_("part")));
        const std::string what = "<part id=\"" + part.id + "\">";
        if (!is_valid_id(part.id))
            r_.problem(line, trf(N_("part id '%1' is missing or invalid"), {part.id}));
        r_.allow_only(node, what, line, {"id"}, {"title", "dimension"});
        part.title = r_.texts(node, "title", what, line, q_.languages, true);
        const std::size_t part_index = q_.parts.size();
        q_.parts.push_back(std::move(part));
        for (const auto& [name, child] : node)
            if (name == "dimension")
                read_dimension(child, part_index);
        if (q_.parts[part_index].dimensions.empty())
            r_.problem(line, trf(N_("%1 has no <dimension>"), {what}));
    }

    void read_dimension(const PTree& node, std::size_t part_index)
    {
        Dimension dim;
        dim.id = r_.attr(node, "id").value_or("");
        dim.part_id = q_.parts[part_index].id;
        const int line = dim.id.empty() ? r_.line_of_element("dimension") : locate(dim.id, dimension_ids_, tr(N_("dimension")));
        const std::string what = "<dimension id=\"" + dim.id + "\">";
        if (!is_valid_id(dim.id))
            r_.problem(line, trf(N_("dimension id '%1' is missing or invalid"), {dim.id}));
        // `source` is an element in XML and a string (so an attribute) in JSON.
        r_.allow_only(node, what, line, {"id", "scale", "source"}, {"title", "description", "source", "item"});
        dim.scale_id = r_.attr(node, "scale").value_or(q_.scales.empty() ? "" : q_.scales.front().id);
        if (!scale_exists(dim.scale_id))
            r_.problem(line, trf(N_("%1 refers to unknown scale '%2'"), {what, dim.scale_id}));
        dim.title = r_.texts(node, "title", what, line, q_.languages, true);
        dim.description = r_.texts(node, "description", what, line, q_.languages, false);
        dim.source = r_.attr(node, "source").value_or(node.get<std::string>("source", ""));

        const std::size_t dim_index = q_.dimensions.size();
        q_.parts[part_index].dimensions.push_back(dim_index);
        q_.dimensions.push_back(std::move(dim));
        for (const auto& [name, child] : node)
            if (name == "item")
                read_item(child, dim_index);
        if (q_.dimensions[dim_index].items.empty())
            r_.problem(line, trf(N_("%1 has no <item>"), {what}));
    }

    void read_item(const PTree& node, std::size_t dim_index)
    {
        Item item;
        item.id = r_.attr(node, "id").value_or("");
        item.dimension_id = q_.dimensions[dim_index].id;
        const int line = item.id.empty() ? r_.line_of_element("item") : locate(item.id, item_ids_, tr(N_("item")));
        const std::string what = "<item id=\"" + item.id + "\">";
        if (!is_valid_id(item.id))
            r_.problem(line, trf(N_("item id '%1' is missing or invalid"), {item.id}));
        r_.allow_only(node, what, line, {"id", "reverse", "scale"}, {"text", "explanation"});
        item.scale_id = r_.attr(node, "scale").value_or("");
        if (!item.scale_id.empty() && !scale_exists(item.scale_id))
            r_.problem(line, trf(N_("%1 refers to unknown scale '%2'"), {what, item.scale_id}));
        auto reverse = r_.attr(node, "reverse").value_or("false");
        if (reverse != "true" && reverse != "false")
            r_.problem(line, trf(N_("reverse must be \"true\" or \"false\", not '%1', in %2"), {reverse, what}));
        item.reverse = reverse == "true";
        item.text = r_.texts(node, "text", what, line, q_.languages, true);
        item.explanation = r_.texts(node, "explanation", what, line, q_.languages, false);
        q_.dimensions[dim_index].items.push_back(q_.items.size());
        q_.items.push_back(std::move(item));
    }

    const std::string& text_;
    DefinitionReader r_;
    Questionnaire q_;
    std::set<std::string> scale_ids_, part_ids_, dimension_ids_, item_ids_;
};

} // namespace

QuestionnaireLoad parse_questionnaire(const std::string& xml_text, const std::string& source_name)
{
    if (xml_text.size() > limits::kMaxDefinitionFileBytes) // a definition inside a larger file
        return {std::nullopt, {{source_name, 0, trf(N_("the definition is larger than the maximum of %1 (see Limits in the README)"),
                                                 {megabytes(limits::kMaxDefinitionFileBytes)})}}};
    return QuestionnaireParser(xml_text, source_name).run();
}

QuestionnaireLoad read_questionnaire_file(const std::string& path)
{
    try {
        return parse_questionnaire(read_definition_text(path), path);
    } catch (const FileRefused& e) {
        return {std::nullopt, e.problems()};
    }
}

Questionnaire load_questionnaire(const std::string& xml_text, const std::string& source_name)
{
    auto result = parse_questionnaire(xml_text, source_name);
    if (!result.questionnaire)
        throw FileRefused(std::move(result.problems));
    return std::move(*result.questionnaire);
}

Questionnaire load_questionnaire_file(const std::string& path)
{
    return load_questionnaire(read_definition_text(path), path);
}

const Questionnaire& builtin_questionnaire()
{
    static const Questionnaire q = [] {
        const auto& files = embedded::questionnaires();
        return load_questionnaire(files.front().contents, "<built-in>/" + files.front().name);
    }();
    return q;
}

} // namespace hs
