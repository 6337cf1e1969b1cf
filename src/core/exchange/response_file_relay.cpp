// Reading a portable file on a second thread while the caller's sink stores what was read: on a computer with
// more than one core an import parses and checks the next responses while the store writes the previous ones, so
// its time is that of the slower half instead of the sum. The reader hands batches of responses over a short
// queue (memory stays that of a few batches); the sink is called on the caller's thread only, in file order, so
// a sink that owns a database connection needs no locking. The guarantees are those of read_response_file: the
// reader's FileRefused comes out after everything read before the problem went to the sink, and an exception from
// the sink stops the reader and comes out unchanged.
#include "exchange/response_file.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace hs {

namespace {

// What the reader found, in file order: the header, a response or an agreement.
struct Event {
    enum class Kind { Header, Response, Agreement } kind;
    NewResponse response;
    PortableAgreement agreement;
    std::unique_ptr<ResponseFileHeader> header; // once per file
};
using Batch = std::vector<Event>;

// Thrown inside the reader when the sink has failed: it only stops the reading.
struct Cancelled {};

// The queue between the reader's thread and the caller's.
class Relay : public ResponseFileSink {
public:
    static constexpr std::size_t kBatch = 64; // responses per hand-over: a hand-over costs a lock and a wake-up
    static constexpr std::size_t kQueued = 4; // batches waiting at most

    // The reader's side.
    void header(const ResponseFileHeader& h) override
    {
        Event e{Event::Kind::Header, {}, {}, std::make_unique<ResponseFileHeader>(h)};
        add(std::move(e));
    }
    void response(const NewResponse& r) override { add(Event{Event::Kind::Response, r, {}, nullptr}); }
    void agreement(const PortableAgreement& a) override { add(Event{Event::Kind::Agreement, {}, a, nullptr}); }

    // Hands on what is left; called when the reader has finished, with its exception when it failed.
    void finish(std::exception_ptr failure)
    {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!filling_.empty())
            queue_.push_back(std::move(filling_));
        failure_ = std::move(failure);
        done_ = true;
        ready_.notify_one();
    }

    // The caller's side: passes every event to `sink`; rethrows the reader's failure at the end.
    void drain(ResponseFileSink& sink)
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock<std::mutex> lock(mutex_);
                ready_.wait(lock, [&] { return !queue_.empty() || done_; });
                if (queue_.empty()) {
                    if (failure_)
                        std::rethrow_exception(failure_);
                    return;
                }
                batch = std::move(queue_.front());
                queue_.pop_front();
                room_.notify_one();
            }
            for (Event& e : batch) {
                switch (e.kind) {
                case Event::Kind::Header: sink.header(*e.header); break;
                case Event::Kind::Response: sink.response(e.response); break;
                case Event::Kind::Agreement: sink.agreement(e.agreement); break;
                }
            }
        }
    }

    // The caller's sink failed: the reader stops at its next hand-over.
    void cancel()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        cancelled_ = true;
        queue_.clear();
        room_.notify_one();
    }

private:
    void add(Event&& e)
    {
        if (filling_.empty())
            filling_.reserve(kBatch);
        filling_.push_back(std::move(e));
        if (filling_.size() < kBatch)
            return;
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] { return queue_.size() < kQueued || cancelled_; });
        if (cancelled_)
            throw Cancelled{};
        queue_.push_back(std::move(filling_));
        filling_ = Batch();
        ready_.notify_one();
    }

    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<Batch> queue_;
    Batch filling_; // the reader's own, not under the lock
    std::exception_ptr failure_;
    bool done_ = false, cancelled_ = false;
};

} // namespace

void read_response_file_alongside(const std::string& path, ResponseFileSink& sink)
{
    if (std::thread::hardware_concurrency() < 2) {
        read_response_file(path, sink);
        return;
    }
    Relay relay;
    std::thread reader([&] {
        std::exception_ptr failure;
        try {
            read_response_file(path, relay);
        } catch (const Cancelled&) {
        } catch (...) {
            failure = std::current_exception();
        }
        relay.finish(failure);
    });
    try {
        relay.drain(sink);
    } catch (...) {
        relay.cancel();
        reader.join();
        throw;
    }
    reader.join();
}

} // namespace hs
