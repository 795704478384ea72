// The core's one seam to the reader's language: English as written without a hook, and every text a
// person reads (labels, dates, prompt cards, the phase rules, the report) through the hook once one is in.
#include "ltw/blame_language.hpp"
#include "ltw/enums.hpp"
#include "ltw/prompts.hpp"
#include "ltw/report.hpp"
#include "ltw/time.hpp"
#include "ltw/translate.hpp"
#include "test_support.hpp"

#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace ltw;

namespace {

// A hook that marks what it was asked, so a test sees which texts went through it.
class MarkingHook : public ::testing::Test {
protected:
    std::vector<std::string> asked;
    void SetUp() override {
        setTranslateHook([this](const char* context, const char* source, const char*, int n) {
            asked.push_back(std::string(context) + "|" + source);
            std::string text = std::string("«") + source + "»";
            if (n >= 0)
                if (auto at = text.find("%n"); at != std::string::npos)
                    text.replace(at, 2, std::to_string(n));
            return text;
        });
    }
    void TearDown() override { setTranslateHook({}); }
};

} // namespace

TEST(Translate, WithoutAHookTheEnglishIsWrittenAsItIs) {
    EXPECT_EQ(translate("Words", "Soak"), "Soak");
    EXPECT_EQ(translate("Session", "%n hour(s)", nullptr, 3), "3 hours");
    EXPECT_EQ(translate("Session", "%n hour(s)", nullptr, 1), "1 hour");
    EXPECT_EQ(label(Phase::Solve), "Solve");
    using namespace std::chrono;
    EXPECT_EQ(humanDate(Date{year{2026}, August, day{5}}), "5 Aug 2026");
}

TEST(Translate, ArgFillsEachPlaceOnceInTheTranslationsOrder) {
    EXPECT_EQ(arg("%2 de %1", {"Learn", "Soak"}), "Soak de Learn");
    EXPECT_EQ(arg("ltw %1: %2. Run 'ltw %1 --help'.", {"export", "%2 stays"}),
              "ltw export: %2 stays. Run 'ltw export --help'.");
    EXPECT_EQ(arg("100% %3", {"a"}), "100% %3") << "a place without a value stays as written";
}

TEST_F(MarkingHook, LabelsDatesPromptsAndRulesGoThroughTheHook) {
    EXPECT_EQ(label(NoteKind::WeakSignal), "«Weak signal»");
    using namespace std::chrono;
    EXPECT_EQ(humanDate(Date{year{2026}, August, day{5}}), "«5 «Aug» 2026»");
    EXPECT_NE(std::find(asked.begin(), asked.end(), "Dates|Aug"), asked.end());
    EXPECT_NE(std::find(asked.begin(), asked.end(), "Dates|%1 %2 %3"), asked.end());
    const auto cards = promptCards(Use::Event);
    EXPECT_EQ(cards.front().id, "hop-principles") << "ids stay: settings remember cards by them";
    EXPECT_EQ(cards.front().title, "«What we believe about people and work»");
    EXPECT_TRUE(blameNudgeText().starts_with("«"));
}

TEST_F(MarkingHook, TheReportsWordsGoThroughTheHook) {
    SqliteRepository repo(":memory:");
    const auto lt = addSampleLearningTeam(repo);
    const auto md = reportMarkdown(repo.snapshot(lt.id));
    for (const auto* heading : {"## «Defenses»", "## «Actions»", "## «Shared learnings»", "## «Timeline of the event»",
                                "## «How the Learning Team ran»"})
        EXPECT_NE(md.find(heading), std::string::npos) << heading;
    EXPECT_EQ(md.find("## Defenses"), std::string::npos);
    const auto html = reportHtml(repo.snapshot(lt.id));
    EXPECT_NE(html.find("<html lang=\"«en»\">"), std::string::npos);
}
