// Strict UTF-8 checking and the Windows-1252 conversion (see utf8.h).
#include "common/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace hs::utf8 {

namespace {

// The continuation bytes a lead byte needs and the allowed range of the first of them; false for a byte that
// cannot start a sequence.
bool lead(unsigned char c, int& count, unsigned char& lo, unsigned char& hi)
{
    lo = 0x80;
    hi = 0xBF;
    if (c < 0x80)
        count = 0;
    else if (c >= 0xC2 && c <= 0xDF)
        count = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        count = 2;
        if (c == 0xE0)
            lo = 0xA0; // no overlong forms
        else if (c == 0xED)
            hi = 0x9F; // no surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        count = 3;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F; // nothing above U+10FFFF
    } else
        return false;
    return true;
}

// Length of the valid sequence starting at text[i], or 0 when it is invalid or truncated.
std::size_t sequence_at(std::string_view text, std::size_t i)
{
    int count = 0;
    unsigned char lo = 0, hi = 0;
    if (!lead(static_cast<unsigned char>(text[i]), count, lo, hi))
        return 0;
    if (i + static_cast<std::size_t>(count) >= text.size())
        return count == 0 ? 1 : 0; // truncated at the end of the text
    for (int k = 1; k <= count; ++k) {
        const auto b = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        if (b < lo || b > hi)
            return 0;
        lo = 0x80;
        hi = 0xBF;
    }
    return static_cast<std::size_t>(count) + 1;
}

// Windows-1252's bytes 0x80..0x9F as Unicode code points (0 where the byte is undefined).
constexpr char32_t kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace

std::size_t first_invalid(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t n = sequence_at(text, i);
        if (n == 0)
            return i;
        i += n;
    }
    return std::string_view::npos;
}

bool is_valid(std::string_view text) { return first_invalid(text) == std::string_view::npos; }

std::string_view without_bom(std::string_view text)
{
    if (text.substr(0, kBom.size()) == kBom)
        text.remove_prefix(kBom.size());
    return text;
}

int line_at(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

bool Validator::feed(std::string_view piece)
{
    if (!ok_)
        return false;
    const char* data = piece.data();
    const std::size_t size = piece.size();
    std::size_t start = 0; // where the sequence under way began (0 when it began in an earlier piece)
    for (std::size_t i = 0; i < size; ++i) {
        if (pending_ == 0) {
            // Most text is ASCII (a portable response file nearly all): skip it eight bytes at a time.
            while (i + 8 <= size) {
                std::uint64_t word;
                std::memcpy(&word, data + i, 8);
                if (word & 0x8080808080808080ull)
                    break;
                i += 8;
            }
            if (i == size)
                break;
        }
        const auto c = static_cast<unsigned char>(data[i]);
        if (pending_ > 0) {
            if (c < lo_ || c > hi_)
                return fail(start); // the sequence is invalid from its first byte on, as first_invalid says
            --pending_;
            lo_ = 0x80;
            hi_ = 0xBF;
        } else if (c >= 0x80) {
            if (!lead(c, pending_, lo_, hi_))
                return fail(i);
            start = i;
        }
    }
    return true;
}

bool Validator::fail(std::size_t offset)
{
    ok_ = false;
    invalid_at_ = offset;
    return false;
}

bool has_multibyte(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) >= 0x80 && sequence_at(text, i) > 1)
            return true;
    return false;
}

bool is_windows1252(std::string_view text)
{
    return std::none_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x80 && c <= 0x9F && kHigh[c - 0x80] == 0;
    });
}

std::string from_windows1252(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80)
            out += ch;
        else if (c < 0xA0)
            append(out, kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD);
        else
            append(out, c);
    }
    return out;
}

std::string sanitized(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t n = static_cast<unsigned char>(text[i]) < 0x80 ? 1 : sequence_at(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

} // namespace hs::utf8
