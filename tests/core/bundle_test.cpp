#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>

using namespace ltw;
using ltw::test::makeLearningTeam;
using ltw::test::makeNote;
using nlohmann::json;

namespace {

const std::string kUnicode = "Ошибка 🚜🔥 — مرحبا بالعالم — שלום — 日本語のテキスト — e\u0301";

// A Learning Team with one of everything, and text from many scripts.
Id buildRich(Repository& repo) {
    auto lt = makeLearningTeam(repo, "Changeover " + kUnicode);
    lt.summary = "Summary " + kUnicode;
    lt.soakPlannedEnd = parseIsoTimestamp("2026-11-25T08:00:00Z");
    repo.updateLearningTeam(lt);
    auto operatorP = repo.addParticipant(Participant{0, lt.id, "night-shift operator", "Rosa Díaz"});
    repo.addParticipant(Participant{0, lt.id, "maintenance tech", "李伟"});
    // Listed by position, so the second theme made comes first and note references point both ways.
    auto glare = repo.addTheme(Theme{0, lt.id, "Light works against us " + kUnicode, 1, {}, {}});
    auto nights = repo.addTheme(Theme{0, lt.id, "Nights are different", 0, {}, {}});
    repo.addTheme(Theme{0, lt.id, "", 2, {}, {}}); // made, not yet named or filled
    auto story = makeNote(lt.id, NoteKind::Story, "Story " + kUnicode);
    story.tellerId = operatorP.id;
    story.themeId = nights.id;
    story.tags = {"night", "🚜"};
    story.position = {10.5, 20};
    story = repo.addNote(story);
    auto hardNote = makeNote(lt.id, NoteKind::HardCondition, "Glare <b>at</b> dawn & \"quotes\"");
    hardNote.themeId = glare.id;
    auto hard = repo.addNote(hardNote);
    auto step = repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Done, 0, "Check the line"});
    repo.addWorkStep(WorkStep{0, lt.id, StepTrack::Imagined, 0, "Lock out, then check"});
    auto d = repo.addDefense(Defense{0, lt.id, DefenseKind::Existing, DefenseRating::Degraded, "Lockout", "", {}, {}});
    Action a;
    a.learningTeamId = lt.id;
    a.title = "Fit a hood";
    a.owner = "Shift lead";
    a.due = parseIsoDate("2027-01-31");
    a.defenseId = d.id;
    a.votes = 3;
    repo.addAction(a);
    SharedLearning l;
    l.learningTeamId = lt.id;
    l.title = "Glare hides alarms";
    l.lookFors = {"Screens facing windows", kUnicode};
    repo.addSharedLearning(l);
    repo.addLink(Link{0, lt.id, {ItemType::Defense, d.id}, {ItemType::Note, hard.id}, LinkKind::Answers});
    repo.addLink(Link{0, lt.id, {ItemType::Note, story.id}, {ItemType::WorkStep, step.id}, LinkKind::AttachedTo});
    // The timeline: a moment with its date and time, and one whose time nobody knows, each linked.
    auto alarm = repo.addMoment(TimelineMoment{0, lt.id, 0, parseIsoDate("2026-11-20"), 23 * 60 + 50,
                                               "The alarm sounds " + kUnicode, "Line 3", "Rosa Díaz", {}, {}});
    auto later = repo.addMoment(TimelineMoment{0, lt.id, 1, std::nullopt, std::nullopt, "Someone <b>resets</b> it",
                                               "", "night-shift operator", {}, {}});
    repo.addLink(Link{0, lt.id, {ItemType::Note, hard.id}, {ItemType::Moment, alarm.id}, LinkKind::AttachedTo});
    repo.addLink(Link{0, lt.id, {ItemType::Moment, later.id}, {ItemType::WorkStep, step.id}, LinkKind::AttachedTo});
    repo.recordPhaseChange(lt.id, Phase::Soak, "reason " + kUnicode);
    return lt.id;
}

std::string exported(SqliteRepository& repo, Id id, bool priv = true) {
    return exportBundle(repo.snapshot(id), BundleOptions{priv, parseIsoTimestamp("2026-12-01T10:00:00Z"), {}});
}

TEST(Bundle, ExportImportExportGivesTheSameBundle) {
    SqliteRepository a(":memory:");
    const auto first = exported(a, buildRich(a));
    SqliteRepository b(":memory:");
    b.addTeam(Team{0, "Unrelated", "", {}}); // so that database ids differ between the two
    auto result = importBundle(b, first);
    EXPECT_TRUE(result.teamCreated);
    const auto second = exported(b, result.learningTeamId);
    EXPECT_EQ(first, second);
    EXPECT_NE(first.find(kUnicode), std::string::npos) << "Unicode is kept as it is, not escaped";
    EXPECT_EQ(b.snapshot(result.learningTeamId).notes[0].text, "Story " + kUnicode);
    EXPECT_TRUE(b.database().checkIntegrity().ok);
}

