#include "pg_connection.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <cstdlib>
#include <cstring>
#include <utility>

#ifdef _WIN32
#include <winsock2.h>
#else
#include <sys/select.h>
#endif

namespace ltw::org::pg {

using Clock = std::chrono::steady_clock;

namespace {

constexpr auto kSlice = std::chrono::milliseconds(100);

// Waits at most `slice` for the socket; true when it is ready.
bool socketReady(int socket, bool forWrite, std::chrono::milliseconds slice) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(socket, &set);
    timeval tv{};
    tv.tv_sec = static_cast<long>(slice.count() / 1000);
    tv.tv_usec = static_cast<long>((slice.count() % 1000) * 1000);
    const int n = select(socket + 1, forWrite ? nullptr : &set, forWrite ? &set : nullptr, nullptr, &tv);
    return n > 0;
}

std::string trimmed(const char* message) {
    std::string text = message ? message : "";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' '))
        text.pop_back();
    return text;
}

OrgError::Reason reasonOf(const char* sqlstate) {
    const std::string state = sqlstate ? sqlstate : "";
    if (state.starts_with("08") || state == "57P01" || state == "57P02" || state == "57P03")
        return OrgError::Reason::Unreachable;
    if (state == "57014")
        return OrgError::Reason::TimedOut;
    if (state == "3F000" || state == "42P01")
        return OrgError::Reason::NotInitialised;
    return OrgError::Reason::Refused;
}

} // namespace

Result::Result(pg_result* r) : m_result(r) {}
Result::~Result() {
    if (m_result)
        PQclear(m_result);
}
Result::Result(Result&& other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}
Result& Result::operator=(Result&& other) noexcept {
    if (this != &other) {
        if (m_result)
            PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}
int Result::rows() const { return m_result ? PQntuples(m_result) : 0; }
bool Result::isNull(int row, int column) const { return PQgetisnull(m_result, row, column) != 0; }
std::string Result::text(int row, int column) const {
    return std::string(PQgetvalue(m_result, row, column), static_cast<std::size_t>(PQgetlength(m_result, row, column)));
}
std::int64_t Result::integer(int row, int column) const {
    return isNull(row, column) ? 0 : std::strtoll(PQgetvalue(m_result, row, column), nullptr, 10);
}

Connection::Connection(const PgOptions& options, const std::atomic<bool>& cancelled)
    : m_cancelled(cancelled), m_requestTimeout(options.requestTimeout) {
    // Our defaults come first, so that the connection string (expanded from dbname) overrides them.
    const std::string timeout = std::to_string(std::max<long long>(2, options.connectTimeout.count()));
    const bool envTimeout = std::getenv("PGCONNECT_TIMEOUT") != nullptr;
    const char* keywords[] = {"application_name", "connect_timeout", "dbname", nullptr};
    const char* values[] = {"ltw", envTimeout ? nullptr : timeout.c_str(),
                            options.conninfo.empty() ? nullptr : options.conninfo.c_str(), nullptr};
    m_conn = PQconnectStartParams(keywords, values, 1);
    if (!m_conn)
        fail(OrgError::Reason::Unreachable, "libpq could not start a connection (out of memory?)");
    if (PQstatus(m_conn) == CONNECTION_BAD)
        fail(OrgError::Reason::Unreachable, trimmed(PQerrorMessage(m_conn)));
    // libpq enforces connect_timeout only in its blocking calls: here we keep it ourselves.
    const char* setTimeout = nullptr;
    for (PQconninfoOption* o = PQconninfo(m_conn); o && o->keyword; ++o)
        if (std::strcmp(o->keyword, "connect_timeout") == 0)
            setTimeout = o->val;
    const long long seconds = std::max(2LL, setTimeout ? std::atoll(setTimeout) : options.connectTimeout.count());
    const auto deadline = Clock::now() + std::chrono::seconds(seconds);
    m_where = fmt::format("{}:{}", PQhost(m_conn) ? PQhost(m_conn) : "", PQport(m_conn) ? PQport(m_conn) : "");
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK) {
        if (state == PGRES_POLLING_FAILED)
            fail(OrgError::Reason::Unreachable, fmt::format("cannot connect to the organisation library at {}: {}",
                                                            m_where, trimmed(PQerrorMessage(m_conn))));
        waitUntilReady(state == PGRES_POLLING_WRITING, deadline, "connecting");
        state = PQconnectPoll(m_conn);
    }
    // The server ends a request we gave up on by itself, a little after we stop waiting.
    exec(fmt::format("SET statement_timeout = {}", m_requestTimeout.count() + 1000));
}

