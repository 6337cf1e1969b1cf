#pragma once
// Damage detection beyond the quick check on every open: a full integrity check, and backups that are only
// written from an intact database and are checked themselves once written.
#include "store/store.h"

#include <string>

namespace hs {

// SQLite's findings ("*** in database main ***\nPage 5: ...") on one line, for a message.
std::string damage_text(const std::string& findings);

// Runs the full check (PRAGMA integrity_check; on a server the store's own invariant); StoreError
// (NotADatabase) with SQLite's findings and what to do when the database is damaged.
void require_intact(Store& store);

// require_intact, then Store::backup, then the copy is opened and checked as well. A damaged database is not
// backed up (it would replace a good backup with a bad one).
void backup_checked(Store& store, const std::string& out_path);

} // namespace hs
