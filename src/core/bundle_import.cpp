// Imports a bundle without ever destroying what only this database holds. The bundle is read and checked
// whole first; then its Learning Team is placed against what is here (new, home here, an imported copy
// changed here or not, older or newer), and only what the rules allow is written, in one transaction.
#include "ltw/bundle.hpp"

#include "bundle_match.hpp"
#include "bundle_parse.hpp"
#include "ltw/errors.hpp"
#include "ltw/redaction.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <map>
#include <set>
#include <tuple>

namespace ltw {

using detail::ParsedBundle;

std::string copyTitle(const std::string& title, const std::string& from, Timestamp when) {
    if (from.empty())
        return fmt::format("{} (copy, {})", title, humanDate(when));
    return fmt::format("{} (copy from {}, {})", title, from, humanDate(when));
}

namespace {

// The facilitator's own redaction of this copy's texts: its roster with names, and its list.
detail::SameText readsAsRedacted(const Redactor& redactor) {
    return [&redactor](const std::string& after, const std::string& before) {
        return after == before || redactor.apply(after) == before;
    };
}

ImportPlan makePlan(Repository& repo, const ParsedBundle& p) {
    ImportPlan plan;
    plan.title = p.lt.title;
    plan.exportedBy = p.exportedBy;
    plan.exportedAt = p.exportedAt;
    plan.bundleRevision = p.revision;
    const auto existing = repo.learningTeamByUid(p.lt.uid);
    if (!existing)
        return plan;
    plan.existingId = existing->id;
    plan.hereRevision = existing->revision;
    const auto origin = repo.importOrigin(existing->id);
    // Made here, or a separate copy whose own uid was made here: either way its home is this database.
    if (!origin || origin->sourceUid != existing->uid) {
        plan.situation = ImportSituation::HomeHere;
        return plan;
    }
    plan.importedRevision = origin->sourceRevision;
    plan.sameContent = !origin->sourceFingerprint.empty() && origin->sourceFingerprint == p.fingerprint;
    const bool notNewer = p.revision > 0 && origin->sourceRevision > 0 && p.revision <= origin->sourceRevision;
    if (plan.sameContent || notNewer) {
        plan.situation = ImportSituation::UpToDate;
        return plan;
    }
    const auto snapshot = repo.snapshot(existing->id);
    // An import made before copies kept their fingerprint: whether it changed here cannot be known, so it is
    // taken as changed, and the facilitator decides.
    const bool changedHere =
        origin->localFingerprint.empty() || shareableFingerprint(snapshot) != origin->localFingerprint;
    if (!changedHere) {
        plan.situation = ImportSituation::Newer;
        return plan;
    }
    plan.situation = ImportSituation::ChangedHere;
    const Redactor redactor(snapshot.participants, snapshot.learningTeam.redactions);
    const auto here = detail::sideOf(snapshot);
    const auto theirs = detail::sideOf(p);
    std::optional<detail::Side> base;
    if (!origin->base.empty()) {
        try {
            base = detail::sideOf(detail::parseBundle(origin->base));
        } catch (const BundleError&) {
            spdlog::warn("the record of an earlier import could not be read; comparing without it");
        }
    }
    const auto exact = [](const std::string& a, const std::string& b) { return a == b; };
    if (base) {
        plan.mine = detail::compareSides(*base, here, readsAsRedacted(redactor));
        plan.theirs = detail::compareSides(*base, theirs, exact);
    } else {
        plan.baseKnown = false;
        // The bundle against the copy: a text of the copy reads the same when the bundle holds it redacted.
        plan.theirs = detail::compareSides(here, theirs, [&](const std::string& after, const std::string& before) {
            return after == before || after == redactor.apply(before);
        });
    }
    return plan;
}

// Keeps what no bundle can carry when a Learning Team here is replaced by a bundle of it: the names in its
// roster, its facilitator-only notes (with their links), its redaction list, and each text that the bundle
// holds only in its redacted form.
class Keeper {
public:
    explicit Keeper(const LearningTeamSnapshot* before)
        : m_before(before), m_redactor(before ? before->participants : std::vector<Participant>{},
                                       before ? before->learningTeam.redactions : std::vector<RedactionTerm>{}) {}

    bool active() const { return m_before != nullptr; }
    const LearningTeamSnapshot& before() const { return *m_before; }

