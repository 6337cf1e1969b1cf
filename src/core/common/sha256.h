#pragma once
// SHA-256 (FIPS 180-4), for the secrets that are stored only as hashes: a server response's session secret and a
// respondent's resume PIN. Small and dependency-free so the core needs no crypto library on any platform.
#include <string>

namespace hs {
// The hash of `data` as 64 lower-case hex digits (PostgreSQL: encode(sha256(convert_to(data, 'UTF8')), 'hex')).
std::string sha256_hex(const std::string& data);
} // namespace hs
