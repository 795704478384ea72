// One sync with the organisation's server: deliver the outbox, then pull everything new into the mirror,
// a page at a time. Each page is one SQLite transaction with the sequence number it reached, so a sync
// stopped anywhere (a kill, a lost connection) goes on from there the next time.
#pragma once

#include "ltw/org/org.hpp"
#include "ltw/org/org_store.hpp"

#include <functional>
#include <string>
#include <vector>

namespace ltw::org {

struct SyncOptions {
    int pageSize = 200;
    // Told after each page is written; the window uses it to show progress. Runs on the syncing thread.
    std::function<void(std::int64_t lastSeq, int pulled)> onPage;
};

struct SyncReport {
    int delivered = 0;
    int refusedDeliveries = 0;            // refused by the server; they stay in the outbox with the reason
    int pulled = 0;                       // rows taken into the mirror
    std::vector<std::string> refusedRows; // rows of the server that failed their checks
    std::int64_t lastSeq = 0;
    Identity identity;
};

// Throws OrgError when the server cannot be reached, times out, is cancelled, is not initialised or is
// newer; what was delivered and pulled before that stays, and the outbox keeps the rest. The outcome (or
// the error) is recorded in the store either way.
SyncReport sync(OrgStore& store, OrgServer& server, const SyncOptions& options = {});

} // namespace ltw::org
