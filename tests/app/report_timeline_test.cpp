// The timeline of the event in every format of the report, read back by each format's own reader (pdftotext,
// the ODT's content.xml, an XML parser over the HTML, cmark over the Markdown): every moment in its order with
// its time and the notes present then, no participant's name even where one was typed as who, no private
// note, and markup in a moment's text shown as the characters typed.
#include "ltw/redaction.hpp"
#include "ltw/timeline.hpp"
#include "report_formats_fixture.hpp"

using namespace ltw::test::formats;

namespace {

constexpr const char* kHostile = "Pallets <b>&\"stacked\"</b> again";

class ReportTimeline : public ReportFormats {
protected:
    Id id = 0;
    LearningTeamSnapshot snap;
    std::string name; // a participant's name, typed as who and into a moment's text

    void SetUp() override {
        SqliteRepository repo(db);
        id = addSampleLearningTeam(repo).id;
        const auto people = repo.participants(id);
        name = people.front().name;
        TimelineMoment m;
        m.learningTeamId = id;
        m.position = static_cast<int>(repo.moments(id).size());
        m.minute = 6 * 60 + 30;
        m.text = std::string(kHostile) + ", says " + name;
        m.place = "Doors 6 & 7";
        m.who = name;
        m = repo.addMoment(m);
        Note secret;
        secret.learningTeamId = id;
        secret.kind = NoteKind::WeakSignal;
        secret.text = "Kept for the facilitator: who was driving";
        secret.facilitatorOnly = true;
        secret = repo.addNote(secret);
        repo.addLink(Link{0, id, {ItemType::Note, secret.id}, {ItemType::Moment, m.id}, LinkKind::AttachedTo});
        snap = repo.snapshot(id);
    }

    std::string shown(const std::string& text) const {
        return Redactor(snap.participants, snap.learningTeam.redactions).apply(text);
    }

    // The notes a reader should see under a moment: attached to it and not private.
    std::vector<std::string> notesOf(const TimelineMoment& m) const {
        std::vector<std::string> out;
        for (const auto& l : snap.links)
            if (l.kind == LinkKind::AttachedTo && l.to == ItemRef{ItemType::Moment, m.id} &&
                l.from.type == ItemType::Note)
                for (const auto& n : snap.notes)
                    if (n.id == l.from.id && !n.facilitatorOnly)
                        out.push_back(shown(n.text));
        return out;
    }

    // From `from` on, each moment's text after the one before, with its time between them, and its notes after
    // it and before the next moment.
    void expectInOrder(const std::string& text, std::size_t from, const std::string& format) {
        ASSERT_NE(from, std::string::npos) << format;
        std::size_t at = from;
        for (std::size_t i = 0; i < snap.moments.size(); ++i) {
            const auto& m = snap.moments[i];
            const auto time = momentTimeText(m);
            if (!time.empty()) {
                const auto t = text.find(time, at);
                EXPECT_NE(t, std::string::npos) << format << ": the time " << time;
            }
            const auto found = text.find(flat(shown(m.text)), at);
            ASSERT_NE(found, std::string::npos) << format << ": moment " << i << " " << shown(m.text);
            at = found;
            const auto next =
                i + 1 < snap.moments.size() ? text.find(flat(shown(snap.moments[i + 1].text)), at) : std::string::npos;
            for (const auto& note : notesOf(m)) {
                const auto n = text.find(flat(note), at);
                EXPECT_TRUE(n != std::string::npos && n < next) << format << ": " << note << " under moment " << i;
            }
        }
    }

    void expectNothingPrivate(const std::string& text, const std::string& format) {
        EXPECT_FALSE(contains(text, name)) << format;
        EXPECT_FALSE(contains(text, name.substr(0, name.find(' ')) + " ")) << format;
        EXPECT_FALSE(contains(text, "Kept for the facilitator")) << format;
        EXPECT_TRUE(contains(text, "[" + snap.participants.front().role + "]")) << format << ": the role instead";
    }
};

// Every character of an XML text (the HTML page, cmark's XML of the Markdown), markup left out.
std::string xmlText(const std::string& xml) {
    QXmlStreamReader reader(QString::fromStdString(xml));
    std::string out;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            out += reader.text().toString().toStdString();
        else if (reader.isStartElement() || reader.isEndElement())
            out += ' ';
    }
    EXPECT_FALSE(reader.hasError()) << reader.errorString().toStdString();
    return flat(out);
}

