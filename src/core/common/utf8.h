#pragma once
// UTF-8 checking for every text that comes in (files, typed text), and the one conversion the program makes
// on its own: Windows-1252 (what Excel on Windows writes as "CSV") to UTF-8, when that encoding is unambiguous.
// Strict UTF-8 as RFC 3629 defines it: no overlong forms, no surrogates, nothing above U+10FFFF.
#include <cstddef>
#include <string>
#include <string_view>

namespace hs::utf8 {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// True when `text` is valid UTF-8 as a whole.
bool is_valid(std::string_view text);
// Byte offset of the first byte that starts an invalid or truncated sequence, or npos when the text is valid.
std::size_t first_invalid(std::string_view text);
// `text` without a leading UTF-8 byte order mark.
std::string_view without_bom(std::string_view text);
// The 1-based line (counting '\n') on which byte `offset` of `text` lies.
int line_at(std::string_view text, std::size_t offset);

// Checks text that arrives in pieces (a stream read in blocks): a sequence may be split across pieces.
class Validator {
public:
    // Feeds the next piece; false (and stays false) from the first invalid byte on.
    bool feed(std::string_view piece);
    // True when everything fed was valid and no sequence is left unfinished.
    bool finish() const { return ok_ && pending_ == 0; }
    bool ok() const { return ok_; }
    // After feed() returned false: the offset, within the piece it was given, where the first invalid sequence
    // begins (0 when it began in an earlier piece), as first_invalid reports it for a whole text.
    std::size_t invalid_at() const { return invalid_at_; }

private:
    bool fail(std::size_t offset);
    bool ok_ = true;
    std::size_t invalid_at_ = 0;
    int pending_ = 0;          // continuation bytes still expected
    unsigned char lo_ = 0x80;  // allowed range of the next continuation byte (narrower after E0, ED, F0, F4)
    unsigned char hi_ = 0xBF;
};

// True when `text` holds at least one valid multi-byte UTF-8 sequence (then it is not plain Windows-1252).
bool has_multibyte(std::string_view text);
// True when every byte of `text` is a character of Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are not).
bool is_windows1252(std::string_view text);
// `text` (Windows-1252) as UTF-8.
std::string from_windows1252(std::string_view text);

// `text` with every invalid sequence replaced by U+FFFD: for putting a foreign string in a message safely.
std::string sanitized(std::string_view text);

} // namespace hs::utf8
