#pragma once
#include <stdexcept>
#include <string>

namespace hs {

// Every failure of the store is one of these; the message is meant for the user and names the file.
class StoreError : public std::runtime_error {
public:
    enum class Kind {
        CannotOpen,    // missing folder, no permission
        NotADatabase,  // not an SQLite file, or corrupt
        NotOurs,       // an SQLite database of another program
        NewerVersion,  // written by a newer Herstelspiegel
        OlderVersion,  // written by an earlier Herstelspiegel, opened read-only: a writing open updates it
        Locked,        // another program holds the database
        ReadOnly,      // the file or its folder cannot be written
        Refused,       // the request breaks a rule (unknown team, closed round, ...)
        NotFound,
        Other,
    };
    StoreError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

} // namespace hs
