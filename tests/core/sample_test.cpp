#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace ltw;

namespace {

class Sample : public ::testing::Test {
protected:
    SqliteRepository repo{":memory:"};
    LearningTeam lt = addSampleLearningTeam(repo);
    LearningTeamSnapshot snap = repo.snapshot(lt.id);

    std::vector<Note> notesOf(NoteKind kind) const {
        std::vector<Note> out;
        std::copy_if(snap.notes.begin(), snap.notes.end(), std::back_inserter(out),
                     [kind](const Note& n) { return n.kind == kind; });
        return out;
    }

    const Note* noteById(Id id) const {
        auto it = std::find_if(snap.notes.begin(), snap.notes.end(), [id](const Note& n) { return n.id == id; });
        return it == snap.notes.end() ? nullptr : &*it;
    }

    bool answeredByADefense(Id noteId) const {
        const ItemRef note{ItemType::Note, noteId};
        return std::any_of(snap.links.begin(), snap.links.end(), [&](const Link& l) {
            return l.kind == LinkKind::Answers && ((l.from == note && l.to.type == ItemType::Defense) ||
                                                   (l.to == note && l.from.type == ItemType::Defense));
        });
    }
};

} // namespace

TEST_F(Sample, IsAStoredEventLearningTeamInShare) {
    ASSERT_NE(lt.id, 0);
    EXPECT_EQ(lt, repo.learningTeam(lt.id).value());
    EXPECT_EQ(lt.use, Use::Event);
    EXPECT_EQ(lt.phase, Phase::Share);
    EXPECT_FALSE(lt.uid.empty());
    EXPECT_FALSE(lt.title.empty());
    EXPECT_FALSE(lt.scopeQuestion.empty());
    EXPECT_FALSE(lt.sponsor.empty());
    EXPECT_FALSE(lt.facilitator.empty());
    EXPECT_FALSE(lt.summary.empty());
    EXPECT_FALSE(lt.sponsorResponse.empty());
    ASSERT_TRUE(lt.soakStart && lt.soakPlannedEnd);
    EXPECT_LT(*lt.soakStart, *lt.soakPlannedEnd);
    EXPECT_LT(lt.created, now() - std::chrono::days{5});
    EXPECT_EQ(snap.team.id, lt.teamId);
}

TEST_F(Sample, HasParticipantsWithRolesAndNames) {
    ASSERT_GE(snap.participants.size(), 5u);
    ASSERT_LE(snap.participants.size(), 6u);
    std::set<std::string> roles;
    for (const auto& p : snap.participants) {
        EXPECT_FALSE(p.name.empty());
        EXPECT_FALSE(p.role.empty());
        roles.insert(p.role);
    }
    EXPECT_EQ(roles.size(), snap.participants.size()) << "each role tells one person apart";
}

TEST_F(Sample, HasNotesOfEveryKind) {
    EXPECT_GE(snap.notes.size(), 18u);
    for (NoteKind kind : allValues<NoteKind>())
        EXPECT_FALSE(notesOf(kind).empty()) << toString(kind);
}

TEST_F(Sample, NotesLookCapturedInASession) {
    int withTeller = 0, tagged = 0;
    std::set<std::pair<double, double>> positions;
    for (const auto& n : snap.notes) {
        withTeller += n.tellerId.has_value();
        tagged += !n.tags.empty();
        positions.insert({n.position.x, n.position.y});
        EXPECT_LT(n.created, now());
    }
    EXPECT_GE(withTeller, 5);
    EXPECT_GE(tagged, 5);
    EXPECT_EQ(positions.size(), snap.notes.size()) << "no two notes on top of each other";
    for (const auto& n : notesOf(NoteKind::Reflection))
        EXPECT_EQ(n.phase, Phase::Soak) << n.text;
    const auto learnNotes =
        std::count_if(snap.notes.begin(), snap.notes.end(), [](const Note& n) { return n.phase == Phase::Learn; });
    EXPECT_GT(learnNotes * 2, static_cast<long>(snap.notes.size()));

    std::set<std::string> tags;
    for (const auto& n : notesOf(NoteKind::Story))
        tags.insert(n.tags.begin(), n.tags.end());
    EXPECT_TRUE(tags.contains("good day"));
    EXPECT_TRUE(tags.contains("bad day"));
}

TEST_F(Sample, OneNoteMentionsAParticipantByFirstName) {
    bool found = false;
    for (const auto& p : snap.participants) {
        const auto first = p.name.substr(0, p.name.find(' '));
        for (const auto& n : snap.notes)
            found = found || n.text.find(first) != std::string::npos;
    }
    EXPECT_TRUE(found);
}

TEST_F(Sample, HasThemesDrawnOutDuringTheSoak) {
    ASSERT_GE(snap.themes.size(), 3u);
    const auto soakStart = *lt.soakStart;
    const auto solve = repo.phaseLog(lt.id)[2].at;
    for (std::size_t i = 0; i < snap.themes.size(); ++i) {
        const auto& t = snap.themes[i];
        EXPECT_FALSE(t.name.empty());
        EXPECT_EQ(t.position, static_cast<int>(i));
        EXPECT_GT(t.created, soakStart) << t.name;
        EXPECT_LT(t.created, solve) << t.name;
        const auto members =
            std::count_if(snap.notes.begin(), snap.notes.end(), [&](const Note& n) { return n.themeId == t.id; });
        EXPECT_GE(members, 3) << t.name;
    }
    int grouped = 0;
    for (const auto& n : snap.notes) {
        if (!n.themeId)
            continue;
        ++grouped;
        EXPECT_FALSE(n.facilitatorOnly) << n.text;
        EXPECT_GE(n.updated, n.created);
    }
    EXPECT_LT(grouped, static_cast<int>(snap.notes.size())) << "some notes stay outside every theme";
}

