// The sample's story: on the night shift at a distribution centre, a forklift reversing out of a trailer
// at the far dock door stopped an arm's length from a loader walking behind it. Six people from the dock
// and the yard met twice; this is what the facilitator captured, from the first session to Share.
#include "sample_content.hpp"

namespace ltw::detail::sample {
namespace {

// Who is who, by index into people().
constexpr int kDriver = 0;
constexpr int kLead = 1;
constexpr int kLoader = 2;
constexpr int kYard = 3;
constexpr int kDayDriver = 4;
constexpr int kTech = 5;

NoteSeed learn(std::string_view key, NoteKind kind, int teller, When at, std::vector<std::string> tags,
               std::string_view text) {
    return NoteSeed{key, kind, teller, Phase::Learn, at, std::move(tags), text, false};
}

NoteSeed soak(std::string_view key, NoteKind kind, int teller, When at, std::vector<std::string> tags,
              std::string_view text) {
    return NoteSeed{key, kind, teller, Phase::Soak, at, std::move(tags), text, false};
}

NoteSeed privateNote(std::string_view key, NoteKind kind, Phase phase, When at, std::string_view text) {
    return NoteSeed{key, kind, kNobody, phase, at, {}, text, true};
}

std::vector<NoteSeed> makeNotes() {
    using enum NoteKind;
    return {
        learn("good-night", Story, kLoader, {0, 19, 40}, {"good day"},
              "On an ordinary night the walkway by the doors is clear and the printer at my door works. I keep to "
              "the yellow lines, the drivers keep to their lane, and nobody has to think about it."),
        learn("the-stop", Story, kDriver, {0, 19, 45}, {"bad day", "the near miss"},
              "I was reversing out of the trailer at door 7 with a full pallet when something moved at the edge of "
              "my eye. I stopped hard. She was about an arm's length behind the forks. Neither of us had seen or "
              "heard the other until then."),
        learn("the-walk", Story, kLoader, {0, 19, 52}, {"bad day", "the near miss"},
              "The printer at 7 had jammed again and the walkway was stacked with empty pallets, so I went the way "
              "everyone goes: behind the trailers to the printer at door 5. I had ear defenders on because of the "
              "fridge units."),
        learn("the-bunch", Story, kLead, {0, 20, 0}, {"bad day", "schedule"},
              "When trailers turn up on time I spread them over doors 2 to 6 and door 7 stays shut. That night three "
              "came in within twenty minutes with the usual departure times, so I opened 7 and we loaded two at "
              "once."),
        learn("day-view", Story, kDayDriver, {0, 20, 5}, {"good day", "day shift"},
              "On days the far end is lit through the open doors and the pallet returns are gone by ten. I had no "
              "idea it looked like that at night."),
        learn("own-printers", EasyCondition, kLead, {0, 20, 10}, {},
              "Doors 2 to 6 each have their own label printer and a wide walkway, so pallets and people move one "
              "way."),
        learn("old-hands", EasyCondition, kDriver, {0, 20, 12}, {"teamwork"},
              "Drivers and loaders who have worked together for years read each other's moves without a word."),
        learn("fridge-noise", HardCondition, kTech, {0, 20, 15}, {"noise"},
              "The fridge units on chilled trailers drown out the reversing beeper at the far doors."),
        learn("dark-corner", HardCondition, kYard, {0, 20, 18}, {"lighting"},
              "One of the two lamps over door 7 has been out since spring, so the corner behind the trailer is in "
              "shadow."),
        learn("pallets", HardCondition, kLoader, {0, 20, 21}, {"housekeeping"},
              "Empty pallet returns are stacked on the walkway overnight because taking them away is a day-shift "
              "job."),
        learn("bunching", HardCondition, kLead, {0, 20, 24}, {"schedule"},
              "Late trailers arrive in bunches but departure times do not move, so the crew loads two trailers at "
              "once."),
        learn("printer-walk", Adaptation, kLoader, {0, 20, 30}, {"equipment"},
              "When the door 7 printer jams, loaders walk to the printer at door 5 and back."),
        learn("two-blasts", Adaptation, kDriver, {0, 20, 33}, {"informal defense"},
              "Night drivers sound the horn twice before reversing out of a trailer at the far doors. Nobody wrote it "
              "down; it is simply what the crew does."),
        learn("shortcut", Adaptation, kLoader, {0, 20, 36}, {},
              "With the walkway blocked, loaders cut across the forklift lane behind the trailers."),
        learn("clock-wins", Tradeoff, kLead, {0, 20, 40}, {"schedule"},
              "Get the trailer out on time, or stop and clear the walkway first: at two in the morning the departure "
              "time wins."),
        learn("ear-defenders", Tradeoff, kTech, {0, 20, 42}, {"noise"},
              "Ear defenders protect hearing beside the fridge units, and they also hide the beeper."),
        learn("blue-light", WeakSignal, kTech, {0, 20, 50}, {"lighting", "fleet"},
              "The blue spot light on truck 3 was reported broken three weeks before the near miss and was still "
              "out."),
        learn("nickname", WeakSignal, kYard, {0, 20, 53}, {},
              "Loaders had started calling the gap behind the door 7 trailers \"the shortcut\"."),
        learn("who-owns-pallets", OpenQuestion, kLead, {0, 21, 0}, {"housekeeping"},
              "Why do pallet returns belong to the day shift when the night shift creates most of them?"),
        learn("move-the-crossing", OpenQuestion, kDayDriver, {0, 21, 3}, {},
              "Would a second printer at door 7 simply move the crossing somewhere else?"),
        learn("mirror", ParkingLot, kNobody, {0, 21, 10}, {},
              "Paint a second crossing, with a convex mirror at the corner of door 7."),
        learn("lights-check", ParkingLot, kYard, {0, 21, 12}, {"fleet"},
              "Blue spot lights on every truck, checked at the start of each shift."),
        privateNote("check-in", Reflection, Phase::Soak, {1, 10, 0},
                    "Check in one to one with the agency loader before session 2: telling the story shook her."),
        soak("became-normal", Reflection, kLead, {1, 23, 30}, {"theme"},
             "Talking it over at break, the crew agreed this was not about one person: the route behind the trailers "
             "had quietly become the normal way."),
        // Names the dock lead by first name, as people do; the report must not.
        soak("eleven-crossings", Reflection, kDriver, {2, 1, 15}, {"theme"},
             "Daniel walked the dock the next night and counted eleven crossings behind the trailers in one hour. "
             "Nobody had asked him to."),
        soak("label-rolls", WeakSignal, kLoader, {2, 14, 10}, {"equipment"},
             "The door 7 printer has jammed most nights since the label rolls changed supplier."),
    };
}

// Drawn on the board on the second evening of the soak, once the late additions were in.
std::vector<ThemeSeed> makeThemes() {
    return {
        {{2, 19, 0},
         "The far doors are another place at night",
         {"day-view", "dark-corner", "fridge-noise", "ear-defenders", "bunching"}},
        {{2, 19, 20},
         "The dock runs on workarounds nobody wrote down",
         {"printer-walk", "shortcut", "two-blasts", "nickname", "became-normal", "eleven-crossings"}},
        {{2, 19, 40},
         "Small faults wait for the day shift",
         {"pallets", "blue-light", "label-rolls", "who-owns-pallets"}},
    };
}

// The night of the near miss, rebuilt moment by moment in the first session: what the dock was like at
// each moment, never who got it wrong.
std::vector<MomentSeed> makeMoments() {
    return {
        {{},
         "",
         "The day shift leaves the empty pallet returns stacked on the walkway between doors 6 and 7.",
         "Walkway, doors 6–7",
         "Day shift",
         {"pallets", "who-owns-pallets"},
         3},
        {-4,
         "22:00",
         "The night shift starts. Trailers are spread over doors 2 to 6; door 7 stays shut.",
         "Dock",
         "Dock lead",
         {"own-printers", "old-hands"},
         -1},
        {{},
         "01:20",
         "Three late trailers come through the gate within twenty minutes, departure times unchanged.",
         "Gate and yard",
         "Yard shunter",
         {"bunching"},
         0},
        {{},
         "01:35",
         "Door 7 is opened and the crew starts loading two trailers at once.",
         "Doors 6 and 7",
         "Dock lead",
         {"the-bunch", "clock-wins"},
         6},
        {{}, "01:50", "The door 7 label printer jams again.", "Door 7", "Loader", {"label-rolls"}, 2},
        {{},
         "",
         "The chilled trailer at door 7 has its fridge unit running; the loader wears ear defenders.",
         "Door 7",
         "Loader",
         {"fridge-noise", "ear-defenders"},
         -1},
        {{},
         "02:04",
         "The loader walks behind the trailers towards the printer at door 5: the walkway is full of "
         "pallets.",
         "Behind the door 7 trailer",
         "Loader",
         {"printer-walk", "shortcut", "nickname"},
         4},
        {{},
         "02:05",
         "A forklift reverses out of the door 7 trailer with a full pallet, horn sounded twice.",
         "Forklift lane, door 7",
         "Forklift driver",
         {"two-blasts", "dark-corner", "blue-light"},
         5},
        {{},
         "02:05",
         "The driver sees movement at the edge of his eye and stops hard, an arm's length from the "
         "loader.",
         "Forklift lane, door 7",
         "Forklift driver",
         {"the-stop", "the-walk"},
         -1},
        {{},
         "02:20",
         "Both talk it through with the dock lead; loading goes on after a short pause.",
         "Dock office",
         "Dock lead",
         {},
         -1},
        {{},
         "06:00",
         "The near miss is reported at handover; the pallets are still on the walkway.",
         "Dock office",
         "Dock lead",
         {"pallets"},
         -1},
    };
}

std::vector<StepSeed> makeSteps() {
    using enum StepTrack;
    return {
        {Imagined, "The trailer checks in at the gate and is given a door on the loading plan.", {}},
        {Imagined, "The dock lead confirms the trailer is chocked and the leveller is down before anyone goes in.", {}},
        {Imagined, "The loader prints labels at the door's own printer and stages pallets in the marked lane.", {}},
        {Imagined, "People on foot keep to the marked walkway; the forklift lane is for trucks only.", {}},
        {Imagined, "The driver loads the trailer, with the beeper sounding and a look behind before reversing.", {}},
        {Imagined, "When the trailer is full, the dock lead checks the load and seals the doors.", {}},
        {Done,
         "Late trailers arrive together; the lead opens whichever door is free, often door 7 at the far end.",
         {}},
        {Done,
         "The yard shunter chocks the trailer; on a busy night the lead checks it with a look from the office.",
         {}},
        {Done, "Labels come from the door 7 printer, which jams on most nights.", "printer-walk"},
        {Done, "Pallet returns stand on the walkway until the day shift takes them, leaving room for one or none.", {}},
        {Done, "Loaders go between the trailer, the staging lane and the printer many times an hour.", "shortcut"},
        {Done,
         "Drivers reverse out on the mirror and a look over the shoulder; the beeper is lost in the fridge noise.",
         "two-blasts"},
        {Done, "To make the departure times the crew loads two trailers at once, sharing the far doors.", {}},
    };
}

DefenseSeed existing(std::string_view key, DefenseRating rating, When at, std::vector<std::string_view> answers,
                     std::string_view title, std::string_view description) {
    return DefenseSeed{key, DefenseKind::Existing, rating, at, std::move(answers), title, description};
}

DefenseSeed toBuild(std::string_view key, When at, std::vector<std::string_view> answers, std::string_view title,
                    std::string_view description) {
    return DefenseSeed{key, DefenseKind::New, std::nullopt, at, std::move(answers), title, description};
}

std::vector<DefenseSeed> makeDefenses() {
    using enum DefenseRating;
    return {
        existing("walkway", Degraded, {4, 19, 40}, {"pallets", "shortcut"}, "Marked walkway along the doors",
                 "Yellow lines and a rail keep people out of the forklift lane, as long as the walkway is clear. At "
                 "night it doubles as storage for pallet returns."),
        existing("beeper", Degraded, {4, 19, 45}, {"fridge-noise", "ear-defenders"},
                 "Reversing beeper on the forklifts",
                 "Fitted and working on every truck, but it cannot be heard over the fridge units at the far doors or "
                 "through ear defenders."),
        existing("blue-spot", Missing, {4, 19, 50}, {"blue-light"}, "Blue spot light behind each forklift",
                 "Throws a spot on the floor behind a reversing truck. It had been out on truck 3 for three weeks."),
        existing("pre-use", HardToUse, {4, 19, 55}, {"blue-light"}, "Pre-use truck inspection",
                 "A thirty-line paper checklist. A broken light is one line among many, and a fault written on it goes "
                 "to a tray that nobody empties on nights."),
        existing("horn", Working, {4, 20, 0}, {"two-blasts"}, "Two horn blasts before reversing at the far doors",
                 "An unwritten habit of the night crew, and the reason the driver looked behind her that night."),
        toBuild("printer", {4, 20, 20}, {"printer-walk", "label-rolls"}, "A working printer at every door, and a spare",
                "Mend the door 7 printer, keep a spare on the dock, and buy label rolls that feed cleanly."),
        toBuild("cage", {4, 20, 25}, {"pallets"}, "A pallet-return cage at the end of the dock",
                "Returns go into a cage off the walkway, and the night shift empties it before handover."),
    };
}

ActionSeed action(std::string_view defense, ActionStatus status, int dueInDays, int votes, When at,
                  std::string_view owner, std::string_view title, std::string_view successMeasure) {
    return ActionSeed{defense, status, dueInDays, votes, at, owner, title, successMeasure};
}

std::vector<ActionSeed> makeActions() {
    using enum ActionStatus;
    return {
        action("printer", InProgress, 5, 6, {4, 20, 40}, "Maintenance planner",
               "Mend the door 7 printer, keep a spare on the dock and go back to label rolls that feed cleanly",
               "No walks to another door's printer noted at door 7 for four weeks"),
        // Owned by someone in the room: the report shows the role, not the name.
        action("cage", Open, 10, 7, {4, 20, 45}, "Daniel Osei",
               "Set up a pallet-return cage at the end of the dock and empty it at the end of the night shift",
               "The walkway is clear at 2 a.m. on ten spot checks in a row"),
        action("blue-spot", Done, -2, 5, {4, 20, 50}, "Fleet coordinator",
               "Replace the blue spot light on truck 3 and add a lights check to the start of every shift",
               "Every truck's lights checked and logged at each shift start for a month"),
        action("pre-use", Open, 21, 3, {4, 21, 0}, "Fleet coordinator",
               "Swap the paper pre-use checklist for a short card: lights, beeper, horn, brakes, forks",
               "Faults reported on the card are put right within two shifts"),
        action("beeper", Open, 30, 4, {4, 21, 5}, "Health and safety advisor",
               "Trial broadband reversing alarms on two trucks that work the far doors",
               "Loaders wearing ear defenders can tell where a reversing truck is, in a trial at door 7"),
        action({}, Open, 14, 4, {4, 21, 10}, "Site operations manager",
               "Invite the shipping office to the next crew meeting to talk about flexing departure times for "
               "bunched trailers",
               "A written rule for moving a departure time, agreed before the peak season"),
    };
}

std::vector<LearningSeed> makeLearnings() {
    return {
        {{8, 10, 0},
         "When the walkway is blocked, the forklift lane becomes the walkway",
         "The near miss came from ordinary night-time conditions lining up: trailers arriving in a bunch, a printer "
         "that jams, pallets parked on the walkway, a beeper drowned by fridge units and a dark corner. Each was known "
         "to someone. Together they made walking behind the trailers the normal route long before anyone was nearly "
         "hit.",
         {"A route through a vehicle area that people have given a nickname",
          "Walkways or crossings used to store things overnight",
          "A shared device, such as a printer or scanner, that people cross traffic to reach",
          "Warning sounds competing with fridge units, compressors or hearing protection",
          "Faults on safety lights that stay reported but unfixed for weeks"},
         "Dock and warehouse crews on every shift; fleet, maintenance and shift planners"},
        {{9, 11, 20},
         "Ask about the habits that keep people safe",
         "The two horn blasts that made the driver look back are in no procedure. Crews build their own defenses; "
         "asking about them is how they get kept, taught and shared before they fade.",
         {"Things the crew always does that no procedure mentions",
          "New starters or agency staff who learn the job only from the written procedure",
          "A habit that differs between the day and the night shift"},
         "Shift leads, trainers and facilitators of Learning Teams"},
    };
}

} // namespace

const LearningTeamSeed& learningTeam() {
    static const LearningTeamSeed seed{
        "Outbound dock, night shift",
        "Riverside distribution centre",
        "Near miss at door 7: a reversing forklift and a loader on the night shift",
        "What was going on at the outbound dock on the night of the near miss, and what makes moving loads past "
        "people at the far doors easy or hard?",
        "Grace Mensah, site operations manager",
        "Sam Okafor",
        "At about two in the morning a forklift reversing out of a trailer at door 7 stopped an arm's length from a "
        "loader walking behind it. Nobody was hurt. Six people from the dock and the yard met twice to understand "
        "that night rather than to find someone to blame. They found a route behind the trailers that had become "
        "normal because the walkway held pallet returns and the nearest printer kept jamming, a beeper that cannot "
        "be heard over the fridge units, a dark corner, and a schedule that pushes two trailers through the far "
        "doors at once. What stopped the truck was a habit of the night crew: two horn blasts and a look back.",
        "What I heard is a dock that has been working around problems we already knew about, and a habit of the "
        "night crew doing the job our equipment should have done. I am funding the printer and the pallet cage this "
        "month, the fleet team has already fixed the light on truck 3, and the shipping office will join the next "
        "crew meeting about departure times. In four weeks I would like the crew to tell me what the walkway looks "
        "like at two in the morning.",
        {0, 19, 15},
        {0, 21, 45},
        {3, 18, 0}};
    return seed;
}

const std::vector<PersonSeed>& people() {
    static const std::vector<PersonSeed> seeds{
        {"night-shift forklift driver", "Marta Kowalski"},
        {"night-shift dock lead", "Daniel Osei"},
        {"agency loader", "Priya Raman"},
        {"yard shunter driver", "Tomás Ferreira"},
        {"day-shift forklift driver", "Helen Brooks"},
        {"maintenance technician", "Yusuf Demir"},
    };
    return seeds;
}

const std::vector<NoteSeed>& notes() {
    static const auto seeds = makeNotes();
    return seeds;
}

const std::vector<ThemeSeed>& themes() {
    static const auto seeds = makeThemes();
    return seeds;
}

const std::vector<MomentSeed>& moments() {
    static const auto all = makeMoments();
    return all;
}

const std::vector<StepSeed>& steps() {
    static const auto seeds = makeSteps();
    return seeds;
}

const std::vector<DefenseSeed>& defenses() {
    static const auto seeds = makeDefenses();
    return seeds;
}

const std::vector<ActionSeed>& actions() {
    static const auto seeds = makeActions();
    return seeds;
}

const std::vector<LearningSeed>& learnings() {
    static const auto seeds = makeLearnings();
    return seeds;
}

const std::vector<PhaseSeed>& phaseLog() {
    static const std::vector<PhaseSeed> seeds{
        {std::nullopt, Phase::Learn, {0, 19, 15}},
        {Phase::Learn, Phase::Soak, {0, 21, 45}},
        {Phase::Soak, Phase::Solve, {4, 19, 30}},
        {Phase::Solve, Phase::Share, {9, 15, 0}},
    };
    return seeds;
}

} // namespace ltw::detail::sample
