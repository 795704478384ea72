// Redaction and escaping: names typed into free text give way to roles, the redaction list to its labels,
// and every special character is escaped for the format it goes into.
#include "report_test_support.hpp"

#include "ltw/redaction.hpp"

#include <gtest/gtest.h>

using namespace ltw;
using namespace ltw::test;

// --- redactNames ---------------------------------------------------------------------------------

TEST(ReportRedactNames, ReplacesTheNameWithTheRoleInBrackets) {
    const std::vector people{person(1, "welder", "Ana")};
    EXPECT_EQ(redactNames("Ana said the valve was open.", people), "[welder] said the valve was open.");
    EXPECT_EQ(redactNames("Ask Ana", people), "Ask [welder]");
    EXPECT_EQ(redactNames("Ana", people), "[welder]");
    EXPECT_EQ(redactNames("Ana, Ana; (Ana) \"Ana\" Ana's", people),
              "[welder], [welder]; ([welder]) \"[welder]\" [welder]'s");
}

TEST(ReportRedactNames, MatchesWholeWordsOnly) {
    const std::vector people{person(1, "welder", "Ana")};
    for (const char* text : {"Banana", "Anabel", "Ana_2", "Ana2", "Canal", "Anaïs", "Ñana"})
        EXPECT_EQ(redactNames(text, people), text);
}

TEST(ReportRedactNames, IgnoresCase) {
    const std::vector people{person(1, "welder", "Ana")};
    EXPECT_EQ(redactNames("ana ANA aNa", people), "[welder] [welder] [welder]");
}

TEST(ReportRedactNames, PrefersTheLongerName) {
    for (bool reversed : {false, true}) {
        std::vector people{person(1, "welder", "Ana"), person(2, "crane operator", "Ana Lee")};
        if (reversed)
            std::reverse(people.begin(), people.end());
        EXPECT_EQ(redactNames("Ana Lee met Ana.", people), "[crane operator] met [welder].");
        EXPECT_EQ(redactNames("ana  lee\nand ANA", people), "[crane operator]\nand [welder]");
    }
}

TEST(ReportRedactNames, RedactsFirstAndLastNamesTypedAlone) {
    const std::vector people{person(1, "forklift driver", "Marta Kowalski")};
    EXPECT_EQ(redactNames("Marta told Kowalski's crew", people), "[forklift driver] told [forklift driver]'s crew");
}

TEST(ReportRedactNames, LeavesNameParticlesAlone) {
    const std::vector people{person(1, "planner", "Jan van Dijk")};
    EXPECT_EQ(redactNames("The van was late; Jan van Dijk and Dijk knew.", people),
              "The van was late; [planner] and [planner] knew.");
}

TEST(ReportRedactNames, ASharedFirstNamePointsAtNobody) {
    const std::vector people{person(1, "crane operator", "Ana Lee"), person(2, "welder", "Ana Ruiz")};
    EXPECT_EQ(redactNames("Ana saw Ana Ruiz", people), "[participant] saw [welder]");
}

TEST(ReportRedactNames, IgnoresEmptyNames) {
    const std::vector people{person(1, "welder", ""), person(2, "fitter", "   ")};
    EXPECT_EQ(redactNames("Nothing to hide here.", people), "Nothing to hide here.");
    EXPECT_EQ(redactNames("", people), "");
}

TEST(ReportRedactNames, UsesAPlaceholderForAMissingRole) {
    EXPECT_EQ(redactNames("Ana", {person(1, "", "Ana")}), "[participant]");
}

TEST(ReportRedactNames, KeepsUtf8Intact) {
    const std::vector people{person(1, "welder", "Ana")};
    EXPECT_EQ(redactNames("🙂Ana—日本 «Ana» אנה Ana🚜", people),
              "🙂[welder]—日本 «[welder]» אנה [welder]🚜");
    EXPECT_EQ(redactNames("\xff Ana \xfe\xc3", people), "\xff [welder] \xfe\xc3");
}

TEST(ReportRedactNames, MatchesNamesWithNonAsciiLetters) {
    const std::vector people{person(1, "yard driver", "Tomás Ferreira"), person(2, "fitter", "Łukasz"),
                             person(3, "chemist", "Ольга"), person(4, "nurse", "فاطمة"), person(5, "cook", "李雷")};
    EXPECT_EQ(redactNames("Tomás Ferreira, Tomás, TOMÁS", people), "[yard driver], [yard driver], [yard driver]");
    EXPECT_EQ(redactNames("Tomász", people), "Tomász");
    EXPECT_EQ(redactNames("łukasz ŁUKASZ", people), "[fitter] [fitter]");
    EXPECT_EQ(redactNames("ОЛЬГА и Ольга", people), "[chemist] и [chemist]");
    EXPECT_EQ(redactNames("قالت فاطمة ذلك", people), "قالت [nurse] ذلك");
    EXPECT_EQ(redactNames("李雷说阀门开着", people), "[cook]说阀门开着");
}

// --- escaping ------------------------------------------------------------------------------------

