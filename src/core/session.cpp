#include "ltw/session.hpp"

#include "ltw/backup.hpp"

#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace ltw {
namespace {

constexpr std::array kOrder = {Phase::Learn, Phase::Soak, Phase::Solve, Phase::Share, Phase::Closed};

int indexOf(Phase p) { return static_cast<int>(std::find(kOrder.begin(), kOrder.end(), p) - kOrder.begin()); }

std::string timeLeft(std::chrono::seconds left) {
    const auto hours = std::chrono::duration_cast<std::chrono::hours>(left).count();
    if (hours >= 48) {
        const auto days = hours / 24;
        return translate("Session", "%n day(s)", nullptr, asCount(days));
    }
    if (hours >= 1)
        return translate("Session", "%n hour(s)", nullptr, asCount(hours));
    const auto minutes = std::max<long long>(1, std::chrono::duration_cast<std::chrono::minutes>(left).count());
    return translate("Session", "%n minute(s)", nullptr, asCount(minutes));
}

TransitionCheck allowed() { return {TransitionCheck::Verdict::Allowed, {}}; }
TransitionCheck refused(std::string why) { return {TransitionCheck::Verdict::Refused, std::move(why)}; }
TransitionCheck confirm(std::string what) { return {TransitionCheck::Verdict::NeedsOverride, std::move(what)}; }

} // namespace

std::optional<Phase> PhaseMachine::next(Phase phase) {
    const int i = indexOf(phase);
    if (i + 1 >= static_cast<int>(kOrder.size()))
        return std::nullopt;
    return kOrder[static_cast<std::size_t>(i + 1)];
}

std::optional<Phase> PhaseMachine::previous(Phase phase) {
    const int i = indexOf(phase);
    if (i == 0)
        return std::nullopt;
    return kOrder[static_cast<std::size_t>(i - 1)];
}

TransitionCheck PhaseMachine::check(const LearningTeam& lt, Phase target, const PhaseFacts& facts, Timestamp now) {
    const Phase from = lt.phase;
    if (target == from)
        return refused(arg(translate("Session", "The Learning Team is already in %1."), {label(from)}));
    if (previous(from) == target) {
        // Going back is always possible: re-gather to learn more, reopen a share-out.
        return allowed();
    }
    if (next(from) != target) {
        if (indexOf(target) > indexOf(from))
            return refused(arg(translate("Session", "Go one phase at a time: from %1 the next phase is %2."),
                               {label(from), label(*next(from))}));
        return refused(arg(translate("Session", "Go back one phase at a time: from %1 the previous phase is %2."),
                           {label(from), label(previous(from).value_or(from))}));
    }
    switch (target) {
    case Phase::Soak:
        if (facts.noteCount == 0)
            return confirm(translate("Session", "Nothing has been captured yet, so the group has nothing to soak on. "
                                                "Move to Soak anyway?"));
        return allowed();
    case Phase::Solve:
        if (lt.soakPlannedEnd && now < *lt.soakPlannedEnd)
            return confirm(arg(translate("Session", "The soak period is planned to end on %1 (%2 from now). Stories "
                                                    "settle with time; start solving early anyway?"),
                               {toIso(*lt.soakPlannedEnd), timeLeft(*lt.soakPlannedEnd - now)}));
        return allowed();
    case Phase::Share:
        if (facts.sharedLearningCount == 0)
            return refused(translate("Session", "Share needs at least one shared learning: write down what other "
                                                "teams should recognise, with its look-fors, then move to Share."));
        if (facts.actionsWithoutOwner > 0)
            return confirm(translate("Session", "Open actions without an owner yet: %n. Share anyway?", nullptr,
                                     facts.actionsWithoutOwner));
        return allowed();
    case Phase::Closed:
        if (facts.sharedLearningCount == 0)
            return refused(
                translate("Session", "A Learning Team closes with at least one shared learning; add one first."));
        return allowed();
    case Phase::Learn: break;
    }
    return allowed();
}

Session::Session(SqliteRepository& repo, SessionOptions options) : m_repo(repo), m_options(std::move(options)) {}

PhaseFacts Session::facts(Id ltId) {
    PhaseFacts f;
    f.noteCount = static_cast<int>(m_repo.notes(ltId, {}).size());
    f.sharedLearningCount = static_cast<int>(m_repo.sharedLearnings(ltId).size());
    const auto open = m_repo.openActions(ltId);
    f.actionsWithoutOwner =
        static_cast<int>(std::count_if(open.begin(), open.end(), [](const Action& a) { return a.owner.empty(); }));
    return f;
}

TransitionCheck Session::check(Id ltId, Phase target) {
    auto lt = m_repo.learningTeam(ltId);
    if (!lt)
        throw InvalidRequest(fmt::format("There is no Learning Team with id {}.", ltId));
    return PhaseMachine::check(*lt, target, facts(ltId), now());
}

TransitionResult Session::moveTo(Id ltId, Phase target, bool override, const std::string& reason) {
    TransitionResult result;
    result.check = check(ltId, target);
    if (result.check.verdict == TransitionCheck::Verdict::Refused ||
        (result.check.verdict == TransitionCheck::Verdict::NeedsOverride && !override))
        return result;
    const std::string logReason = result.check.verdict == TransitionCheck::Verdict::NeedsOverride
                                      ? (reason.empty() ? arg(translate("Session", "Confirmed by the facilitator: %1"),
                                                              {result.check.explanation})
                                                        : reason)
                                      : reason;
    m_repo.transaction([&] {
        auto lt = m_repo.learningTeam(ltId).value();
        if (target == Phase::Soak && lt.phase == Phase::Learn) {
            lt.soakStart = now();
            if (!lt.soakPlannedEnd || *lt.soakPlannedEnd <= *lt.soakStart)
                lt.soakPlannedEnd = *lt.soakStart + std::chrono::hours{24};
            m_repo.updateLearningTeam(lt);
        }
        m_repo.recordPhaseChange(ltId, target, logReason);
    });
    result.moved = true;
    spdlog::info("learning team {} moved to {}", ltId, toString(target));
    auto lt = m_repo.learningTeam(ltId).value();
    result.backup = backup(lt, result.backupError);
    return result;
}

std::optional<std::filesystem::path> Session::backup(const LearningTeam& lt, std::string& error) {
    try {
        return backupDatabase(m_repo.database(), fmt::format("lt{}-{}", lt.id, toString(lt.phase)),
                              BackupOptions{m_options.backupDir, m_options.keepBackups});
    } catch (const std::exception& e) {
        error = arg(translate("Session", "The backup at this phase change was not made. %1"), {e.what()});
        return std::nullopt;
    }
}

LearningTeam createLearningTeam(Repository& repo, LearningTeam lt) {
    LearningTeam stored;
    repo.transaction([&] {
        stored = repo.addLearningTeam(std::move(lt));
        repo.addPhaseLogEntry(PhaseLogEntry{0, stored.id, std::nullopt, stored.phase, stored.created, {}});
    });
    return stored;
}

} // namespace ltw
