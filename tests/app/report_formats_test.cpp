// The share-out report in every format as a reader gets it from `ltw export`: the PDF read back with
// pdftotext, the ODT opened as a zip, the Markdown through a CommonMark parser, the HTML through an XML
// parser. Each must hold what the report says, and no participant's name unless asked for.
#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/session.hpp"
#include "ltw/sqlite_repository.hpp"
#include "test_support.hpp"

#include <QString>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <regex>
#include <sys/wait.h>

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;

namespace {

std::string shq(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs a shell command; returns its standard output, and its exit code through `code`.
std::string shell(const std::string& command, int* code = nullptr) {
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
std::string flat(std::string text) {
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

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

// The text of an ODF content.xml: spaces, tabs and line breaks as spaces, other markup dropped.
std::string odfText(std::string xml) {
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
    "Timeline",
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

TEST_F(ReportFormats, ThePdfHoldsEverySectionAndEveryNoteOfTheSample) {
    Id id = 0;
    LearningTeamSnapshot snap;
    {
        SqliteRepository repo(db);
        id = addSampleLearningTeam(repo).id;
        snap = repo.snapshot(id);
    }
    const auto pdf = exportAs(id, "pdf", "report.pdf");
    ASSERT_EQ(pdf.rfind("%PDF-", 0), 0u);
    const auto text = flat(pdfText("report.pdf"));
    for (const auto& heading : kSampleHeadings)
        EXPECT_TRUE(contains(text, heading)) << heading;
    const Redactor redactor(snap.participants, snap.learningTeam.redactions);
    int checked = 0;
    for (const auto& note : snap.notes) {
        const auto shown = flat(redactor.apply(note.text));
        if (note.facilitatorOnly) {
            EXPECT_FALSE(contains(text, shown)) << "a note kept for the facilitator: " << shown;
            continue;
        }
        EXPECT_TRUE(contains(text, shown)) << shown;
        ++checked;
    }
    EXPECT_GE(checked, 20);

    const auto info = shell("pdfinfo " + shq((dir / "report.pdf").string()));
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))")));
    EXPECT_GE(std::stoi(pages[1]), 5);
    EXPECT_LE(std::stoi(pages[1]), 16);
    EXPECT_TRUE(contains(info, "(A4)")) << info;
    // Every page after the cover carries its number and the total.
    EXPECT_TRUE(contains(text, "Page 2 of " + std::string(pages[1])));
    EXPECT_TRUE(contains(text, "Page " + std::string(pages[1]) + " of " + std::string(pages[1])));

    // The type is DejaVu, embedded, so the report reads the same on every machine.
    const auto fonts = shell("pdffonts " + shq((dir / "report.pdf").string()));
    EXPECT_TRUE(contains(fonts, "DejaVuSans")) << fonts;
    std::istringstream lines(fonts);
    std::string line;
    int fontLines = 0;
    while (std::getline(lines, line)) {
        if (line.starts_with("name") || line.starts_with("---") || line.empty())
            continue;
        ++fontLines;
        EXPECT_TRUE(std::regex_search(line, std::regex(R"(\s+yes\s+(yes|no)\s+(yes|no)\s+\d+)"))) << line;
    }
    EXPECT_GT(fontLines, 0);
}

TEST_F(ReportFormats, ThePdfComesOnLetterPaperWhenAskedFor) {
    Id id = 0;
    {
        SqliteRepository repo(db);
        id = addSampleLearningTeam(repo).id;
    }
    exportAs(id, "pdf", "letter.pdf", {"--paper", "letter"});
    const auto info = shell("pdfinfo " + shq((dir / "letter.pdf").string()));
    EXPECT_TRUE(contains(info, "612 x 792 pts (letter)")) << info;
}

TEST_F(ReportFormats, TheOdtHoldsTheSameText) {
    Id id = 0;
    LearningTeamSnapshot snap;
    {
        SqliteRepository repo(db);
        id = addSampleLearningTeam(repo).id;
        snap = repo.snapshot(id);
    }
    const auto odt = exportAs(id, "odt", "report.odt");
    ASSERT_EQ(odt.rfind("PK", 0), 0u) << "an ODF document is a zip";
    const auto manifest = shell("unzip -p " + shq((dir / "report.odt").string()) + " mimetype");
    EXPECT_EQ(manifest, "application/vnd.oasis.opendocument.text");
    const auto text = flat(odtText("report.odt"));
    for (const auto& heading : kSampleHeadings)
        EXPECT_TRUE(contains(text, heading)) << heading;
    const Redactor redactor(snap.participants, snap.learningTeam.redactions);
    for (const auto& note : snap.notes) {
        if (!note.facilitatorOnly) {
            EXPECT_TRUE(contains(text, flat(redactor.apply(note.text)))) << note.text;
        }
    }
    // The pictures travel inside the document.
    const auto listing = shell("unzip -l " + shq((dir / "report.odt").string()));
    EXPECT_GE(std::count(listing.begin(), listing.end(), '\n') - 5, 2) << listing;
    EXPECT_TRUE(contains(listing, "Pictures/")) << listing;
}

TEST_F(ReportFormats, TheMarkdownParsesAsCommonMarkWithItsHeadings) {
    Id id = 0;
    {
        SqliteRepository repo(db);
        id = addSampleLearningTeam(repo).id;
    }
    exportAs(id, "md", "report.md");
    int code = -1;
    const auto html = shell("cmark " + shq((dir / "report.md").string()), &code);
    ASSERT_EQ(code, 0);
    std::vector<std::string> headings;
    const std::regex h2("<h2>(.*?)</h2>");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), h2); it != std::sregex_iterator(); ++it)
        headings.push_back((*it)[1]);
    std::vector<std::string> expected = kSampleHeadings;
    EXPECT_EQ(headings, expected);
    EXPECT_TRUE(std::regex_search(html, std::regex("<h1>Near miss at door 7")));
}

