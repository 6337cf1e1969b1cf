#pragma once
// The portable response file (XML): a round's responses with the questionnaire as it was used. Written and read
// in one streaming pass each; the format is in the README.
#include "common/file_problem.h"
#include "questionnaire/questionnaire.h"
#include "store/store.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace hs {

inline constexpr const char* kResponseFileFormat = "1";

// What comes before the responses: the round and its questionnaire, and the round's client and relative versions
// (<questionnaire perspective="client" ...>, after the team's). A response of a client or relative says so in its
// perspective attribute, and how it was collected in its collection attribute; files without them (and responses
// of the team collected on screen, which the writer leaves plain so that version 2 still reads its files) are the
// team's, filled in on screen.
struct ResponseFileHeader {
    std::string round_label;
    std::string round_date;
    Questionnaire questionnaire;
    std::vector<Questionnaire> mirrors;
};

// Receives a portable file as it is read: the header once, then each checked response.
class ResponseFileSink {
public:
    virtual ~ResponseFileSink() = default;
    virtual void header(const ResponseFileHeader& header) = 0;
    virtual void response(const NewResponse& response) = 0;
    // The team's agreements come after the responses; a sink that only counts or checks may ignore them.
    virtual void agreement(const PortableAgreement&) {}
};

// Reads and checks a portable response file in one pass, handing each response to `sink` as soon as it is read
// (constant memory, linear time). FileRefused (file, line, reason: every problem found, up to a limit) when
// anything is wrong; the sink may have had responses before the problem was found, so the caller must be able to
// undo them (the import runs in one transaction). Exceptions from the sink pass through unchanged.
void read_response_file(const std::string& path, ResponseFileSink& sink);
// The same, with the reading on a second thread (on a computer with more than one core) while `sink` is called on
// this one, in file order: an import stores what was read while the next responses are read. The same guarantees
// and exceptions (response_file_relay.cpp).
void read_response_file_alongside(const std::string& path, ResponseFileSink& sink);

struct ResponseFile {
    std::string round_label;
    std::string round_date;
    Questionnaire questionnaire;
    std::vector<Questionnaire> mirrors;
    std::vector<NewResponse> responses;
    std::vector<PortableAgreement> agreements;
};
// The whole file in memory (small files, tests).
ResponseFile read_response_file(const std::string& path);

struct ResponseFileSummary {
    std::string round_label, round_date, questionnaire_id, questionnaire_version;
    std::size_t responses = 0;
    std::size_t answers = 0;
    std::size_t agreements = 0;
};
// Reads and checks a file without a store, in constant memory (the fuzz target and a dry run use it).
ResponseFileSummary check_response_file(const std::string& path);

// Writes the complete responses of a round (optionally one team) to `path`, through a temporary file, followed
// by the agreements of the same teams made after this round or an earlier one, with their current status (so that
// a round's file also carries how earlier agreements turned out). Returns the number of responses written.
int write_response_file(Store& store, RowId round, std::optional<RowId> team, const std::string& path);

} // namespace hs
