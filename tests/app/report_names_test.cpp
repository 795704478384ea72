// The share-out report as a reader gets it, part two: the web page parses and runs nothing, and no
// name survives in any format unless asked for.
#include "report_formats_fixture.hpp"

using namespace ltw;
using ltw::test::readFile;
using ltw::test::TempDir;
using namespace ltw::test::formats;

namespace {

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
