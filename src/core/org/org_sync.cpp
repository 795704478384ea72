#include "ltw/org/org_sync.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

namespace ltw::org {

namespace {

void deliverOutbox(OrgStore& store, OrgServer& server, const Identity& identity, SyncReport& report) {
    for (const auto& item : store.pending()) {
        if (identity.site.empty()) {
            store.markFailed(item.uuid,
                             fmt::format("the login \"{}\" is not a facilitator of the organisation library; ask "
                                         "its administrator to add it (ltw org add-facilitator)",
                                         identity.role),
                             true);
            ++report.refusedDeliveries;
            continue;
        }
        try {
            server.deliver(item);
            store.markDelivered(item.uuid, now());
            ++report.delivered;
        } catch (const OrgError& e) {
            store.markFailed(item.uuid, e.what(), !e.transient());
            if (e.transient())
                throw; // the server went away: the rest waits for the next sync, in order
            ++report.refusedDeliveries;
        }
    }
}

} // namespace

SyncReport sync(OrgStore& store, OrgServer& server, const SyncOptions& options) {
    SyncReport report;
    try {
        report.identity = server.identity();
        deliverOutbox(store, server, report.identity, report);
        report.lastSeq = store.state().lastSeq;
        for (;;) {
            const auto rows = server.pull(report.lastSeq, options.pageSize);
            if (rows.empty())
                break;
            const auto refusedBefore = report.refusedRows.size();
            store.applyPage(rows, report.refusedRows);
            report.pulled += static_cast<int>(rows.size() - (report.refusedRows.size() - refusedBefore));
            report.lastSeq = store.state().lastSeq;
            if (options.onPage)
                options.onPage(report.lastSeq, report.pulled);
            if (static_cast<int>(rows.size()) < options.pageSize)
                break;
        }
    } catch (const OrgError& e) {
        store.recordSync(now(), e.what());
        spdlog::info("org sync stopped: {}", static_cast<int>(e.reason()));
        throw;
    }
    std::string problem;
    if (report.refusedDeliveries > 0)
        problem = fmt::format("the server refused {} of the items sent", report.refusedDeliveries);
    if (!report.refusedRows.empty())
        problem += fmt::format("{}{} rows of the server were left out: {}", problem.empty() ? "" : "; ",
                               report.refusedRows.size(), report.refusedRows.front());
    store.recordSync(now(), problem);
    spdlog::info("org sync: {} delivered, {} pulled, {} rows refused", report.delivered, report.pulled,
                 report.refusedRows.size());
    return report;
}

} // namespace ltw::org
