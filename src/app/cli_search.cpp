#include "cli_search.hpp"

#include "cli.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/paths.hpp"
#include "ltw/sqlite_library.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <charconv>
#include <optional>
#include <ostream>

namespace ltw::cli {

std::string searchHelp() {
    return translate(
        "Cli",
        "Usage: ltw search [--db PATH] [--json] [--org] [--kind KIND]... [--team ID] [--limit N] [--] QUERY...\n"
        "Searches everything captured in every Learning Team: notes, defenses, actions and shared learnings\n"
        "(in that order), closest match first within each. Every word must match; a word also finds longer\n"
        "words it begins. --limit (50 unless given) applies to each kind. Quotes,\n"
        "brackets and operators are read as plain text. KIND is note, defense, action or shared_learning.\n"
        "Matched words are shown **like this**. With --json, each result's \"title\" and \"snippet\" have a\n"
        "\"text\" and \"marks\": [begin, end) ranges of UTF-8 bytes of the text that matched. Put the query after\n"
        "-- when it starts with --.\n"
        "With --org, what the organisation library published (the mirror 'ltw org sync' keeps) follows, each\n"
        "result with its site and the day it was published.\n");
}

namespace {

struct SearchOptions {
    std::string db;
    bool json = false;
    bool org = false;
    SearchRequest request;
};

std::int64_t number(const std::string& text, const std::string& name, std::int64_t low, std::int64_t high,
                    const std::function<void(const std::string&)>& usage) {
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc{} || end != text.data() + text.size() || value < low || value > high)
        usage(arg(translate("Cli", "--%1 takes a number from %2 to %3, not '%4'"),
                  {name, std::to_string(low), std::to_string(high), text}));
    return value;
}

SearchOptions parse(const std::vector<std::string>& args, const std::function<void(const std::string&)>& usage) {
    SearchOptions o;
    o.db = defaultDatabasePath().string();
    std::string query;
    auto addWord = [&](const std::string& word) { query += (query.empty() ? "" : " ") + word; };
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a == "--") {
            for (++i; i < args.size(); ++i)
                addWord(args[i]);
            break;
        }
        if (!a.starts_with("--")) {
            addWord(a);
            continue;
        }
        const auto eq = a.find('=');
        const std::string name = a.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
        if (name == "json" && eq == std::string::npos) {
            o.json = true;
            continue;
        }
        if (name == "org" && eq == std::string::npos) {
            o.org = true;
            continue;
        }
        if (name != "db" && name != "kind" && name != "team" && name != "limit")
            usage(arg(translate("Cli", "unknown option %1"), {a}));
        std::string value;
        if (eq != std::string::npos)
            value = a.substr(eq + 1);
        else if (i + 1 < args.size())
            value = args[++i];
        else
            usage(arg(translate("Cli", "--%1 needs a value"), {name}));
        if (name == "db") {
            o.db = value;
        } else if (name == "kind") {
            const auto kind = fromString<ItemType>(value);
            if (!kind || *kind == ItemType::WorkStep)
                usage(arg(translate("Cli", "--kind is note, defense, action or shared_learning, not '%1'"), {value}));
            o.request.kinds.push_back(*kind);
        } else if (name == "team") {
            o.request.filter.teamId = number(value, "team", 1, INT64_MAX, usage);
        } else {
            o.request.limit = static_cast<int>(number(value, "limit", 1, 1000, usage));
        }
    }
    if (query.empty())
        usage(translate("Cli", "search needs the words to look for"));
    o.request.text = query;
    return o;
}

nlohmann::ordered_json marked(const MarkedText& m) {
    auto marks = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : m.marks)
        marks.push_back({begin, end});
    return {{"text", m.text}, {"marks", marks}};
}

// For a terminal: the matched words between ** **.
std::string emphasised(const MarkedText& m) {
    std::string out;
    std::size_t at = 0;
    for (const auto& [begin, end] : m.marks) {
        out += m.text.substr(at, begin - at) + "**" + m.text.substr(begin, end - begin) + "**";
        at = end;
    }
    return out + m.text.substr(at);
}

