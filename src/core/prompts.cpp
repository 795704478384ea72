// The words on the prompt cards. Lines stay short (well under 70 characters) so that they can be read
// from the back of a room in large type, and they ask about the work, never about who got it wrong.
#include "ltw/prompts.hpp"

namespace ltw {
namespace {

PromptCard principles() {
    return {"hop-principles",
            "What we believe about people and work",
            {"People make mistakes. That is normal, not a failing.", "Blaming someone changes nothing about the work.",
             "The setting shapes what people do.", "We keep learning and improving, always.",
             "How leaders respond decides what they hear next time."}};
}

PromptCard timeline() {
    return {"timeline",
            "Building the timeline",
            {"Before: what was a normal day like, that day?", "The moment: when did things start to change?",
             "What did people notice, what did they do, and why?", "After: what helped things recover?"}};
}

PromptCard madeSense() {
    return {"made-sense",
            "What made sense at the time?",
            {"What did people know and see in that moment?", "What were they trying to get done?",
             "Why did that look like the right move then?"}};
}

PromptCard easyHard() {
    return {"easy-hard",
            "What makes this job easy, or hard?",
            {"On a good day, what helps the work go well?", "On a bad day, what gets in the way?",
             "What do you need that you do not have?"}};
}

PromptCard fourDs() {
    return {"four-ds",
            "The 4Ds",
            {"Dumb: what here makes no sense to you?", "Dangerous: what could hurt someone?",
             "Difficult: what is harder than it should be?", "Different: what has changed, or differs from the plan?"}};
}

PromptCard adaptations() {
    return {"adaptations",
            "Where does the work depend on an adaptation?",
            {"Where do you do it differently from the procedure?", "What do you do to make up for something missing?",
             "What would happen if you stopped doing that?"}};
}

PromptCard fourLs() {
    return {"four-ls",
            "The 4Ls",
            {"Liked: what worked well?", "Lacked: what was missing?", "Longed for: what do you wish you had?",
             "Learned: what do you know now that you did not before?"}};
}

} // namespace

std::vector<PromptCard> promptCards(Use use) {
    std::vector<PromptCard> cards{principles()};
    if (use == Use::Event)
        cards.push_back(timeline());
    for (auto card : {madeSense(), easyHard(), fourDs(), adaptations(), fourLs()})
        cards.push_back(std::move(card));
    return cards;
}

} // namespace ltw
