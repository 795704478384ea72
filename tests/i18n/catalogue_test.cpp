// Every text a person can read is in every catalogue, translated. lupdate reads the sources again into a
// copy of each translations/ltw_*.ts, as `update_translations` would: a text it adds comes in unfinished,
// and so does one a translator has not finished. Either fails here, naming the message.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

struct Message {
    std::string context;
    std::string source;
    bool unfinished = false;
};

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string unescaped(std::string text) {
    const std::pair<std::string_view, std::string_view> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities)
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + plain.size()))
            text.replace(at, entity.size(), plain);
    return text;
}

std::string between(const std::string& text, std::string_view open, std::string_view close, std::size_t from = 0) {
    const auto begin = text.find(open, from);
    if (begin == std::string::npos)
        return {};
    const auto end = text.find(close, begin + open.size());
    return text.substr(begin + open.size(), end - begin - open.size());
}

// The messages of a .ts file, each with its context, read with no more XML than lupdate writes.
std::vector<Message> messagesOf(const fs::path& ts) {
    const std::string text = readFile(ts);
    std::vector<Message> out;
    std::size_t at = 0;
    while ((at = text.find("<context>", at)) != std::string::npos) {
        const auto end = text.find("</context>", at);
        const std::string context = text.substr(at, end - at);
        const std::string name = unescaped(between(context, "<name>", "</name>"));
        std::size_t m = 0;
        while ((m = context.find("<message", m)) != std::string::npos) {
            const auto mEnd = context.find("</message>", m);
            const std::string message = context.substr(m, mEnd - m);
            out.push_back({name, unescaped(between(message, "<source>", "</source>")),
                           message.find("type=\"unfinished\"") != std::string::npos ||
                               message.find("type=\"vanished\"") != std::string::npos});
            m = mEnd;
        }
        at = end;
    }
    return out;
}

std::vector<fs::path> catalogues() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(LTW_SOURCE_DIR) / "translations"))
        if (entry.path().extension() == ".ts" && entry.path().filename().string().starts_with("ltw_"))
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

bool isEnglish(const fs::path& ts) { return ts.filename() == "ltw_en.ts"; }

// A copy of `ts` brought up to date with the sources by lupdate, as the build's update target does.
fs::path refreshedCopy(const fs::path& ts) {
    const auto dir = fs::temp_directory_path() / ("ltw-catalogue-" + std::to_string(std::rand()));
    fs::create_directories(dir);
    const auto copy = dir / ts.filename();
    fs::copy_file(ts, copy, fs::copy_options::overwrite_existing);
    const std::string command = std::string("\"") + LTW_LUPDATE + "\" -silent " +
                                (isEnglish(ts) ? "-pluralonly " : "") + LTW_LUPDATE_OPTIONS + " @\"" +
                                LTW_I18N_SOURCES + "\" -ts \"" + copy.string() + "\"";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return copy;
}

std::string listed(const std::vector<Message>& messages) {
    std::string out;
    for (const auto& m : messages)
        out += "  [" + m.context + "] " + m.source + "\n";
    return out;
}

} // namespace

TEST(Catalogue, EnglishAndSpanishAreThere) {
    const auto files = catalogues();
    ASSERT_GE(files.size(), 2u);
    EXPECT_TRUE(std::any_of(files.begin(), files.end(), [](const fs::path& p) { return p.filename() == "ltw_es.ts"; }));
}

TEST(Catalogue, EveryTextOfTheSourcesIsTranslatedInEveryLanguage) {
    for (const auto& ts : catalogues()) {
        const auto committed = messagesOf(ts);
        const auto refreshed = messagesOf(refreshedCopy(ts));
        ASSERT_FALSE(refreshed.empty()) << ts;
        std::vector<Message> unfinished;
        for (const auto& m : refreshed)
            if (m.unfinished)
                unfinished.push_back(m);
        EXPECT_TRUE(unfinished.empty())
            << ts.filename().string() << " lacks " << unfinished.size()
            << " translation(s). Run `cmake --build build --target update_translations`, then translate these in "
               "Qt Linguist (for ltw_en.ts: python3 translations/fill_english_plurals.py translations/ltw_en.ts):\n"
            << listed(unfinished);
        // The committed file is the one the build compiles: it must hold every message already.
        EXPECT_EQ(committed.size(), refreshed.size())
            << ts.filename().string() << " is not up to date with the sources; run the update_translations target";
    }
}

TEST(Catalogue, TheSpanishCatalogueTranslatesEveryMessageItHolds) {
    for (const auto& ts : catalogues()) {
        if (isEnglish(ts))
            continue;
        std::vector<Message> unfinished;
        for (const auto& m : messagesOf(ts))
            if (m.unfinished)
                unfinished.push_back(m);
        EXPECT_TRUE(unfinished.empty()) << ts.filename().string() << " has unfinished messages:\n"
                                        << listed(unfinished);
    }
}