TEST_F(ReportTimeline, ThePdfListsEveryMomentInOrderWithTimesAndNotes) {
    exportAs(id, "pdf", "report.pdf");
    const auto text = flat(pdfText("report.pdf"));
    const auto section = text.find("Timeline of the event");
    expectInOrder(text, section, "pdf");
    expectNothingPrivate(text, "pdf");
    EXPECT_TRUE(contains(text, "3 h 40 min later"));
    EXPECT_TRUE(contains(text, "How the Learning Team ran"));
    EXPECT_LT(section, text.find("Work as imagined, work as done")) << "the event's timeline comes early";
}

TEST_F(ReportTimeline, TheOdtListsEveryMomentAndShowsMarkupAsTyped) {
    exportAs(id, "odt", "report.odt");
    // The time's cell keeps its words together with non-breaking spaces, which a reader reads as spaces.
    auto raw = odtText("report.odt");
    for (auto at = raw.find("\u00a0"); at != std::string::npos; at = raw.find("\u00a0", at))
        raw.replace(at, 2, " ");
    const auto text = flat(raw);
    expectInOrder(text, text.find("Timeline of the event"), "odt");
    expectNothingPrivate(text, "odt");
    EXPECT_TRUE(contains(text, kHostile));
    const auto xml = shell("unzip -p " + shq((dir / "report.odt").string()) + " content.xml");
    EXPECT_FALSE(contains(xml, "<b>&\"stacked")) << "escaped in the XML";
    // The drawing goes with the document.
    const auto files = shell("unzip -l " + shq((dir / "report.odt").string()));
    EXPECT_GE(occurrences(files, "Pictures/"), 3) << files;
}

TEST_F(ReportTimeline, TheHtmlDrawsTheTimelineAndListsItsMomentsEscaped) {
    const auto html = exportAs(id, "html", "report.html");
    EXPECT_FALSE(contains(html, kHostile));
    EXPECT_TRUE(contains(html, "Pallets &lt;b&gt;&amp;&quot;stacked&quot;&lt;/b&gt; again"));
    const auto text = xmlText(html); // the page reads as well-formed XML
    const auto section = text.find("Timeline of the event");
    ASSERT_NE(section, std::string::npos);
    // The list after the drawing holds every moment whole.
    const auto list = html.find("<ol class=\"moments\">");
    ASSERT_NE(list, std::string::npos);
    const auto moments = xmlText(html.substr(list, html.find("</ol>\n</section>", list) + 5 - list));
    expectInOrder(moments, 0, "html");
    expectNothingPrivate(text, "html");
    EXPECT_TRUE(contains(moments, kHostile));
    // The drawing: one more picture, with the times on it.
    const auto figure = html.find("<figure class=\"picture\">", html.find("Timeline of the event"));
    ASSERT_NE(figure, std::string::npos);
    const auto drawn = html.substr(figure, list - figure);
    EXPECT_TRUE(contains(drawn, "<svg version=\"1.1\""));
    EXPECT_TRUE(contains(drawn, ">02:05</text>"));
    EXPECT_TRUE(contains(drawn, "3 h 40 min later"));
    EXPECT_FALSE(contains(drawn, "<b>"));
}

TEST_F(ReportTimeline, TheMarkdownListsEveryMomentAsCmarkReadsIt) {
    exportAs(id, "md", "report.md");
    int code = -1;
    const auto xml = shell("cmark -t xml " + shq((dir / "report.md").string()), &code);
    ASSERT_EQ(code, 0);
    const auto text = xmlText(xml.substr(xml.find("<document")));
    expectInOrder(text, text.find("Timeline of the event"), "md");
    expectNothingPrivate(text, "md");
    EXPECT_TRUE(contains(text, kHostile)) << "markup shown as typed";
    EXPECT_TRUE(contains(text, "3 h 40 min later"));
}

TEST_F(ReportTimeline, NamesOnlyWhenTheFacilitatorOptsIn) {
    exportAs(id, "md", "named.md", {"--with-names"});
    const auto md = readFile(dir / "named.md");
    EXPECT_TRUE(contains(md, name));
    EXPECT_FALSE(contains(md, "Kept for the facilitator")) << "a private note never";
}

} // namespace