TEST(Bundle, ImportReusesATeamWithTheSameNameAndSite) {
    SqliteRepository a(":memory:");
    const auto text = exported(a, buildRich(a));
    SqliteRepository b(":memory:");
    auto team = b.addTeam(Team{0, "Packaging line 3", "Riverside plant", {}});
    auto result = importBundle(b, text);
    EXPECT_FALSE(result.teamCreated);
    EXPECT_EQ(result.teamId, team.id);
}

TEST(Bundle, PrivateContentStaysHomeUnlessAskedFor) {
    SqliteRepository repo(":memory:");
    const Id id = buildRich(repo);
    auto secret = makeNote(id, NoteKind::OpenQuestion, "Facilitator's own note");
    secret.facilitatorOnly = true;
    repo.addNote(secret);
    auto mention = makeNote(id, NoteKind::Adaptation, "Rosa showed us the wedge; rosa díaz said so too");
    repo.addNote(mention);
    const auto plain = exported(repo, id, false);
    EXPECT_NE(plain.find("[night-shift operator] showed us the wedge"), std::string::npos);
    EXPECT_EQ(plain.find("Rosa"), std::string::npos);
    EXPECT_EQ(plain.find("李伟"), std::string::npos);
    EXPECT_EQ(plain.find("Facilitator's own note"), std::string::npos);
    EXPECT_NE(plain.find("night-shift operator"), std::string::npos);
    const auto full = exported(repo, id, true);
    EXPECT_NE(full.find("Rosa Díaz"), std::string::npos);
    EXPECT_NE(full.find("Facilitator's own note"), std::string::npos);
    SqliteRepository other(":memory:");
    EXPECT_NO_THROW(importBundle(other, plain));
}

// A bundle imported before comes back newer: the Learning Team is updated in place, under its id and in
// its team, holding exactly the new bundle's content; where it came from is kept.
TEST(Bundle, ImportingTheSameLearningTeamAgainUpdatesIt) {
    SqliteRepository source(":memory:");
    const Id sourceId = buildRich(source);
    SqliteRepository target(":memory:");
    const auto first = importBundle(target, exported(source, sourceId), ImportSource{"changeover.json"});
    EXPECT_FALSE(first.updated);
    const auto origin = target.importOrigin(first.learningTeamId).value();
    EXPECT_EQ(origin.fileName, "changeover.json");
    EXPECT_EQ(origin.imports, 1);
    // The facilitator here keeps a redaction list of their own; the bundle does not carry one.
    auto here = target.learningTeam(first.learningTeamId).value();
    here.redactions = {{"Rosa", "[operator]"}};
    target.updateLearningTeam(here);

    // Meanwhile, at the source: a note more, one changed, an action done, a step forward.
    source.addNote(makeNote(sourceId, NoteKind::Reflection, "Soaking on it: glare every dawn"));
    auto changed = source.notes(sourceId).front();
    changed.text = "Story, retold";
    source.updateNote(changed);
    auto action = source.actions(sourceId).front();
    action.status = ActionStatus::Done;
    source.updateAction(action);
    source.recordPhaseChange(sourceId, Phase::Solve, "");
    const auto newer = exported(source, sourceId);

    std::vector<Change> heard;
    target.subscribe([&](const Change& c) { heard.push_back(c); });
    const auto second = importBundle(target, newer, ImportSource{"changeover-v2.json"});
    EXPECT_TRUE(second.updated);
    EXPECT_EQ(second.learningTeamId, first.learningTeamId);
    EXPECT_EQ(second.teamId, first.teamId);
    EXPECT_EQ(target.learningTeams().size(), 1u) << "no second copy";
    EXPECT_EQ(target.teams().size(), 1u);
    EXPECT_EQ(exported(target, second.learningTeamId), newer) << "it holds exactly what the newer bundle holds";
    EXPECT_EQ(target.learningTeam(second.learningTeamId)->phase, Phase::Solve);
    EXPECT_EQ(target.learningTeam(second.learningTeamId)->redactions, here.redactions);
    const auto again = target.importOrigin(second.learningTeamId).value();
    EXPECT_EQ(again.fileName, "changeover-v2.json");
    EXPECT_EQ(again.imports, 2);
    EXPECT_EQ(again.firstImported, origin.firstImported);
    ASSERT_FALSE(heard.empty());
    EXPECT_EQ(heard.front().entity, EntityType::LearningTeam);
    EXPECT_EQ(heard.front().kind, ChangeKind::Removed);
    EXPECT_TRUE(target.database().checkIntegrity().ok);
}

