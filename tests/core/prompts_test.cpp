#include "ltw/prompts.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace ltw;

namespace {

bool has(const std::vector<PromptCard>& cards, const std::string& id) {
    return std::any_of(cards.begin(), cards.end(), [&](const PromptCard& c) { return c.id == id; });
}

TEST(PromptCards, EveryUseHasTheCoreCards) {
    for (Use use : allValues<Use>()) {
        const auto cards = promptCards(use);
        for (const char* id : {"hop-principles", "four-ds", "four-ls", "made-sense", "easy-hard", "adaptations"})
            EXPECT_TRUE(has(cards, id)) << toString(use) << ": " << id;
        EXPECT_EQ(cards.front().id, "hop-principles") << "the beliefs open the session";
    }
}

TEST(PromptCards, OnlyEventsHaveTheTimeline) {
    EXPECT_TRUE(has(promptCards(Use::Event), "timeline"));
    EXPECT_FALSE(has(promptCards(Use::Work), "timeline"));
    EXPECT_FALSE(has(promptCards(Use::Change), "timeline"));
    EXPECT_EQ(promptCards(Use::Event).size(), promptCards(Use::Work).size() + 1);
}

TEST(PromptCards, HaveTheirParts) {
    const auto cards = promptCards(Use::Event);
    const auto card = [&](const std::string& id) {
        return *std::find_if(cards.begin(), cards.end(), [&](const PromptCard& c) { return c.id == id; });
    };
    EXPECT_EQ(card("hop-principles").lines.size(), 5u);
    EXPECT_EQ(card("four-ds").lines.size(), 4u);
    EXPECT_EQ(card("four-ls").lines.size(), 4u);
    EXPECT_EQ(card("timeline").lines.size(), 4u);
    const auto startsOne = [](const std::vector<std::string>& lines, const char* word) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.starts_with(word); });
    };
    const auto ds = card("four-ds").lines;
    for (const char* word : {"Dumb", "Dangerous", "Difficult", "Different"})
        EXPECT_TRUE(startsOne(ds, word)) << word;
    const auto ls = card("four-ls").lines;
    for (const char* word : {"Liked", "Lacked", "Longed for", "Learned"})
        EXPECT_TRUE(startsOne(ls, word)) << word;
}

TEST(PromptCards, IdsAreUniqueAndLinesShort) {
    for (Use use : allValues<Use>()) {
        std::set<std::string> ids;
        for (const auto& c : promptCards(use)) {
            EXPECT_TRUE(ids.insert(c.id).second) << c.id;
            EXPECT_FALSE(c.title.empty()) << c.id;
            EXPECT_LE(c.title.size(), 80u) << c.title;
            EXPECT_FALSE(c.lines.empty()) << c.id;
            for (const auto& line : c.lines) {
                EXPECT_FALSE(line.empty()) << c.id;
                EXPECT_LE(line.size(), 80u) << line;
            }
        }
    }
}

TEST(PromptCards, AreTheSameEachTime) { EXPECT_EQ(promptCards(Use::Change), promptCards(Use::Change)); }

} // namespace
