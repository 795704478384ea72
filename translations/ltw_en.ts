<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Commands</name>
        <message numerus="yes">
            <source>Move %n note(s) to %1</source>
            <translation>
                <numerusform>Move %n note to %1</numerusform>
                <numerusform>Move %n notes to %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n note(s)</source>
            <translation>
                <numerusform>Delete %n note</numerusform>
                <numerusform>Delete %n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>QObject</name>
        <message numerus="yes">
            <source>, updated %n time(s)</source>
            <translation>
                <numerusform>, updated %n time</numerusform>
                <numerusform>, updated %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>reviewed by %n team(s)</source>
            <translation>
                <numerusform>reviewed by %n team</numerusform>
                <numerusform>reviewed by %n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at %n site(s)</source>
            <translation>
                <numerusform>at %n site</numerusform>
                <numerusform>at %n sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>applies at %n</source>
            <translation>
                <numerusform>applies at %n</numerusform>
                <numerusform>applies at %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message numerus="yes">
            <source>+ %n more it answers</source>
            <translation>
                <numerusform>+ %n more it answers</numerusform>
                <numerusform>+ %n more it answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more defense(s), listed in the report</source>
            <translation>
                <numerusform>+ %n more defense, listed in the report</numerusform>
                <numerusform>+ %n more defenses, listed in the report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n more gap(s), listed in the report</source>
            <translation>
                <numerusform>+ %n more gap, listed in the report</numerusform>
                <numerusform>+ %n more gaps, listed in the report</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n team(s)</source>
            <translation>
                <numerusform>%n team</numerusform>
                <numerusform>%n teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n site(s)</source>
            <translation>
                <numerusform>%n site</numerusform>
                <numerusform>%n sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Room</name>
        <message numerus="yes">
            <source> · %n vote(s)</source>
            <translation>
                <numerusform> · %n vote</numerusform>
                <numerusform> · %n votes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RoomView</name>
        <message numerus="yes">
            <source>%n note(s) attached</source>
            <translation>
                <numerusform>%n note attached</numerusform>
                <numerusform>%n notes attached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n earlier step(s)</source>
            <translation>
                <numerusform>+ %n earlier step</numerusform>
                <numerusform>+ %n earlier steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+ %n earlier moment(s)</source>
            <translation>
                <numerusform>+ %n earlier moment</numerusform>
                <numerusform>+ %n earlier moments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Session</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Open actions without an owner yet: %n. Share anyway?</source>
            <translation>
                <numerusform>Open actions without an owner yet: %n. Share anyway?</numerusform>
                <numerusform>Open actions without an owner yet: %n. Share anyway?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::ActionReviewDialog</name>
        <message numerus="yes">
            <source>&lt;b&gt;%1&lt;/b&gt;'s earlier Learning Teams left %n action(s) open. Before deciding new ones: was it done, dropped, or is it still to do?</source>
            <translation>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;'s earlier Learning Teams left %n action open. Before deciding new ones: was it done, dropped, or is it still to do?</numerusform>
                <numerusform>&lt;b&gt;%1&lt;/b&gt;'s earlier Learning Teams left %n actions open. Before deciding new ones: were they done, dropped, or are they still to do?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n is overdue.</source>
            <translation>
                <numerusform>%n is overdue.</numerusform>
                <numerusform>%n are overdue.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::ActionTableModel</name>
        <message numerus="yes">
            <source>%n vote(s); + and − change them</source>
            <translation>
                <numerusform>%n vote; + and − change it</numerusform>
                <numerusform>%n votes; + and − change them</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::DefenseListModel</name>
        <message numerus="yes">
            <source>answers %n note(s)</source>
            <translation>
                <numerusform>answers %n note</numerusform>
                <numerusform>answers %n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::ImportDecisionDialog</name>
        <message numerus="yes">
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n changed</numerusform>
                <numerusform>%n changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed</source>
            <translation>
                <numerusform>%n removed</numerusform>
                <numerusform>%n removed</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::LearningTeamDocument</name>
        <message numerus="yes">
            <source>Put %n note(s) in “%1”</source>
            <translation>
                <numerusform>Put %n note in “%1”</numerusform>
                <numerusform>Put %n notes in “%1”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n note(s) out of their theme</source>
            <translation>
                <numerusform>Take %n note out of its theme</numerusform>
                <numerusform>Take %n notes out of their theme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n action(s)</source>
            <translation>
                <numerusform>Delete %n action</numerusform>
                <numerusform>Delete %n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n moment(s)</source>
            <translation>
                <numerusform>Delete %n moment</numerusform>
                <numerusform>Delete %n moments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::LibraryView</name>
        <message numerus="yes">
            <source>%1 — seen in %n Learning Team(s)</source>
            <translation>
                <numerusform>%1 — seen in %n Learning Team</numerusform>
                <numerusform>%1 — seen in %n Learning Teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n defense(s)</source>
            <translation>
                <numerusform>%n defense</numerusform>
                <numerusform>%n defenses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n action</numerusform>
                <numerusform>%n actions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared learning(s)</source>
            <translation>
                <numerusform>%n shared learning</numerusform>
                <numerusform>%n shared learnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n action(s) still open across the Learning Teams</source>
            <translation>
                <numerusform>%n action still open across the Learning Teams</numerusform>
                <numerusform>%n actions still open across the Learning Teams</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::LinkNotesDialog</name>
        <message numerus="yes">
            <source>%n note(s) ticked</source>
            <translation>
                <numerusform>%n note ticked</numerusform>
                <numerusform>%n notes ticked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::MainWindow</name>
        <message numerus="yes">
            <source>Delete the team “%1” and its %n Learning Team(s)?</source>
            <translation>
                <numerusform>Delete the team “%1” and its %n Learning Team?</numerusform>
                <numerusform>Delete the team “%1” and its %n Learning Teams?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::NoteInspector</name>
        <message numerus="yes">
            <source>(and in %n Learning Team(s)</source>
            <translation>
                <numerusform>(and in %n Learning Team</numerusform>
                <numerusform>(and in %n Learning Teams</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at %n other site(s))</source>
            <translation>
                <numerusform>at %n other site)</numerusform>
                <numerusform>at %n other sites)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::OrgLibraryPane</name>
        <message numerus="yes">
            <source>%n shared learning(s) from other sites</source>
            <translation>
                <numerusform>%n shared learning from other sites</numerusform>
                <numerusform>%n shared learnings from other sites</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n match(es) in the organisation library</source>
            <translation>
                <numerusform>%n match in the organisation library</numerusform>
                <numerusform>%n matches in the organisation library</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::OrgSyncService</name>
        <message numerus="yes">
            <source>%n waiting to be delivered</source>
            <translation>
                <numerusform>%n waiting to be delivered</numerusform>
                <numerusform>%n waiting to be delivered</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n refused by the server</source>
            <translation>
                <numerusform>%n refused by the server</numerusform>
                <numerusform>%n refused by the server</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::ReportExportDialog</name>
        <message numerus="yes">
            <source>%n place(s) in the report will be changed before it leaves.</source>
            <translation>
                <numerusform>%n place in the report will be changed before it leaves.</numerusform>
                <numerusform>%n places in the report will be changed before it leaves.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::SharedLearningListModel</name>
        <message numerus="yes">
            <source>%n look-for(s)</source>
            <translation>
                <numerusform>%n look-for</numerusform>
                <numerusform>%n look-fors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::SoakWorkspace</name>
        <message numerus="yes">
            <source>⚑ %n weak signal(s) on the board</source>
            <translation>
                <numerusform>⚑ %n weak signal on the board</numerusform>
                <numerusform>⚑ %n weak signals on the board</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::SolveWorkspace</name>
        <message numerus="yes">
            <source>Defenses and &amp;gaps (%1 · %n gap(s))</source>
            <translation>
                <numerusform>Defenses and &amp;gaps (%1 · %n gap)</numerusform>
                <numerusform>Defenses and &amp;gaps (%1 · %n gaps)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::TeamTreeModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ltw::gui::TimelineModel</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
    </context>
</TS>
