// The organisation library: one library on the organisation's PostgreSQL server that every facilitator
// publishes to and searches from, offline-first (docs/org-library.md). This header is the core's side of
// it, free of Qt and of libpq: what travels, the server as an interface, and its errors.
#pragma once

#include "ltw/errors.hpp"
#include "ltw/time.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ltw::org {

// Who may read a publication: everyone in the organisation, or the publishing facilitator's site only.
enum class Visibility { Organisation, Site };
std::string_view toString(Visibility v);
std::optional<Visibility> visibilityFromString(std::string_view text);

// Another team's answer to "Does this apply to us?" for a shared learning of the organisation.
enum class Applies { Applies, Partly, NotHere };
std::string_view toString(Applies a);
std::optional<Applies> appliesFromString(std::string_view text);
std::string label(Applies a); // "applies", "partly", "not here"

// What the laptop sends, kept in its outbox until the server has committed it. `payload` is the JSON the
// server is given (docs/org-library.md, "The outbox"); it names the item by its own uuid, so a second
// delivery of the same item changes nothing.
enum class OutboxKind { Publication, Withdrawal, Adoption };
std::string_view toString(OutboxKind k);

struct OutboxItem {
    std::string uuid;
    OutboxKind kind = OutboxKind::Publication;
    std::optional<std::int64_t> learningTeamId; // the Learning Team here it is about, if it is still here
    std::string payload;
    Timestamp created{};
    int attempts = 0;
    std::string lastError; // empty: not tried, or delivered
    std::optional<Timestamp> deliveredAt;
};

// One row of the server as a pull brings it, every field as text or number straight from the server.
// Nothing here is trusted: the sync checks each row (`checkPulledRow`) before the mirror takes it.
struct PulledRow {
    enum class Kind { Publication, Withdrawal, Adoption };
    Kind kind = Kind::Publication;
    std::int64_t seq = 0;
    std::string uuid;            // the publication's, the withdrawn publication's, or the adoption's
    std::string learningTeamUid; // publication, adoption
    std::int64_t revision = 0;   // publication
    std::string site;            // the site's name: publication, adoption
    std::string visibility;      // publication
    std::string by;              // the login role that wrote it
    std::string at;              // ISO 8601, UTC
    std::string title;           // the Learning Team's title; for an adoption, the shared learning's title
    std::string payload;         // publication: the redacted bundle
    std::string applies;         // adoption
    std::string protects;        // adoption: what already protects the adopting team
    std::string team;            // adoption: the adopting team
};

// Who the server says we are.
struct Identity {
    std::string role; // the login role
    std::string site; // empty: the role is not a facilitator of the organisation library
    int schemaVersion = 0;
};

class OrgError : public Error {
public:
    enum class Reason {
        Unreachable,    // no connection could be made (or it broke): the outbox keeps its items
        TimedOut,       // the server did not answer in time; the request was cancelled
        Cancelled,      // the facilitator (or the program closing) stopped it
        NotInitialised, // the server has no organisation library yet: `ltw org init`
        NewerSchema,    // the server's library is newer than this program knows; nothing was done
        NotAFacilitator,
        Refused, // the server refused the request (permissions, a constraint)
    };
    OrgError(Reason reason, const std::string& message) : Error(message), m_reason(reason) {}
    Reason reason() const { return m_reason; }
    // Worth trying again later without changing anything: the network, the server, a time-out.
    bool transient() const {
        return m_reason == Reason::Unreachable || m_reason == Reason::TimedOut || m_reason == Reason::Cancelled;
    }

private:
    Reason m_reason;
};

// The organisation's server, as the sync speaks to it. PgOrgServer is the real one (libpq); tests use
// fakes. Every call may throw OrgError; none of them writes anything on the laptop.
class OrgServer {
public:
    virtual ~OrgServer() = default;
    virtual Identity identity() = 0;
    // Stores the item unless the server has it already (by uuid). Returns once the server has committed.
    virtual void deliver(const OutboxItem& item) = 0;
    // Rows with a sequence number above `afterSeq`, in sequence order, at most `limit` of them.
    virtual std::vector<PulledRow> pull(std::int64_t afterSeq, int limit) = 0;
    // From another thread: stops the call under way (it throws OrgError Cancelled) and every later one.
    virtual void cancel() = 0;
};

// The schema version of the server's library that this program writes and reads.
inline constexpr int kOrgSchemaVersion = 1;

} // namespace ltw::org
