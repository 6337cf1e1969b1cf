#pragma once
// The one catalogue of the program's texts, readable without wxWidgets: the core, the CLI and the workbooks use
// the same compiled gettext catalogue (src/gui/po/nl.po, compiled into the program) as the GUI, so a Dutch
// workbook written by the CLI is as Dutch as the screen. Msgids are English, so English needs no catalogue.
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace hs {

class MessageCatalogue {
public:
    MessageCatalogue() = default; // empty: every msgid is its own text (English)

    // Reads a compiled catalogue (.mo, either byte order). Every offset and length is checked against the size;
    // throws std::runtime_error for a damaged or truncated catalogue.
    static MessageCatalogue from_mo(std::string_view bytes);

    // The catalogue for a language: "nl" the Dutch catalogue compiled into the program, anything else English.
    static const MessageCatalogue& for_language(const std::string& lang);

    // The translation of `msgid`, or `msgid` itself when the catalogue has none.
    std::string translate(const char* msgid) const;
    // translate() then format(): %1..%9 replaced by `args`.
    std::string translate(const char* msgid, std::initializer_list<std::string> args) const;
    std::size_t size() const { return texts_.size(); }

private:
    std::unordered_map<std::string, std::string> texts_;
};

} // namespace hs
