// Reading a large portable file in pieces, several at once on threads of their own. Expat sets the pace of an import
// (three quarters of the reading), and one parser reads one byte after the other; parsers that are each given a
// piece of the file starting at a <response> tag share the cores. What they read goes to the sink in file order, a
// piece at a time and only once the whole piece has been read without a problem, so memory stays that of a few
// pieces (a piece that would hold more than kMaxHeldBytes is given up, and the file read on one thread).
//
// A cut is made where the text "<response" stands, which is not proof that a response starts there: it may be
// inside a comment or a CDATA section. Each piece is therefore read as the content of the root element, closed at
// its end; a cut that lies anywhere else leaves the piece before it unfinished (an open comment, an open element)
// and that piece fails. Any failure, real or from a cut, reads the whole file again from its start on one thread,
// which gives every message with its line, and passes on only what the pieces did not pass on already: the first
// events of that reading are the same events, in the same order.
#include "exchange/response_file_reader.h"

#include "common/file_problem.h"
#include "common/i18n.h"
#include "common/input_file.h"
#include "common/limits.h"
#include "common/paths.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <filesystem>
#include <future>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <system_error>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

namespace hs {

namespace {

// A piece's size: an eighth of a small file, a megabyte of a large one (30 pieces in a round of 400 teams).
constexpr std::size_t kPiecesOfASmallFile = 8;
constexpr std::size_t kMinPieceBytes = 64 * 1024;
constexpr std::size_t kMaxPieceBytes = 1024 * 1024;
constexpr std::size_t kPiecesAtOnce = 3;    // pieces being read while this thread cuts the next one
constexpr std::size_t kMaxPieceFactor = 16; // no cut within 16 pieces' worth of text (or reads): read on one thread
// A piece keeps its responses until it has been read, and a response holds a byte per statement: a file of tiny
// responses to a huge questionnaire would hold far more than its text. Past this a piece is given up.
constexpr std::size_t kMaxHeldBytes = 16 * 1024 * 1024;

struct PieceTooLarge {};

// What a piece held, kept until the whole piece has been read.
class PieceEvents : public ResponseFileSink {
public:
    void header(const ResponseFileHeader& h) override { header_ = h; }
    void response(const NewResponse& r) override
    {
        std::size_t bytes = sizeof(NewResponse) + r.answers.size() + r.uid.size() + r.code.size() + r.team.size();
        for (const auto& remark : r.remarks)
            bytes += 64 + remark.second.size();
        hold(bytes);
        events_.emplace_back(r);
    }
    void agreement(const PortableAgreement& a) override
    {
        hold(sizeof(PortableAgreement) + a.agreement.action.size() + a.agreement.evaluation.size() + a.agreement.owner.size());
        events_.emplace_back(a);
    }

    const std::optional<ResponseFileHeader>& file_header() const { return header_; }
    // Hands everything on; returns how many responses and agreements that was.
    std::size_t pass_on(ResponseFileSink& sink) const
    {
        if (header_)
            sink.header(*header_);
        for (const auto& e : events_) {
            if (const auto* r = std::get_if<NewResponse>(&e))
                sink.response(*r);
            else
                sink.agreement(std::get<PortableAgreement>(e));
        }
        return events_.size();
    }

private:
    void hold(std::size_t bytes)
    {
        held_ += bytes;
        if (held_ > kMaxHeldBytes)
            throw PieceTooLarge{};
    }

    std::optional<ResponseFileHeader> header_;
    std::vector<std::variant<NewResponse, PortableAgreement>> events_;
    std::size_t held_ = 0;
};

// The file as it was when the reading began: the reading on one thread that may follow must read the same file.
struct FileState {
    std::uintmax_t size = 0;
    std::filesystem::file_time_type written{};
    bool operator==(const FileState& o) const { return size == o.size && written == o.written; }
};
FileState state_of(const std::string& path)
{
    std::error_code error;
    const auto p = path_from_utf8(path);
    return {std::filesystem::file_size(p, error), std::filesystem::last_write_time(p, error)};
}

// Passes on what comes after the first `skip` responses and agreements, and the header only if not passed on yet.
class AfterWhatWasPassedOn : public ResponseFileSink {
public:
    AfterWhatWasPassedOn(ResponseFileSink& sink, bool header_passed, std::size_t skip)
        : sink_(sink), header_passed_(header_passed), skip_(skip)
    {
    }
    void header(const ResponseFileHeader& h) override
    {
        if (!header_passed_)
            sink_.header(h);
    }
    void response(const NewResponse& r) override
    {
        if (skip_ > 0)
            --skip_;
        else
            sink_.response(r);
    }
    void agreement(const PortableAgreement& a) override
    {
        if (skip_ > 0)
            --skip_;
        else
            sink_.agreement(a);
    }

private:
    ResponseFileSink& sink_;
    bool header_passed_;
    std::size_t skip_;
};

// Cuts the file into pieces of at least `want` bytes, each ending just before a "<response" followed by a space or
// the tag's end.
class Cutter {
public:
    Cutter(const std::string& path, std::size_t want) : in_(path, limits::kMaxDataFileBytes), want_(want) {}

    bool done() const { return at_end_ && pending_.empty(); }

