// The organisation library on the laptop, against a server held in memory: decisions and their outbox,
// the sync, and the mirror's rules (newest revision wins, withdrawals, hostile rows, whole pages).
#include "ltw/errors.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/report.hpp"
#include "org_support.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::test;
using org::OrgStore;
using State = org::PublicationStatus::State;

namespace {

int count(SqliteRepository& repo, const std::string& sql) {
    SQLite::Statement s(repo.database().sql(), sql);
    s.executeStep();
    return s.getColumn(0).getInt();
}

std::vector<std::string> found(OrgStore& store, const std::string& words) {
    SearchRequest request;
    request.text = words;
    std::vector<std::string> out;
    for (const auto& hit : store.search(request))
        out.push_back(hit.snippet.text.empty() ? hit.title.text : hit.snippet.text);
    return out;
}

class OrgLibrary : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    OrgStore store{repo};
    FakeOrgServer server;

    LearningTeam withPrivateThings() {
        auto lt = makeLearningTeam(repo, "Dock doors at night");
        const auto maria = repo.addParticipant(Participant{0, lt.id, "Loader", "Maria Lopez"});
        auto note = makeNote(lt.id, NoteKind::Story, "Maria Lopez saw the truck back up at Door 7");
        note.tellerId = maria.id;
        repo.addNote(note);
        auto secret = makeNote(lt.id, NoteKind::HardCondition, "Facilitator's aside: the supervisor looked tense");
        secret.facilitatorOnly = true;
        repo.addNote(secret);
        lt = *repo.learningTeam(lt.id);
        lt.redactions = {{"Door 7", "a dock door"}};
        repo.updateLearningTeam(lt);
        return *repo.learningTeam(lt.id);
    }
};

TEST_F(OrgLibrary, PublishingPutsARedactedSnapshotInTheOutbox) {
    const auto lt = withPrivateThings();
    store.publish(lt.id, org::Visibility::Site, now());
    const auto items = store.pending();
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, org::OutboxKind::Publication);
    EXPECT_EQ(items[0].payload.find("Maria"), std::string::npos);
    EXPECT_EQ(items[0].payload.find("Door 7"), std::string::npos);
    EXPECT_EQ(items[0].payload.find("supervisor looked tense"), std::string::npos);
    EXPECT_NE(items[0].payload.find("a dock door"), std::string::npos);
    EXPECT_NE(items[0].payload.find("\"visibility\":\"site\""), std::string::npos);
    const auto status = store.status(lt.id);
    EXPECT_EQ(status.state, State::Queued);
    EXPECT_EQ(status.visibility, org::Visibility::Site);
    EXPECT_EQ(status.revision, lt.revision);
}

TEST_F(OrgLibrary, ACopyFromAnotherFacilitatorIsPublishedByItsHomeNotHere) {
    const auto bundle = elsewhere("Forklift lane", {"The lane narrows by the racking"});
    const auto imported = importBundle(repo, bundle.bundle);
    EXPECT_THROW(store.publish(imported.learningTeamId, org::Visibility::Organisation, now()), InvalidRequest);
    EXPECT_TRUE(store.pending().empty());
}

TEST_F(OrgLibrary, APasswordIsNeverKept) {
    EXPECT_THROW(store.saveServer("host=db.example.org password=hunter2"), InvalidRequest);
    EXPECT_THROW(store.saveServer("postgresql://alice:hunter2@db.example.org/ltw"), InvalidRequest);
    EXPECT_EQ(store.savedServer(), "");
    store.saveServer("postgresql://alice@db.example.org/ltw?sslmode=verify-full");
    EXPECT_EQ(store.savedServer(), "postgresql://alice@db.example.org/ltw?sslmode=verify-full");
}

TEST_F(OrgLibrary, ASyncDeliversTheOutboxInOrderAndOnlyOnce) {
    const auto lt = withPrivateThings();
    store.publish(lt.id, org::Visibility::Organisation, now());
    store.withdraw(lt.id, now());
    store.adopt("abc", "A learning", "Packaging line 3", org::Applies::Partly, "A spotter", now());
    const auto report = org::sync(store, server);
    EXPECT_EQ(report.delivered, 3);
    ASSERT_EQ(server.delivered.size(), 3u);
    EXPECT_EQ(server.delivered[0].kind, org::OutboxKind::Publication);
    EXPECT_EQ(server.delivered[1].kind, org::OutboxKind::Withdrawal);
    EXPECT_EQ(server.delivered[2].kind, org::OutboxKind::Adoption);
    EXPECT_TRUE(store.pending().empty());
    EXPECT_EQ(store.status(lt.id).state, State::Withdrawn);
    EXPECT_FALSE(store.status(lt.id).queued);
    EXPECT_EQ(org::sync(store, server).delivered, 0);
    EXPECT_EQ(server.delivered.size(), 3u);
    EXPECT_EQ(store.state().lastError, "");
}

