// The laptop's side of the organisation library, in the workbench's own SQLite file: the server saved for
// this database, the outbox of what waits to be delivered, and the read-only mirror of what the
// organisation published. Every decision (publish, withdraw, adopt) is one transaction that writes its
// outbox item; the sync (org_sync.hpp) delivers the outbox and fills the mirror.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/library.hpp"
#include "ltw/org/org.hpp"
#include "ltw/report.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ltw {
class SqliteRepository;
}

namespace ltw::org {

// Where a Learning Team of this laptop stands in the organisation library.
struct PublicationStatus {
    enum class State {
        NotPublished,
        Queued,    // decided here, not delivered yet (the server was not reached, or not tried yet)
        Failed,    // the server refused it; `lastError` says why
        Delivered, // the server holds it
        Withdrawn, // withdrawn (delivered or queued: see `queued`)
    };
    State state = State::NotPublished;
    bool queued = false; // the last decision waits in the outbox
    Visibility visibility = Visibility::Organisation;
    std::string uuid;
    std::int64_t revision = 0;
    Timestamp decidedAt{};
    std::optional<Timestamp> deliveredAt;
    std::string lastError;
    int attempts = 0;
};

struct SyncState {
    std::string server; // the connection saved for this database (never a password)
    std::int64_t lastSeq = 0;
    std::optional<Timestamp> lastSync;
    std::string lastError; // of the last sync; empty when it went through
    int queued = 0;        // outbox items not delivered
    int failed = 0;        // of which the server refused
    int publications = 0;  // in the mirror, shown (the newest of each Learning Team, not withdrawn)
    int sites = 0;
};

// A search hit in the mirror: what another site published.
struct MirrorHit {
    ItemType type = ItemType::Note;
    std::optional<NoteKind> noteKind;
    MarkedText title;
    MarkedText snippet;
    std::string learningTeamTitle;
    std::string site;
    Timestamp publishedAt{};
    std::string publicationUuid;
    std::string learningTeamUid;
};

// How widely a tag is used at other sites: in how many of their Learning Teams, at how many sites.
struct OrgTagUse {
    int learningTeams = 0;
    int sites = 0;
    bool operator==(const OrgTagUse&) const = default;
};

// "Reviewed by N teams at M sites, applies at K."
struct AdoptionSummary {
    int teams = 0;
    int sites = 0;
    int applies = 0; // teams that answered "applies" or "partly"
    bool operator==(const AdoptionSummary&) const = default;
};

struct OrgLearning {
    std::string publicationUuid;
    std::string learningTeamUid;
    std::string learningTeamTitle;
    std::string site;
    Timestamp publishedAt{};
    SharedLearning learning; // ids are 0: it lives in the mirror
    AdoptionSummary adoption;
};

class OrgStore {
public:
    explicit OrgStore(SqliteRepository& repo);

    // --- the server ---------------------------------------------------------------------------------
    std::string savedServer();
    // Keeps the connection for this database. Refuses one holding a password (InvalidRequest): passwords
    // go through libpq's own means (PGPASSWORD, the password file), never into our files.
    void saveServer(const std::string& conninfo);
    SyncState state();
    void recordSync(Timestamp when, const std::string& error);

    // --- decisions: each one transaction, with its outbox item --------------------------------------
    // The Learning Team's redacted snapshot (no names, no facilitator-only notes, the redaction list
    // applied), as it is now. Refused for a Learning Team whose home is another database (its home
    // publishes it). Returns the publication's uuid.
    std::string publish(Id learningTeamId, Visibility visibility, Timestamp when);
    // Withdraws everything of the Learning Team published so far. Refused when nothing was published.
    std::string withdraw(Id learningTeamId, Timestamp when);
    // This team's answer to a shared learning of the organisation. `learningTitle` names it within its
    // Learning Team (the title stays when the Learning Team is published again).
    std::string adopt(const std::string& learningTeamUid, const std::string& learningTitle, const std::string& team,
                      Applies applies, const std::string& protects, Timestamp when);
    PublicationStatus status(Id learningTeamId);

    // --- the outbox ---------------------------------------------------------------------------------
    std::vector<OutboxItem> pending(); // in the order decided
    void markDelivered(const std::string& uuid, Timestamp when);
    // `refused`: the server said no (it stays so until something changes); otherwise it was not reached.
    void markFailed(const std::string& uuid, const std::string& error, bool refused);

    // --- the mirror ---------------------------------------------------------------------------------
    // Takes one page of pulled rows in one transaction with the new last sequence number: all of the page
    // or nothing. Rows that fail their checks are left out and described in `refusals`; the rest go in.
    void applyPage(const std::vector<PulledRow>& rows, std::vector<std::string>& refusals);
    std::vector<MirrorHit> search(const SearchRequest& request);
    // The shared learnings of other sites (not of a Learning Team in this database), newest first, with how
    // teams answered them.
    std::vector<OrgLearning> learnings();
    AdoptionSummary adoption(const std::string& learningTeamUid, const std::string& learningTitle);
    // Notes of other sites that say much the same as `note` (its rarest telling words and its tags), closest
    // first: "seen elsewhere" across the organisation.
    std::vector<MirrorHit> seenElsewhere(const Note& note, int limit = 5);
    // The notes of other sites' shown publications that carry the tag (compared without regard to case).
    OrgTagUse tagUse(const std::string& tag);
    // How the organisation answered each shared learning of a Learning Team of this laptop, for its report.
    std::map<std::string, LearningReach> reach(const LearningTeamSnapshot& snapshot);

private:
    SqliteRepository& m_repo;
};

} // namespace ltw::org