// A malformed newer bundle of a Learning Team already here leaves it exactly as it was.
TEST(Bundle, AMalformedUpdateChangesNothing) {
    SqliteRepository source(":memory:");
    const Id sourceId = buildRich(source);
    SqliteRepository target(":memory:");
    const auto first = importBundle(target, exported(source, sourceId), ImportSource{"a.json"});
    const auto before = target.snapshot(first.learningTeamId);
    auto spoiled = json::parse(exported(source, sourceId));
    spoiled["notes"].push_back(spoiled["notes"][0]); // a note id used twice
    EXPECT_THROW(importBundle(target, spoiled.dump(), ImportSource{"b.json"}), BundleError);
    auto storageFault = json::parse(exported(source, sourceId));
    storageFault["links"].push_back(storageFault["links"][0]);          // refused only when stored
    storageFault["revision"] = storageFault["revision"].get<int>() + 1; // newer, so that it is stored
    EXPECT_THROW(importBundle(target, storageFault.dump(), ImportSource{"c.json"}), BundleError);
    const auto after = target.snapshot(first.learningTeamId);
    EXPECT_EQ(after.notes, before.notes);
    EXPECT_EQ(after.learningTeam, before.learningTeam);
    EXPECT_EQ(after.links, before.links);
    EXPECT_EQ(target.importOrigin(first.learningTeamId)->fileName, "a.json");
    EXPECT_EQ(target.importOrigin(first.learningTeamId)->imports, 1);
}

// Each malformed bundle is refused with a message that says where, and the database is unchanged.
struct Malformed {
    std::string name;
    std::function<void(json&)> spoil; // applied to a good bundle
    std::string raw;                  // or this text as it is
    std::string expect;               // part of the message
};

std::vector<Malformed> malformedBundles() {
    return {
        {"not json", {}, "this is not json at all", "not valid JSON"},
        {"truncated", {}, R"({"format": "ltw-bundle", "version": 1, "team": {"na)", "not valid JSON"},
        {"invalid utf-8", {}, "{\"format\": \"ltw-bundle\", \"x\": \"\xff\xfe\"}", "not valid JSON"},
        {"top-level array", {}, "[1, 2, 3]", "holds no JSON object"},
        {"wrong format", [](json& j) { j["format"] = "something-else"; }, {}, "\"format\""},
        {"newer version", [](json& j) { j["version"] = 99; }, {}, "newer version"},
        {"missing learning team", [](json& j) { j.erase("learningTeam"); }, {}, "bundle.learningTeam"},
        {"empty title", [](json& j) { j["learningTeam"]["title"] = ""; }, {}, "must not be empty"},
        {"unknown use", [](json& j) { j["learningTeam"]["use"] = "blame"; }, {}, "\"blame\" is not one of"},
        {"unknown note kind", [](json& j) { j["notes"][0]["kind"] = "rumour"; }, {}, "bundle.notes[0].kind"},
        {"number for text", [](json& j) { j["notes"][1]["text"] = 42; }, {}, "bundle.notes[1].text"},
        {"notes not a list", [](json& j) { j["notes"] = json::object(); }, {}, "a list was expected"},
        {"dangling teller", [](json& j) { j["notes"][0]["teller"] = 77; }, {}, "no participant with id 77"},
        {"duplicate note id", [](json& j) { j["notes"][1]["id"] = j["notes"][0]["id"]; }, {}, "used twice"},
        {"link to a missing item", [](json& j) { j["links"][0]["to"]["id"] = 500; }, {}, "bundle.links[0].to.id"},
        {"link type unknown", [](json& j) { j["links"][0]["from"]["type"] = "person"; }, {}, "\"person\""},
        {"bad time", [](json& j) { j["notes"][0]["created"] = "yesterday"; }, {}, "UTC time"},
        {"impossible due date", [](json& j) { j["actions"][0]["due"] = "2027-02-30"; }, {}, "a date like"},
        {"negative votes", [](json& j) { j["actions"][0]["votes"] = -3; }, {}, "out of range"},
        {"dangling defense", [](json& j) { j["actions"][0]["defense"] = 9; }, {}, "no defense with id 9"},
        {"dangling theme", [](json& j) { j["notes"][0]["theme"] = 42; }, {}, "no theme with id 42"},
        {"duplicate theme id", [](json& j) { j["themes"][1]["id"] = j["themes"][0]["id"]; }, {}, "used twice"},
        {"themes missing", [](json& j) { j.erase("themes"); }, {}, "bundle.themes"},
        {"note without its theme field", [](json& j) { j["notes"][1].erase("theme"); }, {}, "bundle.notes[1].theme"},
        {"theme name not text", [](json& j) { j["themes"][0]["name"] = nullptr; }, {}, "bundle.themes[0].name"},
        {"negative theme position", [](json& j) { j["themes"][0]["position"] = -1; }, {}, "out of range"},
        {"theme ref not a number", [](json& j) { j["notes"][0]["theme"] = "1"; }, {}, "bundle.notes[0].theme"},
        {"empty phase log", [](json& j) { j["phaseLog"] = json::array(); }, {}, "opening entry"},
        {"log disagrees with phase", [](json& j) { j["learningTeam"]["phase"] = "share"; }, {}, "last entry"},
        {"self link", [](json& j) { j["links"][0]["to"] = j["links"][0]["from"]; }, {}, "linked to itself"},
        {"duplicate link (refused by storage)",
         [](json& j) { j["links"].push_back(j["links"][0]); },
         {},
         "Nothing was"},
    };
}

