-- The training toolkit: modules (the built-in ones, whose words are in the program, and the
-- chapter's own, whose words are here), and training sessions with who came.

CREATE TABLE training_module (
    id           TEXT PRIMARY KEY NOT NULL,
    -- A built-in module's key ("one-on-ones"); NULL for the chapter's own.
    built_in     TEXT UNIQUE,
    -- What a module was copied from: a built-in's key or another module's id.
    copied_from  TEXT,
    -- A module imported from another chapter's file: a fingerprint of what the file held, so
    -- the same module imported twice is recognized.
    shared_hash  TEXT UNIQUE,
    is_sample    INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- The chapter's own module in one language.
CREATE TABLE training_text (
    module_id  TEXT NOT NULL REFERENCES training_module (id) ON DELETE CASCADE,
    lang       TEXT NOT NULL CHECK (lang IN ('en', 'es')),
    title      TEXT NOT NULL CHECK (length(trim(title)) > 0),
    summary    TEXT NOT NULL DEFAULT '',
    -- The three parts, in the markup: the facilitator's guide, the handout, the worksheet.
    agenda     TEXT NOT NULL DEFAULT '',
    handout    TEXT NOT NULL DEFAULT '',
    worksheet  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (module_id, lang)
);

-- A training session is a meeting given over to a module: its day, place, what makes it one
-- people can come to, its sign-in sheet and who came are the meeting's.
CREATE TABLE training_session (
    meeting_id  TEXT PRIMARY KEY NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    module_id   TEXT NOT NULL REFERENCES training_module (id) ON DELETE RESTRICT,
    trainers    TEXT,
    -- Short feedback after it: what worked, and what to change next time.
    worked      TEXT,
    to_change   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX training_session_by_module ON training_session (module_id);
