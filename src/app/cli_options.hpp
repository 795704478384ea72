// How a verb reads its options: --name VALUE (or --name=VALUE) pairs, --flags, and plain arguments.
#pragma once

#include "ltw/paths.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ltw::cli {

struct UsageFailure {
    std::string message;
};

class Options {
public:
    Options(const std::vector<std::string>& args, std::initializer_list<std::string_view> valued,
            std::initializer_list<std::string_view> flags) {
        for (std::size_t i = 0; i < args.size(); ++i) {
            const auto& a = args[i];
            if (a.starts_with("--")) {
                const auto eq = a.find('=');
                const std::string name = a.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
                if (std::find(valued.begin(), valued.end(), name) != valued.end()) {
                    if (eq != std::string::npos)
                        m_values[name] = a.substr(eq + 1);
                    else if (i + 1 < args.size())
                        m_values[name] = args[++i];
                    else
                        throw UsageFailure{arg(translate("Cli", "--%1 needs a value"), {name})};
                } else if (std::find(flags.begin(), flags.end(), name) != flags.end() && eq == std::string::npos) {
                    m_flags.insert(name);
                } else {
                    throw UsageFailure{arg(translate("Cli", "unknown option %1"), {a})};
                }
            } else {
                m_positional.push_back(a);
            }
        }
    }
    std::optional<std::string> value(const std::string& name) const {
        auto it = m_values.find(name);
        if (it == m_values.end())
            return std::nullopt;
        return it->second;
    }
    std::string required(const std::string& name) const {
        auto v = value(name);
        if (!v || v->empty())
            throw UsageFailure{arg(translate("Cli", "--%1 is required"), {name})};
        return *v;
    }
    bool flag(const std::string& name) const { return m_flags.contains(name); }
    const std::vector<std::string>& positional() const { return m_positional; }
    std::filesystem::path db() const { return value("db").value_or(defaultDatabasePath().string()); }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

inline void noPositional(const Options& o) {
    if (!o.positional().empty())
        throw UsageFailure{arg(translate("Cli", "unexpected argument '%1'"), {o.positional().front()})};
}

} // namespace ltw::cli
