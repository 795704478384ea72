// The verbs speak the facilitator's language, found as the window finds it (LANGUAGE, LC_ALL,
// LC_MESSAGES, LANG): help, messages, and the share-out report they write.
#include "ltw_run.hpp"

#include <gtest/gtest.h>

using namespace ltw::test;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::string ltwRunShell(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.append(buf.data(), n);
    pclose(pipe);
    return out;
}

} // namespace

TEST(CliSpanish, HelpAndMessagesAreSpanish) {
    TempDir dir;
    auto r = ltwRun(dir, {"--help"}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(has(r.out, "Verbos:")) << r.out;
    EXPECT_TRUE(has(r.out, "añadir el Equipo de Aprendizaje de ejemplo")) << r.out;
    EXPECT_FALSE(has(r.out, "Verbs:")) << r.out;
    r = ltwRun(dir, {"import", "--help"}, "LANGUAGE=es");
    EXPECT_TRUE(has(r.out, "Uso: ltw import")) << r.out;
    r = ltwRun(dir, {"frobnicate"}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(has(r.err, "verbo desconocido 'frobnicate'")) << r.err;
    r = ltwRun(dir, {"list", "--db", (dir / "nowhere.ltw").string()}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "no existe")) << r.err;
    writeFile(dir / "notas.txt", "no es una base de datos\n");
    r = ltwRun(dir, {"check", "--db", (dir / "notas.txt").string()}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "no es una base de datos del programa")) << r.err;
    writeFile(dir / "paquete.json", "{\"format\": \"otra cosa\"}");
    r = ltwRun(dir, {"import", "--db", (dir / "nueva.ltw").string(), (dir / "paquete.json").string()}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(has(r.err, "no es un paquete de Equipo de Aprendizaje")) << r.err;
    r = ltwRun(dir, {"export", "--format", "doc"}, "LANGUAGE=es");
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(has(r.err, "Ejecute 'ltw export --help'")) << r.err;
}

TEST(CliSpanish, TheReportAndTheListAreSpanish) {
    TempDir dir;
    const auto db = (dir / "trabajo.ltw").string();
    auto r = ltwRun(dir, {"demo", "--db", db}, "LANGUAGE=es");
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(has(r.out, "Se añadió el Equipo de Aprendizaje de ejemplo")) << r.out;
    r = ltwRun(dir, {"list", "--db", db}, "LANGUAGE=es");
    EXPECT_TRUE(has(r.out, "fase")) << r.out;
    EXPECT_TRUE(has(r.out, "Compartir")) << r.out;
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "md", "--output", "-"}, "LANGUAGE=es");
    ASSERT_EQ(r.code, 0) << r.err;
    for (const auto* heading : {"## Defensas", "## Acciones", "## Aprendizajes compartidos", "## Línea de tiempo",
                                "*Informe para compartir de un Equipo de Aprendizaje*"})
        EXPECT_TRUE(has(r.out, heading)) << heading;
    for (const auto* english : {"## Defenses", "## Actions", "## Shared learnings", "## Timeline", "Share-out report"})
        EXPECT_FALSE(has(r.out, english)) << english;
    // The PDF's pages are laid out by the window's library, their numbers in Spanish too.
    const auto pdf = (dir / "informe.pdf").string();
    r = ltwRun(dir, {"export", "--db", db, "--learning-team", "1", "--format", "pdf", "--output", pdf}, "LANGUAGE=es");
    ASSERT_EQ(r.code, 0) << r.err;
    const auto text = ltwRunShell("pdftotext " + shellQuote(pdf) + " -");
    EXPECT_TRUE(has(text, "Página 2 de")) << text.substr(0, 400); // the cover has no number
    EXPECT_TRUE(has(text, "Relatos del trabajo"));
    EXPECT_FALSE(has(text, "Page 2 of"));
}

TEST(CliSpanish, TheLanguageComesFromWhicheverVariableTheSystemSets) {
    TempDir dir;
    for (const auto* environment : {"LANGUAGE= LC_ALL=es_ES.UTF-8", "LANGUAGE= LC_ALL= LC_MESSAGES=es_AR.UTF-8",
                                    "LANGUAGE= LC_ALL= LC_MESSAGES= LANG=es_MX.UTF-8", "LANGUAGE=es:en LANG=C"}) {
        const auto r = ltwRun(dir, {"--help"}, environment);
        EXPECT_TRUE(has(r.out, "Verbos:")) << environment;
    }
    const auto english = ltwRun(dir, {"--help"}, "LANGUAGE= LC_ALL= LC_MESSAGES= LANG=C.UTF-8");
    EXPECT_TRUE(has(english.out, "Verbs:")) << english.out;
}
