// Helpers for the organisation library's tests: a server held in memory, and rows as a server sends them.
#pragma once

#include "ltw/bundle.hpp"
#include "ltw/org/org.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace ltw::test {

// The organisation's server as a list of rows; deliveries become rows, as PostgreSQL would make them.
class FakeOrgServer : public org::OrgServer {
public:
    org::Identity who{"alice", "North plant", org::kOrgSchemaVersion};
    std::vector<org::OutboxItem> delivered;
    std::vector<org::PulledRow> rows;
    // Throws instead of delivering the item it is given, when set.
    std::function<void(const org::OutboxItem&)> beforeDeliver;
    std::function<void(std::int64_t)> beforePull;
    bool down = false;

    org::Identity identity() override {
        if (down)
            throw org::OrgError(org::OrgError::Reason::Unreachable, "the server is down");
        return who;
    }
    void deliver(const org::OutboxItem& item) override {
        if (down)
            throw org::OrgError(org::OrgError::Reason::Unreachable, "the server is down");
        if (beforeDeliver)
            beforeDeliver(item);
        if (std::any_of(delivered.begin(), delivered.end(), [&](const auto& d) { return d.uuid == item.uuid; }))
            return;
        delivered.push_back(item);
    }
    std::vector<org::PulledRow> pull(std::int64_t afterSeq, int limit) override {
        if (down)
            throw org::OrgError(org::OrgError::Reason::Unreachable, "the server is down");
        if (beforePull)
            beforePull(afterSeq);
        std::vector<org::PulledRow> out;
        for (const auto& r : rows)
            if (r.seq > afterSeq && static_cast<int>(out.size()) < limit)
                out.push_back(r);
        return out;
    }
    void cancel() override {}
};

inline std::string uuidFor(int n) {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", n);
    return text;
}

// A Learning Team made elsewhere, as a bundle: its uid, and one note saying `words`.
struct Published {
    std::string uid;
    std::string bundle;
};

inline Published elsewhere(const std::string& title, const std::vector<std::string>& notes,
                           const std::string& uid = {}) {
    SqliteRepository source(":memory:");
    auto lt = makeLearningTeam(source, title);
    for (const auto& text : notes)
        source.addNote(makeNote(lt.id, NoteKind::HardCondition, text));
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = title + " learning";
    l.summary = "What " + title + " taught us";
    l.lookFors = {"look for " + title};
    source.addSharedLearning(l);
    auto snapshot = source.snapshot(lt.id);
    if (!uid.empty())
        snapshot.learningTeam.uid = uid;
    return {snapshot.learningTeam.uid, exportBundle(snapshot)};
}

inline org::PulledRow publicationRow(std::int64_t seq, const Published& p, int uuid, std::int64_t revision,
                                     const std::string& site = "South yard",
                                     const std::string& visibility = "organisation") {
    org::PulledRow r;
    r.kind = org::PulledRow::Kind::Publication;
    r.seq = seq;
    r.uuid = uuidFor(uuid);
    r.learningTeamUid = p.uid;
    r.revision = revision;
    r.site = site;
    r.visibility = visibility;
    r.by = "bob";
    r.at = "2026-11-30T10:00:00Z";
    r.title = "a title";
    r.payload = p.bundle;
    return r;
}

inline org::PulledRow withdrawalRow(std::int64_t seq, int publicationUuid) {
    org::PulledRow r;
    r.kind = org::PulledRow::Kind::Withdrawal;
    r.seq = seq;
    r.uuid = uuidFor(publicationUuid);
    r.by = "bob";
    r.at = "2026-11-30T11:00:00Z";
    return r;
}

inline org::PulledRow adoptionRow(std::int64_t seq, int uuid, const std::string& learningTeamUid,
                                  const std::string& learning, const std::string& team, const std::string& site,
                                  const std::string& applies) {
    org::PulledRow r;
    r.kind = org::PulledRow::Kind::Adoption;
    r.seq = seq;
    r.uuid = uuidFor(uuid);
    r.learningTeamUid = learningTeamUid;
    r.title = learning;
    r.team = team;
    r.site = site;
    r.applies = applies;
    r.protects = "A spotter at the door";
    r.by = "carol";
    r.at = "2026-11-30T12:00:00Z";
    return r;
}

} // namespace ltw::test