TEST(ReportEscapeHtml, EscapesTheFiveSpecialCharacters) {
    EXPECT_EQ(escapeHtml("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;");
    EXPECT_EQ(escapeHtml(kScript), "&lt;script&gt;alert(1)&lt;/script&gt;");
    EXPECT_EQ(escapeHtml("&amp;"), "&amp;amp;");
    EXPECT_EQ(escapeHtml("plain — 日本 🙂"), "plain — 日本 🙂");
}

TEST(ReportEscapeMarkdown, BackslashesMarkupPunctuation) {
    EXPECT_EQ(escapeMarkdown("\\`*_{}[]()#+-.!|~"), "\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\~");
    EXPECT_EQ(escapeMarkdown("[link](javascript:alert(1))"), "\\[link\\]\\(javascript:alert\\(1\\)\\)");
    EXPECT_EQ(escapeMarkdown("plain words"), "plain words");
}

TEST(ReportEscapeMarkdown, LeavesNoRawHtml) {
    EXPECT_EQ(escapeMarkdown(kScript), "&lt;script>alert\\(1\\)&lt;/script>");
    EXPECT_EQ(escapeMarkdown("&amp; &"), "&amp;amp; &amp;");
    EXPECT_EQ(escapeMarkdown(kImg).find('<'), std::string::npos);
}

TEST(ReportEscapeMarkdown, NeverStartsABlock) {
    EXPECT_EQ(escapeMarkdown("> quoted"), "\\> quoted");
    EXPECT_EQ(escapeMarkdown("a > b"), "a > b");
    EXPECT_EQ(escapeMarkdown("1. first"), "1\\. first");
    EXPECT_EQ(escapeMarkdown("    code?"), "code?");
    EXPECT_EQ(escapeMarkdown("line one\n# not a heading\r\n- not a list\n\n+ nor this\t"),
              "line one \\# not a heading \\- not a list \\+ nor this");
}

TEST(ReportEscapeMarkdown, KeepsUnicode) { EXPECT_EQ(escapeMarkdown("日本 🙂 שלום"), "日本 🙂 שלום"); }

// --- the reports ---------------------------------------------------------------------------------

// --- the redaction list and the review before export ----------------------------------------------

TEST(Redaction, TermsOfTheListBecomeTheirLabelsWithOrWithoutNames) {
    auto s = emptySnapshot("Blocked walkway at Gate Q-17");
    s.participants.push_back(person(1, "loader", "Priya Raman"));
    s.learningTeam.redactions = {{"Gate Q-17", "a gate"}, {"FL-07", ""}, {"north yard", "[the yard]"}};
    addNote(s, NoteKind::Story, "Priya parked FL-07 by gate q-17 in the North  Yard.");
    for (bool names : {false, true}) {
        const auto md = reportMarkdown(s, ReportOptions{names});
        const auto html = reportHtml(s, ReportOptions{names});
        for (const auto& out : {md, html}) {
            EXPECT_FALSE(contains(out, "Q-17")) << out;
            EXPECT_FALSE(contains(out, "q-17")) << out;
            EXPECT_FALSE(contains(out, "FL-07")) << out;
            EXPECT_FALSE(contains(out, "North  Yard")) << out;
        }
        EXPECT_TRUE(contains(html, "[a gate]"));
        EXPECT_TRUE(contains(html, "[redacted]"));
        EXPECT_TRUE(contains(html, "[the yard]"));
        EXPECT_EQ(contains(html, "Priya"), names);
    }
    EXPECT_EQ(redactionLabel({"x", "  a place "}), "[a place]");
    EXPECT_EQ(redactionLabel({"x", ""}), "[redacted]");
}

TEST(Redaction, TheReviewListsEachPlaceWithItsReplacement) {
    auto s = emptySnapshot();
    s.participants.push_back(person(1, "loader", "Priya Raman"));
    s.learningTeam.redactions = {{"Gate Q-17", "a gate"}};
    s.learningTeam.summary = "It began when Priya walked past Gate Q-17 on a busy night with the pallets stacked high.";
    addNote(s, NoteKind::Story, "Nothing to see here.");
    auto& n = addNote(s, NoteKind::WeakSignal, "Raman saw it first");
    auto& d = addDefense(s, DefenseKind::Existing, DefenseRating::Degraded, "Walkway");
    addLink(s, ref(n), ref(d), LinkKind::Answers); // the note shows twice in the report, once in the review
    const auto review = reviewRedactions(s);
    ASSERT_EQ(review.size(), 3u);
    EXPECT_EQ(review[0].where, "Summary");
    EXPECT_EQ(review[0].found, "Priya");
    EXPECT_EQ(review[0].replacement, "[loader]");
    EXPECT_EQ(review[0].before, "It began when ");
    EXPECT_TRUE(review[0].after.starts_with(" walked past Gate Q-17")) << review[0].after;
    EXPECT_EQ(review[1].found, "Gate Q-17");
    EXPECT_EQ(review[1].replacement, "[a gate]");
    EXPECT_EQ(review[2].where, "Weak signal");
    EXPECT_EQ(review[2].found, "Raman");
    // With names, only the list is reviewed.
    const auto named = reviewRedactions(s, ReportOptions{true});
    ASSERT_EQ(named.size(), 1u);
    EXPECT_EQ(named[0].found, "Gate Q-17");
}