TEST_F(OrgLibrary, AnUnreachableServerKeepsEverythingQueuedInOrder) {
    const auto lt = withPrivateThings();
    store.publish(lt.id, org::Visibility::Organisation, now());
    store.adopt("abc", "A learning", "Packaging line 3", org::Applies::Applies, "", now());
    int calls = 0;
    server.beforeDeliver = [&](const org::OutboxItem&) {
        if (++calls == 1)
            throw org::OrgError(org::OrgError::Reason::TimedOut, "no answer in time");
    };
    EXPECT_THROW(org::sync(store, server), org::OrgError);
    EXPECT_EQ(store.pending().size(), 2u);
    const auto status = store.status(lt.id);
    EXPECT_EQ(status.state, State::Queued);
    EXPECT_EQ(status.lastError, "no answer in time");
    EXPECT_EQ(store.state().lastError, "no answer in time");
    EXPECT_EQ(store.state().queued, 2);
    EXPECT_EQ(org::sync(store, server).delivered, 2);
    EXPECT_EQ(store.status(lt.id).state, State::Delivered);
}

TEST_F(OrgLibrary, ARefusedItemSaysWhyAndTheRestGoOn) {
    const auto lt = withPrivateThings();
    store.publish(lt.id, org::Visibility::Organisation, now());
    store.adopt("abc", "A learning", "Packaging line 3", org::Applies::Applies, "", now());
    server.beforeDeliver = [&](const org::OutboxItem& item) {
        if (item.kind == org::OutboxKind::Publication)
            throw org::OrgError(org::OrgError::Reason::Refused, "permission denied for table publication");
    };
    const auto report = org::sync(store, server);
    EXPECT_EQ(report.delivered, 1);
    EXPECT_EQ(report.refusedDeliveries, 1);
    EXPECT_EQ(store.status(lt.id).state, State::Failed);
    EXPECT_EQ(store.status(lt.id).lastError, "permission denied for table publication");
    EXPECT_EQ(store.state().failed, 1);
}

TEST_F(OrgLibrary, ALoginThatIsNoFacilitatorIsToldWhatToAsk) {
    const auto lt = withPrivateThings();
    store.publish(lt.id, org::Visibility::Organisation, now());
    server.who.site.clear();
    org::sync(store, server);
    EXPECT_TRUE(server.delivered.empty());
    EXPECT_EQ(store.status(lt.id).state, State::Failed);
    EXPECT_NE(store.status(lt.id).lastError.find("ltw org add-facilitator"), std::string::npos);
}

TEST_F(OrgLibrary, WithdrawingWhatWasNeverPublishedIsRefused) {
    const auto lt = withPrivateThings();
    EXPECT_THROW(store.withdraw(lt.id, now()), InvalidRequest);
    store.publish(lt.id, org::Visibility::Organisation, now());
    store.withdraw(lt.id, now());
    EXPECT_THROW(store.withdraw(lt.id, now()), InvalidRequest);
}

TEST_F(OrgLibrary, TheNewestRevisionWinsWhateverOrderTheRowsCameIn) {
    const auto v5 = elsewhere("Racking", {"revision five speaks of pallets"}, "lt-racking");
    const auto v3 = elsewhere("Racking", {"revision three speaks of ladders"}, "lt-racking");
    const auto v7 = elsewhere("Racking", {"revision seven speaks of scanners"}, "lt-racking");
    server.rows = {publicationRow(1, v5, 1, 5), publicationRow(2, v3, 2, 3)};
    org::sync(store, server);
    EXPECT_EQ(found(store, "pallets").size(), 1u);
    EXPECT_TRUE(found(store, "ladders").empty());
    server.rows.push_back(publicationRow(3, v7, 3, 7));
    org::sync(store, server);
    EXPECT_TRUE(found(store, "pallets").empty());
    EXPECT_EQ(found(store, "scanners").size(), 1u);
    EXPECT_EQ(store.state().publications, 1);
    EXPECT_EQ(store.state().lastSeq, 3);
}

TEST_F(OrgLibrary, AWithdrawalHidesWhatWasPublishedBeforeItAndALaterPublicationComesBack) {
    const auto p = elsewhere("Night loading", {"the yard lights were out"}, "lt-night");
    server.rows = {publicationRow(1, p, 1, 4), withdrawalRow(2, 1)};
    org::sync(store, server);
    EXPECT_TRUE(found(store, "lights").empty());
    EXPECT_EQ(store.state().publications, 0);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_item"), 0);
    server.rows.push_back(publicationRow(3, p, 3, 4));
    org::sync(store, server);
    EXPECT_EQ(found(store, "lights").size(), 1u);
}

