#include "cli.hpp"
#include "cli_options.hpp"
#include "cli_org.hpp"
#include "cli_search.hpp"

#include "ltw/backup.hpp"
#include "ltw/bundle.hpp"
#include "ltw/errors.hpp"
#include "ltw/logging.hpp"
#include "ltw/org/org_store.hpp"
#include "ltw/paths.hpp"
#include "ltw/report.hpp"
#include "ltw/sample.hpp"
#include "ltw/sqlite_repository.hpp"
#include "ltw/translate.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>

namespace ltw::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

// Each verb's help, in English as marked for the catalogue; translated where it is printed.
const std::map<std::string, const char*, std::less<>> kVerbHelp = {
    {"demo", LTW_TRANSLATE_NOOP(
                 "Cli", "Usage: ltw demo [--db PATH]\n"
                        "Adds the sample Learning Team (a near miss at a loading dock, taken through to Share).\n")},
    {"list", LTW_TRANSLATE_NOOP("Cli", "Usage: ltw list [--db PATH] [--json]\n"
                                       "Lists the Learning Teams with their id, phase, team and number of notes.\n")},
    {"export",
     LTW_TRANSLATE_NOOP(
         "Cli", "Usage: ltw export [--db PATH] --learning-team ID --format json|pdf|odt|html|md|png --output FILE "
                "[--with-names] [--paper a4|letter] [--width W --height H] [--picture board|steps|timeline]\n"
                "Writes a Learning Team as a bundle (json), its share-out report (pdf, odt, html, md), or the room's\n"
                "shared picture of its current phase as an image (png, 1920x1080 unless --width and --height say;\n"
                "in Learn, --picture chooses the board of notes, the steps of work as imagined and as done, or the\n"
                "timeline of the event).\n"
                "A pdf is on A4 paper, or US Letter with --paper letter. Participants' names are replaced by their\n"
                "roles unless --with-names is given (never drawn in a png); the terms of the Learning Team's\n"
                "redaction list are replaced in every case. --output - writes to standard output.\n")},
    {"import",
     LTW_TRANSLATE_NOOP(
         "Cli", "Usage: ltw import [--db PATH] [--as-copy | --replace] FILE\n"
                "Imports a Learning Team bundle: all of it, or nothing if anything in it is wrong.\n"
                "A Learning Team that is new here is imported. A copy imported before is updated when the bundle is\n"
                "newer and it was not changed here, and left alone when the bundle is not newer. An import never\n"
                "replaces a Learning Team that started in this database, and refuses (exit 2) to choose for you\n"
                "when the copy here was changed since its last import:\n"
                "  --as-copy   import the bundle beside the one here, as a separate copy with a title of its own\n"
                "  --replace   take the bundle's content for a copy changed here (never for one that started\n"
                "              here); facilitator-only notes, names and the redaction list stay\n"
                "Before a Learning Team is replaced, a backup of the database is written to the backups folder\n"
                "beside it.\n")},
    {"search", nullptr}, // searchHelp()
    {"org", kOrgHelp},
    {"check",
     LTW_TRANSLATE_NOOP(
         "Cli", "Usage: ltw check [--db PATH]\n"
                "Checks the database: integrity, references, search index and schema version. Changes nothing.\n")},
};

} // namespace

void requireExistingDatabase(const std::filesystem::path& path) {
    if (!std::filesystem::exists(path))
        throw Error(arg(translate("Cli", "\"%1\" does not exist. Check the path; a new database is made by opening "
                                         "it in the workbench, or with 'ltw demo' or 'ltw import'"),
                        {path.string()}));
}

