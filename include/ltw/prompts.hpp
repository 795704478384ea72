// The question cards a facilitator flips through and puts on the projector: the beliefs the session
// rests on, and the questions that help a group talk about work as it is really done.
#pragma once

#include "ltw/enums.hpp"

#include <string>
#include <vector>

namespace ltw {

struct PromptCard {
    std::string id;                 // stable ("four-ds"): settings and the GUI may remember a card by it
    std::string title;              // the card's heading
    std::vector<std::string> lines; // short lines, one thought each, for large type
    bool operator==(const PromptCard&) const = default;
};

// The cards for a Learning Team of this use, in the order a session tends to need them. Every use gets
// the same core cards; learning from an event also gets the timeline card.
std::vector<PromptCard> promptCards(Use use);

} // namespace ltw