    // The text here when the bundle's is that text redacted; otherwise the bundle's.
    std::string text(const std::string& here, const std::string& theirs) const {
        return theirs != here && m_redactor.apply(here) == theirs ? here : theirs;
    }
    std::vector<std::string> texts(const std::vector<std::string>& here, const std::vector<std::string>& theirs) const {
        if (here.size() != theirs.size())
            return theirs;
        std::vector<std::string> out;
        for (std::size_t i = 0; i < here.size(); ++i)
            out.push_back(text(here[i], theirs[i]));
        return out;
    }
    bool same(const std::string& here, const std::string& theirs) const {
        return here == theirs || m_redactor.apply(here) == theirs;
    }

    // Remembers which item (or participant) here became which stored one, for the kept private notes.
    void mapped(ItemType type, Id here, Id stored) { m_ids[{type, here}] = stored; }
    void mappedParticipant(Id here, Id stored) { m_participants[here] = stored; }
    std::optional<Id> participantFor(Id here) const {
        auto it = m_participants.find(here);
        if (it == m_participants.end())
            return std::nullopt;
        return it->second;
    }
    std::optional<Id> storedFor(ItemType type, Id here) const {
        auto it = m_ids.find({type, here});
        if (it == m_ids.end())
            return std::nullopt;
        return it->second;
    }

private:
    const LearningTeamSnapshot* m_before;
    Redactor m_redactor;
    std::map<std::pair<ItemType, Id>, Id> m_ids;
    std::map<Id, Id> m_participants;
};

template <class T>
std::vector<T> valuesOf(const std::vector<std::pair<std::int64_t, T>>& list) {
    std::vector<T> out;
    for (const auto& [ref, v] : list)
        out.push_back(v);
    return out;
}

// Stores the bundle's items of one kind (entries of the parsed bundle: its ref, the item, and any refs of
// its own), each paired with the item here it stands for by `key`, preferring one that reads the same by
// `same`. `keep(here, item)` puts back what the bundle holds only in redacted form; `store(entry)` writes
// the entry and returns its id. Which item here became which stored one is kept for the private notes.
template <class T, class Entry, class KeyFn, class SameFn, class KeepFn, class StoreFn>
void storeKind(std::vector<Entry>& entries, const std::vector<T>& here, Keeper& keeper, detail::RefTable& refs,
               ItemType type, KeyFn key, SameFn same, KeepFn keep, StoreFn store) {
    std::vector<T> theirs;
    for (const auto& entry : entries)
        theirs.push_back(std::get<1>(entry));
    const auto matches = detail::matchItems(here, theirs, key, same);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const T* mine = matches[i] ? &here[*matches[i]] : nullptr;
        if (mine)
            keep(*mine, std::get<1>(entries[i]));
        const Id stored = store(entries[i]);
        refs.assign(std::get<0>(entries[i]), stored);
        if (mine)
            keeper.mapped(type, mine->id, stored);
    }
}

// Writes the parsed bundle as the Learning Team `lt` says (its id, team and uid already decided), keeping
// what `keeper` holds. Runs inside the caller's transaction.
Id writeContent(Repository& repo, ParsedBundle& p, Keeper& keeper) {
    const Id ltId = repo.addLearningTeam(p.lt).id;
    const LearningTeamSnapshot empty;
    const auto& before = keeper.active() ? keeper.before() : empty;

    // Participants by role: a name only this database knows stays with its role, and a named participant
    // the bundle no longer lists stays too.
    {
        const auto theirs = valuesOf(p.participants);
        const auto matches = detail::matchItems(
            before.participants, theirs, [](const Participant& v) { return v.role; },
            [](const Participant& a, const Participant& b) { return a.name == b.name; });
        std::vector<bool> used(before.participants.size(), false);
        for (std::size_t i = 0; i < p.participants.size(); ++i) {
            auto& [ref, participant] = p.participants[i];
            participant.learningTeamId = ltId;
            const Participant* here = matches[i] ? &before.participants[*matches[i]] : nullptr;
            if (here && participant.name.empty())
                participant.name = here->name;
            const Id stored = repo.addParticipant(participant).id;
            p.participantRefs.assign(ref, stored);
            if (here) {
                used[*matches[i]] = true;
                keeper.mappedParticipant(here->id, stored);
            }
        }
        for (std::size_t j = 0; j < before.participants.size(); ++j)
            if (!used[j] && !before.participants[j].name.empty()) {
                auto kept = before.participants[j];
                kept.id = 0;
                kept.learningTeamId = ltId;
                keeper.mappedParticipant(before.participants[j].id, repo.addParticipant(kept).id);
            }
    }

    std::map<Id, Id> themeFor; // theme here → stored theme
    {
        const auto theirs = valuesOf(p.themes);
        const auto matches = detail::matchItems(
            before.themes, theirs, [](const Theme& v) { return v.created; },
            [&](const Theme& a, const Theme& b) { return keeper.same(a.name, b.name); });
        for (std::size_t i = 0; i < p.themes.size(); ++i) {
            auto& [ref, theme] = p.themes[i];
            theme.learningTeamId = ltId;
            if (matches[i])
                theme.name = keeper.text(before.themes[*matches[i]].name, theme.name);
            const Id stored = repo.addTheme(theme).id;
            p.themeRefs.assign(ref, stored);
            if (matches[i])
                themeFor[before.themes[*matches[i]].id] = stored;
        }
    }

    std::vector<Note> privateHere;
    std::copy_if(before.notes.begin(), before.notes.end(), std::back_inserter(privateHere),
                 [](const Note& n) { return n.facilitatorOnly; });
    const auto same = [&](const auto& field) {
        return [&keeper, field](const auto& a, const auto& b) { return keeper.same(a.*field, b.*field); };
    };
    // A private note of the bundle (one made with private content) pairs with the same private note here.
    storeKind(
        p.notes, before.notes, keeper, p.refs[ItemType::Note], ItemType::Note,
        [](const Note& v) { return std::pair{v.created, v.facilitatorOnly}; },
        [&](const Note& a, const Note& b) { return a.kind == b.kind && keeper.same(a.text, b.text); },
        [&](const Note& here, Note& note) {
            note.text = keeper.text(here.text, note.text);
            note.tags = keeper.texts(here.tags, note.tags);
            std::erase_if(privateHere, [&](const Note& n) { return n.id == here.id; }); // it came with the bundle
        },
        [&](auto& entry) {
            auto& [ref, note, teller, theme] = entry;
            note.learningTeamId = ltId;
            if (teller)
                note.tellerId = p.participantRefs.db(*teller);
            if (theme)
                note.themeId = p.themeRefs.db(*theme);
            return repo.addNote(note).id;
        });
    storeKind(
        p.steps, before.steps, keeper, p.refs[ItemType::WorkStep], ItemType::WorkStep,
        [](const WorkStep& v) { return std::pair{v.track, v.position}; }, same(&WorkStep::text),
        [&](const WorkStep& here, WorkStep& step) { step.text = keeper.text(here.text, step.text); },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addWorkStep(std::get<1>(entry)).id;
        });
    storeKind(
        p.defenses, before.defenses, keeper, p.refs[ItemType::Defense], ItemType::Defense,
        [](const Defense& v) { return v.created; }, same(&Defense::title),
        [&](const Defense& here, Defense& defense) {
            defense.title = keeper.text(here.title, defense.title);
            defense.description = keeper.text(here.description, defense.description);
        },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addDefense(std::get<1>(entry)).id;
        });
    storeKind(
        p.actions, before.actions, keeper, p.refs[ItemType::Action], ItemType::Action,
        [](const Action& v) { return v.created; }, same(&Action::title),
        [&](const Action& here, Action& action) {
            action.title = keeper.text(here.title, action.title);
            action.owner = keeper.text(here.owner, action.owner);
            action.successMeasure = keeper.text(here.successMeasure, action.successMeasure);
        },
        [&](auto& entry) {
            auto& [ref, action, defense] = entry;
            action.learningTeamId = ltId;
            if (defense)
                action.defenseId = p.refs[ItemType::Defense].db(*defense);
            return repo.addAction(action).id;
        });
    storeKind(
        p.learnings, before.learnings, keeper, p.refs[ItemType::SharedLearning], ItemType::SharedLearning,
        [](const SharedLearning& v) { return v.created; }, same(&SharedLearning::title),
        [&](const SharedLearning& here, SharedLearning& learning) {
            learning.title = keeper.text(here.title, learning.title);
            learning.summary = keeper.text(here.summary, learning.summary);
            learning.lookFors = keeper.texts(here.lookFors, learning.lookFors);
            learning.audience = keeper.text(here.audience, learning.audience);
        },
        [&](auto& entry) {
            std::get<1>(entry).learningTeamId = ltId;
            return repo.addSharedLearning(std::get<1>(entry)).id;
        });
    std::set<std::tuple<ItemType, Id, ItemType, Id, LinkKind>> linked;
    for (const auto& [fromType, fromId, toType, toId, kind] : p.links) {
        const Id from = p.refs[fromType].db(fromId);
        const Id to = p.refs[toType].db(toId);
        repo.addLink(Link{0, ltId, {fromType, from}, {toType, to}, kind});
        linked.emplace(fromType, from, toType, to, kind);
    }
    {
        const auto matches = detail::matchItems(
            before.phaseLog, p.log, [](const PhaseLogEntry& v) { return v.at; },
            [](const PhaseLogEntry& a, const PhaseLogEntry& b) { return a.to == b.to; });
        for (std::size_t i = 0; i < p.log.size(); ++i) {
            auto entry = p.log[i];
            entry.learningTeamId = ltId;
            if (matches[i])
                entry.reason = keeper.text(before.phaseLog[*matches[i]].reason, entry.reason);
            repo.addPhaseLogEntry(entry);
        }
    }

    // The facilitator's own notes go back in, with their teller, their theme and the links whose other end
    // is still there.
    for (auto note : privateHere) {
        const Id hereId = note.id;
        note.id = 0;
        note.learningTeamId = ltId;
        note.tellerId = note.tellerId ? keeper.participantFor(*note.tellerId) : std::nullopt;
        if (note.themeId) {
            auto it = themeFor.find(*note.themeId);
            note.themeId = it == themeFor.end() ? std::nullopt : std::optional<Id>(it->second);
        }
        keeper.mapped(ItemType::Note, hereId, repo.addNote(note).id);
    }
    for (const auto& l : before.links) {
        const bool touchesPrivate =
            std::any_of(privateHere.begin(), privateHere.end(), [&](const Note& n) {
                return (l.from.type == ItemType::Note && l.from.id == n.id) ||
                       (l.to.type == ItemType::Note && l.to.id == n.id);
            });
        if (!touchesPrivate)
            continue;
        const auto from = keeper.storedFor(l.from.type, l.from.id);
        const auto to = keeper.storedFor(l.to.type, l.to.id);
        if (!from || !to || !linked.emplace(l.from.type, *from, l.to.type, *to, l.kind).second)
            continue;
        repo.addLink(Link{0, ltId, {l.from.type, *from}, {l.to.type, *to}, l.kind});
    }
    return ltId;
}

