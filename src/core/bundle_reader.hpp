// Reading a bundle's JSON with a path for every complaint ("bundle.notes[3].kind"), and the tables that
// turn the bundle's own ids into database ids. Used by bundle_import.cpp only.
#pragma once

#include "ltw/domain.hpp"
#include "ltw/errors.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ltw::detail {

using nlohmann::json;

[[noreturn]] inline void fail(const std::string& where, const std::string& what) {
    throw BundleError(fmt::format("The bundle is not valid at {}: {}. Nothing was imported.", where, what));
}

// A JSON object with the path that leads to it, so every complaint says where it is.
class Obj {
public:
    Obj(const json& value, std::string path) : m_v(value), m_path(std::move(path)) {
        if (!m_v.is_object())
            fail(m_path, "an object was expected");
    }

    const json& raw(const std::string& key) const {
        auto it = m_v.find(key);
        if (it == m_v.end())
            fail(at(key), "this field is missing");
        return *it;
    }
    bool has(const std::string& key) const { return m_v.contains(key) && !m_v.at(key).is_null(); }
    std::string at(const std::string& key) const { return m_path + "." + key; }

    std::string text(const std::string& key, bool required = false) const {
        const auto& v = raw(key);
        if (!v.is_string())
            fail(at(key), "text was expected");
        auto s = v.get<std::string>();
        if (required && s.empty())
            fail(at(key), "this must not be empty");
        return s;
    }
    Obj object(const std::string& key) const { return Obj(raw(key), at(key)); }
    const json& array(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_array())
            fail(at(key), "a list was expected");
        return v;
    }
    std::vector<std::string> texts(const std::string& key) const {
        std::vector<std::string> out;
        const auto& list = array(key);
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (!list[i].is_string())
                fail(fmt::format("{}[{}]", at(key), i), "text was expected");
            out.push_back(list[i].get<std::string>());
        }
        return out;
    }
    std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max) const {
        const auto& v = raw(key);
        if (!v.is_number_integer())
            fail(at(key), "a whole number was expected");
        const auto n = v.get<std::int64_t>();
        if (n < min || n > max)
            fail(at(key), fmt::format("{} is out of range ({} to {})", n, min, max));
        return n;
    }
    double number(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_number())
            fail(at(key), "a number was expected");
        return v.get<double>();
    }
    bool flag(const std::string& key) const {
        const auto& v = raw(key);
        if (!v.is_boolean())
            fail(at(key), "true or false was expected");
        return v.get<bool>();
    }
    template <class E>
    E en(const std::string& key) const {
        const auto name = text(key);
        auto value = fromString<E>(name);
        if (!value) {
            std::string known;
            for (auto e : allValues<E>())
                known += (known.empty() ? "" : ", ") + std::string(toString(e));
            fail(at(key), fmt::format("\"{}\" is not one of {}", name, known));
        }
        return *value;
    }
    template <class E>
    std::optional<E> optEn(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        return en<E>(key);
    }
    Timestamp time(const std::string& key) const {
        auto t = parseIsoTimestamp(text(key));
        if (!t)
            fail(at(key), "a UTC time like 2026-11-23T09:30:00Z was expected");
        return *t;
    }
    std::optional<Timestamp> optTime(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        return time(key);
    }
    std::optional<Date> optDate(const std::string& key) const {
        if (!has(key))
            return std::nullopt;
        auto d = parseIsoDate(text(key));
        if (!d)
            fail(at(key), "a date like 2026-11-23 was expected");
        return d;
    }
    const std::string& path() const { return m_path; }

private:
    const json& m_v;
    std::string m_path;
};

inline constexpr std::int64_t kMaxId = 1'000'000'000;

// Bundle ids of one kind of item, and the database ids they get.
class RefTable {
public:
    void declare(const Obj& o) {
        const auto id = o.integer("id", 1, kMaxId);
        if (!m_known.insert(id).second)
            fail(o.at("id"), fmt::format("the id {} is used twice", id));
    }
    bool known(std::int64_t id) const { return m_known.contains(id); }
    void assign(std::int64_t bundleId, Id dbId) { m_db[bundleId] = dbId; }
    Id db(std::int64_t bundleId) const { return m_db.at(bundleId); }

private:
    std::set<std::int64_t> m_known;
    std::map<std::int64_t, Id> m_db;
};

inline std::optional<std::int64_t> optRef(const Obj& o, const std::string& key, const RefTable& table,
                                          const char* what) {
    if (!o.has(key))
        return std::nullopt;
    const auto id = o.integer(key, 1, kMaxId);
    if (!table.known(id))
        fail(o.at(key), fmt::format("there is no {} with id {} in the bundle", what, id));
    return id;
}

template <class F>
void eachObject(const Obj& root, const std::string& key, F&& f) {
    const auto& list = root.array(key);
    for (std::size_t i = 0; i < list.size(); ++i)
        f(Obj(list[i], fmt::format("{}[{}]", root.at(key), i)));
}

} // namespace ltw::detail
