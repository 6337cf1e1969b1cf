// Reading a portable file on a second thread while the caller's sink stores what was read (exchange/relay_impl.h): the
// sink is called on the caller's thread only, in file order. The guarantees are those of read_response_file: the
// reader's FileRefused comes out after everything read before the problem went to the sink, and an exception from
// the sink stops the reader and comes out unchanged.
#include "exchange/response_file.h"

#include "exchange/relay_impl.h"

#include <memory>
#include <type_traits>

namespace hs {

namespace {

// What the reader found, in file order: the header, a response or an agreement.
struct Event {
    enum class Kind { Header, Response, Agreement } kind;
    NewResponse response;
    PortableAgreement agreement;
    std::unique_ptr<ResponseFileHeader> header; // once per file
};

// The reader's sink: every event handed on by `put`.
template <class Put>
class EventSink : public ResponseFileSink {
public:
    explicit EventSink(Put& put) : put_(put) {}
    void header(const ResponseFileHeader& h) override
    {
        put_(Event{Event::Kind::Header, {}, {}, std::make_unique<ResponseFileHeader>(h)});
    }
    void response(const NewResponse& r) override { put_(Event{Event::Kind::Response, r, {}, nullptr}); }
    void agreement(const PortableAgreement& a) override { put_(Event{Event::Kind::Agreement, {}, a, nullptr}); }

private:
    Put& put_;
};

} // namespace

void read_response_file_alongside(const std::string& path, ResponseFileSink& sink)
{
    exchange_detail::relay_alongside<Event>(
        [&](auto&& put) {
            EventSink<std::remove_reference_t<decltype(put)>> events(put);
            read_response_file(path, events);
        },
        [&](Event&& e) {
            switch (e.kind) {
            case Event::Kind::Header: sink.header(*e.header); break;
            case Event::Kind::Response: sink.response(e.response); break;
            case Event::Kind::Agreement: sink.agreement(e.agreement); break;
            }
        });
}

} // namespace hs
