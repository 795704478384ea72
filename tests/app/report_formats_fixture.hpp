// Shared by report_formats_test.cpp and report_names_test.cpp: the fixture and its helpers.
#pragma once

#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"
#include <QString>
#include <QXmlStreamReader>
#include <array>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <regex>
#include <sys/wait.h>

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;

namespace ltw::test::formats {

inline std::string shq(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command; returns its standard output, and its exit code through `code`.
inline std::string shell(const std::string& command, int* code = nullptr) {
    std::string out;
    FILE* pipe = popen((command + " </dev/null").c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    const int status = pclose(pipe);
    if (code)
        *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

// Runs of white space as one space: a line break in a PDF is where the page ran out of room, not a change.
// Typographic ligatures (the "fi" of "first" drawn as one glyph) read back as their letters, as a PDF
// viewer's search does.
inline std::string flat(std::string text) {
    for (const auto& [ligature, letters] : std::initializer_list<std::pair<std::string, std::string>>{
             {"\uFB00", "ff"}, {"\uFB01", "fi"}, {"\uFB02", "fl"}, {"\uFB03", "ffi"}, {"\uFB04", "ffl"}})
        for (auto at = text.find(ligature); at != std::string::npos; at = text.find(ligature, at))
            text.replace(at, ligature.size(), letters);
    std::string out;
    for (char c : text) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) {
            if (!out.empty() && out.back() != ' ')
                out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

inline bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

inline int occurrences(const std::string& text, const std::string& needle) {
    int n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

// The text of an ODF content.xml: spaces, tabs and line breaks as spaces, other markup dropped.
inline std::string odfText(std::string xml) {
    xml = std::regex_replace(xml, std::regex(R"(<text:(s|tab|line-break)\b[^>]*/>)"), " ");
    xml = std::regex_replace(xml, std::regex(R"(</text:(p|h)>)"), " ");
    xml = std::regex_replace(xml, std::regex(R"(<[^>]*>)"), "");
    for (const auto& [entity, c] : std::initializer_list<std::pair<std::string, std::string>>{
             {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}})
        for (auto at = xml.find(entity); at != std::string::npos; at = xml.find(entity, at + c.size()))
            xml.replace(at, entity.size(), c);
    return xml;
}

const std::vector<std::string> kSampleHeadings = {
    "The question we set out to understand",
    "In short",
    "Timeline of the event",
    "Work as imagined, work as done",
    "What makes the work easy",
    "What makes the work hard",
    "Stories from the work",
    "Adaptations",
    "Tradeoffs",
    "Weak signals",
    "Open questions",
    "Reflections after the soak",
    "Ideas parked along the way",
    "Themes from the soak",
    "The shared picture",
    "Defenses",
    "Gaps: what no defense answers yet",
    "Actions",
    "Shared learnings",
    "The sponsor\u2019s response",
    "How the Learning Team ran",
};

class ReportFormats : public ::testing::Test {
protected:
    TempDir dir;
    std::string db = (dir / "team.ltw").string();

    // Exports through the real program; the file's bytes, or a failure.
    std::string exportAs(Id id, const std::string& format, const std::string& file,
                         const std::vector<std::string>& extra = {}) {
        std::string command = "XDG_DATA_HOME=" + shq((dir / "data").string()) + " " + shq(LTW_BINARY) +
                              " export --db " + shq(db) + " --learning-team " + std::to_string(id) + " --format " +
                              format + " --output " + shq((dir / file).string());
        for (const auto& e : extra)
            command += " " + shq(e);
        int code = -1;
        shell(command + " 2>&1", &code);
        EXPECT_EQ(code, 0) << command;
        return readFile(dir / file);
    }
    std::string pdfText(const std::string& file) {
        return shell("pdftotext -enc UTF-8 " + shq((dir / file).string()) + " -");
    }
    std::string odtText(const std::string& file) {
        return odfText(shell("unzip -p " + shq((dir / file).string()) + " content.xml"));
    }
};

} // namespace ltw::test::formats
