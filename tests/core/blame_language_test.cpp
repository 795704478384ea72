#include "ltw/blame_language.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

using namespace ltw;

namespace {

// The phrases found in `text`, as written there.
std::vector<std::string> found(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& h : findBlameLanguage(text))
        out.emplace_back(text.substr(h.begin, h.end - h.begin));
    return out;
}

TEST(BlameLanguage, FindsEachListedPhrase) {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"She should have stopped.", "should have"},
        {"He should've looked.", "should've"},
        {"They shouldn't have gone there.", "shouldn't have"},
        {"I should not have rushed.", "should not have"},
        {"He failed to check the chocks.", "failed to"},
        {"It was human error.", "human error"},
        {"Classic operator error.", "operator error"},
        {"That was careless.", "careless"},
        {"She carelessly left it.", "carelessly"},
        {"Pure carelessness.", "carelessness"},
        {"The crew got complacent.", "complacent"},
        {"Complacency crept in.", "complacency"},
        {"He didn't follow the checklist.", "didn't follow"},
        {"They did not follow it.", "did not follow"},
        {"He was not paying attention.", "not paying attention"},
        {"She wasn't paying attention.", "wasn't paying attention"},
        {"A lack of attention, they said.", "lack of attention"},
        {"That is negligent.", "negligent"},
        {"Gross negligence.", "negligence"},
        {"They are lazy about it.", "lazy"},
        {"Reckless driving.", "reckless"},
        {"The driver was at fault.", "at fault"},
        {"Who is to blame?", "to blame"},
        {"It was his fault.", "his fault"},
        {"He violated the rule.", "violated"},
        {"A clear violation.", "violation"},
        {"He ignored the procedure.", "ignored the procedure"},
        {"She wasn't careful.", "wasn't careful"},
        {"They cut corners.", "cut corners"},
    };
    for (const auto& [text, phrase] : cases) {
        const auto hints = findBlameLanguage(text);
        ASSERT_EQ(hints.size(), 1u) << text;
        EXPECT_EQ(hints[0].phrase, phrase) << text;
        ASSERT_LE(hints[0].end, text.size()) << text;
        auto written = text.substr(hints[0].begin, hints[0].end - hints[0].begin);
        std::transform(written.begin(), written.end(), written.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        EXPECT_EQ(written, phrase) << text;
    }
}

TEST(BlameLanguage, GivesByteOffsetsOfTheTextAsWritten) {
    const std::string text = "Night shift. He SHOULD HAVE waited, and it was Human Error.";
    const auto hints = findBlameLanguage(text);
    ASSERT_EQ(hints.size(), 2u);
    EXPECT_EQ(hints[0], (BlameHint{"should have", 16, 27}));
    EXPECT_EQ(text.substr(16, 11), "SHOULD HAVE");
    EXPECT_EQ(hints[1].phrase, "human error");
    EXPECT_EQ(text.substr(hints[1].begin, hints[1].end - hints[1].begin), "Human Error");
    EXPECT_EQ(hints[1].end, text.size() - 1);
}

TEST(BlameLanguage, TakesBothApostrophes) {
    EXPECT_EQ(found("He shouldn\u2019t have gone."), std::vector<std::string>{"shouldn\u2019t have"});
    EXPECT_EQ(found("She didn't follow it."), std::vector<std::string>{"didn't follow"});
    EXPECT_EQ(found("She didn\u2019t follow it."), std::vector<std::string>{"didn\u2019t follow"});
    const auto hints = findBlameLanguage("She wasn\u2019t careful");
    ASSERT_EQ(hints.size(), 1u);
    EXPECT_EQ(hints[0].phrase, "wasn't careful");
    EXPECT_EQ(hints[0].end, std::string("She wasn\u2019t careful").size());
}

TEST(BlameLanguage, LetsSpacesLineBreaksAndHyphensJoinTheWords) {
    EXPECT_EQ(found("should  have"), std::vector<std::string>{"should  have"});
    EXPECT_EQ(found("it was human\nerror"), std::vector<std::string>{"human\nerror"});
    EXPECT_EQ(found("a human-error story"), std::vector<std::string>{"human-error"});
    EXPECT_EQ(found("to\u00a0blame"), std::vector<std::string>{"to\u00a0blame"});
}

