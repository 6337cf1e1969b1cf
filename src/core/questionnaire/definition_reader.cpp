#include "questionnaire/definition_reader.h"

#include "common/i18n.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/utf8.h"
#include "questionnaire/text_shape.h"

#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>
#include <cctype>
#include <sstream>

namespace hs {

namespace pt = boost::property_tree;

DefinitionReader::DefinitionReader(const std::string& text, std::string source)
    : text_(text), source_(std::move(source))
{
}

namespace {

// Appends `child` to `parent` under `key` without copying it (add_child copies, which made converting a deeply
// nested JSON text cost the square of its size).
void adopt(PTree& parent, const std::string& key, PTree&& child)
{
    parent.push_back(std::make_pair(key, PTree()))->second.swap(child);
}

// Sets the attribute `name` of `element` as the XML reader would. Looked up by key, not as a path: a JSON key may
// hold dots ("version..."), which a path reads as separators (an empty step fails an assertion in Boost).
void set_attribute(PTree& element, const std::string& name, const std::string& value)
{
    auto attrs = element.find("<xmlattr>");
    PTree& list = attrs != element.not_found() ? attrs->second : element.push_back(std::make_pair("<xmlattr>", PTree()))->second;
    if (auto existing = list.find(name); existing != list.not_found())
        existing->second.data() = value;
    else
        list.push_back(std::make_pair(name, PTree(value)));
}

// JSON keys that hold a list of elements, with the element's name.
const std::map<std::string, std::string>& json_lists()
{
    static const std::map<std::string, std::string> lists = {
        {"scales", "scale"}, {"points", "point"}, {"parts", "part"}, {"dimensions", "dimension"}, {"items", "item"}};
    return lists;
}

// Keys whose value is a text per language: {"nl": "...", "en": "..."}.
bool is_text_key(const std::string& key)
{
    static const char* keys[] = {"title", "introduction", "description", "text", "explanation", "label"};
    return std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; });
}

// A JSON object as the element the XML form has: scalars become attributes, texts per language become
// <key lang="..">, lists become repeated elements; anything else stays a child, for the validator to name.
PTree json_to_element(const PTree& object)
{
    PTree element;
    for (const auto& [key, value] : object) {
        if (value.empty() && !key.empty()) {
            set_attribute(element, key, value.data());
        } else if (is_text_key(key)) {
            for (const auto& [lang, text] : value) {
                PTree& t = element.add(key, text.data());
                t.put("<xmlattr>.lang", lang);
            }
        } else if (auto list = json_lists().find(key); list != json_lists().end()) {
            for (const auto& entry : value)
                adopt(element, list->second, json_to_element(entry.second));
        } else {
            adopt(element, key, json_to_element(value));
        }
    }
    return element;
}

// True when every key and text in the tree is valid UTF-8 (a character reference such as &#xD800; can make
// text that the file's bytes did not hold). The tree's depth was checked before it was built.
bool tree_is_utf8(const PTree& tree)
{
    if (!utf8::is_valid(tree.data()))
        return false;
    for (const auto& [key, child] : tree)
        if (!utf8::is_valid(key) || !tree_is_utf8(child))
            return false;
    return true;
}

} // namespace

int DefinitionReader::line_of_element(const std::string& name) const
{
    // Remembered: a file with many elements of one name asks for the same line many times.
    auto [it, fresh] = element_lines_.emplace(name, 0);
    if (fresh)
        it->second = json_ ? line_of(text_, "\"" + name) : line_of(text_, "<" + name);
    return it->second;
}

std::unique_ptr<PTree> DefinitionReader::parse(bool trim, const std::string& json_root)
{
    // A UTF-8 byte order mark is accepted (Boost's parsers skip it too); the lines count the same without it.
    const std::string_view body = utf8::without_bom(text_);
    const std::size_t bom = text_.size() - body.size();
    if (const auto bad = utf8::first_invalid(body); bad != std::string_view::npos) {
        problem(utf8::line_at(text_, bom + bad), tr(N_("the text is not valid UTF-8: save the file with the encoding UTF-8")));
        return nullptr;
    }
    const auto first = body.find_first_not_of(" \t\r\n");
    json_ = first != std::string::npos && body[first] == '{';
    if (auto shape = json_ ? check_json_shape(body, limits::kMaxNestingDepth, limits::kMaxDefinitionElements)
                      : check_xml_shape(body, limits::kMaxNestingDepth, limits::kMaxDefinitionElements)) {
        problem(shape->line, (json_ ? tr(N_("not well-formed JSON: ")) : tr(N_("not well-formed XML: "))) + shape->reason);
        return nullptr;
    }
    auto result = std::make_unique<PTree>();
    PTree& tree = *result;
    std::istringstream in{std::string(body)};
    if (json_) {
        try {
            PTree json;
            pt::read_json(in, json);
            adopt(tree, json_root, json_to_element(json));
        } catch (const pt::json_parser_error& e) {
            problem(static_cast<int>(e.line()), tr(N_("not well-formed JSON: ")) + e.message());
            return nullptr;
        }
    } else {
        try {
            pt::read_xml(in, tree, pt::xml_parser::no_comments | (trim ? pt::xml_parser::trim_whitespace : 0));
        } catch (const pt::xml_parser_error& e) {
            problem(static_cast<int>(e.line()), tr(N_("not well-formed XML: ")) + e.message());
            return nullptr;
        }
    }
    if (!tree_is_utf8(tree)) {
        problem(0, tr(N_("a character reference makes text that is not valid UTF-8")));
        return nullptr;
    }
    return result;
}

