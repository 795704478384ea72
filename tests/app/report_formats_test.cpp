// The share-out report in every format as a reader gets it from `ltw export`: the PDF read back with
// pdftotext, the ODT opened as a zip, the Markdown through a CommonMark parser, the HTML through an XML
// parser. Each must hold what the report says, and no participant's name unless asked for.
#include "report_formats_fixture.hpp"

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;
using namespace ltw::test::formats;

namespace {

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
    // Every row has no more cells than its table has columns: a word processor drops the rest.
    const auto xml = shell("unzip -p " + shq((dir / "report.odt").string()) + " content.xml");
    const std::regex tableRe(R"(<table:table [^>]*>([\s\S]*?)</table:table>)");
    int tables = 0;
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), tableRe); it != std::sregex_iterator(); ++it) {
        const std::string table = (*it)[1];
        ++tables;
        const auto columns = occurrences(table, "<table:table-column");
        const std::regex rowRe(R"(<table:table-row>([\s\S]*?)</table:table-row>)");
        for (auto row = std::sregex_iterator(table.begin(), table.end(), rowRe); row != std::sregex_iterator(); ++row) {
            const std::string cells = (*row)[1];
            const auto count = occurrences(cells, "<table:table-cell");
            EXPECT_LE(count, columns) << cells.substr(0, 200);
        }
    }
    EXPECT_GE(tables, 3);
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

// A theme so large that its box cannot fit on one page is cut between two of its lines, and nothing of it
// is lost.
TEST_F(ReportFormats, ABoxTallerThanAPageLosesNothing) {
    Id id = 0;
    std::vector<std::string> notes;
    {
        SqliteRepository repo(db);
        const auto team = repo.addTeam(Team{0, "Yard crew", "", {}});
        LearningTeam lt;
        lt.teamId = team.id;
        lt.title = "One big theme";
        id = createLearningTeam(repo, lt).id;
        const auto theme = repo.addTheme(Theme{0, id, "Everything waits for the day shift", 0, {}, {}});
        for (int i = 0; i < 120; ++i) {
            auto n = ltw::test::makeNote(id, NoteKind::Reflection, "Short note number " + std::to_string(i) + " here");
            n.themeId = theme.id;
            repo.addNote(n);
            notes.push_back(n.text);
        }
    }
    exportAs(id, "pdf", "tall.pdf");
    const auto info = shell("pdfinfo " + shq((dir / "tall.pdf").string()));
    std::smatch pages;
    ASSERT_TRUE(std::regex_search(info, pages, std::regex(R"(Pages:\s+(\d+))")));
    const int count = std::stoi(pages[1]);
    std::map<std::string, int> found;
    for (int page = 1; page <= count; ++page) {
        const auto text = flat(shell("pdftotext -enc UTF-8 -f " + std::to_string(page) + " -l " + std::to_string(page) +
                                     " " + shq((dir / "tall.pdf").string()) + " -")) +
                          " ";
        for (const auto& n : notes)
            found[n] += occurrences(text, n + " ");
    }
    // Each note twice, whole: among the reflections, and in the theme's box.
    for (const auto& n : notes)
        EXPECT_EQ(found[n], 2) << n;
}

} // namespace
