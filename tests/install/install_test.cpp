// The program installs like a desktop application and packs as a .deb: `cmake --install` into a temporary
// prefix lays out every file, desktop-file-validate and appstreamcli accept what it wrote, the installed
// program runs; `cpack -G DEB` makes a package whose contents, Depends, section and maintainer are right.
#include "test_support.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>
#include <sys/wait.h>

using namespace ltw::test;
namespace fs = std::filesystem;

namespace {

const std::string kId = "org.learningteamworkbench.LearningTeamWorkbench";

struct Output {
    int code = -1;
    std::string text; // standard output and error together
};

Output run(const std::string& command) {
    Output out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        out.text.append(buf.data(), n);
    const int status = pclose(pipe);
    out.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

std::string quoted(const fs::path& p) { return "'" + p.string() + "'"; }

// The files every install holds, below the prefix.
std::vector<std::string> expectedFiles() {
    std::vector<std::string> files = {"bin/ltw",
                                      "share/applications/" + kId + ".desktop",
                                      "share/metainfo/" + kId + ".metainfo.xml",
                                      "share/icons/hicolor/scalable/apps/" + kId + ".svg",
                                      "share/man/man1/ltw.1",
                                      "share/learning-team-workbench/translations/ltw_en.qm",
                                      "share/learning-team-workbench/translations/ltw_es.qm"};
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        files.push_back("share/icons/hicolor/" + std::to_string(size) + "x" + std::to_string(size) + "/apps/" + kId +
                        ".png");
    return files;
}

} // namespace

TEST(Install, LaysOutADesktopApplicationThatTheValidatorsAccept) {
    TempDir dir;
    const auto prefix = dir / "prefix";
    const auto install =
        run(std::string("'") + LTW_CMAKE + "' --install " + quoted(LTW_BUILD_DIR) + " --prefix " + quoted(prefix));
    ASSERT_EQ(install.code, 0) << install.text;
    for (const auto& file : expectedFiles())
        EXPECT_TRUE(fs::is_regular_file(prefix / file)) << file << " was not installed";
    // A PNG of each size, of that size: the width and height in its header.
    const std::string png = readFile(prefix / ("share/icons/hicolor/48x48/apps/" + kId + ".png"));
    ASSERT_GT(png.size(), 24u);
    EXPECT_EQ(png.substr(1, 3), "PNG");
    EXPECT_EQ(static_cast<unsigned char>(png[19]), 48u);
    EXPECT_EQ(static_cast<unsigned char>(png[23]), 48u);

    const auto desktop = run("desktop-file-validate " + quoted(prefix / ("share/applications/" + kId + ".desktop")));
    EXPECT_EQ(desktop.code, 0) << desktop.text;
    EXPECT_EQ(desktop.text, "") << "desktop-file-validate has a remark";
    const auto appstream =
        run("appstreamcli validate --no-net " + quoted(prefix / ("share/metainfo/" + kId + ".metainfo.xml")));
    EXPECT_EQ(appstream.code, 0) << appstream.text;
    EXPECT_NE(appstream.text.find("Validation was successful"), std::string::npos) << appstream.text;

    const auto version = run(quoted(prefix / "bin/ltw") + " --version");
    EXPECT_EQ(version.code, 0) << version.text;
    EXPECT_EQ(version.text, "ltw 0.1.0\n");
    const std::string entry = readFile(prefix / ("share/applications/" + kId + ".desktop"));
    EXPECT_NE(entry.find("\nExec=ltw %f\n"), std::string::npos) << "the desktop opens a database given to it";
    EXPECT_NE(entry.find("\nIcon=" + kId + "\n"), std::string::npos);
}

TEST(Package, TheDebHoldsTheProgramAndDependsOnWhatItLinks) {
    TempDir dir;
    const auto pack = run("cd " + quoted(LTW_BUILD_DIR) + " && '" + LTW_CPACK + "' -G DEB -B " + quoted(dir.path()));
    ASSERT_EQ(pack.code, 0) << pack.text;
    fs::path deb;
    for (const auto& entry : fs::directory_iterator(dir.path()))
        if (entry.path().extension() == ".deb")
            deb = entry.path();
    ASSERT_FALSE(deb.empty()) << pack.text;
    EXPECT_EQ(deb.filename().string().substr(0, 31), "learning-team-workbench_0.1.0-1");

    const auto contents = run("dpkg-deb -c " + quoted(deb));
    ASSERT_EQ(contents.code, 0) << contents.text;
    std::cout << "dpkg-deb -c " << deb.filename().string() << ":\n" << contents.text;
    for (const auto& file : expectedFiles())
        EXPECT_NE(contents.text.find("./usr/" + file + "\n"), std::string::npos) << file << " is not in the package";

    auto field = [&](const std::string& name) {
        auto value = run("dpkg-deb -f " + quoted(deb) + " " + name).text;
        return value.substr(0, value.find_last_not_of('\n') + 1);
    };
    EXPECT_EQ(field("Package"), "learning-team-workbench");
    EXPECT_EQ(field("Section"), "misc");
    EXPECT_NE(field("Maintainer").find("@"), std::string::npos);
    EXPECT_NE(field("Description").find("Learning Team"), std::string::npos);
    EXPECT_EQ(field("Recommends"), "qt6-translations-l10n");

    // Every shared library the program asks for comes from a package that Depends names.
    const std::string depends = field("Depends");
    std::set<std::string> named;
    const std::regex package(R"((?:^|, )([a-z0-9][a-z0-9.+-]+))");
    for (auto it = std::sregex_iterator(depends.begin(), depends.end(), package); it != std::sregex_iterator(); ++it)
        named.insert((*it)[1]);
    const auto ldd = run("ldd " + quoted(LTW_BINARY));
    const auto needed = run("objdump -p " + quoted(LTW_BINARY));
    ASSERT_EQ(needed.code, 0) << needed.text;
    const std::regex neededLine(R"(NEEDED\s+(\S+))");
    int checked = 0;
    for (auto it = std::sregex_iterator(needed.text.begin(), needed.text.end(), neededLine);
         it != std::sregex_iterator(); ++it) {
        const std::string library = (*it)[1];
        if (library.starts_with("ld-linux") || library.starts_with("libc.so") || library.starts_with("libm.so") ||
            library.starts_with("libgcc_s"))
            continue; // the C runtime every Debian system has (libc6, libgcc-s1 are essential)
        const std::smatch where = [&] {
            std::smatch m;
            std::regex_search(
                ldd.text, m, std::regex(std::regex_replace(library, std::regex(R"([.+])"), R"(\$&)") + R"( => (\S+))"));
            return m;
        }();
        ASSERT_FALSE(where.empty()) << library << " is not found by ldd";
        const auto owner = run("dpkg -S \"$(readlink -f " + where[1].str() + ")\"");
        const std::string owning = owner.text.substr(0, owner.text.find(':'));
        // Named itself, or by a name it provides (libspdlog1.10 provides libspdlog1.10-fmt9).
        const std::string provides = run("dpkg-query -W -f='${Provides}' " + owning).text;
        bool found = named.contains(owning);
        for (const auto& name : named)
            found = found || std::regex_search(provides, std::regex("(^|, )" + name + "( |,|$)"));
        EXPECT_TRUE(found) << library << " comes from " << owning << ", which Depends lacks: " << depends;
        ++checked;
    }
    EXPECT_GE(checked, 6) << needed.text;
}
