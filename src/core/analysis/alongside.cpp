// Work on a second thread with its own read-only connection (see alongside.h).
#include "analysis/alongside.h"

namespace hs {

Alongside::Alongside(Store& store, bool wanted, std::function<void(Store&)> work)
    : store_(store), wanted_(wanted), work_(std::move(work))
{
    if (!wanted_ || store_.is_server() || std::thread::hardware_concurrency() < 2)
        return;
    thread_ = std::thread([this] {
        try {
            StoreOptions read_only;
            read_only.read_only = true;
            Store reader(store_.path(), read_only);
            opened_ = true;
            work_(reader);
        } catch (...) {
            failure_ = std::current_exception();
        }
    });
}

Alongside::~Alongside()
{
    if (thread_.joinable())
        thread_.join();
}

void Alongside::finish()
{
    if (finished_ || !wanted_)
        return;
    finished_ = true;
    if (thread_.joinable()) {
        thread_.join();
        if (opened_) {
            if (failure_)
                std::rethrow_exception(failure_);
            return;
        }
    }
    work_(store_); // not started, or its connection could not be opened
}

} // namespace hs
