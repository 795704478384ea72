// One libpq connection that never blocks for longer than it was told: connecting and every request run
// through libpq's non-blocking calls, waiting on the socket in short slices, so that a time-out or a
// cancel from another thread ends the wait. A connection that timed out or was cancelled is closed.
#pragma once

#include "ltw/org/org.hpp"
#include "ltw/org/pg_org_server.hpp"

#include <atomic>
#include <memory>
#include <optional>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ltw::org::pg {

class Result {
public:
    explicit Result(pg_result* r);
    ~Result();
    Result(Result&& other) noexcept;
    Result& operator=(Result&& other) noexcept;
    Result(const Result&) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::int64_t integer(int row, int column) const;

private:
    pg_result* m_result;
};

using Params = std::vector<std::optional<std::string>>;

class Connection {
public:
    Connection(const PgOptions& options, const std::atomic<bool>& cancelled);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one statement (or several without parameters) and returns the last result. Throws OrgError.
    Result exec(const std::string& sql, const Params& params = {});
    std::string quoteIdentifier(const std::string& name);
    bool open() const { return m_conn != nullptr; }

private:
    [[noreturn]] void fail(OrgError::Reason reason, const std::string& message);
    void waitUntilReady(bool forWrite, std::chrono::steady_clock::time_point deadline, const char* what);

    pg_conn* m_conn = nullptr;
    const std::atomic<bool>& m_cancelled;
    std::chrono::milliseconds m_requestTimeout;
    std::string m_where; // host and port, for messages
};

} // namespace ltw::org::pg