TEST(Bundle, MalformedBundlesImportNothing) {
    SqliteRepository source(":memory:");
    const auto good = json::parse(exported(source, buildRich(source)));
    for (const auto& m : malformedBundles()) {
        SqliteRepository target(":memory:");
        auto existing = makeLearningTeam(target, "Already here");
        target.addNote(makeNote(existing.id, NoteKind::Story, "keep me"));
        const auto before = target.snapshot(existing.id);
        std::string text = m.raw;
        if (m.spoil) {
            auto j = good;
            m.spoil(j);
            text = j.dump();
        }
        try {
            importBundle(target, text);
            ADD_FAILURE() << m.name << ": was imported";
        } catch (const BundleError& e) {
            EXPECT_NE(std::string(e.what()).find(m.expect), std::string::npos) << m.name << ": " << e.what();
        }
        EXPECT_EQ(target.learningTeams().size(), 1u) << m.name;
        EXPECT_EQ(target.teams().size(), 1u) << m.name;
        const auto after = target.snapshot(existing.id);
        EXPECT_EQ(after.notes, before.notes) << m.name;
        EXPECT_TRUE(target.database().checkIntegrity().ok) << m.name;
    }
}

TEST(Bundle, TheBundleIsDocumentedFieldByField) {
    // docs/bundle-format.md names every field an export writes; a new field needs its line there.
    const auto doc = ltw::test::readFile(std::filesystem::path(LTW_SOURCE_DIR) / "docs" / "bundle-format.md");
    ASSERT_FALSE(doc.empty());
    SqliteRepository repo(":memory:");
    const auto j = json::parse(exported(repo, buildRich(repo)));
    std::function<void(const json&)> walk = [&](const json& v) {
        if (v.is_object()) {
            for (const auto& [key, value] : v.items()) {
                EXPECT_NE(doc.find("`" + key + "`"), std::string::npos) << "field " << key << " is not documented";
                walk(value);
            }
        } else if (v.is_array()) {
            for (const auto& e : v)
                walk(e);
        }
    };
    walk(j);
}

} // namespace