TEST(BlameLanguage, MatchesWholeWordsOnly) {
    for (const char* text : {"My shoulder hurts.", "The shoulder of the road.", "It failed totally.",
                             "The pump failed today.", "A faultless run.", "Fault codes on the screen.",
                             "The crew blamed nobody.", "Lazybones", "He stayed careful.", "nonnegligent", "shouldhave",
                             "Our procedures were ignored.", "We want to be blameless."})
        EXPECT_TRUE(findBlameLanguage(text).empty()) << text;
}

TEST(BlameLanguage, PrefersTheLongestPhraseAndNeverOverlaps) {
    const auto hints = findBlameLanguage("They should not have, and were reckless: recklessness.");
    ASSERT_EQ(hints.size(), 3u);
    EXPECT_EQ(hints[0].phrase, "should not have");
    EXPECT_EQ(hints[1].phrase, "reckless");
    EXPECT_EQ(hints[2].phrase, "recklessness");
    for (std::size_t i = 1; i < hints.size(); ++i)
        EXPECT_LE(hints[i - 1].end, hints[i].begin);
}

TEST(BlameLanguage, FindsNothingInEmptyOrCalmText) {
    EXPECT_TRUE(findBlameLanguage("").empty());
    EXPECT_TRUE(findBlameLanguage("   \n").empty());
    EXPECT_TRUE(findBlameLanguage("The walkway held pallet returns, so people went behind the trailers.").empty());
}

TEST(BlameLanguage, WorksWithUnicodeAroundThePhrase) {
    const std::string text = "Он сказал — «careless» — 日本語 at fault🚜 and e\u0301 lazy";
    const auto hints = findBlameLanguage(text);
    ASSERT_EQ(hints.size(), 3u);
    EXPECT_EQ(text.substr(hints[0].begin, hints[0].end - hints[0].begin), "careless");
    EXPECT_EQ(text.substr(hints[1].begin, hints[1].end - hints[1].begin), "at fault");
    EXPECT_EQ(text.substr(hints[2].begin, hints[2].end - hints[2].begin), "lazy");
    // Accented Latin letters carry a word on, as in a misspelt "carelessé".
    EXPECT_TRUE(findBlameLanguage("carelessé").empty());
    EXPECT_TRUE(findBlameLanguage("écareless").empty());
    // Malformed UTF-8 next to a phrase neither crashes nor hides it.
    EXPECT_EQ(findBlameLanguage(std::string("\xff") + "lazy" + "\xe2\x80").size(), 1u);
}

TEST(BlameLanguage, SpanishPhrasesOfTheirOwn) {
    auto phrases = [](std::string_view text) {
        std::vector<std::string> out;
        for (const auto& h : findBlameLanguage(text))
            out.push_back(h.phrase);
        return out;
    };
    EXPECT_EQ(phrases("El operador debería haber revisado la válvula"), std::vector<std::string>{"debería haber"});
    EXPECT_EQ(phrases("deberia haber llamado, sin tilde"), std::vector<std::string>{"deberia haber"});
    EXPECT_EQ(phrases("No siguió el procedimiento de bloqueo"), std::vector<std::string>{"no siguió el procedimiento"});
    EXPECT_EQ(phrases("Fue descuidado y fue un error humano"),
              (std::vector<std::string>{"descuidado", "error humano"}));
    EXPECT_EQ(phrases("Hubo falta de atención; tomó atajos"),
              (std::vector<std::string>{"falta de atención", "tomó atajos"}));
    // Whole words only, and the work itself is no blame.
    EXPECT_TRUE(findBlameLanguage("descuidadamente").empty());
    EXPECT_TRUE(findBlameLanguage("El procedimiento no se podía seguir con la grúa en reparación").empty());
    const auto hint = findBlameLanguage("Juan debería  haber avisado");
    ASSERT_EQ(hint.size(), 1u);
    EXPECT_EQ(std::string_view("Juan debería  haber avisado").substr(hint[0].begin, hint[0].end - hint[0].begin),
              "debería  haber");
}

TEST(BlameLanguage, TheNudgeIsOneCalmQuestion) {
    const auto nudge = blameNudgeText();
    EXPECT_FALSE(nudge.empty());
    EXPECT_LT(nudge.size(), 140u);
    EXPECT_EQ(nudge.back(), '?');
    EXPECT_NE(nudge.find("at the time"), std::string_view::npos);
    EXPECT_TRUE(findBlameLanguage(nudge).empty());
}

} // namespace
