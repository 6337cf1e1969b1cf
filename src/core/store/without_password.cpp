// Passwords out of text: every database address and driver message passes through without_password() before it
// reaches a message, a log, the settings or a title bar.
#include "store/store.h"

#include <algorithm>
#include <cctype>

namespace hs {

namespace {
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Takes "user:secret@" down to "user@" in every URL of the text.
std::string without_url_passwords(std::string text)
{
    for (auto scheme = text.find("://"); scheme != std::string::npos; scheme = text.find("://", scheme + 3)) {
        const auto start = scheme + 3;
        auto end = text.find_first_of("/?# \t\r\n\"'", start);
        if (end == std::string::npos)
            end = text.size();
        const auto at = text.rfind('@', end);
        if (at == std::string::npos || at < start)
            continue;
        const auto colon = text.find(':', start);
        if (colon != std::string::npos && colon < at)
            text.erase(colon, at - colon);
    }
    return text;
}

// Takes out every password=VALUE (also sslpassword=, any case): URL query parameters with their '&', and
// key=value connection strings, quoted values included.
std::string without_keyword_passwords(std::string text)
{
    auto lower = [](std::string s) {
        for (auto& c : s)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return s;
    };
    std::size_t from = 0;
    for (auto key = lower(text).find("password"); key != std::string::npos; key = lower(text).find("password", from)) {
        from = key + 1;
        auto eq = key + 8;
        while (eq < text.size() && is_space(text[eq]))
            ++eq;
        if (eq >= text.size() || text[eq] != '=')
            continue;
        auto value = eq + 1;
        while (value < text.size() && is_space(text[value]))
            ++value;
        auto end = value;
        if (end < text.size() && text[end] == '\'') {
            for (++end; end < text.size() && text[end] != '\''; ++end)
                if (text[end] == '\\')
                    ++end;
            end = std::min(end + 1, text.size());
        } else {
            while (end < text.size() && !is_space(text[end]) && text[end] != '&' && text[end] != '#' && text[end] != '"')
                ++end;
        }
        auto begin = key;
        while (begin > 0 && std::isalnum(static_cast<unsigned char>(text[begin - 1])))
            --begin; // sslpassword, PGPASSWORD
        // The separator goes too: "?password=x&a=b" -> "?a=b", "a=b&password=x" -> "a=b", "host=h password=x" -> "host=h".
        if (end < text.size() && text[end] == '&' && begin > 0 && text[begin - 1] == '?')
            ++end;
        else if (begin > 0 && (text[begin - 1] == '&' || text[begin - 1] == '?'))
            --begin;
        else
            while (end < text.size() && is_space(text[end]))
                ++end;
        text.erase(begin, end - begin);
        from = begin;
    }
    return text;
}
} // namespace

std::string without_password(const std::string& text)
{
    return without_keyword_passwords(without_url_passwords(text));
}

} // namespace hs
