// Identifiers and time stamps: the secret uid that makes imports idempotent, the short code a respondent reads
// aloud, and ISO 8601 dates in UTC, written and checked.
#include "common/ids.h"

#include <chrono>
#include <cstdio>
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

// The present moment broken down, in UTC or on the local clock (the thread-safe forms of each platform).
std::tm now_broken_down(bool local)
{
    const auto t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#ifdef _WIN32
    // The C runtime's forms take their arguments the other way round.
    if (local)
        localtime_s(&tm, &t);
    else
        gmtime_s(&tm, &t);
#else
    if (local)
        localtime_r(&t, &tm);
    else
        gmtime_r(&t, &tm);
#endif
    return tm;
}

} // namespace

std::string now_iso()
{
    const std::tm tm = now_broken_down(false);
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

// The day on the user's calendar (local time): the date people see and type, e.g. the day an agreement was done.
// Moments (now_iso) stay in UTC, so copies written on two machines compare.
std::string today_iso()
{
    const std::tm tm = now_broken_down(true);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

namespace {

// The `count` digits of `s` from `from`, as a number; -1 when one of them is not a digit.
int digits(const std::string& s, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// Days since 1970-01-01 of a date in the proleptic Gregorian calendar, and back (H. Hinnant's algorithms): plain
// arithmetic, the same on every platform, where timegm is not.
long long days_from_civil(int y, int m, int d)
{
    if (m <= 2)
        --y;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(long long z, int& y, int& m, int& d)
{
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

} // namespace

bool is_iso_date(const std::string& s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return false;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool is_iso_timestamp(const std::string& s)
{
    if (s.size() != 20 || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[19] != 'Z' || !is_iso_date(s.substr(0, 10)))
        return false;
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    return hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60;
}

std::string stamp_after(const std::string& previous)
{
    std::string now = now_iso();
    if (!is_iso_timestamp(previous) || now > previous)
        return now;
    const long long seconds = days_from_civil(digits(previous, 0, 4), digits(previous, 5, 2), digits(previous, 8, 2)) * 86400 +
                              digits(previous, 11, 2) * 3600 + digits(previous, 14, 2) * 60 + digits(previous, 17, 2) + 1;
    int y = 0, m = 0, d = 0;
    civil_from_days(seconds / 86400, y, m, d);
    const long long in_day = seconds % 86400;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02lld:%02lld:%02lldZ", y, m, d, in_day / 3600, in_day / 60 % 60, in_day % 60);
    return buf;
}

} // namespace hs
