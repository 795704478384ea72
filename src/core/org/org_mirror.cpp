// The mirror of the organisation library: pulled pages written whole, and read like the local library.
#include "../fts_text.hpp"
#include "ltw/database.hpp"
#include "ltw/enums.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/sqlite_repository.hpp"
#include "org_detail.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <variant>

namespace ltw::org {

using detail::seconds;
using detail::timestamp;

namespace {

using Checked = std::variant<detail::CheckedPublication, detail::CheckedWithdrawal, detail::CheckedAdoption>;

// The statements of one page, each prepared once for all its rows.
class Prepared {
public:
    explicit Prepared(SQLite::Database& db) : m_db(db) {}
    SQLite::Statement& operator()(const char* sql) {
        auto& slot = m_statements[sql];
        if (!slot) {
            slot = std::make_unique<SQLite::Statement>(m_db, sql);
        } else {
            slot->reset();
            slot->clearBindings();
        }
        return *slot;
    }

private:
    SQLite::Database& m_db;
    std::map<const char*, std::unique_ptr<SQLite::Statement>> m_statements;
};

void insertItems(Prepared& db, const detail::CheckedPublication& p) {
    auto& s = db("INSERT INTO org_item(publication_uuid, type, note_kind, title, body, tags, audience, "
                 "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& item : p.items) {
        s.reset();
        s.clearBindings();
        s.bind(1, p.uuid);
        s.bind(2, std::string(ltw::toString(item.type)));
        if (item.noteKind)
            s.bind(3, std::string(ltw::toString(*item.noteKind)));
        s.bind(4, item.title);
        s.bind(5, item.body);
        s.bind(6, item.tags);
        s.bind(7, item.audience);
        s.bind(8, seconds(item.created));
        s.exec();
    }
}

std::string shownUuid(Prepared& db, const std::string& learningTeamUid) {
    auto& s = db("SELECT uuid FROM org_publication WHERE learning_team_uid = ? AND shown = 1");
    s.bind(1, learningTeamUid);
    return s.executeStep() ? s.getColumn(0).getString() : std::string();
}

// Shows the newest publication of a Learning Team that is not withdrawn. Only a publication arriving
// now can become the one shown: a withdrawal hides everything published before it, and an older revision
// never wins over a newer one.
void refresh(Prepared& db, const std::string& learningTeamUid, const detail::CheckedPublication* arriving) {
    auto& best = db("SELECT uuid FROM org_publication WHERE learning_team_uid = ? AND withdrawn = 0 "
                    "ORDER BY revision DESC, seq DESC LIMIT 1");
    best.bind(1, learningTeamUid);
    const std::string wanted = best.executeStep() ? best.getColumn(0).getString() : std::string();
    const std::string shown = shownUuid(db, learningTeamUid);
    if (wanted == shown)
        return;
    if (!shown.empty()) {
        auto& drop = db("DELETE FROM org_item WHERE publication_uuid = ?");
        drop.bind(1, shown);
        drop.exec();
        auto& hide = db("UPDATE org_publication SET shown = 0, payload = NULL WHERE uuid = ?");
        hide.bind(1, shown);
        hide.exec();
    }
    if (!arriving || arriving->uuid != wanted) {
        if (!wanted.empty())
            spdlog::warn("org mirror: the publication to show was not at hand");
        return;
    }
    insertItems(db, *arriving);
    auto& show = db("UPDATE org_publication SET shown = 1 WHERE uuid = ?");
    show.bind(1, arriving->uuid);
    show.exec();
}

void take(Prepared& db, const detail::CheckedPublication& p) {
    auto& s = db("INSERT INTO org_publication(uuid, learning_team_uid, revision, site, visibility, published_by, "
                 "published_at, seq, title, use) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) "
                 "DO NOTHING");
    s.bind(1, p.uuid);
    s.bind(2, p.learningTeamUid);
    s.bind(3, p.revision);
    s.bind(4, p.site);
    s.bind(5, std::string(toString(p.visibility)));
    s.bind(6, p.by);
    s.bind(7, seconds(p.at));
    s.bind(8, p.seq);
    s.bind(9, p.title);
    s.bind(10, std::string(ltw::toString(p.use)));
    if (s.exec() == 0)
        return; // pulled before
    refresh(db, p.learningTeamUid, &p);
}

void take(Prepared& db, const detail::CheckedWithdrawal& w) {
    auto& find = db("SELECT learning_team_uid FROM org_publication WHERE uuid = ?");
    find.bind(1, w.publicationUuid);
    if (!find.executeStep())
        return; // a publication this laptop may not read, or one it refused
    const std::string learningTeamUid = find.getColumn(0).getString();
    auto& s = db("INSERT INTO org_withdrawal(publication_uuid, learning_team_uid, withdrawn_by, "
                 "withdrawn_at, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT (publication_uuid) DO NOTHING");
    s.bind(1, w.publicationUuid);
    s.bind(2, learningTeamUid);
    s.bind(3, w.by);
    s.bind(4, seconds(w.at));
    s.bind(5, w.seq);
    s.exec();
    // Everything of the Learning Team published before the withdrawal goes; a later publication comes back.
    auto& hide = db("UPDATE org_publication SET withdrawn = 1 WHERE learning_team_uid = ? AND seq < ?");
    hide.bind(1, learningTeamUid);
    hide.bind(2, w.seq);
    hide.exec();
    refresh(db, learningTeamUid, nullptr);
}

void take(Prepared& db, const detail::CheckedAdoption& a) {
    auto& s = db("INSERT INTO org_adoption(uuid, learning_team_uid, learning_title, team, site, applies, "
                 "protects, adopted_by, adopted_at, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (uuid) DO NOTHING");
    s.bind(1, a.uuid);
    s.bind(2, a.learningTeamUid);
    s.bind(3, a.learningTitle);
    s.bind(4, a.team);
    s.bind(5, a.site);
    s.bind(6, std::string(toString(a.applies)));
    s.bind(7, a.protects);
    s.bind(8, a.by);
    s.bind(9, seconds(a.at));
    s.bind(10, a.seq);
    s.exec();
}

} // namespace

void OrgStore::applyPage(const std::vector<PulledRow>& rows, std::vector<std::string>& refusals) {
    std::vector<Checked> checked;
    std::int64_t lastSeq = 0;
    for (const auto& row : rows) {
        lastSeq = std::max(lastSeq, row.seq);
        try {
            switch (row.kind) {
            case PulledRow::Kind::Publication: checked.emplace_back(detail::checkPublication(row)); break;
            case PulledRow::Kind::Withdrawal: checked.emplace_back(detail::checkWithdrawal(row)); break;
            case PulledRow::Kind::Adoption: checked.emplace_back(detail::checkAdoption(row)); break;
            }
        } catch (const OrgError& e) {
            refusals.emplace_back(e.what());
            spdlog::warn("org sync refused a row: {}", e.what());
        }
    }
    auto& db = m_repo.database().sql();
    Prepared prepared(db);
    m_repo.transaction([&] {
        for (const auto& c : checked)
            std::visit([&](const auto& value) { take(prepared, value); }, c);
        SQLite::Statement s(db, "UPDATE org_state SET last_seq = max(last_seq, ?) WHERE id = 1");
        s.bind(1, lastSeq);
        s.exec();
    });
}

std::vector<MirrorHit> OrgStore::search(const SearchRequest& request) {
    auto& db = m_repo.database().sql();
    const ltw::detail::FtsTokenizer tokenizer(db.getHandle());
    const auto match = ltw::detail::allWordsMatch(tokenizer.words(request.text));
    if (match.empty())
        return {};
    std::string sql = "SELECT i.type, i.note_kind, highlight(org_item_fts, 0, char(2), char(3)), "
                      "snippet(org_item_fts, 1, char(2), char(3), '…', 18), p.title, p.site, p.published_at, p.uuid, "
                      "p.learning_team_uid FROM org_item_fts JOIN org_item i ON i.id = org_item_fts.rowid "
                      "JOIN org_publication p ON p.uuid = i.publication_uuid WHERE org_item_fts MATCH :match "
                      "AND NOT EXISTS (SELECT 1 FROM learning_team lt WHERE lt.uid = p.learning_team_uid)";
    if (!request.kinds.empty()) {
        sql += " AND i.type IN (";
        for (std::size_t k = 0; k < request.kinds.size(); ++k)
            sql += (k ? ", '" : "'") + std::string(ltw::toString(request.kinds[k])) + "'";
        sql += ")";
    }
    if (request.filter.use)
        sql += " AND p.use = :use";
    if (request.filter.from)
        sql += " AND i.created >= :from";
    if (request.filter.until)
        sql += " AND i.created < :until";
    sql += " ORDER BY org_item_fts.rank LIMIT :limit";
    SQLite::Statement s(db, sql);
    s.bind(":match", match);
    if (request.filter.use)
        s.bind(":use", std::string(ltw::toString(*request.filter.use)));
    if (request.filter.from)
        s.bind(":from", seconds(*request.filter.from));
    if (request.filter.until)
        s.bind(":until", seconds(*request.filter.until));
    s.bind(":limit", request.limit * std::max<int>(1, static_cast<int>(request.kinds.size())));
    std::vector<MirrorHit> hits;
    while (s.executeStep()) {
        MirrorHit hit;
        hit.type = ltw::fromString<ItemType>(s.getColumn(0).getString()).value_or(ItemType::Note);
        if (!s.getColumn(1).isNull())
            hit.noteKind = ltw::fromString<NoteKind>(s.getColumn(1).getString());
        hit.title = ltw::detail::parseMarked(s.getColumn(2).getString());
        hit.snippet = ltw::detail::parseMarked(s.getColumn(3).getString());
        hit.learningTeamTitle = s.getColumn(4).getString();
        hit.site = s.getColumn(5).getString();
        hit.publishedAt = timestamp(s.getColumn(6).getInt64());
        hit.publicationUuid = s.getColumn(7).getString();
        hit.learningTeamUid = s.getColumn(8).getString();
        hits.push_back(std::move(hit));
    }
    return hits;
}

std::vector<OrgLearning> OrgStore::learnings() {
    auto& db = m_repo.database().sql();
    SQLite::Statement s(db,
                        "SELECT p.uuid, p.learning_team_uid, p.title, p.site, p.published_at, i.title, i.body, "
                        "i.tags, i.audience, i.created FROM org_item i JOIN org_publication p ON "
                        "p.uuid = i.publication_uuid WHERE i.type = 'shared_learning' AND NOT EXISTS (SELECT 1 FROM "
                        "learning_team lt WHERE lt.uid = p.learning_team_uid) "
                        "ORDER BY p.published_at DESC, i.id");
    std::vector<OrgLearning> out;
    while (s.executeStep()) {
        OrgLearning l;
        l.publicationUuid = s.getColumn(0).getString();
        l.learningTeamUid = s.getColumn(1).getString();
        l.learningTeamTitle = s.getColumn(2).getString();
        l.site = s.getColumn(3).getString();
        l.publishedAt = timestamp(s.getColumn(4).getInt64());
        l.learning.title = s.getColumn(5).getString();
        l.learning.summary = s.getColumn(6).getString();
        l.learning.lookFors = nlohmann::json::parse(s.getColumn(7).getString()).get<std::vector<std::string>>();
        l.learning.audience = s.getColumn(8).getString();
        l.learning.created = timestamp(s.getColumn(9).getInt64());
        out.push_back(std::move(l));
    }
    for (auto& l : out)
        l.adoption = adoption(l.learningTeamUid, l.learning.title);
    return out;
}

AdoptionSummary OrgStore::adoption(const std::string& learningTeamUid, const std::string& learningTitle) {
    // A team's newest answer counts; a team is known by its name and site.
    SQLite::Statement s(m_repo.database().sql(),
                        "WITH newest AS (SELECT team, site, applies, max(seq) FROM org_adoption "
                        "WHERE learning_team_uid = ? AND learning_title = ? GROUP BY team, site) "
                        "SELECT count(*), count(DISTINCT site), count(*) FILTER (WHERE applies <> 'not_here') "
                        "FROM newest");
    s.bind(1, learningTeamUid);
    s.bind(2, learningTitle);
    AdoptionSummary summary;
    if (s.executeStep()) {
        summary.teams = s.getColumn(0).getInt();
        summary.sites = s.getColumn(1).getInt();
        summary.applies = s.getColumn(2).getInt();
    }
    return summary;
}

} // namespace ltw::org

