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
    const std::string t = lower(trimmed(raw));
    if (t.empty())
        return kUnanswered;
    if (t == "nvt" || t == "n.v.t." || t == "n.v.t" || t == "n/a" || t == "na")
        return kNotApplicable;
    if (t == "weet-niet" || t == "weet niet" || t == "?" || t == "wn" || t == "don't know" || t == "dk")
        return kDontKnow;
    if (t.size() > 3 || !std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); }))
        return std::nullopt;
    int v = std::stoi(t);
    if (v < 1 || v > 100)
        return std::nullopt;
    return static_cast<AnswerCode>(v);
}

} // namespace hs
