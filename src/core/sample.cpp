// The sample: a Learning Team after a near miss on the night shift at a distribution centre, where a
// forklift reversing out of a trailer stopped an arm's length from a loader walking behind it. It is
// written as a facilitator would have captured it over about ten days, from the first session to Share.
#include "ltw/sample.hpp"

#include <chrono>
#include <map>
#include <string_view>

namespace ltw {
namespace {

using namespace std::chrono_literals;

// The people in the room, by index into kPeople.
constexpr int kNobody = -1;
constexpr int kDriver = 0;
constexpr int kLead = 1;
constexpr int kLoader = 2;
constexpr int kYard = 3;
constexpr int kDayDriver = 4;
constexpr int kTech = 5;

struct Person {
    std::string_view role;
    std::string_view name;
};

constexpr Person kPeople[] = {
    {"night-shift forklift driver", "Marta Kowalski"}, {"night-shift dock lead", "Daniel Osei"},
    {"agency loader", "Priya Raman"},                  {"yard shunter driver", "Tomás Ferreira"},
    {"day-shift forklift driver", "Helen Brooks"},     {"maintenance technician", "Yusuf Demir"},
};

// When, counted from the evening of the first session.
struct When {
    int day = 0;
    int hour = 0;
    int minute = 0;
};

struct NoteSeed {
    std::string_view key;
    NoteKind kind;
    int teller;
    std::string_view text;
    std::vector<std::string> tags;
    Phase phase;
    When at;
    bool facilitatorOnly = false;
};

struct StepSeed {
    StepTrack track;
    std::string_view text;
    std::string_view attachedNote; // key of a note that happens at this step, or empty
};

struct DefenseSeed {
    std::string_view key;
    DefenseKind kind;
    std::optional<DefenseRating> rating;
    std::string_view title;
    std::string_view description;
    std::vector<std::string_view> answers; // note keys
    When at;
};

struct ActionSeed {
    std::string_view title;
    std::string_view owner;
    int dueInDays; // from today
    ActionStatus status;
    std::string_view successMeasure;
    std::string_view defense; // key, or empty
    int votes;
    When at;
};

std::vector<NoteSeed> noteSeeds() {
    using enum NoteKind;
    const auto learn = Phase::Learn;
    const auto soak = Phase::Soak;
    return {
        {"good-night", Story, kLoader,
         "On an ordinary night the walkway by the doors is clear and the printer at my door works. I keep to the "
         "yellow lines, the drivers keep to their lane, and nobody has to think about it.",
         {"good day"}, learn, {0, 19, 40}},
        {"the-stop", Story, kDriver,
         "I was reversing out of the trailer at door 7 with a full pallet when something moved at the edge of my "
         "eye. I stopped hard. She was about an arm's length behind the forks. Neither of us had seen or heard "
         "the other until then.",
         {"bad day", "the near miss"}, learn, {0, 19, 45}},
        {"the-walk", Story, kLoader,
         "The printer at 7 had jammed again and the walkway was stacked with empty pallets, so I went the way "
         "everyone goes: behind the trailers to the printer at door 5. I had ear defenders on because of the "
         "fridge units.",
         {"bad day", "the near miss"}, learn, {0, 19, 52}},
        {"the-bunch", Story, kLead,
         "When trailers turn up on time I spread them over doors 2 to 6 and door 7 stays shut. That night three "
         "came in within twenty minutes with the usual departure times, so I opened 7 and we loaded two at once.",
         {"bad day", "schedule"}, learn, {0, 20, 0}},
        {"day-view", Story, kDayDriver,
         "On days the far end is lit through the open doors and the pallet returns are gone by ten. I had no idea "
         "it looked like that at night.",
         {"good day", "day shift"}, learn, {0, 20, 5}},
        {"own-printers", EasyCondition, kLead,
         "Doors 2 to 6 each have their own label printer and a wide walkway, so pallets and people move one way.",
         {}, learn, {0, 20, 10}},
        {"old-hands", EasyCondition, kDriver,
         "Drivers and loaders who have worked together for years read each other's moves without a word.",
         {"teamwork"}, learn, {0, 20, 12}},
        {"fridge-noise", HardCondition, kTech,
         "The fridge units on chilled trailers drown out the reversing beeper at the far doors.", {"noise"}, learn,
         {0, 20, 15}},
        {"dark-corner", HardCondition, kYard,
         "One of the two lamps over door 7 has been out since spring, so the corner behind the trailer is in "
         "shadow.",
         {"lighting"}, learn, {0, 20, 18}},
        {"pallets", HardCondition, kLoader,
         "Empty pallet returns are stacked on the walkway overnight because taking them away is a day-shift job.",
         {"housekeeping"}, learn, {0, 20, 21}},
        {"bunching", HardCondition, kLead,
         "Late trailers arrive in bunches but departure times do not move, so the crew loads two trailers at once.",
         {"schedule"}, learn, {0, 20, 24}},
        {"printer-walk", Adaptation, kLoader,
         "When the door 7 printer jams, loaders walk to the printer at door 5 and back.", {"equipment"}, learn,
         {0, 20, 30}},
        {"two-blasts", Adaptation, kDriver,
         "Night drivers sound the horn twice before reversing out of a trailer at the far doors. Nobody wrote it "
         "down; it is simply what the crew does.",
         {"informal defense"}, learn, {0, 20, 33}},
        {"shortcut", Adaptation, kLoader,
         "With the walkway blocked, loaders cut across the forklift lane behind the trailers.", {}, learn, {0, 20, 36}},
        {"clock-wins", Tradeoff, kLead,
         "Get the trailer out on time, or stop and clear the walkway first: at two in the morning the departure "
         "time wins.",
         {"schedule"}, learn, {0, 20, 40}},
        {"ear-defenders", Tradeoff, kTech,
         "Ear defenders protect hearing beside the fridge units, and they also hide the beeper.", {"noise"}, learn,
         {0, 20, 42}},
        {"blue-light", WeakSignal, kTech,
         "The blue spot light on truck 3 was reported broken three weeks before the near miss and was still out.",
         {"lighting", "fleet"}, learn, {0, 20, 50}},
        {"nickname", WeakSignal, kYard,
         "Loaders had started calling the gap behind the door 7 trailers \"the shortcut\".", {}, learn, {0, 20, 53}},
        {"who-owns-pallets", OpenQuestion, kLead,
         "Why do pallet returns belong to the day shift when the night shift creates most of them?",
         {"housekeeping"}, learn, {0, 21, 0}},
        {"move-the-crossing", OpenQuestion, kDayDriver,
         "Would a second printer at door 7 simply move the crossing somewhere else?", {}, learn, {0, 21, 3}},
        {"mirror", ParkingLot, kNobody, "Paint a second crossing, with a convex mirror at the corner of door 7.", {},
         learn, {0, 21, 10}},
        {"lights-check", ParkingLot, kYard, "Blue spot lights on every truck, checked at the start of each shift.",
         {"fleet"}, learn, {0, 21, 12}},
        {"check-in", Reflection, kNobody,
         "Check in one to one with the agency loader before session 2: telling the story shook her.", {}, soak,
         {1, 10, 0}, true},
        {"became-normal", Reflection, kLead,
         "Talking it over at break, the crew agreed this was not about one person: the route behind the trailers "
         "had quietly become the normal way.",
         {"theme"}, soak, {1, 23, 30}},
        {"eleven-crossings", Reflection, kDriver,
         "Daniel walked the dock the next night and counted eleven crossings behind the trailers in one hour. "
         "Nobody had asked him to.",
         {"theme"}, soak, {2, 1, 15}},
        {"label-rolls", WeakSignal, kLoader,
         "The door 7 printer has jammed most nights since the label rolls changed supplier.", {"equipment"}, soak,
         {2, 14, 10}},
    };
}

std::vector<StepSeed> stepSeeds() {
    using enum StepTrack;
    return {
        {Imagined, "The trailer checks in at the gate and is given a door on the loading plan.", {}},
        {Imagined, "The dock lead confirms the trailer is chocked and the leveller is down before anyone goes in.", {}},
        {Imagined, "The loader prints labels at the door's own printer and stages pallets in the marked lane.", {}},
        {Imagined, "People on foot keep to the marked walkway; the forklift lane is for trucks only.", {}},
        {Imagined, "The driver loads the trailer, with the beeper sounding and a look behind before reversing.", {}},
        {Imagined, "When the trailer is full, the dock lead checks the load and seals the doors.", {}},
        {Done, "Late trailers arrive together; the dock lead opens whichever door is free, often door 7 at the far end.",
         {}},
        {Done, "The yard shunter chocks the trailer; on a busy night the lead checks it with a look from the office.",
         {}},
        {Done, "The door 7 printer jams, so the loader walks to the printer at door 5 and back.", "printer-walk"},
        {Done, "Pallet returns stand on the walkway until the day shift takes them, leaving room for one person or none.",
         {}},
        {Done, "Loaders cross the forklift lane behind the trailers, the only open route.", "shortcut"},
        {Done, "Drivers reverse on the mirror, a look over the shoulder and two horn blasts; the beeper is lost in the "
               "fridge noise.",
         "two-blasts"},
        {Done, "To make the departure times the crew loads two trailers at once, sharing the far doors.", {}},
    };
}

std::vector<DefenseSeed> defenseSeeds() {
    using enum DefenseRating;
    const auto existing = DefenseKind::Existing;
    return {
        {"walkway", existing, Degraded, "Marked walkway along the doors",
         "Yellow lines and a rail keep people out of the forklift lane, as long as the walkway is clear. At night it "
         "doubles as storage for pallet returns.",
         {"pallets", "shortcut"}, {4, 19, 40}},
        {"beeper", existing, Degraded, "Reversing beeper on the forklifts",
         "Fitted and working on every truck, but it cannot be heard over the fridge units at the far doors or "
         "through ear defenders.",
         {"fridge-noise", "ear-defenders"}, {4, 19, 45}},
        {"blue-spot", existing, Missing, "Blue spot light behind each forklift",
         "Throws a spot on the floor behind a reversing truck. It had been out on truck 3 for three weeks.",
         {"blue-light"}, {4, 19, 50}},
        {"pre-use", existing, HardToUse, "Pre-use truck inspection",
         "A thirty-line paper checklist. A broken light is one line among many, and a fault written on it goes to "
         "a tray that nobody empties on nights.",
         {"blue-light"}, {4, 19, 55}},
        {"horn", existing, Working, "Two horn blasts before reversing at the far doors",
         "An unwritten habit of the night crew, and the reason the driver looked behind her that night.",
         {"two-blasts"}, {4, 20, 0}},
        {"printer", DefenseKind::New, std::nullopt, "A working printer at every door, and a spare",
         "Mend the door 7 printer, keep a spare on the dock, and buy label rolls that feed cleanly.",
         {"printer-walk", "label-rolls"}, {4, 20, 20}},
        {"cage", DefenseKind::New, std::nullopt, "A pallet-return cage at the end of the dock",
         "Returns go into a cage off the walkway, and the night shift empties it before handover.", {"pallets"},
         {4, 20, 25}},
    };
}

std::vector<ActionSeed> actionSeeds() {
    using enum ActionStatus;
    return {
        {"Mend the door 7 printer, keep a spare on the dock and go back to label rolls that feed cleanly",
         "Maintenance planner", 5, InProgress,
         "No walks to another door's printer noted at door 7 for four weeks", "printer", 6, {4, 20, 40}},
        {"Set up a pallet-return cage at the end of the dock and empty it at the end of the night shift",
         "Daniel Osei", 10, Open, "The walkway is clear at 2 a.m. on ten spot checks in a row", "cage", 7,
         {4, 20, 45}},
        {"Replace the blue spot light on truck 3 and add a lights check to the start of every shift",
         "Fleet coordinator", -2, Done, "Every truck's lights checked and logged at each shift start for a month",
         "blue-spot", 5, {4, 20, 50}},
        {"Swap the paper pre-use checklist for a short card: lights, beeper, horn, brakes, forks", "Fleet coordinator",
         21, Open, "Faults reported on the card are put right within two shifts", "pre-use", 3, {4, 21, 0}},
        {"Trial broadband reversing alarms on two trucks that work the far doors", "Health and safety advisor", 30,
         Open, "Loaders wearing ear defenders can tell where a reversing truck is, in a trial at door 7", "beeper", 4,
         {4, 21, 5}},
        {"Invite the shipping office to the next crew meeting to talk about flexing departure times for bunched "
         "trailers",
         "Site operations manager", 14, Open,
         "A written rule for moving a departure time, agreed before the peak season", {}, 4, {4, 21, 10}},
    };
}

class SampleBuilder {
public:
    explicit SampleBuilder(Repository& repo)
        : m_repo(repo), m_day0(std::chrono::floor<std::chrono::days>(now()) - std::chrono::days{11}) {}