TEST_F(Sample, HasBothTracksOfWorkSteps) {
    const auto imagined = repo.workSteps(lt.id, StepTrack::Imagined);
    const auto done = repo.workSteps(lt.id, StepTrack::Done);
    EXPECT_GE(imagined.size(), 5u);
    EXPECT_GE(done.size(), 6u);
    for (std::size_t i = 0; i < done.size(); ++i)
        EXPECT_EQ(done[i].position, static_cast<int>(i));
}

TEST_F(Sample, AnAdaptationIsAttachedToTheStepWhereItHappens) {
    const bool attached = std::any_of(snap.links.begin(), snap.links.end(), [&](const Link& l) {
        if (l.kind != LinkKind::AttachedTo || l.from.type != ItemType::Note || l.to.type != ItemType::WorkStep)
            return false;
        const auto step = repo.workStep(l.to.id);
        const Note* note = noteById(l.from.id);
        return step && step->track == StepTrack::Done && note && note->kind == NoteKind::Adaptation;
    });
    EXPECT_TRUE(attached);
}

TEST_F(Sample, HasDefensesOfEveryRatingAndNewOnes) {
    std::set<DefenseRating> ratings;
    int newOnes = 0;
    for (const auto& d : snap.defenses) {
        if (d.kind == DefenseKind::Existing) {
            ASSERT_TRUE(d.rating) << d.title;
            ratings.insert(*d.rating);
        } else {
            ++newOnes;
            EXPECT_FALSE(d.rating) << d.title;
        }
    }
    EXPECT_EQ(ratings.size(), allValues<DefenseRating>().size());
    EXPECT_GE(newOnes, 1);
    for (const auto& d : repo.defensesWithLinks(lt.id))
        EXPECT_FALSE(d.answers.empty()) << d.defense.title;
}

TEST_F(Sample, LeavesSomeHardConditionOrWeakSignalWithoutADefense) {
    int gaps = 0;
    for (const auto& n : snap.notes)
        if ((n.kind == NoteKind::HardCondition || n.kind == NoteKind::WeakSignal) && !answeredByADefense(n.id))
            ++gaps;
    EXPECT_GE(gaps, 1);
}

TEST_F(Sample, HasActionsWithOwnersDatesAndMeasures) {
    ASSERT_GE(snap.actions.size(), 3u);
    int linked = 0, voted = 0;
    std::set<ActionStatus> statuses;
    for (const auto& a : snap.actions) {
        EXPECT_FALSE(a.owner.empty()) << a.title;
        EXPECT_TRUE(a.due) << a.title;
        EXPECT_FALSE(a.successMeasure.empty()) << a.title;
        linked += a.defenseId.has_value();
        voted += a.votes > 0;
        statuses.insert(a.status);
    }
    EXPECT_GE(linked, 1);
    EXPECT_EQ(voted, static_cast<int>(snap.actions.size()));
    EXPECT_GE(statuses.size(), 2u);
}

TEST_F(Sample, HasASharedLearningWithLookFors) {
    ASSERT_FALSE(snap.learnings.empty());
    const auto& l = snap.learnings.front();
    EXPECT_FALSE(l.title.empty());
    EXPECT_FALSE(l.summary.empty());
    EXPECT_GE(l.lookFors.size(), 3u);
    EXPECT_FALSE(l.audience.empty());
}

TEST_F(Sample, PhaseLogRunsFromLearnToShareOverAboutTenDays) {
    const auto log = repo.phaseLog(lt.id);
    ASSERT_EQ(log.size(), 4u);
    EXPECT_EQ(log[0].from, std::nullopt);
    EXPECT_EQ(log[0].to, Phase::Learn);
    const Phase order[] = {Phase::Learn, Phase::Soak, Phase::Solve, Phase::Share};
    for (std::size_t i = 1; i < log.size(); ++i) {
        EXPECT_EQ(log[i].from, order[i - 1]);
        EXPECT_EQ(log[i].to, order[i]);
        EXPECT_LT(log[i - 1].at, log[i].at);
    }
    const auto span = log.back().at - log.front().at;
    EXPECT_GE(span, std::chrono::days{7});
    EXPECT_LE(span, std::chrono::days{14});
    EXPECT_LT(log.back().at, now());
    EXPECT_EQ(*lt.soakStart, log[1].at);
}

TEST_F(Sample, AddingItTwiceReusesTheTeam) {
    const auto second = addSampleLearningTeam(repo);
    EXPECT_NE(second.id, lt.id);
    EXPECT_NE(second.uid, lt.uid);
    EXPECT_EQ(second.teamId, lt.teamId);
    EXPECT_EQ(repo.teams().size(), 1u);
    EXPECT_EQ(repo.learningTeams(lt.teamId).size(), 2u);
    EXPECT_EQ(repo.snapshot(second.id).notes.size(), snap.notes.size());
    EXPECT_EQ(repo.themes(second.id).size(), snap.themes.size());
}

TEST(SampleTransaction, ListenersHearOfTheSampleOnlyOnceItIsComplete) {
    SqliteRepository repo(":memory:");
    std::optional<std::size_t> notesAtFirstCall;
    int changes = 0;
    repo.subscribe([&](const Change& c) {
        ++changes;
        if (!notesAtFirstCall && c.learningTeamId != 0)
            notesAtFirstCall = repo.notes(c.learningTeamId).size();
    });
    const auto lt = addSampleLearningTeam(repo);
    EXPECT_GT(changes, 50);
    // The first listener call already sees every note: the whole sample was committed at once.
    ASSERT_TRUE(notesAtFirstCall);
    EXPECT_EQ(*notesAtFirstCall, repo.notes(lt.id).size());
}
