// The Learning Team as a JSON bundle that another facilitator can import (format: docs/bundle-format.md),
// and the rules that keep an import from ever destroying what only this laptop holds.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/errors.hpp"
#include "ltw/repository.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ltw {

inline constexpr std::string_view kBundleFormat = "ltw-bundle";
// 2 added themes; 3 added the revision, the fingerprint, and when and by whom the bundle was made.
// Bundles of versions 1 and 2 still import.
inline constexpr int kBundleVersion = 4;

struct BundleOptions {
    // Participant names and facilitator-only notes travel only when the facilitator says so.
    bool includePrivate = false;
    std::optional<Timestamp> exportedAt; // none: now
    std::string exportedBy;              // who makes the bundle; empty: the Learning Team's facilitator
};

// The bundle as JSON text. Ids in a bundle are its own (1, 2, 3 … per kind, in listing order), so the
// same Learning Team at the same time gives the same bundle, whichever database it sits in.
std::string exportBundle(const LearningTeamSnapshot& snapshot, const BundleOptions& options = {});

// A fingerprint of what a Learning Team can share: everything a bundle carries, without names, private
// notes or the redaction list applied. It changes with any shareable change and with nothing else, so
// a copy can tell whether it was changed here since it was imported.
std::string shareableFingerprint(const LearningTeamSnapshot& snapshot);

// --- importing -------------------------------------------------------------------------------------

// Where the Learning Team of a bundle stands against this database.
enum class ImportSituation {
    New,         // not here: it is imported
    HomeHere,    // it started here: never replaced; a separate copy, or nothing
    Newer,       // an imported copy, unchanged here, and the bundle is newer: updated in place
    UpToDate,    // an imported copy at the bundle's revision or a later one: nothing to do
    ChangedHere, // an imported copy that was changed here since its last import: the facilitator chooses
};

struct ItemChanges {
    int added = 0;
    int changed = 0;
    int removed = 0;
    bool any() const { return added + changed + removed > 0; }
};

// What one side changed since the last import, by kind.
struct SideChanges {
    ItemChanges notes;
    ItemChanges defenses;
    ItemChanges actions;
    ItemChanges learnings;
    ItemChanges moments;
    bool details = false; // the Learning Team's own fields: title, scope, summary, phase …
    bool any() const {
        return notes.any() || defenses.any() || actions.any() || learnings.any() || moments.any() || details;
    }
};

struct ImportPlan {
    ImportSituation situation = ImportSituation::New;
    Id existingId = 0; // the Learning Team here with the bundle's uid
    std::string title; // as the bundle names it
    std::string exportedBy;
    std::optional<Timestamp> exportedAt;
    std::int64_t bundleRevision = 0;   // 0: a bundle older than version 3, which does not say
    std::int64_t importedRevision = 0; // the revision this copy was last imported at
    std::int64_t hereRevision = 0;     // the revision of the Learning Team here
    bool sameContent = false;          // the bundle holds exactly what was imported last time
    // For a copy changed here: what each side changed since the last import. When the last import is too
    // old to have kept what it held, `baseKnown` is false and `theirs` compares the bundle with the copy.
    bool baseKnown = true;
    SideChanges mine;
    SideChanges theirs;
};

// "notes: 2 added, 1 changed; the Learning Team's own details", for a message.
std::string describeChanges(const SideChanges& changes);

// Reads and checks the whole bundle (throws BundleError) and says what importing it would do. Writes nothing.
ImportPlan planImport(Repository& repo, std::string_view json);

enum class ImportChoice {
    Automatic, // new: import; newer: update in place; up to date: nothing; home here or changed here: refuse
    AsCopy,    // a separate copy under a uid of its own, its title marked as a copy
    Replace,   // an imported copy takes the bundle's content even though it changed here ("take theirs")
};

// Where the bundle is read from, kept as the Learning Team's origin.
struct ImportSource {
    std::string fileName; // without its folder
};

struct ImportOptions {
    ImportSource source;
    ImportChoice choice = ImportChoice::Automatic;
    // Called before a Learning Team here is replaced, outside any transaction; it makes a backup of the
    // database and throws to stop the import when it cannot.
    std::function<void(Id learningTeamId)> beforeReplace;
};

enum class ImportOutcome {
    Imported, // a Learning Team that was not here
    Updated,  // an imported copy, replaced by the bundle's content (what no bundle carries stays)
    Copied,   // a separate copy beside the one here
    UpToDate, // nothing changed
};

struct ImportResult {
    Id learningTeamId = 0; // the one imported, updated or copied; for UpToDate, the one here
    Id teamId = 0;
    bool teamCreated = false;
    bool updated = false; // the Learning Team was here already and now holds the bundle's content
    ImportOutcome outcome = ImportOutcome::Imported;
    ImportPlan plan;
};

// The bundle needs the facilitator's decision (its home is here, or it changed here); nothing was written.
class ImportNeedsDecision : public BundleError {
public:
    ImportNeedsDecision(const std::string& message, ImportPlan plan) : BundleError(message), m_plan(std::move(plan)) {}
    const ImportPlan& plan() const { return m_plan; }

private:
    ImportPlan m_plan;
};

// Checks the whole bundle first, then writes it in one transaction: all of it or nothing. Throws
// BundleError with a message that says what is wrong and where, or ImportNeedsDecision. The team is
// matched by name and site, or created. What no bundle carries (facilitator-only notes, participants'
// names, the redaction list, texts the bundle holds only redacted) survives an update.
ImportResult importBundle(Repository& repo, std::string_view json, const ImportOptions& options);
inline ImportResult importBundle(Repository& repo, std::string_view json, const ImportSource& source = {}) {
    return importBundle(repo, json, ImportOptions{source, ImportChoice::Automatic, {}});
}

// The title a separate copy is given: "Title (copy from Facilitator, 1 Dec 2026)".
std::string copyTitle(const std::string& title, const std::string& from, Timestamp when);

} // namespace ltw