// Stores the bundle as a Learning Team: new, a separate copy, or in place of the copy `plan.existingId`.
ImportResult write(Repository& repo, ParsedBundle& p, std::string_view text, const ImportPlan& plan,
                   ImportOutcome outcome, const ImportOptions& options) {
    ImportResult result;
    result.outcome = outcome;
    result.plan = plan;
    const auto stamp = now();
    const std::string sourceUid = p.lt.uid;
    std::optional<LearningTeamSnapshot> before;
    if (outcome == ImportOutcome::Updated) {
        before = repo.snapshot(plan.existingId);
        if (options.beforeReplace) {
            try {
                options.beforeReplace(plan.existingId);
            } catch (const std::exception& e) {
                throw BundleError(fmt::format("Nothing was imported: “{}” is replaced only after a backup of the "
                                              "database, and the backup failed. {}",
                                              before->learningTeam.title, e.what()));
            }
        }
    }
    Keeper keeper(before ? &*before : nullptr);
    repo.transaction([&] {
        ImportOrigin origin;
        origin.fileName = options.source.fileName;
        origin.facilitator = p.exportedBy;
        origin.firstImported = stamp;
        origin.lastImported = stamp;
        origin.sourceUid = sourceUid;
        origin.sourceRevision = p.revision;
        origin.sourceFingerprint = p.fingerprint;
        origin.exportedAt = p.exportedAt;
        origin.base = std::string(text);
        if (before) {
            // The same Learning Team, newer: replaced as a whole under its own id and in its own team, so the
            // library and anything pointing at it stay as they were.
            if (before->origin) {
                origin.firstImported = before->origin->firstImported;
                origin.imports = before->origin->imports + 1;
            }
            result.teamId = before->team.id;
            result.updated = true;
            p.lt.id = before->learningTeam.id;
            p.lt.redactions = before->learningTeam.redactions; // the facilitator's own list, never in a bundle
            p.lt.title = keeper.text(before->learningTeam.title, p.lt.title);
            p.lt.scopeQuestion = keeper.text(before->learningTeam.scopeQuestion, p.lt.scopeQuestion);
            p.lt.summary = keeper.text(before->learningTeam.summary, p.lt.summary);
            p.lt.sponsorResponse = keeper.text(before->learningTeam.sponsorResponse, p.lt.sponsorResponse);
            repo.removeLearningTeam(before->learningTeam.id);
        } else if (outcome == ImportOutcome::Copied) {
            // Beside the Learning Team it copies, under a uid of its own: its home is here from now on.
            result.teamId = repo.learningTeam(plan.existingId).value().teamId;
            p.lt.uid.clear();
            p.lt.title = copyTitle(p.lt.title, p.exportedBy, stamp);
        } else {
            for (const auto& t : repo.teams())
                if (t.name == p.team.name && t.site == p.team.site)
                    result.teamId = t.id;
        }
        if (result.teamId == 0) {
            result.teamId = repo.addTeam(p.team).id;
            result.teamCreated = true;
        }
        p.lt.teamId = result.teamId;
        const Id ltId = writeContent(repo, p, keeper);
        result.learningTeamId = ltId;
        // A copy that follows its source takes the source's revision, so that the next bundle can be told
        // newer or older; a separate copy starts its own count.
        const std::int64_t revision = outcome == ImportOutcome::Copied ? 1
                                      : p.revision > 0                 ? p.revision
                                      : before                         ? before->learningTeam.revision + 1
                                                                       : 1;
        repo.setRevision(ltId, revision, stamp);
        origin.learningTeamId = ltId;
        origin.localFingerprint = shareableFingerprint(repo.snapshot(ltId));
        repo.setImportOrigin(origin);
    });
    return result;
}

