#pragma once
// What a reader of the portable file hands its sink, written down as text lines, so that two readings of one file
// (whole and in pieces, or on one thread and on two) compare with one ==. Header-only: the core tests and the fuzz
// target both use it.
#include "common/file_problem.h"
#include "common/perspective.h"
#include "common/records.h"
#include "exchange/response_file.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace hs::test {

// A sink that writes down everything it hears; with `stop_after`, it throws "the sink stops" at the response after
// that many, as a store that fails would.
class ResponseFileLog : public ResponseFileSink {
public:
    explicit ResponseFileLog(std::size_t stop_after = SIZE_MAX) : stop_after_(stop_after) {}
    void header(const ResponseFileHeader& h) override
    {
        seen.push_back("header " + h.round_label + " " + h.round_date + " " + h.questionnaire.id + " " +
                       h.questionnaire.version + " " + std::to_string(h.mirrors.size()));
    }
    void response(const NewResponse& r) override
    {
        if (++responses > stop_after_)
            throw std::runtime_error("the sink stops");
        std::string text = "response " + r.uid + " " + r.code + " " + r.team + " " + role_key(r.role) +
                           (r.consensus ? " consensus " : " ") + perspective_name(r.perspective) + " :";
        for (AnswerCode a : r.answers)
            text += std::to_string(a) + ",";
        for (const auto& [dimension, remark] : r.remarks)
            text += " [" + std::to_string(dimension) + "] " + remark;
        seen.push_back(text);
    }
    void agreement(const PortableAgreement& a) override { seen.push_back("agreement " + a.agreement.uid); }

    std::vector<std::string> seen;
    std::size_t responses = 0;

private:
    std::size_t stop_after_;
};

// What a reading made the sink hear, and the problems (file:line: reason) it was refused with, if any.
struct Reading {
    std::vector<std::string> seen;
    std::vector<std::string> problems;
    bool operator==(const Reading& o) const { return seen == o.seen && problems == o.problems; }
};

// Runs `read(sink)` and writes down what it did.
template <class Read>
Reading reading(Read&& read)
{
    ResponseFileLog log;
    Reading out;
    try {
        read(log);
    } catch (const FileRefused& e) {
        for (const auto& p : e.problems())
            out.problems.push_back(p.to_string());
    }
    out.seen = std::move(log.seen);
    return out;
}

// Two readings of one file agree: an accepted file hands on the same things; a refused one is refused with the
// same problems, after handing on its first responses, more of them or fewer depending on where it was cut or
// chunked, the same as far as both went.
inline bool alike(const Reading& a, const Reading& b)
{
    if (a.problems.empty() || b.problems.empty())
        return a == b;
    const std::size_t common = std::min(a.seen.size(), b.seen.size());
    return a.problems == b.problems && std::equal(a.seen.begin(), a.seen.begin() + static_cast<std::ptrdiff_t>(common), b.seen.begin());
}

} // namespace hs::test