TEST_F(OrgLibrary, TheSamePageTwiceChangesNothing) {
    const auto p = elsewhere("Night loading", {"the yard lights were out"});
    const std::vector<org::PulledRow> page = {publicationRow(1, p, 1, 4),
                                              adoptionRow(2, 2, p.uid, "x", "Team", "North", "applies")};
    std::vector<std::string> refusals;
    store.applyPage(page, refusals);
    const int items = count(repo, "SELECT count(*) FROM org_item");
    store.applyPage(page, refusals);
    EXPECT_TRUE(refusals.empty());
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_item"), items);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_publication"), 1);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_adoption"), 1);
}

TEST_F(OrgLibrary, HostileRowsAreRefusedAndTheRestOfThePageIsTaken) {
    const auto good = elsewhere("Good one", {"a perfectly ordinary condition"});
    auto malformed = publicationRow(2, good, 2, 1);
    malformed.payload = "{\"format\": \"ltw-bundle\", \"version\": 4, \"learningTeam\": ";
    auto wrongType = publicationRow(3, good, 3, 1);
    wrongType.payload.replace(wrongType.payload.find("\"version\": 4"), 12, "\"version\": \"four\"");
    const auto huge = elsewhere("Huge", {std::string(100'000, 'x')});
    auto withNames = publicationRow(5, good, 5, 1);
    withNames.payload.replace(withNames.payload.find("\"includesPrivate\": false"), 24, "\"includesPrivate\": true");
    auto otherUid = publicationRow(6, good, 6, 1);
    otherUid.learningTeamUid = "someone-else";
    auto badUuid = publicationRow(7, good, 7, 1);
    badUuid.uuid = "'; DROP TABLE org_item; --";
    auto badVisibility = publicationRow(8, good, 8, 1, "South yard", "everyone");
    auto badAdoption = adoptionRow(9, 9, good.uid, "x", "Team", "North", "maybe");
    std::vector<std::string> refusals;
    store.applyPage({publicationRow(1, good, 1, 1), malformed, wrongType, publicationRow(4, huge, 4, 1), withNames,
                     otherUid, badUuid, badVisibility, badAdoption},
                    refusals);
    EXPECT_EQ(refusals.size(), 8u);
    for (const auto& r : refusals)
        EXPECT_EQ(r.find("xxxxxxxx"), std::string::npos) << "a refusal never quotes the row's texts";
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_publication"), 1);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_adoption"), 0);
    EXPECT_EQ(found(store, "ordinary").size(), 1u);
    EXPECT_EQ(store.state().lastSeq, 9);
}

TEST_F(OrgLibrary, APageIsWrittenWholeOrNotAtAll) {
    const auto a = elsewhere("First", {"alpha condition"});
    const auto b = elsewhere("Second", {"beta condition"});
    std::vector<std::string> refusals;
    // Two rows under one sequence number: the second cannot be stored, so neither is.
    EXPECT_THROW(store.applyPage({publicationRow(1, a, 1, 1), publicationRow(1, b, 2, 1)}, refusals), StorageError);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_publication"), 0);
    EXPECT_EQ(count(repo, "SELECT count(*) FROM org_item"), 0);
    EXPECT_EQ(store.state().lastSeq, 0);
}

TEST_F(OrgLibrary, AnswersCountTeamsSitesAndWhereItApplies) {
    const auto p = elsewhere("Ladders", {"ladders stand on pallets"}, "lt-ladders");
    server.rows = {publicationRow(1, p, 1, 2),
                   adoptionRow(2, 2, p.uid, "Ladders learning", "Line 1", "North", "applies"),
                   adoptionRow(3, 3, p.uid, "Ladders learning", "Line 2", "North", "not_here"),
                   adoptionRow(4, 4, p.uid, "Ladders learning", "Yard crew", "South", "partly"),
                   adoptionRow(5, 5, p.uid, "Ladders learning", "Line 1", "North", "not_here")};
    org::sync(store, server);
    EXPECT_EQ(store.adoption(p.uid, "Ladders learning"), (org::AdoptionSummary{3, 2, 1}));
    const auto learnings = store.learnings();
    ASSERT_EQ(learnings.size(), 1u);
    EXPECT_EQ(learnings[0].learning.title, "Ladders learning");
    EXPECT_EQ(learnings[0].site, "South yard");
    EXPECT_EQ(learnings[0].adoption.teams, 3);
}

TEST_F(OrgLibrary, MirrorHitsSaySiteAndDateAndLeaveOutWhatIsHereAlready) {
    const auto other = elsewhere("Cold store", {"frost on the floor by the door"});
    const auto lt = withPrivateThings();
    auto ours = elsewhere("Ours", {"frost on our own door"}, repo.learningTeam(lt.id)->uid);
    server.rows = {publicationRow(1, other, 1, 1), publicationRow(2, ours, 2, 1, "North plant")};
    org::sync(store, server);
    SearchRequest request;
    request.text = "frost";
    const auto hits = store.search(request);
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].site, "South yard");
    EXPECT_EQ(hits[0].learningTeamTitle, "Cold store");
    EXPECT_EQ(hits[0].publishedAt, *parseIsoTimestamp("2026-11-30T10:00:00Z"));
    ASSERT_EQ(hits[0].snippet.marks.size(), 1u);
    EXPECT_EQ(store.tagUse("HARD CONDITION"), (org::OrgTagUse{0, 0}));
    ASSERT_EQ(store.learnings().size(), 1u) << "a Learning Team of this laptop is not listed as another site's";
    EXPECT_EQ(store.learnings()[0].learningTeamTitle, "Cold store");
    request.text = "\"frost\" (floor) -- door*";
    EXPECT_EQ(store.search(request).size(), 1u) << "operators are read as words";
}

} // namespace

