// Answers as text in exchange files, both directions.
#include "exchange/answer_text.h"

#include <algorithm>
#include <cctype>

namespace hs {

namespace exchange_detail {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string trimmed(const std::string& s)
{
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return "";
    auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}
} // namespace exchange_detail

using namespace exchange_detail;

namespace {
// One to three ASCII digits (not std::isdigit: that depends on the locale).
bool short_number(const std::string& s)
{
    return !s.empty() && s.size() <= 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<AnswerCode> number_answer(const std::string& digits)
{
    int v = 0;
    for (char c : digits)
        v = 10 * v + (c - '0');
    if (v < 1 || v > 100)
        return std::nullopt;
    return static_cast<AnswerCode>(v);
}
} // namespace

std::string answer_text(AnswerCode code)
{
    if (code == kNotApplicable)
        return "nvt";
    if (code == kDontKnow)
        return "weet-niet";
    if (code == kUnanswered)
        return "";
    return std::to_string(code);
}

std::optional<AnswerCode> parse_answer_text(const std::string& raw)
{
    // Nearly every answer of a large file is a bare number: read as it stands, without the copies and the
    // comparisons with the words below (a number with spaces around it takes the general way, to the same value).
    if (short_number(raw))
        return number_answer(raw);
    const std::string t = lower(trimmed(raw));
    if (t.empty())
        return kUnanswered;
    if (t == "nvt" || t == "n.v.t." || t == "n.v.t" || t == "n/a" || t == "na")
        return kNotApplicable;
    if (t == "weet-niet" || t == "weet niet" || t == "?" || t == "wn" || t == "don't know" || t == "dk")
        return kDontKnow;
    if (!short_number(t))
        return std::nullopt;
    return number_answer(t);
}

} // namespace hs
