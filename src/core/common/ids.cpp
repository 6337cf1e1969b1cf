// Identifiers and time stamps: the secret uid that makes imports idempotent, the short code a respondent reads
// aloud, and ISO 8601 dates in UTC.
#include "common/ids.h"

#include <chrono>
#include <ctime>
#include <random>

namespace hs {

namespace {

std::mt19937_64& rng()
{
    static thread_local std::mt19937_64 engine{[] {
        std::random_device rd;
        std::seed_seq seq{rd(), rd(), rd(), rd()};
        return std::mt19937_64(seq);
    }()};
    return engine;
}

} // namespace

std::string now_iso()
{
    auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    gmtime_s(&tm, &t); // the C runtime's thread-safe form (arguments the other way round)
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string new_uid()
{
    std::uniform_int_distribution<unsigned> hex(0, 15);
    std::string s(32, '0');
    for (auto& c : s)
        c = "0123456789abcdef"[hex(rng())];
    return s;
}

std::string new_secret()
{
    // Straight from the operating system's generator (getrandom, BCryptGenRandom), not the fast engine above,
    // whose state could in principle be recovered from the uids it produced.
    std::random_device device;
    std::string s;
    for (int i = 0; i < 8; ++i) {
        const unsigned word = device();
        for (int shift = 28; shift >= 0; shift -= 4)
            s += "0123456789abcdef"[(word >> shift) & 0xf];
    }
    return s;
}

std::string new_response_code()
{
    // No 0/O, 1/I/L: the code is read aloud and typed back in.
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::uniform_int_distribution<std::size_t> pick(0, sizeof alphabet - 2);
    std::string s;
    for (int i = 0; i < 7; ++i)
        s += i == 3 ? '-' : alphabet[pick(rng())];
    return s;
}

std::string today_iso() { return now_iso().substr(0, 10); }

} // namespace hs
