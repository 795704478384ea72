// Imports a bundle without ever destroying what only this database holds. The bundle is read and checked
// whole first; then its Learning Team is placed against what is here (new, home here, an imported copy
// changed here or not, older or newer), and only what the rules allow is written, in one transaction.
#include "ltw/bundle.hpp"
#include "ltw/translate.hpp"

#include "bundle_keep.hpp"
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

using detail::Keeper;
using detail::ParsedBundle;

std::string copyTitle(const std::string& title, const std::string& from, Timestamp when) {
    if (from.empty())
        return arg(translate("Bundle", "%1 (copy, %2)"), {title, humanDate(when)});
    return arg(translate("Bundle", "%1 (copy from %2, %3)"), {title, from, humanDate(when)});
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
                throw BundleError(arg(translate("Bundle", "Nothing was imported: “%1” is replaced only after a "
                                                          "backup of the database, and the backup failed. %2"),
                                      {before->learningTeam.title, e.what()}));
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
        throw BundleError(
            arg(translate("Bundle", "The bundle could not be stored: %1 Nothing was imported."), {e.what()}));
    } catch (const StorageError& e) {
        throw BundleError(arg(translate("Bundle", "The bundle could not be stored. %1"), {e.what()}));
    }
}

} // namespace ltw
