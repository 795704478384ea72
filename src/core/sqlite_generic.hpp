// The generic half of SqliteRepository: the statements it builds from each Row<T>, and the member
// templates that run them. Shared by the files that implement the repository, and by nothing else.
#pragma once

#include "ltw/errors.hpp"
#include "ltw/sqlite_repository.hpp"
#include "row_mapping.hpp"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ltw {

namespace detail {

template <class T>
std::string columnList(std::string_view alias = {}) {
    const std::string prefix = alias.empty() ? std::string() : std::string(alias) + ".";
    std::string out = prefix + "id";
    for (auto c : Row<T>::columns)
        out += ", " + prefix + std::string(c);
    return out;
}

template <class T>
constexpr int columnCount() {
    return static_cast<int>(Row<T>::columns.size()) + 1;
}

template <class T>
const std::string& insertSql() {
    static const std::string sql = [] {
        std::string marks = "?";
        for (std::size_t i = 0; i < Row<T>::columns.size(); ++i)
            marks += ", ?";
        return fmt::format("INSERT INTO {} ({}) VALUES ({})", Row<T>::table, columnList<T>(), marks);
    }();
    return sql;
}

template <class T>
const std::string& updateSql() {
    static const std::string sql = [] {
        std::string sets;
        for (auto c : Row<T>::columns)
            sets += (sets.empty() ? "" : ", ") + std::string(c) + " = ?";
        return fmt::format("UPDATE {} SET {} WHERE id = ?", Row<T>::table, sets);
    }();
    return sql;
}

template <class T>
std::string selectSql(std::string_view tail) {
    return fmt::format("SELECT {} FROM {} {}", columnList<T>(), Row<T>::table, tail);
}

template <class T>
std::string_view noun() {
    switch (Row<T>::entity) {
    case EntityType::Team: return "team";
    case EntityType::LearningTeam: return "Learning Team";
    case EntityType::Participant: return "participant";
    case EntityType::Note: return "note";
    case EntityType::WorkStep: return "work step";
    case EntityType::Defense: return "defense";
    case EntityType::Action: return "action";
    case EntityType::SharedLearning: return "shared learning";
    case EntityType::Link: return "link";
    case EntityType::PhaseLogEntry: return "phase log entry";
    case EntityType::Theme: return "theme";
    case EntityType::Moment: return "moment";
    }
    return "item";
}

// An add keeps the times it is given (an import keeps the original ones) and fills in the rest.
template <class T>
void stampNew(T& v) {
    if constexpr (requires { v.updated; }) {
        if (v.created == Timestamp{})
            v.created = now();
        if (v.updated == Timestamp{})
            v.updated = v.created;
    } else if constexpr (requires { v.created; }) {
        if (v.created == Timestamp{})
            v.created = now();
    } else if constexpr (requires { v.at; }) {
        if (v.at == Timestamp{})
            v.at = now();
    }
}

template <class T>
void stampUpdate(T& v) {
    if constexpr (requires { v.updated; })
        v.updated = now();
}

} // namespace detail

template <class T>
T SqliteRepository::insert(T value) {
    detail::stampNew(value);
    write([&] {
        auto& s = statement(detail::insertSql<T>());
        if (value.id != 0)
            s.bind(1, static_cast<std::int64_t>(value.id));
        detail::Row<T>::bind(s, 2, value);
        s.exec();
        value.id = m_db.sql().getLastInsertRowid();
        const Id scope = detail::Row<T>::scope(value);
        if (detail::Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Added, detail::Row<T>::entity, value.id, scope, value});
    });
    return value;
}

template <class T>
void SqliteRepository::update(const T& given) {
    T value = given;
    detail::stampUpdate(value);
    write([&] {
        if constexpr (std::is_same_v<T, LearningTeam>)
            value.revision = nextRevision(value.id); // never the one given: it may be stale
        auto& s = statement(detail::updateSql<T>());
        detail::Row<T>::bind(s, 1, value);
        s.bind(detail::columnCount<T>(), static_cast<std::int64_t>(value.id));
        if (s.exec() != 1)
            throw InvalidRequest(fmt::format("There is no {} with id {}.", detail::noun<T>(), value.id));
        const Id scope = detail::Row<T>::scope(value);
        if (detail::Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Updated, detail::Row<T>::entity, value.id, scope, value});
    });
}

template <class T>
std::optional<T> SqliteRepository::find(Id id) {
    static const std::string sql = detail::selectSql<T>("WHERE id = ?");
    auto& s = statement(sql);
    s.bind(1, static_cast<std::int64_t>(id));
    std::optional<T> out;
    if (s.executeStep())
        out = detail::Row<T>::read(detail::Reader{s});
    s.reset();
    return out;
}

template <class T>
void SqliteRepository::erase(Id id) {
    write([&] {
        auto existing = find<T>(id);
        if (!existing)
            throw InvalidRequest(fmt::format("There is no {} with id {}.", detail::noun<T>(), id));
        auto& s = statement(fmt::format("DELETE FROM {} WHERE id = ?", detail::Row<T>::table));
        s.bind(1, static_cast<std::int64_t>(id));
        s.exec();
        const Id scope = detail::Row<T>::scope(*existing);
        if (detail::Row<T>::entity != EntityType::LearningTeam)
            touch(scope);
        notify(Change{ChangeKind::Removed, detail::Row<T>::entity, id, scope, *existing});
    });
}

template <class T>
std::vector<T> SqliteRepository::select(const std::string& tail, const std::function<void(SQLite::Statement&)>& bind) {
    auto& s = statement(detail::selectSql<T>(tail));
    if (bind)
        bind(s);
    std::vector<T> out;
    while (s.executeStep())
        out.push_back(detail::Row<T>::read(detail::Reader{s}));
    s.reset();
    return out;
}

template <class T>
std::vector<T> SqliteRepository::listOf(Id learningTeamId, const std::string& orderBy) {
    return select<T>("WHERE learning_team_id = ? ORDER BY " + orderBy,
                     [&](SQLite::Statement& s) { s.bind(1, static_cast<std::int64_t>(learningTeamId)); });
}

} // namespace ltw
