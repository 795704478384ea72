// Spots wording in a note that points at a person rather than at the work ("should have", "careless"),
// so the workbench can offer the facilitator a gentle question. English and Spanish phrases are both looked
// for, whatever the window's language: a note is in the language the room speaks. It is a hint for the facilitator
// only: nothing is changed, refused or shown to the room.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ltw {

struct BlameHint {
    std::string phrase;    // the phrase as listed ("shouldn't have"), lower case, with a plain apostrophe
    std::size_t begin = 0; // byte offset of its first byte in the UTF-8 text
    std::size_t end = 0;   // byte offset just past its last byte
    bool operator==(const BlameHint&) const = default;
};

// Every listed phrase in `text`, in order and without overlaps (the longest wins where two start at the
// same place). Matching ignores ASCII case, takes ' and the typographic ’ alike, lets any run of spaces,
// tabs, line breaks or a hyphen stand between the words, and counts whole words only: "careless" is not
// found in "carelessness" unless that form is listed too (it is), and "should have" not in "shoulder".
std::vector<BlameHint> findBlameLanguage(std::string_view text);

// One calm sentence the workbench can show beside a hint, inviting the facilitator to ask a question.
std::string blameNudgeText();

} // namespace ltw
