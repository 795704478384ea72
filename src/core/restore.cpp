#include "ltw/restore.hpp"

namespace ltw {

void restoreLearningTeam(Repository& repo, const LearningTeamSnapshot& s) {
    repo.transaction([&] {
        repo.addLearningTeam(s.learningTeam);
        for (const auto& p : s.participants)
            repo.addParticipant(p);
        for (const auto& t : s.themes)
            repo.addTheme(t);
        for (const auto& n : s.notes)
            repo.addNote(n);
        for (const auto& w : s.steps)
            repo.addWorkStep(w);
        for (const auto& m : s.moments)
            repo.addMoment(m);
        for (const auto& d : s.defenses)
            repo.addDefense(d);
        for (const auto& a : s.actions)
            repo.addAction(a);
        for (const auto& l : s.learnings)
            repo.addSharedLearning(l);
        for (const auto& l : s.links)
            repo.addLink(l);
        for (const auto& e : s.phaseLog)
            repo.addPhaseLogEntry(e);
        if (s.origin)
            repo.setImportOrigin(*s.origin);
        // Each of the writes above moved the clock on; the Learning Team is back as it was.
        repo.setRevision(s.learningTeam.id, s.learningTeam.revision, s.learningTeam.updated);
    });
}

} // namespace ltw