namespace {

TEST_F(OrgLibrary, ATagIsCountedAcrossOtherSites) {
    auto tagged = [](const std::string& title, const std::vector<std::string>& tags) {
        SqliteRepository source(":memory:");
        auto lt = makeLearningTeam(source, title);
        auto note = makeNote(lt.id, NoteKind::HardCondition, "the fridge units drown the beeper");
        note.tags = tags;
        source.addNote(note);
        const auto snapshot = source.snapshot(lt.id);
        return Published{snapshot.learningTeam.uid, exportBundle(snapshot)};
    };
    const auto a = tagged("Cold store", {"Noise", "lighting"});
    const auto b = tagged("Loading bay", {"noise"});
    const auto c = tagged("Workshop", {"noise levels"});
    server.rows = {publicationRow(1, a, 1, 1, "Harbour"), publicationRow(2, b, 2, 1, "Harbour"),
                   publicationRow(3, c, 3, 1, "East depot")};
    org::sync(store, server);
    EXPECT_EQ(store.tagUse("noise"), (org::OrgTagUse{2, 1})) << "the exact tag, whatever its case";
    EXPECT_EQ(store.tagUse("noise levels"), (org::OrgTagUse{1, 1}));
    EXPECT_EQ(store.tagUse("\"); DROP"), (org::OrgTagUse{0, 0}));
}

TEST_F(OrgLibrary, SeenElsewhereFindsTheSamePatternAtOtherSites) {
    const auto other = elsewhere("Cold store", {"compressors drown the reversing beeper near the freezer door",
                                                "the canteen rota changed in spring"});
    const auto lt = withPrivateThings();
    const auto ours = elsewhere("Ours", {"the reversing beeper is drowned here too"}, repo.learningTeam(lt.id)->uid);
    server.rows = {publicationRow(1, other, 1, 1, "Harbour"), publicationRow(2, ours, 2, 1, "North plant")};
    org::sync(store, server);
    const auto hits =
        store.seenElsewhere(makeNote(lt.id, NoteKind::HardCondition, "Nobody hears the reversing beeper"));
    ASSERT_EQ(hits.size(), 1u) << "the other site's note, never this laptop's own";
    EXPECT_EQ(hits[0].site, "Harbour");
    EXPECT_NE(hits[0].snippet.text.find("beeper"), std::string::npos);
    EXPECT_TRUE(store.seenElsewhere(makeNote(lt.id, NoteKind::Story, "the the and of")).empty());
}

TEST_F(OrgLibrary, TheReportSaysHowTheOrganisationAnsweredEachSharedLearning) {
    const auto lt = withPrivateThings();
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = "Reversing near doors needs a second pair of eyes";
    l.summary = "What the night shift does already";
    repo.addSharedLearning(l);
    const auto uid = repo.learningTeam(lt.id)->uid;
    server.rows = {adoptionRow(1, 1, uid, l.title, "Yard crew", "South yard", "applies"),
                   adoptionRow(2, 2, uid, l.title, "Cold store", "East depot", "not_here")};
    org::sync(store, server);
    const auto snapshot = repo.snapshot(lt.id);
    const ReportOptions options{false, store.reach(snapshot)};
    const auto markdown = reportMarkdown(snapshot, options);
    EXPECT_NE(markdown.find("**Elsewhere:** Reviewed by 2 teams at 2 sites of the organisation; it applies at 1\\."),
              std::string::npos)
        << markdown;
    EXPECT_NE(reportHtml(snapshot, options).find("<strong>Elsewhere:</strong> Reviewed by 2 teams"), std::string::npos);
    EXPECT_EQ(reportMarkdown(snapshot, ReportOptions{}).find("Elsewhere"), std::string::npos)
        << "never published, never answered: nothing said";
}

} // namespace
