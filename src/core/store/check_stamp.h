#pragma once
// Which database files passed SQLite's page-by-page check (PRAGMA quick_check) in exactly the state they are in
// now. Every open of a database file checks it, but the check reads every page (about half a second for an
// organisation's years of rounds, many times the work of exporting one team's trend), so a reading verb pays for
// it once after each change, not at every open: a file that passed with the same size, time of change and
// SQLite's change counter, and the same of its -wal journal, is not read through again. A writing open always
// checks. The record is a small file per database in the user's cache folder; when it cannot be read or written,
// every open checks.
#include <filesystem>
#include <string>

namespace hs {

// The file's state as one line of text ("" when it cannot be read): what a change to the file changes.
std::string database_file_state(const std::filesystem::path& db);

// True when the file passed the check before in `state`, a database_file_state() taken before that check.
bool passed_check_in_state(const std::filesystem::path& db, const std::string& state);

// Remembers that the file passed the check in `state` (taken before the check began, so a change made while it
// ran is not covered). Quietly does nothing when the cache folder cannot be written.
void remember_passed_check(const std::filesystem::path& db, const std::string& state);

// Where the record of `db` is kept.
std::filesystem::path check_stamp_file(const std::filesystem::path& db);

} // namespace hs