    // The next piece; nullopt when no cut was found within kMaxPieceFactor pieces' worth of text.
    std::optional<std::string> next()
    {
        std::size_t from = want_;
        for (;;) {
            while (pending_.size() < from + kTag.size() + 1 && !at_end_)
                more();
            if (const auto cut = find_cut(from)) {
                // The piece keeps the buffer; only what follows the cut (less than a read) is copied.
                std::string piece = std::move(pending_);
                pending_.reserve(want_ + 2 * kReadBytes);
                pending_.assign(piece, *cut, std::string::npos);
                piece.resize(*cut);
                return piece;
            }
            if (at_end_)
                return std::exchange(pending_, std::string());
            if (pending_.size() > kMaxPieceFactor * std::max(want_, kReadBytes))
                return std::nullopt;
            from = pending_.size() - kTag.size();
            more();
        }
    }

private:
    static constexpr std::string_view kTag = "<response";
    static constexpr std::size_t kReadBytes = 64 * 1024;

    void more()
    {
        const std::size_t had = pending_.size();
        pending_.resize(had + kReadBytes);
        const std::size_t got = in_.read(pending_.data() + had, kReadBytes);
        pending_.resize(had + got);
        at_end_ = got == 0;
    }

    std::optional<std::size_t> find_cut(std::size_t from) const
    {
        for (std::size_t at = pending_.find(kTag, from); at != std::string::npos; at = pending_.find(kTag, at + 1)) {
            if (at + kTag.size() >= pending_.size())
                return std::nullopt; // the character after it is not read yet
            const char after = pending_[at + kTag.size()];
            if (std::strchr(" \t\r\n/>", after) && after != '\0')
                return at;
        }
        return std::nullopt;
    }

    InputFile in_;
    std::size_t want_;
    std::string pending_;
    bool at_end_ = false;
};

std::optional<PieceEvents> read_piece(const std::string& path, const ResponseFileHeader& header, const std::string& text,
                                      bool last)
{
    try {
        PieceEvents events;
        exchange_detail::read_file_piece(path, header, text, last, events);
        return events;
    } catch (...) { // a problem, or a cut in the wrong place: the file is read again on one thread
        return std::nullopt;
    }
}

} // namespace

namespace exchange_detail {

bool read_file_in_pieces(const std::string& path, ResponseFileSink& sink, std::size_t piece_bytes)
{
    if (piece_bytes == 0)
        throw std::invalid_argument("read_file_in_pieces: pieces of 0 bytes");
    const FileState before = state_of(path);
    bool header_passed = false;
    std::size_t passed = 0; // responses and agreements
    auto again_on_one_thread = [&] {
        // What was passed on is skipped by counting: only right if the file is still the one the pieces came from.
        if (header_passed && !(state_of(path) == before))
            throw FileRefused({{path, 0, tr(N_("the file changed while it was read (import it again when it is no longer being written)"))}});
        AfterWhatWasPassedOn rest(sink, header_passed, passed);
        read_whole_file(path, rest);
        return false;
    };

    Cutter cutter(path, piece_bytes);
    const std::optional<std::string> start = cutter.next();
    if (!start || cutter.done())
        return again_on_one_thread();
    PieceEvents first;
    try {
        read_file_start(path, *start, first);
    } catch (...) {
        return again_on_one_thread();
    }
    if (!first.file_header())
        return again_on_one_thread();
    const ResponseFileHeader header = *first.file_header();
    passed += first.pass_on(sink);
    header_passed = true;

    // Declared after `header`, which the pieces read: destroyed first, waiting for the pieces still being read.
    std::deque<std::future<std::optional<PieceEvents>>> reading;
    auto pass_on_oldest = [&] {
        const std::optional<PieceEvents> events = reading.front().get();
        reading.pop_front();
        if (events)
            passed += events->pass_on(sink);
        return events.has_value();
    };
    while (!cutter.done()) {
        if (reading.size() == kPiecesAtOnce && !pass_on_oldest())
            return reading.clear(), again_on_one_thread();
        std::optional<std::string> piece = cutter.next();
        if (!piece)
            return reading.clear(), again_on_one_thread();
        const bool last = cutter.done();
        try {
            reading.push_back(std::async(std::launch::async, [&path, &header, text = std::move(*piece), last] {
                return read_piece(path, header, text, last);
            }));
        } catch (const std::system_error&) { // no thread to be had: one is enough
            return reading.clear(), again_on_one_thread();
        }
    }
    while (!reading.empty())
        if (!pass_on_oldest())
            return reading.clear(), again_on_one_thread();
    return true;
}

} // namespace exchange_detail

void read_response_file(const std::string& path, ResponseFileSink& sink)
{
    // Small files, and computers with one core, are read on one thread: cutting would only cost.
    std::error_code error;
    const auto size = std::filesystem::file_size(path_from_utf8(path), error);
    const std::size_t piece = std::clamp<std::size_t>(error ? 0 : size / kPiecesOfASmallFile, kMinPieceBytes, kMaxPieceBytes);
    if (error || size < 4 * piece || std::thread::hardware_concurrency() < 2)
        return exchange_detail::read_whole_file(path, sink);
    exchange_detail::read_file_in_pieces(path, sink, piece);
}

} // namespace hs
