// The words on the prompt cards. Lines stay short (well under 70 characters) so that they can be read
// from the back of a room in large type, and they ask about the work, never about who got it wrong.
#include "ltw/prompts.hpp"

#include "ltw/translate.hpp"

namespace ltw {
namespace {

PromptCard principles() {
    return {"hop-principles",
            translate("Prompts", "What we believe about people and work"),
            {translate("Prompts", "People make mistakes. That is normal, not a failing."),
             translate("Prompts", "Blaming someone changes nothing about the work."),
             translate("Prompts", "The setting shapes what people do."),
             translate("Prompts", "We keep learning and improving, always."),
             translate("Prompts", "How leaders respond decides what they hear next time.")}};
}

PromptCard timeline() {
    return {"timeline",
            translate("Prompts", "Building the timeline"),
            {translate("Prompts", "Before: what was a normal day like, that day?"),
             translate("Prompts", "The moment: when did things start to change?"),
             translate("Prompts", "What did people notice, what did they do, and why?"),
             translate("Prompts", "After: what helped things recover?")}};
}

PromptCard madeSense() {
    return {"made-sense",
            translate("Prompts", "What made sense at the time?"),
            {translate("Prompts", "What did people know and see in that moment?"),
             translate("Prompts", "What were they trying to get done?"),
             translate("Prompts", "Why did that look like the right move then?")}};
}

PromptCard easyHard() {
    return {"easy-hard",
            translate("Prompts", "What makes this job easy, or hard?"),
            {translate("Prompts", "On a good day, what helps the work go well?"),
             translate("Prompts", "On a bad day, what gets in the way?"),
             translate("Prompts", "What do you need that you do not have?")}};
}

PromptCard fourDs() {
    return {"four-ds",
            translate("Prompts", "The 4Ds"),
            {translate("Prompts", "Dumb: what here makes no sense to you?"),
             translate("Prompts", "Dangerous: what could hurt someone?"),
             translate("Prompts", "Difficult: what is harder than it should be?"),
             translate("Prompts", "Different: what has changed, or differs from the plan?")}};
}

PromptCard adaptations() {
    return {"adaptations",
            translate("Prompts", "Where does the work depend on an adaptation?"),
            {translate("Prompts", "Where do you do it differently from the procedure?"),
             translate("Prompts", "What do you do to make up for something missing?"),
             translate("Prompts", "What would happen if you stopped doing that?")}};
}

PromptCard fourLs() {
    return {"four-ls",
            translate("Prompts", "The 4Ls"),
            {translate("Prompts", "Liked: what worked well?"), translate("Prompts", "Lacked: what was missing?"),
             translate("Prompts", "Longed for: what do you wish you had?"),
             translate("Prompts", "Learned: what do you know now that you did not before?")}};
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