std::string asCopyHint() { return "To keep the bundle beside it, import it as a separate copy with --as-copy."; }

} // namespace

ImportPlan planImport(Repository& repo, std::string_view text) {
    const auto parsed = detail::parseBundle(text);
    return makePlan(repo, parsed);
}

ImportResult importBundle(Repository& repo, std::string_view text, const ImportOptions& options) {
    auto p = detail::parseBundle(text);
    const auto plan = makePlan(repo, p);
    const auto title = repo.learningTeam(plan.existingId).value_or(LearningTeam{}).title;
    ImportOutcome outcome = ImportOutcome::Imported;
    switch (plan.situation) {
    case ImportSituation::New: outcome = ImportOutcome::Imported; break;
    case ImportSituation::HomeHere:
        if (options.choice != ImportChoice::AsCopy)
            throw ImportNeedsDecision(fmt::format("“{}” started in this database, and an import never replaces it. {} "
                                                  "Nothing was imported.",
                                                  title, asCopyHint()),
                                      plan);
        outcome = ImportOutcome::Copied;
        break;
    case ImportSituation::Newer:
    case ImportSituation::UpToDate:
    case ImportSituation::ChangedHere:
        if (options.choice == ImportChoice::AsCopy) {
            outcome = ImportOutcome::Copied;
        } else if (options.choice == ImportChoice::Replace || plan.situation == ImportSituation::Newer) {
            outcome = ImportOutcome::Updated;
        } else if (plan.situation == ImportSituation::UpToDate) {
            ImportResult result;
            result.learningTeamId = plan.existingId;
            result.teamId = repo.learningTeam(plan.existingId).value().teamId;
            result.outcome = ImportOutcome::UpToDate;
            result.plan = plan;
            return result;
        } else {
            throw ImportNeedsDecision(
                fmt::format("“{}” was changed here since it was last imported ({}), and the bundle changes it too "
                            "({}). Choose: --replace takes the bundle's content (facilitator-only notes, names and "
                            "the redaction list stay), --as-copy imports it beside yours. Nothing was imported.",
                            title, plan.baseKnown ? describeChanges(plan.mine) : "what changed is not known",
                            describeChanges(plan.theirs)),
                plan);
        }
        break;
    }
    try {
        return write(repo, p, text, plan, outcome, options);
    } catch (const InvalidRequest& e) {
        throw BundleError(fmt::format("The bundle could not be stored: {} Nothing was imported.", e.what()));
    } catch (const StorageError& e) {
        throw BundleError(fmt::format("The bundle could not be stored. {}", e.what()));
    }
}

} // namespace ltw