// Many stories and actions, long enough that page breaks fall among them.
TEST_F(ReportFormats, NoStoryAndNoRowOfTheActionsIsCutByAPageBreak) {
    Id id = 0;
    std::vector<std::string> stories;
    std::vector<std::pair<std::string, std::string>> actions;
    {
        SqliteRepository repo(db);
        const auto team = repo.addTeam(Team{0, "Yard crew", "", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "Many stories";
        id = createLearningTeam(repo, lt).id;
        for (int i = 0; i < 40; ++i) {
            std::string text = "Story " + std::to_string(i) + " begins here";
            for (int words = 0; words < 12 + (i * 7) % 40; ++words)
                text += " and then the trailer was moved again";
            text += " and story " + std::to_string(i) + " ends here.";
            repo.addNote(ltw::test::makeNote(id, NoteKind::Story, text));
            stories.push_back(text);
        }
        for (int i = 0; i < 40; ++i) {
            Action a;
            a.learningTeamId = id;
            a.title = "Action " + std::to_string(i) + " to move the pallets off the walkway before the night shift";
            a.owner = "Shift lead";
            a.successMeasure = "Measure " + std::to_string(i) +
                               ": the walkway is clear at two in the morning on "
                               "every night of a week, and nobody has to walk around a stack";
            repo.addAction(a);
            actions.emplace_back(a.title, a.successMeasure);
        }
    }
    exportAs(id, "pdf", "long.pdf");
    const auto info = shell("pdfinfo " + shq((dir / "long.pdf").string()));
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))")));
    const int count = std::stoi(pages[1]);
    ASSERT_GE(count, 6);
    std::vector<std::string> pageText;
    for (int page = 1; page <= count; ++page)
        pageText.push_back(flat(shell("pdftotext -enc UTF-8 -raw -f " + std::to_string(page) + " -l " +
                                      std::to_string(page) + " " + shq((dir / "long.pdf").string()) + " -")));
    auto onOnePage = [&](const std::vector<std::string>& parts) {
        return std::any_of(pageText.begin(), pageText.end(), [&](const std::string& text) {
            return std::all_of(parts.begin(), parts.end(), [&](const std::string& p) { return contains(text, p); });
        });
    };
    for (const auto& story : stories)
        EXPECT_TRUE(onOnePage({story})) << story.substr(0, 12);
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const auto n = std::to_string(i);
        EXPECT_TRUE(onOnePage({"Action " + n + " to move", "Measure " + n + ":"})) << "action " << n;
    }
    // The header row of the actions is repeated on every page the table runs onto.
    int headers = 0;
    for (const auto& text : pageText)
        headers += contains(text, "How we\u2019ll know it worked") ? 1 : 0;
    EXPECT_GE(headers, 2);
}

