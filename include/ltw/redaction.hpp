// Keeps names out of what leaves the laptop. A Redactor replaces every participant's name typed into a
// free text with their role, and every term of the facilitator's redaction list with its label; the
// same Redactor serves every export format, so all of them say the same thing.
#pragma once

#include "ltw/domain.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ltw {

namespace detail {
struct RedactionPattern {
    std::vector<char32_t> folded; // case-folded, runs of white space kept as one ' '
    std::string replacement;
    bool fullName = true; // a whole name or listed term, rather than one word of a longer name
};
} // namespace detail

// Where a free text holds something to replace: bytes [begin, end) of the text as given.
struct RedactionMatch {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;
};

class Redactor {
public:
    // Participants' names are matched whole, case-insensitively, and each word of a longer name on its
    // own too, since people say first names ("Daniel" for Daniel Osei), except particles such as "van";
    // a word two participants share becomes "[participant]". Terms are matched whole only. Scripts
    // written without spaces (Chinese, Japanese, Thai) match without word boundaries.
    Redactor(const std::vector<Participant>& participants, const std::vector<RedactionTerm>& terms);

    std::string apply(std::string_view text) const;
    // The matches in `text`, in order, never overlapping; the longest name or term wins where two could.
    std::vector<RedactionMatch> matches(std::string_view text) const;
    bool empty() const { return m_patterns.empty(); }

private:
    std::vector<detail::RedactionPattern> m_patterns; // longest first
};

// `text` with each of `matches` (in order, not overlapping, as Redactor::matches gives them) replaced.
std::string replaceMatches(std::string_view text, const std::vector<RedactionMatch>& matches);

// What a term of the redaction list becomes: its label in square brackets ("[the north yard]"), or
// "[redacted]" when it has none.
std::string redactionLabel(const RedactionTerm& term);

// Replaces participants' names in `text` with their roles in square brackets ("[night-shift operator]").
std::string redactNames(std::string_view text, const std::vector<Participant>& participants);

} // namespace ltw