namespace ltw::org {

std::vector<MirrorHit> OrgStore::seenElsewhere(const Note& note, int limit) {
    auto& db = m_repo.database().sql();
    const ltw::detail::FtsTokenizer tokenizer(db.getHandle());
    std::set<std::string> own;
    for (const auto& w : tokenizer.words(note.text))
        if (w.size() > 2 && !ltw::detail::isStopWord(w))
            own.insert(w);
    for (const auto& tag : note.tags)
        for (const auto& w : tokenizer.words(tag))
            own.insert(w);
    if (own.empty() || limit <= 0)
        return {};
    // The rarest words found at other sites say most; a temporary table reads their counts off the index.
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ltw_org_vocabulary USING fts5vocab(main, org_item_fts, row)");
    std::vector<std::pair<std::int64_t, std::string>> byRarity;
    SQLite::Statement count(db, "SELECT doc FROM temp.ltw_org_vocabulary WHERE term = ?");
    for (const auto& w : own) {
        count.reset();
        count.bind(1, w);
        if (count.executeStep())
            byRarity.emplace_back(count.getColumn(0).getInt64(), w);
    }
    if (byRarity.empty())
        return {};
    std::sort(byRarity.begin(), byRarity.end());
    std::string match;
    for (std::size_t i = 0; i < byRarity.size() && i < 6; ++i)
        match += (match.empty() ? "" : " OR ") + ltw::detail::quotedWord(byRarity[i].second, false);
    SQLite::Statement s(db, "SELECT i.note_kind, snippet(org_item_fts, 1, char(2), char(3), '…', 18), p.title, p.site, "
                            "p.published_at, p.uuid, p.learning_team_uid FROM org_item_fts JOIN org_item i ON i.id = "
                            "org_item_fts.rowid JOIN org_publication p ON p.uuid = i.publication_uuid WHERE "
                            "org_item_fts MATCH ? AND i.type = 'note' AND NOT EXISTS (SELECT 1 FROM learning_team lt "
                            "WHERE lt.uid = p.learning_team_uid) ORDER BY org_item_fts.rank LIMIT ?");
    s.bind(1, match);
    s.bind(2, limit);
    std::vector<MirrorHit> hits;
    while (s.executeStep()) {
        MirrorHit hit;
        hit.type = ItemType::Note;
        if (!s.getColumn(0).isNull())
            hit.noteKind = ltw::fromString<NoteKind>(s.getColumn(0).getString());
        hit.snippet = ltw::detail::parseMarked(s.getColumn(1).getString());
        hit.learningTeamTitle = s.getColumn(2).getString();
        hit.site = s.getColumn(3).getString();
        hit.publishedAt = timestamp(s.getColumn(4).getInt64());
        hit.publicationUuid = s.getColumn(5).getString();
        hit.learningTeamUid = s.getColumn(6).getString();
        hits.push_back(std::move(hit));
    }
    return hits;
}

OrgTagUse OrgStore::tagUse(const std::string& tag) {
    auto& db = m_repo.database().sql();
    const ltw::detail::FtsTokenizer tokenizer(db.getHandle());
    std::string phrase;
    for (const auto& w : tokenizer.words(tag))
        phrase += (phrase.empty() ? "" : " ") + w;
    OrgTagUse out;
    if (phrase.empty())
        return out;
    SQLite::Statement s(db, "SELECT count(DISTINCT p.learning_team_uid), count(DISTINCT p.site) FROM org_item_fts "
                            "JOIN org_item i ON i.id = org_item_fts.rowid JOIN org_publication p ON "
                            "p.uuid = i.publication_uuid WHERE org_item_fts MATCH ? AND i.type = 'note' AND "
                            "EXISTS (SELECT 1 FROM json_each(i.tags) j WHERE lower(j.value) = lower(?)) AND NOT EXISTS "
                            "(SELECT 1 FROM learning_team lt WHERE lt.uid = p.learning_team_uid)");
    s.bind(1, "tags : " + ltw::detail::quotedWord(phrase, false));
    s.bind(2, tag);
    if (s.executeStep()) {
        out.learningTeams = s.getColumn(0).getInt();
        out.sites = s.getColumn(1).getInt();
    }
    return out;
}

std::map<std::string, LearningReach> OrgStore::reach(const LearningTeamSnapshot& snapshot) {
    std::map<std::string, LearningReach> out;
    for (const auto& l : snapshot.learnings) {
        const auto a = adoption(snapshot.learningTeam.uid, l.title);
        if (a.teams > 0)
            out[l.title] = LearningReach{a.teams, a.sites, a.applies};
    }
    return out;
}

} // namespace ltw::org
