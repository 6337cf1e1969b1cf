#pragma once
// Identifiers and time stamps shared by the store, the exchange files and the demo data.
#include <string>

namespace hs {
std::string new_uid();           // 32 random hex digits: a response's identity across machines
std::string new_secret();        // 64 hex digits from the system's secure random source: never stored, only hashed
std::string new_response_code(); // e.g. "K7M-4QX": no 0/O or 1/I/L, read aloud and typed back
std::string now_iso();           // YYYY-MM-DDTHH:MM:SSZ, UTC
std::string today_iso();         // YYYY-MM-DD, the local calendar day
// The exact forms above, as real calendar dates (years from 1900): dates and time stamps are compared as text,
// so only these forms keep text order and time order the same.
bool is_iso_date(const std::string& s);      // YYYY-MM-DD
bool is_iso_timestamp(const std::string& s); // YYYY-MM-DDTHH:MM:SSZ
// A time stamp for a new version of something last stamped `previous` ('' or a time stamp): now, or one second after
// `previous` when the clock does not lie after it, so a new version always sorts after the one it replaces.
std::string stamp_after(const std::string& previous);
} // namespace hs
