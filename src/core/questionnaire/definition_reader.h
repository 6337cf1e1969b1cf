#pragma once
// Shared helpers for reading XML definition files (questionnaires, reports) through Boost.PropertyTree.
// Boost's XML tree does not keep line numbers, so an element is located by searching the file text for a
// distinctive attribute (its id); the parser's own errors carry their exact line.
#include "common/file_problem.h"
#include "common/localized_text.h"

#include <boost/property_tree/ptree.hpp>

#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

namespace hs {

using PTree = boost::property_tree::ptree;

class DefinitionReader {
public:
    DefinitionReader(const std::string& text, std::string source);

    // Parses the text; on a well-formedness error records it and returns null. (A pointer, not an optional:
    // Boost 1.74's tree has no move constructor, so returning it by value copied the whole tree once more.)
    // `trim` folds white space in texts (definitions); data files keep their text exactly. A text that starts
    // with '{' is read as JSON and turned into the same tree as its XML form (see questionnaires/README.md).
    // The JSON object becomes the element `json_root`.
    std::unique_ptr<PTree> parse(bool trim = true, const std::string& json_root = "questionnaire");
    bool is_json() const { return json_; }
    // Line of the first element called `name` (XML: <name; JSON: the key "name" or its plural), or 0.
    int line_of_element(const std::string& name) const;

    void problem(int line, std::string reason) { problems_.push_back({source_, line, std::move(reason)}); }
    bool failed() const { return !problems_.empty(); }
    std::vector<FileProblem> take_problems() { return std::move(problems_); }
    const std::string& source() const { return source_; }

    // Line of `attr="value"` in the file (the n-th occurrence, 1-based), or 0.
    int line_of_attr(const std::string& attr, const std::string& value, int occurrence = 1) const;

    std::optional<std::string> attr(const PTree& node, const char* name) const;
    // Reports unknown attributes and elements of `node` (named `what` in messages, found at `line`).
    void allow_only(const PTree& node, const std::string& what, int line, std::initializer_list<const char*> attrs,
                    std::initializer_list<const char*> elements);
    // Reads every <tag lang="..">text</tag> child of node into a LocalizedText, checking the languages.
    LocalizedText texts(const PTree& node, const char* tag, const std::string& what, int line,
                        const std::vector<std::string>& languages, bool required);

private:
    using AttrLines = std::unordered_map<std::string, std::vector<int>>; // value -> lines of its occurrences
    const AttrLines& attr_lines(const std::string& attr) const;

    mutable std::map<std::string, AttrLines> attr_lines_;
    mutable std::map<std::string, int> element_lines_;
    const std::string& text_;
    std::string source_;
    bool json_ = false;
    std::vector<FileProblem> problems_;
};

// The text of a definition file, read within limits::kMaxDefinitionFileBytes (see common/input_file.h).
std::string read_definition_text(const std::string& path);

bool is_valid_id(const std::string& id);
std::vector<std::string> split_words(const std::string& s);

} // namespace hs