std::string what(ItemType type, const std::optional<NoteKind>& noteKind) {
    if (noteKind)
        return std::string(label(*noteKind));
    switch (type) {
    case ItemType::Defense: return translate("Cli", "Defense");
    case ItemType::Action: return translate("Cli", "Action");
    case ItemType::SharedLearning: return translate("Cli", "Shared learning");
    case ItemType::Moment: return translate("Cli", "Moment of the timeline");
    default: return translate("Cli", "Note");
    }
}

} // namespace

int searchVerb(const std::vector<std::string>& args, std::ostream& out,
               const std::function<void(const std::string&)>& usage) {
    const auto o = parse(args, usage);
    requireExistingDatabase(o.db);
    SqliteRepository repo(o.db);
    SqliteLibrary library(repo);
    const auto hits = library.search(o.request);
    const auto orgHits = o.org ? org::OrgStore(repo).search(o.request) : std::vector<org::MirrorHit>{};
    if (o.json) {
        auto list = nlohmann::ordered_json::array();
        for (const auto& h : hits) {
            nlohmann::ordered_json origin = nullptr;
            if (h.place.origin)
                origin = {{"file", h.place.origin->fileName},
                          {"facilitator", h.place.origin->facilitator},
                          {"imported", toIso(h.place.origin->lastImported)}};
            list.push_back({{"type", toString(h.type)},
                            {"id", h.id},
                            {"kind", h.noteKind ? nlohmann::ordered_json(toString(*h.noteKind)) : nullptr},
                            {"learningTeam",
                             {{"id", h.place.learningTeamId},
                              {"title", h.place.learningTeamTitle},
                              {"use", toString(h.place.use)},
                              {"phase", toString(h.place.phase)}}},
                            {"team", {{"id", h.place.teamId}, {"name", h.place.teamName}}},
                            {"origin", origin},
                            {"title", marked(h.title)},
                            {"snippet", marked(h.snippet)},
                            {"created", toIso(h.created)}});
        }
        for (const auto& h : orgHits)
            list.push_back({{"type", toString(h.type)},
                            {"id", nullptr},
                            {"kind", h.noteKind ? nlohmann::ordered_json(toString(*h.noteKind)) : nullptr},
                            {"organisation",
                             {{"site", h.site},
                              {"published", toIso(h.publishedAt)},
                              {"publication", h.publicationUuid},
                              {"learningTeamUid", h.learningTeamUid},
                              {"learningTeamTitle", h.learningTeamTitle}}},
                            {"title", marked(h.title)},
                            {"snippet", marked(h.snippet)}});
        out << list.dump(2) << "\n";
        return Success;
    }
    if (hits.empty() && orgHits.empty()) {
        out << translate("Cli", "Nothing found.\n");
        return Success;
    }
    for (const auto& h : hits) {
        out << arg(translate("Cli", "%1 · %2 › %3 (Learning Team %4)\n"),
                   {what(h.type, h.noteKind), h.place.teamName, h.place.learningTeamTitle,
                    std::to_string(h.place.learningTeamId)});
        if (!h.title.text.empty())
            out << "  " << emphasised(h.title) << "\n";
        if (!h.snippet.text.empty())
            out << "  " << emphasised(h.snippet) << "\n";
    }
    for (const auto& h : orgHits) {
        out << arg(
            translate("Cli", "%1 · %2 › %3 (organisation library, published %4; uid %5)\n"),
            {what(h.type, h.noteKind), h.site, h.learningTeamTitle, humanDate(h.publishedAt), h.learningTeamUid});
        if (!h.title.text.empty())
            out << "  " << emphasised(h.title) << "\n";
        if (!h.snippet.text.empty())
            out << "  " << emphasised(h.snippet) << "\n";
    }
    return Success;
}

} // namespace ltw::cli