namespace {

// A bundle written by the first release stays importable: the fixture is never regenerated.
TEST(Bundle, AVersionOneBundleFromAnEarlierReleaseImports) {
    const auto text = ltw::test::readFile(std::filesystem::path(LTW_TEST_DATA_DIR) / "bundle-v1-sample.json");
    ASSERT_FALSE(text.empty());
    SqliteRepository repo(":memory:");
    const auto result = importBundle(repo, text);
    const auto s = repo.snapshot(result.learningTeamId);
    EXPECT_EQ(s.learningTeam.use, Use::Event);
    EXPECT_EQ(s.learningTeam.phase, Phase::Share);
    EXPECT_GE(s.notes.size(), 15u);
    EXPECT_FALSE(s.defenses.empty());
    EXPECT_FALSE(s.learnings.empty());
    EXPECT_TRUE(s.themes.empty());
    for (const auto& n : s.notes)
        EXPECT_FALSE(n.themeId) << n.text;

    // Written back in today's version: the same text, plus what version 2 says about themes.
    const auto v1 = nlohmann::ordered_json::parse(text);
    nlohmann::ordered_json expected;
    for (const auto& [key, value] : v1.items()) {
        if (key == "notes") {
            auto notes = nlohmann::ordered_json::array();
            for (const auto& note : value) {
                nlohmann::ordered_json upgraded;
                for (const auto& [field, v] : note.items()) {
                    upgraded[field] = v;
                    if (field == "teller")
                        upgraded["theme"] = nullptr;
                }
                notes.push_back(upgraded);
            }
            expected[key] = notes;
        } else {
            expected[key] = key == "version" ? nlohmann::ordered_json(kBundleVersion) : value;
        }
        if (key == "participants")
            expected["themes"] = nlohmann::ordered_json::array();
        if (key == "workSteps")
            expected["moments"] = nlohmann::ordered_json::array(); // version 4: the timeline of an event
    }
    ASSERT_EQ(expected["notes"].size(), v1["notes"].size());
    // Version 3 says which revision the bundle holds, when and by whom it was made, and its fingerprint.
    auto written = nlohmann::ordered_json::parse(exportBundle(s));
    EXPECT_EQ(written["revision"], s.learningTeam.revision);
    EXPECT_EQ(written["exportedBy"], s.learningTeam.facilitator);
    EXPECT_TRUE(parseIsoTimestamp(written["exportedAt"].get<std::string>()));
    EXPECT_TRUE(written["fingerprint"].get<std::string>().starts_with("fnv1a64:"));
    for (const char* key : {"revision", "exportedAt", "exportedBy", "fingerprint"})
        written.erase(key);
    EXPECT_EQ(written.dump(2), expected.dump(2)) << "what was read is written back the same, upgraded";
}

TEST(Bundle, AVersionTwoBundleCarriesThemes) {
    SqliteRepository a(":memory:");
    const Id source = buildRich(a);
    const auto first = exported(a, source);
    const auto j = json::parse(first);
    EXPECT_EQ(j["version"], kBundleVersion);
    ASSERT_EQ(j["themes"].size(), 3u);
    EXPECT_EQ(j["themes"][0]["name"], "Nights are different");
    EXPECT_EQ(j["themes"][0]["id"], 1);
    EXPECT_EQ(j["notes"][0]["theme"], 1);
    EXPECT_EQ(j["notes"][1]["theme"], 2);

    SqliteRepository b(":memory:");
    b.addTeam(Team{0, "Unrelated", "", {}});
    makeLearningTeam(b, "Someone else's"); // so that theme ids differ between the two
    for (int i = 0; i < 5; ++i)
        b.addTheme(Theme{0, b.learningTeams().front().id, "Not this one", i, {}, {}});
    const auto result = importBundle(b, first);
    const auto s = b.snapshot(result.learningTeamId);
    const auto original = a.snapshot(source);
    ASSERT_EQ(s.themes.size(), 3u);
    for (std::size_t i = 0; i < s.themes.size(); ++i) {
        EXPECT_EQ(s.themes[i].name, original.themes[i].name);
        EXPECT_EQ(s.themes[i].position, original.themes[i].position);
        EXPECT_EQ(s.themes[i].created, original.themes[i].created);
        EXPECT_EQ(s.themes[i].updated, original.themes[i].updated);
        EXPECT_EQ(s.themes[i].learningTeamId, result.learningTeamId);
    }
    EXPECT_NE(s.themes[0].id, original.themes[0].id);
    EXPECT_EQ(s.notes[0].themeId, s.themes[0].id);
    EXPECT_EQ(s.notes[1].themeId, s.themes[1].id);
    EXPECT_EQ(exported(b, result.learningTeamId), first) << "export, import, export gives the same text";
}

TEST(Bundle, AVersionOneBundleImportsWithoutThemes) {
    SqliteRepository a(":memory:");
    auto j = json::parse(exported(a, buildRich(a)));
    j["version"] = 1;
    j.erase("themes");
    for (auto& note : j["notes"])
        note.erase("theme");
    // Nor had it a timeline.
    j.erase("moments");
    auto links = json::array();
    for (const auto& l : j["links"])
        if (l["from"]["type"] != "moment" && l["to"]["type"] != "moment")
            links.push_back(l);
    j["links"] = links;
    SqliteRepository b(":memory:");
    const auto s = b.snapshot(importBundle(b, j.dump()).learningTeamId);
    EXPECT_TRUE(s.themes.empty());
    EXPECT_FALSE(s.notes.empty());
    for (const auto& n : s.notes)
        EXPECT_FALSE(n.themeId);
}

} // namespace
