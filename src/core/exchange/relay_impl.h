#pragma once
// Reading on a second thread while the caller stores what was read: on a computer with more than one core an
// import parses and checks the next rows while the store writes the previous ones, so its time is that of the
// slower half instead of the sum. The reader hands batches over a short queue (memory stays that of a few
// batches); the caller's `take` runs on the caller's thread only, in the reader's order, so a `take` that owns a
// database connection needs no locking. The reader's exception comes out after everything read before it went to
// `take`; an exception from `take` stops the reader and comes out unchanged. Private to the exchange wing.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace hs::exchange_detail {

// Thrown inside the reader when the caller has failed: it only stops the reading.
struct RelayCancelled {};

template <class Item>
class Relay {
public:
    static constexpr std::size_t kBatch = 64; // items per hand-over: a hand-over costs a lock and a wake-up
    static constexpr std::size_t kQueued = 4; // batches waiting at most

    // The reader's side. RelayCancelled when the caller has given up.
    void add(Item&& item)
    {
        if (filling_.empty())
            filling_.reserve(kBatch);
        filling_.push_back(std::move(item));
        if (filling_.size() < kBatch)
            return;
        std::unique_lock<std::mutex> lock(mutex_);
        room_.wait(lock, [&] { return queue_.size() < kQueued || cancelled_; });
        if (cancelled_)
            throw RelayCancelled{};
        queue_.push_back(std::move(filling_));
        filling_ = std::vector<Item>();
        ready_.notify_one();
    }
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

    // The caller's side: passes every item to `take`; rethrows the reader's failure at the end.
    template <class Take>
    void drain(Take&& take)
    {
        for (;;) {
            std::vector<Item> batch;
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
            for (Item& item : batch)
                take(std::move(item));
        }
    }
    // The caller failed: the reader stops at its next hand-over.
    void cancel()
    {
        std::unique_lock<std::mutex> lock(mutex_);
        cancelled_ = true;
        queue_.clear();
        room_.notify_one();
    }

private:
    std::mutex mutex_;
    std::condition_variable ready_, room_;
    std::deque<std::vector<Item>> queue_;
    std::vector<Item> filling_; // the reader's own, not under the lock
    std::exception_ptr failure_;
    bool done_ = false, cancelled_ = false;
};

// Runs `read(put)` on a second thread and `take(item)` on this one for each item `read` puts, in order. On a
// computer with one core `read` runs here and each item goes straight to `take`. `read` is called with a function
// object taking an Item&& (a generic lambda serves both cases).
template <class Item, class Read, class Take>
void relay_alongside(Read&& read, Take&& take)
{
    if (std::thread::hardware_concurrency() < 2) {
        read([&](Item&& item) { take(std::move(item)); });
        return;
    }
    Relay<Item> relay;
    std::thread reader([&] {
        std::exception_ptr failure;
        try {
            read([&](Item&& item) { relay.add(std::move(item)); });
        } catch (const RelayCancelled&) {
        } catch (...) {
            failure = std::current_exception();
        }
        relay.finish(failure);
    });
    try {
        relay.drain(take);
    } catch (...) {
        relay.cancel();
        reader.join();
        throw;
    }
    reader.join();
}

} // namespace hs::exchange_detail
