#pragma once
// The shape of a definition's text, checked in one linear pass before Boost.PropertyTree parses it. Boost's
// parsers recurse once per nesting level (a file nested 200,000 levels deep overflows the stack) and its XML
// parser does not check that a closing tag matches its opening tag; this pass refuses both, with the line.
#include <optional>
#include <string>
#include <string_view>

namespace hs {

struct ShapeProblem {
    int line = 0;
    std::string reason;
};

// XML: tags properly nested and matched, comments, CDATA and processing instructions closed, no document type
// declaration (entities are not needed and not expanded), nesting at most max_depth elements, at most
// max_elements elements.
std::optional<ShapeProblem> check_xml_shape(std::string_view text, int max_depth, int max_elements);
// JSON: objects and arrays nested at most max_depth levels, at most max_elements objects (strings skipped); the
// rest is the parser's job.
std::optional<ShapeProblem> check_json_shape(std::string_view text, int max_depth, int max_elements);

} // namespace hs
