// Shared helpers for the core tests: a temporary folder that cleans up, and a small Learning Team.
#pragma once

#include "ltw/repository.hpp"
#include "ltw/session.hpp"

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace ltw::test {

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / ("ltw-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

inline std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline void writeFile(const std::filesystem::path& path, const std::string& content) {
    std::ofstream out(path, std::ios::binary);
    out << content;
}

inline LearningTeam makeLearningTeam(Repository& repo, const std::string& title = "Night-shift changeover") {
    const auto team = repo.addTeam(Team{0, "Packaging line 3", "Riverside plant", {}});
    LearningTeam lt;
    lt.teamId = team.id;
    lt.title = title;
    lt.use = Use::Work;
    lt.scopeQuestion = "How does a changeover really go at night?";
    return createLearningTeam(repo, lt);
}

inline Note makeNote(Id ltId, NoteKind kind, const std::string& text) {
    Note n;
    n.learningTeamId = ltId;
    n.kind = kind;
    n.text = text;
    return n;
}

} // namespace ltw::test