namespace {

std::string generalHelp() {
    return arg(translate("Cli", "Learning Team Workbench %1\n\n"
                                "Usage: ltw [--db PATH]            open the workbench\n"
                                "       ltw VERB [options]         run a command and exit\n\n"
                                "Verbs:\n"
                                "  demo     add the sample Learning Team\n"
                                "  list     list the Learning Teams\n"
                                "  export   write a bundle or a share-out report\n"
                                "  import   import a bundle\n"
                                "  search   search every Learning Team (--org: and the organisation library)\n"
                                "  org      publish to, sync with and administer the organisation library\n"
                                "  check    check the database\n\n"
                                "--db PATH chooses the database; without it: %2\n"
                                "Run 'ltw VERB --help' for a verb's options. Exit codes: 0 done, 1 usage error, 2 bad "
                                "data,\n3 queued for the organisation library (its server was not reached).\n"),
               {kVersion, defaultDatabasePath().string()});
}

// Writes the whole text or nothing: a failed write never leaves half a file where a good one was.
void writeAtomically(const std::filesystem::path& target, const std::string& text) {
    const auto partial = std::filesystem::path(target.string() + ".partial");
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out)
            throw Error(arg(translate("Cli", "cannot write to \"%1\": check that the folder exists and that you may "
                                             "write there"),
                            {target.string()}));
        out << text;
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(partial);
            throw Error(arg(translate("Cli", "writing \"%1\" failed (is the disk full?)"), {target.string()}));
        }
    }
    std::error_code ec;
    std::filesystem::rename(partial, target, ec);
    if (ec) {
        std::filesystem::remove(partial);
        throw Error(arg(translate("Cli", "cannot write \"%1\": %2"), {target.string(), ec.message()}));
    }
}

int demo(const Options& o, std::ostream& out) {
    noPositional(o);
    SqliteRepository repo(o.db());
    const auto lt = addSampleLearningTeam(repo);
    out << arg(translate("Cli", "Added the sample Learning Team \"%1\" (id %2) to %3\n"),
               {lt.title, std::to_string(lt.id), o.db().string()});
    return Success;
}

int list(const Options& o, std::ostream& out) {
    noPositional(o);
    requireExistingDatabase(o.db());
    SqliteRepository repo(o.db());
    const auto all = repo.learningTeamSummaries();
    if (o.flag("json")) {
        auto j = nlohmann::ordered_json::array();
        for (const auto& s : all)
            j.push_back({{"id", s.learningTeam.id},
                         {"uid", s.learningTeam.uid},
                         {"title", s.learningTeam.title},
                         {"team", s.team.name},
                         {"site", s.team.site},
                         {"use", toString(s.learningTeam.use)},
                         {"phase", toString(s.learningTeam.phase)},
                         {"notes", s.noteCount},
                         {"updated", toIso(s.learningTeam.updated)}});
        out << j.dump(2) << "\n";
        return Success;
    }
    if (all.empty()) {
        out << arg(translate("Cli", "No Learning Teams yet. Add the sample with: ltw demo --db %1\n"),
                   {o.db().string()});
        return Success;
    }
    out << fmt::format("{:>4}  {:<7} {:>5}  {:<28} {}\n", translate("Cli", "id"), translate("Cli", "phase"),
                       translate("Cli", "notes"), translate("Cli", "team"), translate("Cli", "title"));
    for (const auto& s : all)
        out << fmt::format("{:>4}  {:<7} {:>5}  {:<28} {}\n", s.learningTeam.id, label(s.learningTeam.phase),
                           s.noteCount, s.team.name, s.learningTeam.title);
    return Success;
}

Id parseId(const std::string& text) {
    Id id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || end != text.data() + text.size() || id <= 0)
        throw UsageFailure{arg(
            translate("Cli", "--learning-team takes a Learning Team id (a number; see 'ltw list'), not '%1'"), {text})};
    return id;
}

int pixels(const Options& o, const std::string& name, int fallback) {
    const auto text = o.value(name);
    if (!text)
        return fallback;
    int value = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (ec != std::errc{} || end != text->data() + text->size() || value < 320 || value > 7680)
        throw UsageFailure{
            arg(translate("Cli", "--%1 takes a size in pixels from 320 to 7680, not '%2'"), {name, *text})};
    return value;
}

