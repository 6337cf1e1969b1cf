#pragma once
// Work on a second thread with its own read-only connection to the same database, while the caller's thread does
// something else (the organisation comparison computes the mirror's gaps while it reads the rounds).
#include "store/store.h"

#include <atomic>
#include <exception>
#include <functional>
#include <thread>

namespace hs {

class Alongside {
public:
    // Starts `work` on another thread when `wanted`, the computer has more than one core and the database is a
    // file; otherwise finish() does it on the caller's thread (also when the second connection cannot be opened).
    Alongside(Store& store, bool wanted, std::function<void(Store&)> work);
    ~Alongside(); // waits for the work; its exception is dropped unless finish() was called
    Alongside(const Alongside&) = delete;
    Alongside& operator=(const Alongside&) = delete;

    // Waits for the work (or does it here); rethrows its exception.
    void finish();

private:
    Store& store_;
    bool wanted_;
    std::function<void(Store&)> work_;
    std::thread thread_;
    std::atomic<bool> opened_{false};
    std::exception_ptr failure_;
    bool finished_ = false;
};

} // namespace hs
