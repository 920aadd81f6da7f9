-- The base: people, what shapes how they can show up, the leadership ladder, one-on-ones.
-- Child rows (phones, emails, languages, tags, availability) keep their own ids and
-- timestamps so rows from several laptops can be merged later.

CREATE TABLE ladder_level (
    key         TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    rank        INTEGER NOT NULL UNIQUE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

INSERT INTO ladder_level (key, name, rank, created_at, updated_at) VALUES
    ('contact',     'Contact',     1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('attendee',    'Attendee',    2, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('participant', 'Participant', 3, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('volunteer',   'Volunteer',   4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('leader',      'Leader',      5, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    ('organizer',   'Organizer',   6, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE person (
    id                 TEXT PRIMARY KEY NOT NULL,
    first_name         TEXT NOT NULL DEFAULT '',
    last_name          TEXT NOT NULL DEFAULT '',
    preferred_name     TEXT,
    pronouns           TEXT,
    street             TEXT,
    unit               TEXT,
    city               TEXT,
    state              TEXT,
    zip                TEXT,
    preferred_language TEXT,
    union_name         TEXT,
    union_local        TEXT,
    is_student         INTEGER NOT NULL DEFAULT 0 CHECK (is_student IN (0, 1)),
    workplace          TEXT,
    do_not_call        INTEGER NOT NULL DEFAULT 0 CHECK (do_not_call IN (0, 1)),
    do_not_text        INTEGER NOT NULL DEFAULT 0 CHECK (do_not_text IN (0, 1)),
    do_not_email       INTEGER NOT NULL DEFAULT 0 CHECK (do_not_email IN (0, 1)),
    access_needs       TEXT,
    notes              TEXT,
    -- Life responsibilities, as data: later features count and schedule with them.
    children           INTEGER NOT NULL DEFAULT 0 CHECK (children BETWEEN 0 AND 30),
    needs_childcare    INTEGER NOT NULL DEFAULT 0 CHECK (needs_childcare IN (0, 1)),
    cares_for_adult    INTEGER NOT NULL DEFAULT 0 CHECK (cares_for_adult IN (0, 1)),
    caregiving_note    TEXT,
    work_schedule      TEXT NOT NULL DEFAULT 'unknown' CHECK (work_schedule IN
                         ('unknown', 'days', 'evenings', 'nights', 'rotating', 'irregular', 'not_working')),
    transport          TEXT NOT NULL DEFAULT 'unknown' CHECK (transport IN
                         ('unknown', 'car', 'transit', 'walk_or_bike', 'needs_ride')),
    -- Membership facts from the national list.
    actionkit_id       TEXT UNIQUE,
    membership_status  TEXT CHECK (membership_status IN ('good_standing', 'member', 'lapsed')),
    member_type        TEXT,
    dues_status        TEXT,
    join_date          TEXT,
    expires_on         TEXT,
    -- The values the national list last gave for fields organizers may also edit (JSON), so a
    -- re-import changes a field only where no organizer has corrected it since.
    list_values        TEXT CHECK (list_values IS NULL OR json_valid(list_values)),
    ladder_level       TEXT NOT NULL DEFAULT 'contact' REFERENCES ladder_level (key),
    -- Where this person first came from: 'entered', 'national list', 'sign-in', ...
    source             TEXT NOT NULL DEFAULT 'entered',
    is_sample          INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    CHECK (length(trim(first_name)) > 0 OR length(trim(last_name)) > 0)
);
CREATE INDEX person_name ON person (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX person_zip ON person (zip);
CREATE INDEX person_ladder ON person (ladder_level);
CREATE INDEX person_status ON person (membership_status);

CREATE TABLE person_phone (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    number      TEXT NOT NULL,
    e164        TEXT,
    label       TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, position)
);
CREATE INDEX person_phone_e164 ON person_phone (e164);

CREATE TABLE person_email (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    email       TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, position)
);
CREATE INDEX person_email_address ON person_email (email COLLATE NOCASE);

CREATE TABLE person_language (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    language    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, language COLLATE NOCASE)
);
CREATE INDEX person_language_language ON person_language (language COLLATE NOCASE);

CREATE TABLE person_tag (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, tag COLLATE NOCASE)
);
CREATE INDEX person_tag_tag ON person_tag (tag COLLATE NOCASE);

CREATE TABLE person_availability (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    day         TEXT NOT NULL CHECK (day IN ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
    part        TEXT NOT NULL CHECK (part IN ('morning', 'afternoon', 'evening')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, day, part)
);

CREATE TABLE ladder_change (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    from_level  TEXT REFERENCES ladder_level (key),
    to_level    TEXT NOT NULL REFERENCES ladder_level (key),
    changed_by  TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    reason      TEXT,
    changed_at  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX ladder_change_person ON ladder_change (person_id, changed_at);

CREATE TABLE one_on_one (
    id              TEXT PRIMARY KEY NOT NULL,
    person_id       TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    held_on         TEXT NOT NULL,
    held_by         TEXT NOT NULL CHECK (length(trim(held_by)) > 0),
    story           TEXT,
    cares_about     TEXT,
    agreed_to       TEXT,
    next_step       TEXT,
    follow_up_on    TEXT,
    follow_up_done  INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX one_on_one_person ON one_on_one (person_id, held_on);
CREATE INDEX one_on_one_due ON one_on_one (follow_up_on) WHERE follow_up_done = 0;

-- Find anyone as you type: one row per person (rowid = person's rowid), rebuilt by core
-- whenever the person, their phones or their emails change.
CREATE VIRTUAL TABLE person_search USING fts5 (
    names, phones, emails, address,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);