int exportVerb(const Options& o, std::ostream& out, const Renderers& draw) {
    noPositional(o);
    const Id id = parseId(o.required("learning-team"));
    const auto format = o.required("format");
    static const std::set<std::string, std::less<>> kFormats = {"json", "pdf", "odt", "html", "md", "png"};
    if (!kFormats.contains(format))
        throw UsageFailure{
            arg(translate("Cli", "--format must be json, pdf, odt, html, md or png, not '%1'"), {format})};
    const int width = pixels(o, "width", 1920);
    const int height = pixels(o, "height", 1080);
    const auto picture = o.value("picture").value_or("board");
    static const std::map<std::string, LearnPicture, std::less<>> kPictures = {
        {"board", LearnPicture::Board}, {"steps", LearnPicture::WorkSteps}, {"timeline", LearnPicture::Timeline}};
    if (!kPictures.contains(picture))
        throw UsageFailure{arg(translate("Cli", "--picture must be board, steps or timeline, not '%1'"), {picture})};
    const auto paper = o.value("paper").value_or("a4");
    if (paper != "a4" && paper != "letter")
        throw UsageFailure{arg(translate("Cli", "--paper must be a4 or letter, not '%1'"), {paper})};
    if ((format == "png" && !draw.png) || ((format == "pdf" || format == "odt") && !draw.paged))
        throw UsageFailure{translate("Cli", "this build cannot draw pictures or pages")};
    const auto output = o.required("output");
    requireExistingDatabase(o.db());
    SqliteRepository repo(o.db());
    if (!repo.learningTeam(id))
        throw InvalidRequest(arg(translate("Cli", "there is no Learning Team with id %1 in %2 (see 'ltw list')"),
                                 {std::to_string(id), o.db().string()}));
    const auto snapshot = repo.snapshot(id);
    const bool withNames = o.flag("with-names");
    const ReportOptions options{withNames, org::OrgStore(repo).reach(snapshot)};
    std::string text;
    if (format == "json")
        text = exportBundle(snapshot, BundleOptions{withNames, {}, {}});
    else if (format == "png")
        text = draw.png(snapshot, width, height, kPictures.at(picture));
    else if (format == "pdf")
        text = draw.paged(reportPrintable(snapshot, options),
                          paper == "letter" ? PagedFormat::PdfLetter : PagedFormat::PdfA4);
    else if (format == "odt")
        text = draw.paged(reportPrintable(snapshot, options, PrintStyle::Editable), PagedFormat::Odt);
    else if (format == "md")
        text = reportMarkdown(snapshot, options);
    else
        text = reportHtml(snapshot, options);
    if (output == "-") {
        out << text;
        return Success;
    }
    writeAtomically(output, text);
    out << arg(translate("Cli", "Exported \"%1\" to %2\n"), {snapshot.learningTeam.title, output});
    return Success;
}

int importVerb(const Options& o, std::ostream& out) {
    if (o.positional().size() != 1)
        throw UsageFailure{translate("Cli", "import takes one bundle file")};
    if (o.flag("as-copy") && o.flag("replace"))
        throw UsageFailure{translate("Cli", "--as-copy and --replace do not go together: choose one")};
    const std::filesystem::path file = o.positional().front();
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(arg(translate("Cli", "cannot read \"%1\""), {file.string()}));
    std::stringstream text;
    text << in.rdbuf();
    SqliteRepository repo(o.db());
    ImportOptions options;
    options.source = ImportSource{file.filename().string()};
    options.choice = o.flag("as-copy")   ? ImportChoice::AsCopy
                     : o.flag("replace") ? ImportChoice::Replace
                                         : ImportChoice::Automatic;
    std::optional<std::filesystem::path> backup;
    options.beforeReplace = [&](Id id) {
        backup = backupDatabase(repo.database(), fmt::format("lt{}-before-import", id));
    };
    const auto result = importBundle(repo, text.str(), options);
    const auto lt = repo.learningTeam(result.learningTeamId).value();
    const auto db = o.db().string();
    const auto id = std::to_string(lt.id);
    switch (result.outcome) {
    case ImportOutcome::Imported:
        out << arg(translate("Cli", "Imported \"%1\" (id %2) into %3\n"), {lt.title, id, db});
        break;
    case ImportOutcome::Copied:
        out << arg(translate("Cli", "Imported \"%1\" (id %2) into %3 as a separate copy\n"), {lt.title, id, db});
        break;
    case ImportOutcome::Updated:
        out << arg(
            translate("Cli", "Updated \"%1\" (id %2) in %3 to revision %4%5\n"),
            {lt.title, id, db, std::to_string(lt.revision),
             backup ? arg(translate("Cli", "; the database as it was is in %1"), {backup->string()}) : std::string()});
        break;
    case ImportOutcome::UpToDate:
        out << arg(
            translate("Cli", "\"%1\" (id %2) is already up to date in %3: %4; nothing was changed\n"),
            {lt.title, id, db,
             result.plan.sameContent
                 ? translate("Cli", "the bundle holds what was imported last time")
                 : arg(translate("Cli", "the bundle is at revision %1, and revision %2 was imported already"),
                       {std::to_string(result.plan.bundleRevision), std::to_string(result.plan.importedRevision)})});
        break;
    }
    return Success;
}

