// The schema, as numbered migrations. Never edit a released migration: add the next one, and a test
// that upgrades a database of the version before it.
#include "ltw/database.hpp"

namespace ltw {

const std::vector<std::string>& schemaMigrations() {
    static const std::vector<std::string> migrations = {
        // 1: every concept of a Learning Team, the links between them, the phase log, full-text search.
        R"sql(
CREATE TABLE team (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    site TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
);
CREATE TABLE learning_team (
    id INTEGER PRIMARY KEY,
    uid TEXT NOT NULL UNIQUE,
    team_id INTEGER NOT NULL REFERENCES team(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    use TEXT NOT NULL CHECK (use IN ('work', 'change', 'event')),
    scope_question TEXT NOT NULL DEFAULT '',
    sponsor TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    phase TEXT NOT NULL CHECK (phase IN ('learn', 'soak', 'solve', 'share', 'closed')),
    soak_start INTEGER,
    soak_planned_end INTEGER,
    summary TEXT NOT NULL DEFAULT '',
    sponsor_response TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX learning_team_team ON learning_team(team_id);
CREATE INDEX learning_team_updated ON learning_team(updated);
CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (length(role) > 0),
    name TEXT NOT NULL DEFAULT ''
);
CREATE INDEX participant_lt ON participant(learning_team_id);
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('story', 'easy_condition', 'hard_condition', 'adaptation', 'tradeoff',
                                       'weak_signal', 'open_question', 'parking_lot', 'reflection')),
    text TEXT NOT NULL,
    teller_id INTEGER REFERENCES participant(id) ON DELETE SET NULL,
    phase TEXT NOT NULL CHECK (phase IN ('learn', 'soak', 'solve', 'share', 'closed')),
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
    pos_x REAL NOT NULL DEFAULT 0,
    pos_y REAL NOT NULL DEFAULT 0,
    facilitator_only INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX note_lt_kind ON note(learning_team_id, kind);
CREATE INDEX note_teller ON note(teller_id);
CREATE TABLE work_step (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    track TEXT NOT NULL CHECK (track IN ('imagined', 'done')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX work_step_lt ON work_step(learning_team_id, track, position);
CREATE TABLE defense (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('existing', 'new')),
    rating TEXT CHECK (rating IN ('working', 'degraded', 'hard_to_use', 'missing')),
    title TEXT NOT NULL CHECK (length(title) > 0),
    description TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX defense_lt ON defense(learning_team_id);
CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done', 'dropped')),
    success_measure TEXT NOT NULL DEFAULT '',
    defense_id INTEGER REFERENCES defense(id) ON DELETE SET NULL,
    votes INTEGER NOT NULL DEFAULT 0 CHECK (votes >= 0),
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX action_lt ON action(learning_team_id);
CREATE INDEX action_status_due ON action(status, due);
CREATE INDEX action_defense ON action(defense_id);
CREATE TABLE shared_learning (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(title) > 0),
    summary TEXT NOT NULL DEFAULT '',
    look_fors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(look_fors)),
    audience TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX shared_learning_lt ON shared_learning(learning_team_id);
CREATE TABLE link (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    from_type TEXT NOT NULL,
    from_id INTEGER NOT NULL,
    to_type TEXT NOT NULL,
    to_id INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('leads_to', 'answers', 'implements', 'attached_to', 'draws_on')),
    UNIQUE (from_type, from_id, to_type, to_id, kind)
);
CREATE INDEX link_lt ON link(learning_team_id);
CREATE INDEX link_to ON link(to_type, to_id);
CREATE TABLE phase_log (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    from_phase TEXT,
    to_phase TEXT NOT NULL,
    at INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_log_lt ON phase_log(learning_team_id, at);

-- Links name their ends by type and id, so they go with the item they touch.
CREATE TRIGGER note_unlink AFTER DELETE ON note BEGIN
    DELETE FROM link WHERE (from_type = 'note' AND from_id = old.id) OR (to_type = 'note' AND to_id = old.id);
END;
CREATE TRIGGER work_step_unlink AFTER DELETE ON work_step BEGIN
    DELETE FROM link WHERE (from_type = 'work_step' AND from_id = old.id)
                        OR (to_type = 'work_step' AND to_id = old.id);
END;
CREATE TRIGGER defense_unlink AFTER DELETE ON defense BEGIN
    DELETE FROM link WHERE (from_type = 'defense' AND from_id = old.id) OR (to_type = 'defense' AND to_id = old.id);
END;
CREATE TRIGGER action_unlink AFTER DELETE ON action BEGIN
    DELETE FROM link WHERE (from_type = 'action' AND from_id = old.id) OR (to_type = 'action' AND to_id = old.id);
END;
CREATE TRIGGER shared_learning_unlink AFTER DELETE ON shared_learning BEGIN
    DELETE FROM link WHERE (from_type = 'shared_learning' AND from_id = old.id)
                        OR (to_type = 'shared_learning' AND to_id = old.id);
END;
CREATE INDEX link_from ON link(from_type, from_id);

-- Full-text search: one external-content FTS5 table per kind of item, kept in step by triggers.
CREATE VIRTUAL TABLE note_fts USING fts5(text, tags, content='note', content_rowid='id',
                                         tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO note_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF text, tags ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, text, tags) VALUES ('delete', old.id, old.text, old.tags);
    INSERT INTO note_fts(rowid, text, tags) VALUES (new.id, new.text, new.tags);
END;

CREATE VIRTUAL TABLE defense_fts USING fts5(title, description, content='defense', content_rowid='id',
                                            tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER defense_fts_insert AFTER INSERT ON defense BEGIN
    INSERT INTO defense_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER defense_fts_delete AFTER DELETE ON defense BEGIN
    INSERT INTO defense_fts(defense_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER defense_fts_update AFTER UPDATE OF title, description ON defense BEGIN
    INSERT INTO defense_fts(defense_fts, rowid, title, description)
        VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO defense_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;

CREATE VIRTUAL TABLE action_fts USING fts5(title, success_measure, content='action', content_rowid='id',
                                           tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER action_fts_insert AFTER INSERT ON action BEGIN
    INSERT INTO action_fts(rowid, title, success_measure) VALUES (new.id, new.title, new.success_measure);
END;
CREATE TRIGGER action_fts_delete AFTER DELETE ON action BEGIN
    INSERT INTO action_fts(action_fts, rowid, title, success_measure)
        VALUES ('delete', old.id, old.title, old.success_measure);
END;
CREATE TRIGGER action_fts_update AFTER UPDATE OF title, success_measure ON action BEGIN
    INSERT INTO action_fts(action_fts, rowid, title, success_measure)
        VALUES ('delete', old.id, old.title, old.success_measure);
    INSERT INTO action_fts(rowid, title, success_measure) VALUES (new.id, new.title, new.success_measure);
END;

CREATE VIRTUAL TABLE shared_learning_fts USING fts5(title, summary, look_fors, content='shared_learning',
                                                    content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER shared_learning_fts_insert AFTER INSERT ON shared_learning BEGIN
    INSERT INTO shared_learning_fts(rowid, title, summary, look_fors)
        VALUES (new.id, new.title, new.summary, new.look_fors);
END;
CREATE TRIGGER shared_learning_fts_delete AFTER DELETE ON shared_learning BEGIN
    INSERT INTO shared_learning_fts(shared_learning_fts, rowid, title, summary, look_fors)
        VALUES ('delete', old.id, old.title, old.summary, old.look_fors);
END;
CREATE TRIGGER shared_learning_fts_update AFTER UPDATE OF title, summary, look_fors ON shared_learning BEGIN
    INSERT INTO shared_learning_fts(shared_learning_fts, rowid, title, summary, look_fors)
        VALUES ('delete', old.id, old.title, old.summary, old.look_fors);
    INSERT INTO shared_learning_fts(rowid, title, summary, look_fors)
        VALUES (new.id, new.title, new.summary, new.look_fors);
END;
)sql",
        // 2: themes drawn from the notes in Soak. A note keeps its place when its theme goes. SQLite adds
        // a column with a REFERENCES clause only when its default is NULL, which is what "no theme" is.
        R"sql(
CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX theme_lt ON theme(learning_team_id, position);
ALTER TABLE note ADD COLUMN theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL;
CREATE INDEX note_theme ON note(theme_id);
)sql",
        // 3: the facilitator's own redaction list of a Learning Team (terms and the labels that replace them
        // in exports), as a JSON array of {"term", "label"} objects.
        R"sql(
ALTER TABLE learning_team ADD COLUMN redactions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(redactions));
)sql",
        // 4: where an imported Learning Team came from, so the library can say so and a second import of the
        // same bundle updates it. Goes with its Learning Team.
        R"sql(
CREATE TABLE import_origin (
    learning_team_id INTEGER PRIMARY KEY REFERENCES learning_team(id) ON DELETE CASCADE,
    file_name TEXT NOT NULL DEFAULT '',
    facilitator TEXT NOT NULL DEFAULT '',
    first_imported INTEGER NOT NULL,
    last_imported INTEGER NOT NULL,
    imports INTEGER NOT NULL DEFAULT 1 CHECK (imports >= 1)
);
)sql",
        // 5: every Learning Team knows which revision it is at, and an imported copy what it was imported from
        // and what it held then, so that an import never replaces what started here or changed here. Imports
        // made before this migration followed the bundle's own uid; what they held then is not known.
        R"sql(
ALTER TABLE learning_team ADD COLUMN revision INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 0);
ALTER TABLE import_origin ADD COLUMN source_uid TEXT NOT NULL DEFAULT '';
ALTER TABLE import_origin ADD COLUMN source_revision INTEGER NOT NULL DEFAULT 0 CHECK (source_revision >= 0);
ALTER TABLE import_origin ADD COLUMN source_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE import_origin ADD COLUMN local_fingerprint TEXT NOT NULL DEFAULT '';
ALTER TABLE import_origin ADD COLUMN exported_at INTEGER;
ALTER TABLE import_origin ADD COLUMN base TEXT NOT NULL DEFAULT '';
UPDATE import_origin SET source_uid = (SELECT uid FROM learning_team lt WHERE lt.id = import_origin.learning_team_id);
)sql",
        // 6: the organisation library (docs/org-library.md): the server saved for this database and how far
        // its rows were pulled, the outbox of decisions waiting for delivery, and the mirror of what the
        // organisation published, searched like the local library. The mirror keeps, per Learning Team, the
        // items of the newest publication not withdrawn.
        R"sql(
CREATE TABLE org_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    server TEXT NOT NULL DEFAULT '',
    last_seq INTEGER NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    last_sync INTEGER,
    last_error TEXT NOT NULL DEFAULT ''
);
INSERT INTO org_state(id) VALUES (1);
CREATE TABLE org_outbox (
    position INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('publication', 'withdrawal', 'adoption')),
    learning_team_id INTEGER REFERENCES learning_team(id) ON DELETE SET NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    visibility TEXT NOT NULL DEFAULT '',
    payload TEXT NOT NULL,
    created INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    refused INTEGER NOT NULL DEFAULT 0,
    delivered_at INTEGER
);
CREATE INDEX org_outbox_lt ON org_outbox(learning_team_id, position);
CREATE TABLE org_publication (
    uuid TEXT PRIMARY KEY,
    learning_team_uid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    site TEXT NOT NULL,
    visibility TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    title TEXT NOT NULL,
    use TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    shown INTEGER NOT NULL DEFAULT 0,
    payload TEXT
);
CREATE INDEX org_publication_lt ON org_publication(learning_team_uid, shown);
CREATE TABLE org_withdrawal (
    publication_uuid TEXT PRIMARY KEY,
    learning_team_uid TEXT NOT NULL,
    withdrawn_by TEXT NOT NULL,
    withdrawn_at INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE TABLE org_item (
    id INTEGER PRIMARY KEY,
    publication_uuid TEXT NOT NULL REFERENCES org_publication(uuid) ON DELETE CASCADE,
    type TEXT NOT NULL,
    note_kind TEXT,
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    audience TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL
);
CREATE INDEX org_item_publication ON org_item(publication_uuid);
CREATE VIRTUAL TABLE org_item_fts USING fts5(title, body, tags, content='org_item', content_rowid='id',
                                             tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER org_item_fts_insert AFTER INSERT ON org_item BEGIN
    INSERT INTO org_item_fts(rowid, title, body, tags) VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER org_item_fts_delete AFTER DELETE ON org_item BEGIN
    INSERT INTO org_item_fts(org_item_fts, rowid, title, body, tags) VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TABLE org_adoption (
    uuid TEXT PRIMARY KEY,
    learning_team_uid TEXT NOT NULL,
    learning_title TEXT NOT NULL,
    team TEXT NOT NULL,
    site TEXT NOT NULL,
    applies TEXT NOT NULL,
    protects TEXT NOT NULL DEFAULT '',
    adopted_by TEXT NOT NULL,
    adopted_at INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE
);
CREATE INDEX org_adoption_learning ON org_adoption(learning_team_uid, learning_title);
)sql",
        // 7: the timeline of an event: moments in order, with a clock time and date when known, what
        // happened, where and who by role. Notes attach to moments and moments to work steps through links,
        // which go with the moment. Searched like notes.
        R"sql(
CREATE TABLE moment (
    id INTEGER PRIMARY KEY,
    learning_team_id INTEGER NOT NULL REFERENCES learning_team(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    day TEXT,
    minute INTEGER CHECK (minute BETWEEN 0 AND 1439),
    text TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    who TEXT NOT NULL DEFAULT '',
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL
);
CREATE INDEX moment_lt ON moment(learning_team_id, position);
CREATE TRIGGER moment_unlink AFTER DELETE ON moment BEGIN
    DELETE FROM link WHERE (from_type = 'moment' AND from_id = old.id) OR (to_type = 'moment' AND to_id = old.id);
END;
CREATE VIRTUAL TABLE moment_fts USING fts5(text, place, who, content='moment', content_rowid='id',
                                           tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER moment_fts_insert AFTER INSERT ON moment BEGIN
    INSERT INTO moment_fts(rowid, text, place, who) VALUES (new.id, new.text, new.place, new.who);
END;
CREATE TRIGGER moment_fts_delete AFTER DELETE ON moment BEGIN
    INSERT INTO moment_fts(moment_fts, rowid, text, place, who) VALUES ('delete', old.id, old.text, old.place, old.who);
END;
CREATE TRIGGER moment_fts_update AFTER UPDATE OF text, place, who ON moment BEGIN
    INSERT INTO moment_fts(moment_fts, rowid, text, place, who) VALUES ('delete', old.id, old.text, old.place, old.who);
    INSERT INTO moment_fts(rowid, text, place, who) VALUES (new.id, new.text, new.place, new.who);
END;
)sql",
    };
    return migrations;
}

} // namespace ltw
