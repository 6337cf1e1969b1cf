#include "common/i18n.h"

namespace hs {
namespace {
Translator g_translator = nullptr;
}
void set_translator(Translator translator) { g_translator = translator; }
std::string tr(const char* msgid) { return g_translator ? g_translator(msgid) : std::string(msgid); }
} // namespace hs

namespace hs {
std::string format(const std::string& pattern, std::initializer_list<std::string> args)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < args.size()) {
                out += *(args.begin() + n);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string trf(const char* msgid, std::initializer_list<std::string> args) { return format(tr(msgid), args); }

std::string trfn(long long n, const char* one, const char* many, std::initializer_list<std::string> args)
{
    std::string pattern = tr(n == 1 ? one : many);
    // %1 is the number: each placeholder of `args` moves up one.
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            const auto k = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (k == 0) {
                out += std::to_string(n);
                ++i;
                continue;
            }
            if (k - 1 < args.size()) {
                out += *(args.begin() + (k - 1));
                ++i;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}
} // namespace hs
