#include "cli_org.hpp"

#include "cli.hpp"
#include "cli_options.hpp"
#include "cli_search.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/org/org_sync.hpp"
#include "ltw/org/pg_org_server.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>

#include <charconv>
#include <ostream>

namespace ltw::cli {

// Marked for the catalogue; `ltw org --help` prints it translated.
const char* const kOrgHelp = LTW_TRANSLATE_NOOP(
    "Cli",
    "Usage: ltw org publish  [--db PATH] --learning-team ID [--visibility organisation|site] [--server CONNINFO]\n"
    "       ltw org withdraw [--db PATH] --learning-team ID [--server CONNINFO]\n"
    "       ltw org adopt    [--db PATH] --from UID --learning TITLE --team NAME --applies yes|partly|no\n"
    "                        [--protects TEXT] [--server CONNINFO]\n"
    "       ltw org sync     [--db PATH] [--server CONNINFO]\n"
    "       ltw org status   [--db PATH]\n"
    "       ltw org init     [--server CONNINFO]                       (the administrator)\n"
    "       ltw org add-facilitator --role NAME --site SITE [--create-login] [--server CONNINFO]\n"
    "The organisation library on the organisation's PostgreSQL server (15 or later).\n"
    "publish  puts a redacted snapshot of the Learning Team (no names, no facilitator-only notes, the\n"
    "         redaction list applied) in the outbox, then delivers it. --visibility site: only facilitators\n"
    "         of your site can read it.\n"
    "withdraw takes everything of the Learning Team published so far out of the library.\n"
    "adopt    records your team's answer to a shared learning of the organisation (UID: the Learning Team\n"
    "         it belongs to, as 'ltw search --org' shows it): does it apply to us, and what already protects us.\n"
    "sync     delivers the outbox, then pulls everything new into this database's read-only mirror, which\n"
    "         'ltw search --org' searches.\n"
    "init     creates or upgrades the library's schema on the server; add-facilitator lets a login role\n"
    "         publish for a site.\n"
    "CONNINFO is a libpq connection string or URI (\"host=db.example.org dbname=ltw sslmode=verify-full\");\n"
    "without --server, the server saved for this database, then the PG* environment variables. The server\n"
    "given is saved for the database. Passwords never go in CONNINFO: use PGPASSWORD or ~/.pgpass.\n"
    "--timeout SECONDS bounds each request (30 unless given).\n"
    "Exit codes: 0 done, 1 usage error, 2 refused or bad data, 3 not delivered yet: the server could not be\n"
    "reached, and the outbox keeps what was decided until the next sync.\n");

namespace {

constexpr int Queued = 3;

Id learningTeamId(const Options& o) {
    const auto text = o.required("learning-team");
    std::int64_t id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
        throw UsageFailure{fmt::format("--learning-team takes the number 'ltw list' shows, not '{}'", text)};
    return id;
}

org::PgOptions serverOptions(const Options& o, const std::string& conninfo) {
    org::PgOptions options;
    options.conninfo = conninfo;
    if (const auto t = o.value("timeout")) {
        int seconds = 0;
        const auto [end, ec] = std::from_chars(t->data(), t->data() + t->size(), seconds);
        if (ec != std::errc{} || end != t->data() + t->size() || seconds < 2 || seconds > 3600)
            throw UsageFailure{fmt::format("--timeout takes seconds from 2 to 3600, not '{}'", *t)};
        options.requestTimeout = std::chrono::seconds(seconds);
        options.connectTimeout = std::chrono::seconds(std::min(seconds, 10));
    }
    return options;
}

// The server for a database: the one given (kept for next time), else the one kept, else libpq's PG*.
org::PgOptions serverFor(const Options& o, org::OrgStore& store) {
    if (const auto given = o.value("server")) {
        if (*given != store.savedServer())
            store.saveServer(*given);
        return serverOptions(o, *given);
    }
    return serverOptions(o, store.savedServer());
}

std::string statusLine(const org::PublicationStatus& s) {
    using State = org::PublicationStatus::State;
    const auto whom = s.visibility == org::Visibility::Site ? "your site" : "the organisation";
    switch (s.state) {
    case State::NotPublished: return "not published";
    case State::Queued:
        return fmt::format("revision {} for {}: queued, delivered at the next sync{}", s.revision, whom,
                           s.lastError.empty() ? "" : " (last try: " + s.lastError + ")");
    case State::Failed:
        return fmt::format("revision {} for {}: refused by the server: {}", s.revision, whom, s.lastError);
    case State::Delivered:
        return fmt::format("revision {} for {}: delivered {}", s.revision, whom, humanDate(*s.deliveredAt));
    case State::Withdrawn: return s.queued ? "withdrawn; the withdrawal is delivered at the next sync" : "withdrawn";
    }
    return {};
}

std::string syncSummary(org::OrgStore& store, const org::SyncReport& r) {
    const auto st = store.state();
    std::string line = fmt::format("Delivered {}, pulled {}; the mirror shows {} published Learning Team{} from "
                                   "{} site{}.",
                                   r.delivered, r.pulled, st.publications, st.publications == 1 ? "" : "s", st.sites,
                                   st.sites == 1 ? "" : "s");
    if (!r.refusedRows.empty())
        line += fmt::format(" {} row{} of the server failed their checks and were left out (the first: {}).",
                            r.refusedRows.size(), r.refusedRows.size() == 1 ? "" : "s", r.refusedRows.front());
    return line;
}

// Runs a sync after a decision. Returns the exit code: done, refused, or queued for later.
int deliverNow(org::OrgStore& store, const org::PgOptions& options, std::ostream& out, const std::string& done,
               Id learningTeamId) {
    try {
        org::PgOrgServer server(options);
        const auto report = org::sync(store, server);
        if (learningTeamId != 0 && store.status(learningTeamId).state == org::PublicationStatus::State::Failed)
            throw Error("the organisation library refused it: " + store.status(learningTeamId).lastError);
        if (report.refusedDeliveries > 0 && learningTeamId == 0)
            throw Error("the organisation library refused it: " + store.pending().back().lastError);
        out << done << "\n" << syncSummary(store, report) << "\n";
        return Success;
    } catch (const org::OrgError& e) {
        if (!e.transient())
            throw Error(fmt::format("{}. It stays in the outbox", e.what()));
        out << fmt::format("Queued: it is delivered at the next sync. The organisation library was not reached: {}\n",
                           e.what());
        return Queued;
    }
}

int publish(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    const auto id = learningTeamId(o);
    const auto visibilityText = o.value("visibility").value_or("organisation");
    const auto visibility = org::visibilityFromString(visibilityText);
    if (!visibility)
        throw UsageFailure{fmt::format("--visibility is organisation or site, not '{}'", visibilityText)};
    SqliteRepository repo(o.db());
    org::OrgStore store(repo);
    const auto lt = repo.learningTeam(id);
    if (!lt)
        throw Error(fmt::format("there is no Learning Team {} in \"{}\" ('ltw list' shows them)", id, o.db().string()));
    const auto options = serverFor(o, store);
    store.publish(id, *visibility, now());
    return deliverNow(store, options, out,
                      fmt::format("Published \"{}\" (revision {}) to the organisation library, for {}.", lt->title,
                                  lt->revision, *visibility == org::Visibility::Site ? "your site only" : "everyone"),
                      id);
}

int withdraw(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    const auto id = learningTeamId(o);
    SqliteRepository repo(o.db());
    org::OrgStore store(repo);
    const auto options = serverFor(o, store);
    store.withdraw(id, now());
    return deliverNow(store, options, out, "Withdrawn from the organisation library.", id);
}

int adopt(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    const auto answer = o.required("applies");
    const auto applies = answer == "yes"      ? std::optional(org::Applies::Applies)
                         : answer == "partly" ? std::optional(org::Applies::Partly)
                         : answer == "no"     ? std::optional(org::Applies::NotHere)
                                              : std::nullopt;
    if (!applies)
        throw UsageFailure{fmt::format("--applies is yes, partly or no, not '{}'", answer)};
    SqliteRepository repo(o.db());
    org::OrgStore store(repo);
    const auto options = serverFor(o, store);
    store.adopt(o.required("from"), o.required("learning"), o.required("team"), *applies,
                o.value("protects").value_or(""), now());
    return deliverNow(store, options, out, fmt::format("Answered: {}.", org::label(*applies)), 0);
}

int syncVerb(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    SqliteRepository repo(o.db());
    org::OrgStore store(repo);
    const auto options = serverFor(o, store);
    try {
        org::PgOrgServer server(options);
        const auto report = org::sync(store, server);
        out << syncSummary(store, report) << "\n";
        if (report.refusedDeliveries > 0)
            throw Error(fmt::format("the organisation library refused {} item{} of the outbox ('ltw org status' "
                                    "says why)",
                                    report.refusedDeliveries, report.refusedDeliveries == 1 ? "" : "s"));
        return Success;
    } catch (const org::OrgError& e) {
        if (!e.transient())
            throw;
        out << fmt::format("Not synced: {}. {} item{} wait{} in the outbox.\n", e.what(), store.state().queued,
                           store.state().queued == 1 ? "" : "s", store.state().queued == 1 ? "s" : "");
        return Queued;
    }
}

int status(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    SqliteRepository repo(o.db(), Database::OpenMode::ReadOnly);
    org::OrgStore store(repo);
    const auto st = store.state();
    out << fmt::format("Server: {}\n", st.server.empty() ? "(none saved: the PG* environment variables)" : st.server);
    out << fmt::format("Last sync: {}{}\n", st.lastSync ? toIso(*st.lastSync) : "never",
                       st.lastError.empty() ? "" : " — " + st.lastError);
    out << fmt::format("Outbox: {} waiting, {} refused by the server\n", st.queued, st.failed);
    out << fmt::format("Mirror: {} published Learning Teams from {} sites (up to row {})\n", st.publications, st.sites,
                       st.lastSeq);
    for (const auto& lt : repo.learningTeams()) {
        const auto s = store.status(lt.id);
        if (s.state != org::PublicationStatus::State::NotPublished)
            out << fmt::format("  {} {}: {}\n", lt.id, lt.title, statusLine(s));
    }
    return Success;
}

int init(const Options& o, std::ostream& out) {
    noPositional(o);
    const auto result = org::initOrganisation(serverOptions(o, o.value("server").value_or("")));
    if (result.from == result.to)
        out << fmt::format("The organisation library is at version {} already; nothing to do.\n", result.to);
    else if (result.from == 0)
        out << fmt::format("Created the organisation library (version {}).\n", result.to);
    else
        out << fmt::format("Upgraded the organisation library from version {} to {}.\n", result.from, result.to);
    return Success;
}

int addFacilitator(const Options& o, std::ostream& out) {
    noPositional(o);
    const auto role = o.required("role");
    const auto site = o.required("site");
    org::addFacilitator(serverOptions(o, o.value("server").value_or("")), role, site, o.flag("create-login"));
    out << fmt::format("\"{}\" publishes for {} now.\n", role, site);
    return Success;
}

} // namespace

int orgVerb(const std::vector<std::string>& args, std::ostream& out) {
    if (args.empty())
        throw UsageFailure{"say what to do: publish, withdraw, adopt, sync, status, init or add-facilitator"};
    const auto& what = args.front();
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    try {
        if (what == "publish")
            return publish(Options(rest, {"db", "learning-team", "visibility", "server", "timeout"}, {}), out);
        if (what == "withdraw")
            return withdraw(Options(rest, {"db", "learning-team", "server", "timeout"}, {}), out);
        if (what == "adopt")
            return adopt(
                Options(rest, {"db", "from", "learning", "team", "applies", "protects", "server", "timeout"}, {}), out);
        if (what == "sync")
            return syncVerb(Options(rest, {"db", "server", "timeout"}, {}), out);
        if (what == "status")
            return status(Options(rest, {"db"}, {}), out);
        if (what == "init")
            return init(Options(rest, {"server", "timeout"}, {}), out);
        if (what == "add-facilitator")
            return addFacilitator(Options(rest, {"role", "site", "server", "timeout"}, {"create-login"}), out);
    } catch (const org::OrgError& e) {
        throw Error(e.what());
    }
    throw UsageFailure{
        fmt::format("unknown 'org {}': publish, withdraw, adopt, sync, status, init or add-facilitator", what)};
}

} // namespace ltw::cli
