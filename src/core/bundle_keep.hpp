// What an import keeps of a Learning Team it replaces, and the writing of a parsed bundle into the
// database with it. Used by bundle_import.cpp only.
#pragma once

#include "bundle_parse.hpp"
#include "ltw/redaction.hpp"
#include "ltw/repository.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ltw::detail {

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

// Writes the parsed bundle as its Learning Team says (id, team and uid decided by the caller), putting
// back what `keeper` holds, inside the caller's transaction. Returns the Learning Team's id.
Id writeContent(Repository& repo, ParsedBundle& p, Keeper& keeper);

} // namespace ltw::detail
