#pragma once
// Identifiers and time stamps shared by the store, the exchange files and the demo data.
#include <string>

namespace hs {
std::string new_uid();           // 32 random hex digits: a response's identity across machines
std::string new_secret();        // 64 hex digits from the system's secure random source: never stored, only hashed
std::string new_response_code(); // e.g. "K7M-4QX": no 0/O or 1/I/L, read aloud and typed back
std::string now_iso();           // YYYY-MM-DDTHH:MM:SSZ, UTC
std::string today_iso();         // YYYY-MM-DD, UTC
} // namespace hs
