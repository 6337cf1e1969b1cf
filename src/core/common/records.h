#pragma once
// The common wing: what every other wing shares - the records the store hands out (ids are the database's
// row ids), answer codes, file problems, identifiers, whole-file I/O and the translation hook. It depends on
// nothing else in the program and never touches a database, a file format or a reader's language.
#include "common/answer.h"
#include "common/perspective.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace hs {

using RowId = std::int64_t;

struct Team {
    RowId id = 0;
    std::string name;
};

enum class RoundStatus { Open, Closed };

struct Round {
    RowId id = 0;
    std::string label; // unique across the organisation, e.g. "2026-voorjaar"
    std::string date;  // ISO 8601, YYYY-MM-DD
    std::string questionnaire_id;
    std::string questionnaire_version;
    RoundStatus status = RoundStatus::Open;
};

// Who a respondent is, in broad strokes only: the role is the one personal detail kept, and it is shown
// only for groups at or above the anonymity threshold.
enum class Role { Unspecified, Practitioner, ExpertByExperience, Manager, Other };
std::string role_key(Role role); // stable key used in files: "practitioner", ...
std::optional<Role> role_from_key(const std::string& key);
// A role as a form tool may write it (lower case): its key, or its name in English or Dutch ("hulpverlener").
std::optional<Role> role_from_words(const std::string& lowered);
const char* role_msgid(Role role); // the catalogue key of the role's name
std::string role_label(Role role);  // translated by the program's translator (tr)
const std::vector<Role>& all_roles();

enum class ResponseStatus { InProgress, Complete };

// How a response was collected. The mode shifts scores (people answer a paper form, a tablet in the waiting room
// and a form in front of their support worker differently), so every response records it. Import: a CSV file
// whose mode was not said.
enum class CollectionMode { Wizard, Kiosk, Paper, FormTool, Import };
const std::vector<CollectionMode>& all_collection_modes();
std::string collection_mode_key(CollectionMode mode); // stable key in the store and in files: "wizard", "kiosk", "paper", "form", "import"
std::optional<CollectionMode> collection_mode_from_key(const std::string& key);
const char* collection_mode_msgid(CollectionMode mode); // the catalogue key of the mode's name for readers

struct ResponseInfo {
    RowId id = 0;
    std::string uid;  // globally unique, makes imports idempotent
    std::string code; // short anonymous code shown to the respondent, e.g. "K7M-4QX"
    RowId round_id = 0;
    RowId team_id = 0;
    Role role = Role::Unspecified;
    bool consensus = false; // one response for the whole team
    ResponseStatus status = ResponseStatus::InProgress;
    int last_page = 0; // where an interrupted respondent continues
    std::string updated; // ISO 8601 UTC
    Perspective perspective = Perspective::Team; // a client's or relative's answers follow the round's version for them
    CollectionMode collection = CollectionMode::Wizard;
};

// A response with its answers, for analysis and export.
struct ResponseRecord {
    ResponseInfo info;
    std::vector<AnswerCode> answers;          // one per item of the round's questionnaire for its perspective, kUnanswered if none
    std::map<std::size_t, std::string> remarks; // by dimension index
};

// One team's participation in one round.
struct TeamParticipation {
    Round round;
    RowId team_id = 0;
    int complete = 0;    // the team's own members (or its consensus response)
    int in_progress = 0;
    bool consensus = false;
    int clients = 0;     // completed questionnaires of the team's clients and relatives (the mirror)
    int relatives = 0;
};

// An agreement ("afspraak") a team made after a round, about one dimension (optionally one statement of it), to
// follow up in later rounds. It belongs to the team, never to a respondent, and holds no answers: no anonymity
// threshold applies to it.
enum class AgreementStatus { Open, Done, Dropped };
std::string agreement_status_key(AgreementStatus status); // stable key used in the store and on the command line
std::optional<AgreementStatus> agreement_status_from_key(const std::string& key);

struct Agreement {
    RowId id = 0;
    std::string uid; // globally unique, for merging copies of the same agreement
    RowId team_id = 0;
    RowId round_id = 0;       // the round after which the team made it
    std::string dimension_id; // stable id in the questionnaire of that round
    std::string item_id;      // empty: the whole dimension
    std::string action;       // what will be done
    std::string owner;        // who takes care of it; may be empty
    std::string due;          // YYYY-MM-DD, or empty
    AgreementStatus status = AgreementStatus::Open;
    std::string status_date; // YYYY-MM-DD: when the status was last set (the day it was made, at first)
    std::string evaluation;  // how it worked out, in the team's own words
    std::string changed;     // YYYY-MM-DDTHH:MM:SSZ (UTC): last written, set by the store; '' before schema 5
};

} // namespace hs
