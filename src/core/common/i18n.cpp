#include "common/i18n.h"

#include <vector>

namespace hs {
namespace {
Translator g_translator = nullptr;
}
void set_translator(Translator translator) { g_translator = translator; }
std::string tr(const char* msgid) { return g_translator ? g_translator(msgid) : std::string(msgid); }
} // namespace hs

namespace hs {
namespace {
// %1 .. %9 of `pattern` replaced by args[0] .. args[8]; a placeholder without an argument stays as it is.
std::string substitute(const std::string& pattern, const std::string* args, std::size_t count)
{
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        char c = pattern[i];
        if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
            auto n = static_cast<std::size_t>(pattern[i + 1] - '1');
            if (n < count) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}
} // namespace

std::string format(const std::string& pattern, std::initializer_list<std::string> args)
{
    return substitute(pattern, args.begin(), args.size());
}

std::string trf(const char* msgid, std::initializer_list<std::string> args) { return format(tr(msgid), args); }

std::string trfn(long long n, const char* one, const char* many, std::initializer_list<std::string> args)
{
    // %1 is the number: each placeholder of `args` moves up one.
    std::vector<std::string> all{std::to_string(n)};
    all.insert(all.end(), args.begin(), args.end());
    return substitute(tr(n == 1 ? one : many), all.data(), all.size());
}
} // namespace hs