// Every `attr="value"` (XML) or `"attr": value` (JSON) of the file with its line, found in one pass the first
// time `attr` is asked for: looking each one up in the whole text made a file with many ids quadratic.
const DefinitionReader::AttrLines& DefinitionReader::attr_lines(const std::string& attr) const
{
    auto [it, fresh] = attr_lines_.emplace(attr, AttrLines{});
    if (!fresh)
        return it->second;
    AttrLines& index = it->second;
    const std::string key = json_ ? "\"" + attr + "\"" : attr + "=\"";
    int line = 1;
    std::size_t counted = 0; // newlines are counted up to here
    for (auto pos = text_.find(key); pos != std::string::npos; pos = text_.find(key, pos + 1)) {
        line += static_cast<int>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted),
                                            text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
        counted = pos;
        std::size_t v = pos + key.size();
        bool quoted = !json_;
        if (json_) {
            v = text_.find_first_not_of(" \t\r\n:", v);
            if (v == std::string::npos)
                break;
            quoted = text_[v] == '"';
            if (quoted)
                ++v;
        }
        const auto end = quoted ? text_.find('"', v) : text_.find_first_of(",} \t\n\r", v);
        if (end == std::string::npos)
            break;
        index[text_.substr(v, end - v)].push_back(line);
    }
    return index;
}

int DefinitionReader::line_of_attr(const std::string& attr, const std::string& value, int occurrence) const
{
    const AttrLines& index = attr_lines(attr);
    const auto it = index.find(value);
    if (it == index.end() || occurrence < 1 || static_cast<std::size_t>(occurrence) > it->second.size())
        return 0;
    return it->second[static_cast<std::size_t>(occurrence - 1)];
}

std::optional<std::string> DefinitionReader::attr(const PTree& node, const char* name) const
{
    if (auto attrs = node.get_child_optional("<xmlattr>"))
        if (auto v = attrs->get_optional<std::string>(name))
            return *v;
    return std::nullopt;
}

void DefinitionReader::allow_only(const PTree& node, const std::string& what, int line,
                                  std::initializer_list<const char*> attrs,
                                  std::initializer_list<const char*> elements)
{
    auto listed = [](std::initializer_list<const char*> names, const std::string& name) {
        return std::any_of(names.begin(), names.end(), [&](const char* n) { return name == n; });
    };
    for (const auto& [name, child] : node) {
        if (name == "<xmlattr>") {
            for (const auto& [attr_name, value] : child)
                if (!listed(attrs, attr_name))
                    problem(line, trf(N_("unknown attribute '%1' in %2"), {attr_name, what}));
        } else if (!listed(elements, name)) {
            int where = line_of_element(name);
            problem(where ? where : line, trf(N_("unknown element <%1> in %2"), {name, what}));
        }
    }
}

LocalizedText DefinitionReader::texts(const PTree& node, const char* tag, const std::string& what, int line,
                                      const std::vector<std::string>& languages, bool required)
{
    LocalizedText result;
    for (const auto& [name, child] : node) {
        if (name != tag)
            continue;
        auto lang = attr(child, "lang");
        if (!lang) {
            problem(line, trf(N_("<%1> without lang attribute in %2"), {tag, what}));
            continue;
        }
        if (std::find(languages.begin(), languages.end(), *lang) == languages.end()) {
            problem(line, trf(N_("language '%1' is not declared in the file's languages, in %2"), {*lang, what}));
            continue;
        }
        if (result.has(*lang)) {
            problem(line, trf(N_("second <%1 lang=\"%2\"> in %3"), {tag, *lang, what}));
            continue;
        }
        const std::string& value = child.data();
        if (value.empty())
            problem(line, trf(N_("empty <%1 lang=\"%2\"> in %3"), {tag, *lang, what}));
        result.set(*lang, value);
    }
    if (required || !result.empty()) {
        for (const auto& lang : languages)
            if (!result.has(lang))
                problem(line, trf(N_("missing <%1 lang=\"%2\"> in %3"), {tag, lang, what}));
    }
    return result;
}

std::string read_definition_text(const std::string& path)
{
    return read_input_file(path, limits::kMaxDefinitionFileBytes);
}

bool is_valid_id(const std::string& id)
{
    if (id.empty() || id.size() > 64 || !std::islower(static_cast<unsigned char>(id[0])))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return std::islower(u) || std::isdigit(u) || c == '.' || c == '-' || c == '_';
    });
}

std::vector<std::string> split_words(const std::string& s)
{
    std::vector<std::string> words;
    std::istringstream in(s);
    for (std::string w; in >> w;)
        words.push_back(w);
    return words;
}

} // namespace hs
