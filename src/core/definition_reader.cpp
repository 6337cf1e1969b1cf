#include "definition_reader.h"

#include "i18n.h"

#include <boost/property_tree/xml_parser.hpp>

#include <algorithm>
#include <cctype>
#include <sstream>

namespace hs {

namespace pt = boost::property_tree;

DefinitionReader::DefinitionReader(const std::string& text, std::string source)
    : text_(text), source_(std::move(source))
{
}

std::optional<PTree> DefinitionReader::parse(bool trim)
{
    PTree tree;
    std::istringstream in(text_);
    try {
        pt::read_xml(in, tree, pt::xml_parser::no_comments | (trim ? pt::xml_parser::trim_whitespace : 0));
    } catch (const pt::xml_parser_error& e) {
        problem(static_cast<int>(e.line()), tr(N_("not well-formed XML: ")) + e.message());
        return std::nullopt;
    }
    return tree;
}

int DefinitionReader::line_of_attr(const std::string& attr, const std::string& value, int occurrence) const
{
    const std::string needle = attr + "=\"" + value + "\"";
    std::size_t from = 0;
    for (int i = 1; i < occurrence; ++i) {
        auto pos = text_.find(needle, from);
        if (pos == std::string::npos)
            return 0;
        from = pos + needle.size();
    }
    return line_of(text_, needle, from);
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
            int where = line_of(text_, "<" + name);
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
