// Exchange without loss: every way a bundle of a Learning Team already here can arrive (its home is here,
// or it is an imported copy changed here or not; the bundle older, the same or newer) and every choice the
// facilitator can make (a separate copy, take theirs, keep mine). What no bundle carries — facilitator-only
// notes, participants' names, the redaction list, texts the bundle holds only redacted — always survives.
#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/restore.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace ltw;
using ltw::test::makeNote;

namespace {

const auto kExportedAt = parseIsoTimestamp("2026-12-01T10:00:00Z");

// A home Learning Team with names, a name typed into a note, a facilitator-only note and a redaction list.
struct Home {
    SqliteRepository repo{":memory:"};
    Id id = 0;
    Home() {
        auto lt = ltw::test::makeLearningTeam(repo, "Reversing at door 7");
        lt.facilitator = "Amara Osei";
        lt.redactions = {{"Door 7", "[the far door]"}};
        repo.updateLearningTeam(lt);
        id = lt.id;
        const auto lead = repo.addParticipant(Participant{0, id, "night-shift dock lead", "Daniel Reyes"});
        repo.addParticipant(Participant{0, id, "agency loader", "Mia Chen"});
        auto story = makeNote(id, NoteKind::Story, "Daniel walked the dock before the trailers came in");
        story.tellerId = lead.id;
        story.created = *parseIsoTimestamp("2026-11-10T20:00:00Z");
        repo.addNote(story);
        auto hard = makeNote(id, NoteKind::HardCondition, "The beeper is lost in the fridge noise");
        hard.created = *parseIsoTimestamp("2026-11-10T20:05:00Z");
        const auto hardStored = repo.addNote(hard);
        auto secret = makeNote(id, NoteKind::OpenQuestion, "Ask Mia privately about the agency rota");
        secret.facilitatorOnly = true;
        secret.created = *parseIsoTimestamp("2026-11-10T20:10:00Z");
        repo.addNote(secret);
        Defense d;
        d.learningTeamId = id;
        d.title = "Marked walkway";
        d.rating = DefenseRating::Degraded;
        d.created = *parseIsoTimestamp("2026-11-11T20:00:00Z");
        const auto defense = repo.addDefense(d);
        repo.addLink(Link{0, id, {ItemType::Defense, defense.id}, {ItemType::Note, hardStored.id}, LinkKind::Answers});
        Action a;
        a.learningTeamId = id;
        a.title = "Clear the walkway before nights";
        a.owner = "Daniel";
        a.created = *parseIsoTimestamp("2026-11-11T20:10:00Z");
        repo.addAction(a);
    }
    std::string bundle(bool withPrivate = false) {
        return exportBundle(repo.snapshot(id), BundleOptions{withPrivate, kExportedAt, {}});
    }
};

// Everything the facilitator keeps of a Learning Team, ids and times aside, to compare before and after.
struct Kept {
    std::vector<std::string> privateNotes;
    std::vector<std::string> names;
    std::vector<RedactionTerm> redactions;
    bool operator==(const Kept&) const = default;
};

Kept keptOf(Repository& repo, Id id) {
    Kept k;
    for (const auto& n : repo.notes(id))
        if (n.facilitatorOnly)
            k.privateNotes.push_back(n.text);
    for (const auto& p : repo.participants(id))
        if (!p.name.empty())
            k.names.push_back(p.role + "=" + p.name);
    std::sort(k.names.begin(), k.names.end());
    k.redactions = repo.learningTeam(id)->redactions;
    return k;
}

std::vector<std::string> textsOf(Repository& repo, Id id) {
    std::vector<std::string> out;
    for (const auto& n : repo.notes(id))
        out.push_back(n.text);
    return out;
}

Id onlyCopyOf(Repository& repo) { return repo.learningTeams().front().id; }

// Three bundles of the same Learning Team from its home: one before a change, one at it, one after.
struct Versions {
    std::string older, same, newer;
};

Versions versionsOf(Home& home) {
    Versions v;
    v.older = home.bundle();
    auto hard = home.repo.notes(home.id)[1];
    hard.text = "The beeper is lost in the fridge noise at the far doors";
    home.repo.updateNote(hard);
    v.same = home.bundle();
    home.repo.addNote(makeNote(home.id, NoteKind::Reflection, "Soaking on it: the printer again"));
    v.newer = home.bundle();
    return v;
}

TEST(Exchange, RevisionsRiseWithEveryChangeAndTravelInTheBundle) {
    Home home;
    const auto before = home.repo.learningTeam(home.id)->revision;
    home.repo.addNote(makeNote(home.id, NoteKind::Story, "One more"));
    const auto after = home.repo.learningTeam(home.id)->revision;
    EXPECT_GT(after, before);
    auto stale = home.repo.learningTeam(home.id).value();
    stale.revision = 1; // an update never writes the revision it is given
    stale.summary = "A summary";
    home.repo.updateLearningTeam(stale);
    EXPECT_GT(home.repo.learningTeam(home.id)->revision, after);
    home.repo.recordPhaseChange(home.id, Phase::Soak, "");
    const auto moved = home.repo.learningTeam(home.id)->revision;
    EXPECT_GT(moved, after + 1);
    const auto j = nlohmann::json::parse(home.bundle());
    EXPECT_EQ(j["revision"], moved);
    EXPECT_EQ(j["exportedBy"], "Amara Osei");
    EXPECT_EQ(j["exportedAt"], "2026-12-01T10:00:00Z");
    EXPECT_EQ(j["learningTeam"]["uid"], home.repo.learningTeam(home.id)->uid);
}

TEST(Exchange, TheShareableFingerprintIgnoresWhatNoBundleCarries) {
    Home home;
    const auto fingerprint = shareableFingerprint(home.repo.snapshot(home.id));
    auto lt = home.repo.learningTeam(home.id).value();
    lt.redactions.push_back({"north yard", "[the yard]"});
    home.repo.updateLearningTeam(lt);
    auto p = home.repo.participants(home.id).front();
    p.name = "Daniel R.";
    home.repo.updateParticipant(p);
    auto secret = makeNote(home.id, NoteKind::Story, "A private aside");
    secret.facilitatorOnly = true;
    home.repo.addNote(secret);
    EXPECT_EQ(shareableFingerprint(home.repo.snapshot(home.id)), fingerprint);
    auto note = home.repo.notes(home.id).front();
    note.text += "!";
    home.repo.updateNote(note);
    EXPECT_NE(shareableFingerprint(home.repo.snapshot(home.id)), fingerprint);
}

// Rule 1: a Learning Team whose home is here is never replaced, whatever the bundle's revision.
TEST(Exchange, AHomeLearningTeamIsNeverReplaced) {
    Home home;
    const auto versions = versionsOf(home);
    for (const auto& [name, bundle] :
         {std::pair{"older", versions.older}, std::pair{"same", versions.same}, std::pair{"newer", versions.newer}}) {
        SCOPED_TRACE(name);
        const auto before = home.repo.snapshot(home.id);
        EXPECT_EQ(planImport(home.repo, bundle).situation, ImportSituation::HomeHere);
        try {
            importBundle(home.repo, bundle, ImportSource{"back.json"});
            ADD_FAILURE() << "a home Learning Team was replaced";
        } catch (const ImportNeedsDecision& e) {
            EXPECT_NE(std::string(e.what()).find("--as-copy"), std::string::npos) << e.what();
            EXPECT_EQ(e.plan().situation, ImportSituation::HomeHere);
        }
        EXPECT_THROW(importBundle(home.repo, bundle, ImportOptions{{}, ImportChoice::Replace, {}}), ImportNeedsDecision)
            << "not even when asked to replace";
        EXPECT_EQ(home.repo.snapshot(home.id).notes, before.notes);
        EXPECT_EQ(home.repo.snapshot(home.id).participants, before.participants);
        EXPECT_EQ(home.repo.snapshot(home.id).learningTeam, before.learningTeam);
        EXPECT_FALSE(home.repo.importOrigin(home.id));
    }
    EXPECT_EQ(home.repo.learningTeams().size(), 1u);
}

TEST(Exchange, AHomeLearningTeamCanBeImportedAsASeparateCopy) {
    Home home;
    const auto bundle = home.bundle();
    const auto before = home.repo.snapshot(home.id);
    const auto kept = keptOf(home.repo, home.id);
    const auto copy = importBundle(home.repo, bundle, ImportOptions{{"sent-back.json"}, ImportChoice::AsCopy, {}});
    EXPECT_EQ(copy.outcome, ImportOutcome::Copied);
    EXPECT_NE(copy.learningTeamId, home.id);
    const auto lt = home.repo.learningTeam(copy.learningTeamId).value();
    EXPECT_NE(lt.uid, before.learningTeam.uid);
    EXPECT_EQ(lt.teamId, before.learningTeam.teamId) << "beside the one it copies";
    EXPECT_TRUE(lt.title.starts_with("Reversing at [the far door] (copy from Amara Osei, ")) << lt.title;
    EXPECT_EQ(home.repo.snapshot(home.id).notes, before.notes);
    EXPECT_EQ(keptOf(home.repo, home.id), kept);
    EXPECT_TRUE(keptOf(home.repo, copy.learningTeamId).privateNotes.empty()) << "the bundle carried none";
    const auto origin = home.repo.importOrigin(copy.learningTeamId).value();
    EXPECT_EQ(origin.fileName, "sent-back.json");
    EXPECT_EQ(origin.sourceUid, before.learningTeam.uid);
    // The copy's home is here now: its own bundle comes back as home here too.
    const auto again = exportBundle(home.repo.snapshot(copy.learningTeamId));
    EXPECT_EQ(planImport(home.repo, again).situation, ImportSituation::HomeHere);
    // And the original bundle still finds the original.
    EXPECT_EQ(planImport(home.repo, bundle).existingId, home.id);
}

// Rule 2: an imported copy unchanged here follows newer bundles and ignores older or equal ones.
TEST(Exchange, AnUnchangedCopyIsUpdatedByANewerBundleOnly) {
    Home home;
    const auto versions = versionsOf(home);
    SqliteRepository laptop(":memory:");
    importBundle(laptop, versions.same, ImportSource{"v2.json"});
    const Id copy = onlyCopyOf(laptop);
    // Changes of what no bundle carries do not make the copy "changed here".
    auto lt = laptop.learningTeam(copy).value();
    lt.redactions = {{"walkway", "[the path]"}};
    laptop.updateLearningTeam(lt);
    auto p = laptop.participants(copy).front();
    p.name = "Dan";
    laptop.updateParticipant(p);
    auto aside = makeNote(copy, NoteKind::Story, "My own aside about Dan");
    aside.facilitatorOnly = true;
    laptop.addNote(aside);
    const auto kept = keptOf(laptop, copy);
    const auto texts = textsOf(laptop, copy);

    for (const auto& [name, bundle] : {std::pair{"older", versions.older}, std::pair{"same", versions.same}}) {
        SCOPED_TRACE(name);
        const auto result = importBundle(laptop, bundle, ImportSource{"again.json"});
        EXPECT_EQ(result.outcome, ImportOutcome::UpToDate);
        EXPECT_EQ(result.learningTeamId, copy);
        EXPECT_EQ(textsOf(laptop, copy), texts);
        EXPECT_EQ(keptOf(laptop, copy), kept);
        EXPECT_EQ(laptop.importOrigin(copy)->fileName, "v2.json") << "an import that changes nothing is not recorded";
    }
    EXPECT_EQ(planImport(laptop, versions.newer).situation, ImportSituation::Newer);
    const auto result = importBundle(laptop, versions.newer, ImportSource{"v3.json"});
    EXPECT_EQ(result.outcome, ImportOutcome::Updated);
    EXPECT_EQ(result.learningTeamId, copy);
    EXPECT_EQ(laptop.notes(copy).size(), home.repo.notes(home.id).size())
        << "the home's shared notes, the new one, and this laptop's own aside";
    EXPECT_EQ(keptOf(laptop, copy), kept) << "names, private notes and the redaction list survive the update";
    EXPECT_EQ(laptop.learningTeam(copy)->revision, home.repo.learningTeam(home.id)->revision);
    EXPECT_EQ(laptop.importOrigin(copy)->imports, 2);
    // The aside still has its teller, under the name only this laptop knows.
    const auto notes = laptop.notes(copy);
    const auto mine = std::find_if(notes.begin(), notes.end(), [](const Note& n) { return n.facilitatorOnly; });
    ASSERT_NE(mine, notes.end());
    EXPECT_EQ(importBundle(laptop, versions.newer).outcome, ImportOutcome::UpToDate);
}

// Rule 3: a copy changed here meets a newer bundle: the facilitator chooses, and each choice keeps what
// it promises.
TEST(Exchange, ACopyChangedHereIsAConflictWithThreeWaysOut) {
    Home home;
    const auto versions = versionsOf(home);
    enum class Choice { KeepMine, TakeTheirs, KeepBoth };
    for (const auto choice : {Choice::KeepMine, Choice::TakeTheirs, Choice::KeepBoth}) {
        SCOPED_TRACE(static_cast<int>(choice));
        SqliteRepository laptop(":memory:");
        importBundle(laptop, versions.same, ImportSource{"v2.json"});
        const Id copy = onlyCopyOf(laptop);
        auto p = laptop.participants(copy).front();
        p.name = "Dan";
        laptop.updateParticipant(p);
        auto aside = makeNote(copy, NoteKind::Story, "My own aside");
        aside.facilitatorOnly = true;
        laptop.addNote(aside);
        auto note = laptop.notes(copy).front();
        note.text = "Changed on this laptop";
        laptop.updateNote(note);
        Action a;
        a.learningTeamId = copy;
        a.title = "An action only this laptop has";
        laptop.addAction(a);
        const auto kept = keptOf(laptop, copy);
        const auto before = laptop.snapshot(copy);

        // Older and equal bundles change nothing, changed here or not.
        EXPECT_EQ(importBundle(laptop, versions.older).outcome, ImportOutcome::UpToDate);
        EXPECT_EQ(importBundle(laptop, versions.same).outcome, ImportOutcome::UpToDate);

        const auto plan = planImport(laptop, versions.newer);
        ASSERT_EQ(plan.situation, ImportSituation::ChangedHere);
        EXPECT_TRUE(plan.baseKnown);
        EXPECT_EQ(plan.mine.notes.changed, 1);
        EXPECT_EQ(plan.mine.actions.added, 1);
        EXPECT_EQ(plan.mine.notes.added, 0) << "a private note is not a shared change";
        EXPECT_EQ(plan.theirs.notes.added, 1);
        EXPECT_EQ(plan.theirs.notes.changed, 0);
        EXPECT_FALSE(plan.theirs.actions.any());
        try {
            importBundle(laptop, versions.newer, ImportSource{"v3.json"});
            ADD_FAILURE() << "a copy changed here was replaced without asking";
        } catch (const ImportNeedsDecision& e) {
            EXPECT_NE(std::string(e.what()).find("--replace"), std::string::npos);
            EXPECT_NE(std::string(e.what()).find("--as-copy"), std::string::npos);
        }
        EXPECT_EQ(laptop.snapshot(copy).notes, before.notes);

        switch (choice) {
        case Choice::KeepMine: break; // nothing is imported
        case Choice::TakeTheirs: {
            const auto r = importBundle(laptop, versions.newer, ImportOptions{{"v3.json"}, ImportChoice::Replace, {}});
            EXPECT_EQ(r.outcome, ImportOutcome::Updated);
            EXPECT_EQ(r.learningTeamId, copy);
            const auto texts = textsOf(laptop, copy);
            EXPECT_EQ(std::count(texts.begin(), texts.end(), "Changed on this laptop"), 0);
            EXPECT_EQ(std::count(texts.begin(), texts.end(), "Soaking on it: the printer again"), 1);
            EXPECT_TRUE(laptop.actions(copy).size() == 1u) << "theirs: the local action is gone";
            EXPECT_EQ(planImport(laptop, versions.newer).situation, ImportSituation::UpToDate);
            break;
        }
        case Choice::KeepBoth: {
            const auto r = importBundle(laptop, versions.newer, ImportOptions{{"v3.json"}, ImportChoice::AsCopy, {}});
            EXPECT_EQ(r.outcome, ImportOutcome::Copied);
            EXPECT_EQ(laptop.learningTeams().size(), 2u);
            EXPECT_EQ(laptop.snapshot(copy).notes, before.notes) << "mine stays exactly as it was";
            break;
        }
        }
        EXPECT_EQ(keptOf(laptop, copy), kept) << "whatever was chosen, the private content is still there";
        EXPECT_TRUE(laptop.database().checkIntegrity().ok);
    }
}

// Rule 4: a bundle made without private content holds names only as roles. Updating a copy that holds the
// original texts keeps the originals, and the names.
TEST(Exchange, OriginalTextsSurviveARedactedUpdate) {
    Home home;
    SqliteRepository laptop(":memory:");
    importBundle(laptop, home.bundle(true), ImportSource{"with-names.json"});
    const Id copy = onlyCopyOf(laptop);
    EXPECT_EQ(laptop.notes(copy).front().text, "Daniel walked the dock before the trailers came in");
    home.repo.addNote(makeNote(home.id, NoteKind::Reflection, "A second look"));
    const auto redacted = home.bundle(false);
    ASSERT_NE(redacted.find("[night-shift dock lead] walked the dock"), std::string::npos);
    const auto result = importBundle(laptop, redacted, ImportSource{"without-names.json"});
    EXPECT_EQ(result.outcome, ImportOutcome::Updated);
    const auto texts = textsOf(laptop, copy);
    EXPECT_EQ(std::count(texts.begin(), texts.end(), "Daniel walked the dock before the trailers came in"), 1)
        << "the original text, not its redacted form";
    EXPECT_EQ(std::count(texts.begin(), texts.end(), "A second look"), 1);
    EXPECT_EQ(std::count(texts.begin(), texts.end(), "Ask Mia privately about the agency rota"), 1)
        << "the private note that came with the first bundle stays";
    EXPECT_EQ(laptop.actions(copy).front().owner, "Daniel") << "an owner typed as a name stays as typed here";
    const auto names = keptOf(laptop, copy).names;
    EXPECT_EQ(names, (std::vector<std::string>{"agency loader=Mia Chen", "night-shift dock lead=Daniel Reyes"}));
    // The story keeps its teller.
    const auto notes = laptop.notes(copy);
    const auto story =
        std::find_if(notes.begin(), notes.end(), [](const Note& n) { return n.kind == NoteKind::Story; });
    ASSERT_NE(story, notes.end());
    ASSERT_TRUE(story->tellerId);
    EXPECT_EQ(laptop.participant(*story->tellerId)->name, "Daniel Reyes");
}

// A private note's links come back with it when the items at their other end are still there.
TEST(Exchange, APrivateNoteKeepsItsLinksThroughAnUpdate) {
    Home home;
    SqliteRepository laptop(":memory:");
    importBundle(laptop, home.bundle(), ImportSource{"a.json"});
    const Id copy = onlyCopyOf(laptop);
    auto aside = makeNote(copy, NoteKind::WeakSignal, "I heard the rota changed");
    aside.facilitatorOnly = true;
    aside = laptop.addNote(aside);
    const auto defense = laptop.defenses(copy).front();
    laptop.addLink(Link{0, copy, {ItemType::Defense, defense.id}, {ItemType::Note, aside.id}, LinkKind::Answers});
    home.repo.addNote(makeNote(home.id, NoteKind::Reflection, "Later"));
    ASSERT_EQ(importBundle(laptop, home.bundle(), ImportSource{"b.json"}).outcome, ImportOutcome::Updated);
    const auto links = laptop.links(copy);
    const auto notes = laptop.notes(copy);
    const auto kept = std::find_if(notes.begin(), notes.end(), [](const Note& n) { return n.facilitatorOnly; });
    ASSERT_NE(kept, notes.end());
    EXPECT_TRUE(std::any_of(links.begin(), links.end(), [&](const Link& l) {
        return l.to.type == ItemType::Note && l.to.id == kept->id && l.from.type == ItemType::Defense;
    })) << "the defense still answers the private note";
}

// Rule 5 (core half): a backup is asked for before anything is replaced, and an import whose backup fails
// replaces nothing.
TEST(Exchange, ABackupComesBeforeAReplaceAndItsFailureStopsIt) {
    Home home;
    SqliteRepository laptop(":memory:");
    importBundle(laptop, home.bundle(), ImportSource{"a.json"});
    const Id copy = onlyCopyOf(laptop);
    home.repo.addNote(makeNote(home.id, NoteKind::Reflection, "Later"));
    const auto newer = home.bundle();
    const auto before = laptop.snapshot(copy);
    ImportOptions failing;
    failing.beforeReplace = [](Id) { throw StorageError("the disk is full"); };
    try {
        importBundle(laptop, newer, failing);
        ADD_FAILURE() << "replaced without a backup";
    } catch (const BundleError& e) {
        EXPECT_NE(std::string(e.what()).find("the disk is full"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("Nothing was imported"), std::string::npos) << e.what();
    }
    EXPECT_EQ(laptop.snapshot(copy).notes, before.notes);
    std::vector<Id> backedUp;
    ImportOptions counting;
    counting.beforeReplace = [&](Id id) {
        EXPECT_EQ(laptop.notes(id).size(), before.notes.size()) << "called before anything was replaced";
        backedUp.push_back(id);
    };
    importBundle(laptop, newer, counting);
    EXPECT_EQ(backedUp, std::vector<Id>{copy});
    // No backup for an import that replaces nothing.
    SqliteRepository fresh(":memory:");
    backedUp.clear();
    importBundle(fresh, newer, counting);
    EXPECT_TRUE(backedUp.empty());
}

// The undo of an import puts the Learning Team back exactly: the same ids, revision and times.
TEST(Exchange, ARestoredSnapshotIsTheLearningTeamAsItWas) {
    Home home;
    SqliteRepository laptop(":memory:");
    importBundle(laptop, home.bundle(), ImportSource{"a.json"});
    const Id copy = onlyCopyOf(laptop);
    auto aside = makeNote(copy, NoteKind::Story, "Aside");
    aside.facilitatorOnly = true;
    laptop.addNote(aside);
    const auto before = laptop.snapshot(copy);
    home.repo.addNote(makeNote(home.id, NoteKind::Reflection, "Later"));
    importBundle(laptop, home.bundle(), ImportSource{"b.json"});
    laptop.transaction([&] {
        laptop.removeLearningTeam(copy);
        restoreLearningTeam(laptop, before);
    });
    const auto after = laptop.snapshot(copy);
    EXPECT_EQ(after.learningTeam, before.learningTeam);
    EXPECT_EQ(after.participants, before.participants);
    EXPECT_EQ(after.notes, before.notes);
    EXPECT_EQ(after.defenses, before.defenses);
    EXPECT_EQ(after.actions, before.actions);
    EXPECT_EQ(after.links, before.links);
    EXPECT_EQ(after.phaseLog, before.phaseLog);
    EXPECT_EQ(after.origin, before.origin);
    EXPECT_TRUE(laptop.database().checkIntegrity().ok);
}

TEST(Exchange, AnOlderBundleVersionStillImportsAndUpdates) {
    Home home;
    auto v2 = nlohmann::json::parse(home.bundle());
    for (const char* key : {"revision", "exportedAt", "exportedBy", "fingerprint"})
        v2.erase(key);
    v2["version"] = 2;
    SqliteRepository laptop(":memory:");
    const auto first = importBundle(laptop, v2.dump(), ImportSource{"old.json"});
    EXPECT_EQ(first.outcome, ImportOutcome::Imported);
    EXPECT_EQ(laptop.importOrigin(first.learningTeamId)->facilitator, "Amara Osei") << "its facilitator made it";
    EXPECT_EQ(importBundle(laptop, v2.dump()).outcome, ImportOutcome::UpToDate) << "the same content again";
    v2["notes"][0]["text"] = "Retold";
    EXPECT_EQ(importBundle(laptop, v2.dump()).outcome, ImportOutcome::Updated)
        << "different content without a revision counts as newer";
}

TEST(Exchange, ChangesAreDescribedInPlainWords) {
    SideChanges c;
    EXPECT_EQ(describeChanges(c), "nothing that a bundle carries");
    c.notes = {2, 1, 0};
    c.actions = {0, 0, 1};
    c.details = true;
    EXPECT_EQ(describeChanges(c), "notes: 2 added, 1 changed; action: 1 removed; the Learning Team's own details");
}

} // namespace