Connection::~Connection() {
    if (m_conn)
        PQfinish(m_conn);
}

void Connection::fail(OrgError::Reason reason, const std::string& message) {
    if (m_conn && (reason == OrgError::Reason::Unreachable || reason == OrgError::Reason::TimedOut ||
                   reason == OrgError::Reason::Cancelled)) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
    throw OrgError(reason, message);
}

void Connection::waitUntilReady(bool forWrite, Clock::time_point deadline, const char* what) {
    for (;;) {
        if (m_cancelled.load())
            fail(OrgError::Reason::Cancelled, "stopped before the organisation library answered");
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (left.count() <= 0)
            fail(OrgError::Reason::TimedOut,
                 fmt::format("the organisation library at {} did not answer in time ({}); nothing was changed there "
                             "by this request",
                             m_where, what));
        const int socket = PQsocket(m_conn);
        if (socket < 0)
            fail(OrgError::Reason::Unreachable, "the connection to the organisation library was lost");
        if (socketReady(socket, forWrite, std::min(left, kSlice)))
            return;
    }
}

Result Connection::exec(const std::string& sql, const Params& params) {
    if (!m_conn)
        throw OrgError(OrgError::Reason::Unreachable, "the connection to the organisation library was lost");
    std::vector<const char*> values;
    for (const auto& p : params)
        values.push_back(p ? p->c_str() : nullptr);
    const int sent = params.empty() ? PQsendQuery(m_conn, sql.c_str())
                                    : PQsendQueryParams(m_conn, sql.c_str(), static_cast<int>(values.size()), nullptr,
                                                        values.data(), nullptr, nullptr, 0);
    if (!sent)
        fail(OrgError::Reason::Unreachable, fmt::format("the organisation library at {} is not reachable: {}", m_where,
                                                        trimmed(PQerrorMessage(m_conn))));
    const auto deadline = Clock::now() + m_requestTimeout;
    while (PQflush(m_conn) == 1)
        waitUntilReady(true, deadline, "sending");
    Result last(nullptr);
    std::optional<OrgError> error;
    for (;;) {
        while (PQisBusy(m_conn)) {
            waitUntilReady(false, deadline, "waiting for the answer");
            if (!PQconsumeInput(m_conn))
                fail(OrgError::Reason::Unreachable, fmt::format("the connection to the organisation library at {} "
                                                                "broke: {}",
                                                                m_where, trimmed(PQerrorMessage(m_conn))));
        }
        pg_result* r = PQgetResult(m_conn);
        if (!r)
            break;
        const auto status = PQresultStatus(r);
        if (status == PGRES_FATAL_ERROR && !error)
            error.emplace(reasonOf(PQresultErrorField(r, PG_DIAG_SQLSTATE)), trimmed(PQresultErrorMessage(r)));
        last = Result(r);
    }
    if (PQstatus(m_conn) == CONNECTION_BAD)
        fail(OrgError::Reason::Unreachable,
             fmt::format("the connection to the organisation library at {} broke: {}", m_where,
                         error ? error->what() : trimmed(PQerrorMessage(m_conn))));
    if (error)
        throw *error;
    return last;
}

std::string Connection::quoteIdentifier(const std::string& name) {
    char* quoted = PQescapeIdentifier(m_conn, name.c_str(), name.size());
    if (!quoted)
        throw OrgError(OrgError::Reason::Refused, trimmed(PQerrorMessage(m_conn)));
    std::string out(quoted);
    PQfreemem(quoted);
    return out;
}

} // namespace ltw::org::pg
