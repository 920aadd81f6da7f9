-- Meetings and who came: sign-in sheets turn attendance into relationships.

CREATE TABLE meeting (
    id              TEXT PRIMARY KEY NOT NULL,
    title           TEXT NOT NULL CHECK (length(trim(title)) > 0),
    starts_at       TEXT NOT NULL,   -- UTC, RFC 3339
    ends_at         TEXT,            -- UTC, RFC 3339
    place           TEXT,
    -- What makes the meeting one people can come to.
    childcare       INTEGER NOT NULL DEFAULT 0 CHECK (childcare IN (0, 1)),
    interpretation  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interpretation)),
    food            INTEGER NOT NULL DEFAULT 0 CHECK (food IN (0, 1)),
    step_free       INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
    notes           TEXT,
    is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX meeting_starts ON meeting (starts_at);

CREATE TABLE attendance (
    id               TEXT PRIMARY KEY NOT NULL,
    meeting_id       TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    person_id        TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    first_time       INTEGER NOT NULL DEFAULT 0 CHECK (first_time IN (0, 1)),
    wants_childcare  INTEGER NOT NULL DEFAULT 0 CHECK (wants_childcare IN (0, 1)),
    recorded_at      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (meeting_id, person_id)
);
CREATE INDEX attendance_person ON attendance (person_id);
