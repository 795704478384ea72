// The manual page (resources/man/ltw.1) says what `ltw --help` and each verb's --help say: every verb,
// every option. A verb or an option added to the program without a word in the manual fails here.
#include "ltw_run.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <set>

using namespace ltw::test;

namespace {

// The page as a reader sees its words: roff's font changes dropped, "\-" read as "-".
std::string manualText() {
    std::string text = readFile(std::filesystem::path(LTW_SOURCE_DIR) / "resources" / "man" / "ltw.1");
    text = std::regex_replace(text, std::regex(R"(\\f[BIRP])"), "");
    text = std::regex_replace(text, std::regex(R"(\\-)"), "-");
    return text;
}

std::set<std::string> optionsIn(const std::string& text) {
    std::set<std::string> out;
    const std::regex option(R"(--[a-z][a-z-]*)");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), option); it != std::sregex_iterator(); ++it)
        out.insert(it->str());
    return out;
}

} // namespace

TEST(ManPage, NamesEveryVerbAndEveryOptionOfTheHelp) {
    TempDir dir;
    const auto help = ltwRun(dir, {"--help"});
    ASSERT_EQ(help.code, 0);
    const std::string manual = manualText();
    // The verbs, as the general help lists them: "  demo     add the sample Learning Team".
    std::vector<std::string> verbs;
    const std::regex verbLine(R"(\n  ([a-z]+) {2,})");
    for (auto it = std::sregex_iterator(help.out.begin(), help.out.end(), verbLine); it != std::sregex_iterator(); ++it)
        verbs.push_back((*it)[1]);
    ASSERT_GE(verbs.size(), 6u) << help.out;
    std::set<std::string> options = optionsIn(help.out);
    for (const auto& verb : verbs) {
        EXPECT_NE(manual.find("\n.B " + verb + " "), std::string::npos) << "the manual has no entry for " << verb;
        const auto verbHelp = ltwRun(dir, {verb, "--help"});
        ASSERT_EQ(verbHelp.code, 0) << verb;
        for (const auto& o : optionsIn(verbHelp.out))
            options.insert(o);
    }
    for (const auto& option : options)
        EXPECT_NE(manual.find(option), std::string::npos) << "the manual does not mention " << option;
    EXPECT_GE(options.size(), 15u);
}