    Id build() {
        addLearningTeam();
        addParticipants();
        addNotes();
        addSteps();
        addDefenses();
        addActions();
        addLearnings();
        addPhaseLog();
        return m_lt.id;
    }

private:
    Timestamp at(When w) const {
        return Timestamp{m_day0 + std::chrono::days{w.day} + std::chrono::hours{w.hour} +
                         std::chrono::minutes{w.minute}};
    }

    Id teamId() {
        for (const auto& t : m_repo.teams())
            if (t.name == kTeamName && t.site == kSite)
                return t.id;
        return m_repo.addTeam(Team{0, std::string(kTeamName), std::string(kSite), at({0, 19, 0})}).id;
    }

    void addLearningTeam();
    void addParticipants();
    void addNotes();
    void addSteps();
    void addDefenses();
    void addActions();
    void addLearnings();
    void addPhaseLog();
    void link(ItemRef from, ItemRef to, LinkKind kind) { m_repo.addLink(Link{0, m_lt.id, from, to, kind}); }

    static constexpr std::string_view kTeamName = "Outbound dock, night shift";
    static constexpr std::string_view kSite = "Riverside distribution centre";

    Repository& m_repo;
    std::chrono::sys_days m_day0;
    LearningTeam m_lt;
    std::vector<Id> m_people;
    std::map<std::string_view, Id> m_notes;
    std::map<std::string_view, Id> m_defenses;
};

void SampleBuilder::addLearningTeam() {
    LearningTeam lt;
    lt.teamId = teamId();
    lt.title = "Near miss at door 7: a reversing forklift and a loader on the night shift";
    lt.use = Use::Event;
    lt.scopeQuestion = "What was going on at the outbound dock on the night of the near miss, and what makes moving "
                       "loads past people at the far doors easy or hard?";
    lt.sponsor = "Grace Mensah, site operations manager";
    lt.facilitator = "Sam Okafor";
    lt.phase = Phase::Share;
    lt.soakStart = at({0, 21, 45});
    lt.soakPlannedEnd = at({3, 18, 0});
    lt.summary =
        "At about two in the morning a forklift reversing out of a trailer at door 7 stopped an arm's length from a "
        "loader walking behind it. Nobody was hurt. Six people from the dock and the yard met twice to understand "
        "that night rather than to find someone to blame. They found a route behind the trailers that had become "
        "normal because the walkway held pallet returns and the nearest printer kept jamming, a beeper that cannot "
        "be heard over the fridge units, a dark corner, and a schedule that pushes two trailers through the far "
        "doors at once. What stopped the truck was a habit of the night crew: two horn blasts and a look back.";
    lt.sponsorResponse =
        "What I heard is a dock that has been working around problems we already knew about, and a habit of the "
        "night crew doing the job our equipment should have done. I am funding the printer and the pallet cage this "
        "month, the fleet team has already fixed the light on truck 3, and the shipping office will join the next "
        "crew meeting about departure times. In four weeks I would like the crew to tell me what the walkway looks "
        "like at two in the morning.";
    lt.created = at({0, 19, 15});
    lt.updated = lt.created;
    m_lt = m_repo.addLearningTeam(lt);
}

void SampleBuilder::addParticipants() {
    for (const auto& person : kPeople)
        m_people.push_back(
            m_repo.addParticipant(Participant{0, m_lt.id, std::string(person.role), std::string(person.name)}).id);
}

void SampleBuilder::addNotes() {
    std::map<NoteKind, int> perColumn; // the board: one column per kind, notes stacked down it
    for (const auto& seed : noteSeeds()) {
        Note n;
        n.learningTeamId = m_lt.id;
        n.kind = seed.kind;
        n.text = seed.text;
        if (seed.teller != kNobody)
            n.tellerId = m_people.at(static_cast<std::size_t>(seed.teller));
        n.phase = seed.phase;
        n.tags = seed.tags;
        const int row = perColumn[seed.kind]++;
        n.position = BoardPosition{40.0 + 240.0 * static_cast<int>(seed.kind), 60.0 + 150.0 * row};
        n.facilitatorOnly = seed.facilitatorOnly;
        n.created = at(seed.at);
        n.updated = n.created;
        m_notes[seed.key] = m_repo.addNote(n).id;
    }
}

void SampleBuilder::addSteps() {
    std::map<StepTrack, int> next;
    for (const auto& seed : stepSeeds()) {
        const auto step =
            m_repo.addWorkStep(WorkStep{0, m_lt.id, seed.track, next[seed.track]++, std::string(seed.text)});
        if (!seed.attachedNote.empty())
            link({ItemType::Note, m_notes.at(seed.attachedNote)}, {ItemType::WorkStep, step.id}, LinkKind::AttachedTo);
    }
}

void SampleBuilder::addDefenses() {
    for (const auto& seed : defenseSeeds()) {
        Defense d;
        d.learningTeamId = m_lt.id;
        d.kind = seed.kind;
        d.rating = seed.rating;
        d.title = seed.title;
        d.description = seed.description;
        d.created = at(seed.at);
        d.updated = d.created;
        const Id id = m_repo.addDefense(d).id;
        m_defenses[seed.key] = id;
        for (const auto& noteKey : seed.answers) {
            const ItemRef defense{ItemType::Defense, id};
            const ItemRef note{ItemType::Note, m_notes.at(noteKey)};
            // Drawn either way round on the board; both mean the same.
            if (seed.kind == DefenseKind::New)
                link(note, defense, LinkKind::Answers);
            else
                link(defense, note, LinkKind::Answers);
        }
    }
}

void SampleBuilder::addActions() {
    const auto today = std::chrono::floor<std::chrono::days>(now());
    for (const auto& seed : actionSeeds()) {
        Action a;
        a.learningTeamId = m_lt.id;
        a.title = seed.title;
        a.owner = seed.owner;
        a.due = Date{today + std::chrono::days{seed.dueInDays}};
        a.status = seed.status;
        a.successMeasure = seed.successMeasure;
        if (!seed.defense.empty())
            a.defenseId = m_defenses.at(seed.defense);
        a.votes = seed.votes;
        a.created = at(seed.at);
        a.updated = seed.status == ActionStatus::Open ? a.created : at({8, 9, 30});
        m_repo.addAction(a);
    }
}

void SampleBuilder::addLearnings() {
    SharedLearning walkway;
    walkway.learningTeamId = m_lt.id;
    walkway.title = "When the walkway is blocked, the forklift lane becomes the walkway";
    walkway.summary =
        "The near miss came from ordinary night-time conditions lining up: trailers arriving in a bunch, a printer "
        "that jams, pallets parked on the walkway, a beeper drowned by fridge units and a dark corner. Each was known "
        "to someone. Together they made walking behind the trailers the normal route long before anyone was nearly "
        "hit.";
    walkway.lookFors = {"A route through a vehicle area that people have given a nickname",
                        "Walkways or crossings used to store things overnight",
                        "A shared device, such as a printer or scanner, that people cross traffic to reach",
                        "Warning sounds competing with fridge units, compressors or hearing protection",
                        "Faults on safety lights that stay reported but unfixed for weeks"};
    walkway.audience = "Dock and warehouse crews on every shift; fleet, maintenance and shift planners";
    walkway.created = at({8, 10, 0});
    walkway.updated = walkway.created;
    m_repo.addSharedLearning(walkway);

    SharedLearning habits;
    habits.learningTeamId = m_lt.id;
    habits.title = "Ask about the habits that keep people safe";
    habits.summary = "The two horn blasts that made the driver look back are in no procedure. Crews build their own "
                     "defenses; asking about them is how they get kept, taught and shared before they fade.";
    habits.lookFors = {"Things the crew always does that no procedure mentions",
                       "New starters or agency staff who learn the job only from the written procedure",
                       "A habit that differs between the day and the night shift"};
    habits.audience = "Shift leads, trainers and facilitators of Learning Teams";
    habits.created = at({9, 11, 20});
    habits.updated = habits.created;
    m_repo.addSharedLearning(habits);
}

void SampleBuilder::addPhaseLog() {
    auto entry = [&](std::optional<Phase> from, Phase to, When when) {
        m_repo.addPhaseLogEntry(PhaseLogEntry{0, m_lt.id, from, to, at(when), {}});
    };
    entry(std::nullopt, Phase::Learn, {0, 19, 15});
    entry(Phase::Learn, Phase::Soak, {0, 21, 45});
    entry(Phase::Soak, Phase::Solve, {4, 19, 30});
    entry(Phase::Solve, Phase::Share, {9, 15, 0});
}

} // namespace

LearningTeam addSampleLearningTeam(Repository& repo) {
    Id id = 0;
    repo.transaction([&] { id = SampleBuilder(repo).build(); });
    return repo.learningTeam(id).value();
}

} // namespace ltw
