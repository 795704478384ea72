// The share-out report as text, built from a snapshot: Markdown and HTML. Every user text is escaped;
// participant names appear only when the caller opts in, otherwise the role stands in for them.
#pragma once

#include "ltw/domain.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ltw {

struct ReportOptions {
    bool withNames = false;
};

std::string reportMarkdown(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {});
std::string reportHtml(const LearningTeamSnapshot& snapshot, const ReportOptions& options = {});

// & < > " ' as entities, so text can sit in element content and in attribute values.
std::string escapeHtml(std::string_view text);
// Backslash-escapes what CommonMark would read as markup, and turns < and & into entities so that no
// raw HTML survives.
std::string escapeMarkdown(std::string_view text);

// Replaces every whole-word, case-insensitive occurrence of a participant's name in `text` with their
// role in square brackets ("[night-shift operator]"). Each word of a longer name is replaced on its own
// too, since people say first names ("Daniel" for Daniel Osei), except particles such as "van" or "de";
// a word two participants share becomes "[participant]". Scripts written without spaces (Chinese,
// Japanese, Thai) match without word boundaries.
std::string redactNames(std::string_view text, const std::vector<Participant>& participants);

} // namespace ltw