int check(const Options& o, std::ostream& out) {
    noPositional(o);
    const auto report = Database::inspect(o.db());
    out << arg(
        translate("Cli", "%1: schema version %2 (this version writes %3); integrity: %4\n"),
        {o.db().string(), std::to_string(report.schemaVersion), std::to_string(report.latestVersion), report.details});
    if (!report.ok)
        throw Error(arg(translate("Cli", "the database has problems: %1. Restore the newest copy from the backups "
                                         "folder beside it"),
                        {report.details}));
    return Success;
}

} // namespace

bool isCommandLine(const std::vector<std::string>& args) {
    if (args.empty())
        return false;
    const auto& first = args.front();
    if (kVerbHelp.contains(first) || first == "--help" || first == "-h" || first == "help" || first == "--version")
        return true;
    // A database given as a file, as the desktop opens one (`ltw %f`), is for the window.
    std::error_code ec;
    if (first.ends_with(".ltw") || std::filesystem::is_regular_file(first, ec))
        return false;
    return !first.starts_with("-") && first != "";
}

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Renderers& draw) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        out << generalHelp();
        return Success;
    }
    if (args[0] == "--version") {
        out << "ltw " << kVersion << "\n";
        return Success;
    }
    const auto& verb = args[0];
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    auto help = kVerbHelp.find(verb);
    if (help == kVerbHelp.end()) {
        err << arg(translate("Cli", "ltw: unknown verb '%1'. Run 'ltw --help' for the list.\n"), {verb});
        return UsageError;
    }
    if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
        out << (verb == "search" ? searchHelp() : translate("Cli", help->second));
        return Success;
    }
    try {
        initLogging(dataDir());
        // The log says what was done, never with what: no texts, no names, no paths.
        spdlog::info("ltw {} started", verb);
        int code = Success;
        if (verb == "demo")
            code = demo(Options(rest, {"db"}, {}), out);
        else if (verb == "list")
            code = list(Options(rest, {"db"}, {"json"}), out);
        else if (verb == "export")
            code = exportVerb(
                Options(rest, {"db", "learning-team", "format", "output", "width", "height", "paper", "picture"},
                        {"with-names"}),
                out, draw);
        else if (verb == "import")
            code = importVerb(Options(rest, {"db"}, {"as-copy", "replace"}), out);
        else if (verb == "org")
            code = orgVerb(rest, out);
        else if (verb == "search")
            code = searchVerb(rest, out, [](const std::string& m) { throw UsageFailure{m}; });
        else
            code = check(Options(rest, {"db"}, {}), out);
        spdlog::info("ltw {} finished", verb);
        return code;
    } catch (const UsageFailure& e) {
        err << arg(translate("Cli", "ltw %1: %2. Run 'ltw %1 --help'.\n"), {verb, e.message});
        spdlog::info("ltw {}: usage error", verb);
        return UsageError;
    } catch (const std::exception& e) {
        err << fmt::format("ltw {}: {}\n", verb, e.what());
        spdlog::warn("ltw {} refused its input", verb);
        return DataError;
    }
}

} // namespace ltw::cli