// A Learning Team whose notes try every way of getting markup into a page.
Id addHostileLearningTeam(Repository& repo) {
    const auto team = repo.addTeam(Team{0, "<b>Crew</b>", "\"><script>alert(1)</script>", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = "<script>alert('title')</script>";
    lt.summary = "<img src=x onerror=alert(1)> and <a href=\"javascript:alert(1)\">click</a>";
    lt.scopeQuestion = "<svg onload=alert(1)></svg>]]><!-- -->";
    const auto stored = createLearningTeam(repo, lt);
    for (const char* text : {"<script>alert(1)</script>", "<iframe src=\"https://example.com\"></iframe>",
                             "<div onclick=\"steal()\">x</div>", "&lt;already escaped&gt; & <b>bold</b>",
                             "<object data=x></object><embed src=x>", "<style>body{display:none}</style>",
                             "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>"})
        repo.addNote(ltw::test::makeNote(stored.id, NoteKind::Story, text));
    return stored.id;
}

TEST_F(ReportFormats, TheHtmlParsesAndHoldsNothingThatRuns) {
    Id id = 0;
    {
        SqliteRepository repo(db);
        id = addHostileLearningTeam(repo);
    }
    const auto html = exportAs(id, "html", "report.html");
    QXmlStreamReader xml(QString::fromStdString(html));
    int elements = 0;
    QString allText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            allText += xml.text();
        if (!xml.isStartElement())
            continue;
        ++elements;
        const QString name = xml.name().toString().toLower();
        for (const char* forbidden :
             {"script", "iframe", "object", "embed", "link", "base", "form", "a", "img", "math"})
            EXPECT_NE(name, QString::fromLatin1(forbidden));
        for (const auto& attribute : xml.attributes()) {
            const QString attr = attribute.name().toString().toLower();
            EXPECT_FALSE(attr.startsWith(QLatin1String("on"))) << attr.toStdString();
            EXPECT_NE(attr, QLatin1String("href"));
            EXPECT_NE(attr, QLatin1String("src"));
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_GT(elements, 30);
    // What was typed is shown as text.
    EXPECT_TRUE(allText.contains(QLatin1String("<script>alert(1)</script>")));
    EXPECT_TRUE(allText.contains(QLatin1String("<div onclick=\"steal()\">x</div>")));
}

// Names said in the room, typed into the notes, and a place the facilitator asked to keep out.
struct NamedTeam {
    Id id = 0;
    std::vector<std::string> names = {"Priya Raman", "Priya", "Raman", "Tomasz Wójcik", "Tomasz", "Wójcik"};
};

NamedTeam addNamedLearningTeam(Repository& repo) {
    const auto team = repo.addTeam(Team{0, "Dock crew", "North DC", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = "Blocked walkway";
    lt.summary = "Priya Raman and Tomasz saw it first at Gate Q-17.";
    lt.redactions = {{"Gate Q-17", "a gate"}};
    const auto stored = createLearningTeam(repo, lt);
    const auto priya = repo.addParticipant(Participant{0, stored.id, "loader", "Priya Raman"});
    const auto tomasz = repo.addParticipant(Participant{0, stored.id, "forklift driver", "Tomasz Wójcik"});
    auto note = [&](NoteKind kind, const char* text, Id teller) {
        auto n = ltw::test::makeNote(stored.id, kind, text);
        n.tellerId = teller;
        repo.addNote(n);
    };
    note(NoteKind::Story, "Priya said the pallets sit at Gate Q-17 all night", priya.id);
    note(NoteKind::HardCondition, "When Wójcik reverses he cannot see the lane", tomasz.id);
    note(NoteKind::Adaptation, "tomasz sounds the horn twice", tomasz.id);
    Defense d;
    d.learningTeamId = stored.id;
    d.title = "Raman's walkway";
    d.kind = DefenseKind::Existing;
    const auto defense = repo.addDefense(d);
    Action a;
    a.learningTeamId = stored.id;
    a.title = "Ask Priya to mark Gate Q-17";
    a.owner = "Tomasz Wójcik";
    a.successMeasure = "Priya sees a clear lane";
    a.defenseId = defense.id;
    repo.addAction(a);
    SharedLearning l;
    l.learningTeamId = stored.id;
    l.title = "What Priya taught us";
    l.summary = "Tomasz and Priya";
    l.lookFors = {"Pallets by Gate Q-17"};
    repo.addSharedLearning(l);
    return NamedTeam{stored.id};
}

TEST_F(ReportFormats, NoNameSurvivesInAnyFormatUnlessAskedFor) {
    NamedTeam team;
    {
        SqliteRepository repo(db);
        team = addNamedLearningTeam(repo);
    }
    const std::vector<std::string> formats = {"pdf", "odt", "html", "md", "json"};
    for (const auto& format : formats) {
        const std::string file = "plain." + format;
        auto text = exportAs(team.id, format, file);
        if (format == "pdf")
            text = pdfText(file);
        else if (format == "odt")
            text = odtText(file);
        text = flat(text);
        ASSERT_FALSE(text.empty()) << format;
        for (const auto& name : team.names)
            EXPECT_FALSE(contains(text, name)) << format << ": " << name;
        EXPECT_FALSE(contains(text, "tomasz")) << format;
        EXPECT_FALSE(contains(text, "Q-17")) << format << ": a term of the redaction list";
        // Markdown shows a bracket as \[, so that it is not read as a link.
        const std::string open = format == "md" ? "\\[" : "[";
        const std::string close = format == "md" ? "\\]" : "]";
        EXPECT_TRUE(contains(text, open + "loader" + close)) << format;
        if (format != "json") {
            EXPECT_TRUE(contains(text, open + "a gate" + close)) << format;
        }
    }
    for (const auto& format : {"pdf", "odt", "html", "md"}) {
        const std::string file = std::string("named.") + format;
        auto text = exportAs(team.id, format, file, {"--with-names"});
        if (std::string(format) == "pdf")
            text = pdfText(file);
        else if (std::string(format) == "odt")
            text = odtText(file);
        text = flat(text);
        EXPECT_TRUE(contains(text, "Priya Raman")) << format;
        EXPECT_TRUE(contains(text, "Tomasz Wójcik")) << format;
        EXPECT_FALSE(contains(text, "Q-17")) << format << ": the redaction list holds with names too";
    }
}

} // namespace
