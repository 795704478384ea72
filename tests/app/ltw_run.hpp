// Runs the real `ltw` program as a user does, with a private data folder, and keeps what it said.
#pragma once

#include "test_support.hpp"

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace ltw::test {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string shellQuote(const std::string& s) {
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// Runs the real program with a private data folder, capturing stdout and stderr; `environment` ("LANGUAGE=es")
// goes before it.
inline Run ltwRun(const TempDir& dir, const std::vector<std::string>& args, const std::string& environment = {}) {
    std::string cmd =
        environment + " XDG_DATA_HOME=" + shellQuote((dir / "data").string()) + " " + shellQuote(LTW_BINARY);
    for (const auto& a : args)
        cmd += " " + shellQuote(a);
    const auto errFile = dir / "stderr.txt";
    cmd += " 2>" + shellQuote(errFile.string()) + " </dev/null";
    Run r;
    FILE* pipe = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0)
        r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = readFile(errFile);
    return r;
}

} // namespace ltw::test
