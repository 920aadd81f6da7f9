-- Area needs assessments: what the chapter asks its neighbours, the numbered paper forms, and
-- the answers entered from them.

CREATE TABLE assessment (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- Printed before each form's number ("K7QF-0042"), so a form entered under the wrong
    -- assessment is recognised.
    code         TEXT NOT NULL UNIQUE CHECK (length(code) = 4),
    area_kind    TEXT NOT NULL CHECK (area_kind IN ('neighbourhoods', 'zip_codes', 'turfs')),
    areas        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(areas)),
    starts_on    TEXT,
    ends_on      TEXT,
    methods      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(methods)),
    -- The survey as one document (questions, choices and their texts in every language): it
    -- is edited and printed whole. Answers refer to its question and choice keys.
    survey       TEXT NOT NULL CHECK (json_valid(survey)),
    -- Forms printed so far: the next batch starts after this number.
    forms_printed INTEGER NOT NULL DEFAULT 0 CHECK (forms_printed >= 0),
    is_sample    INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- One filled form. Contact details only with consent: without it, only the answers are kept.
CREATE TABLE needs_response (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    serial         INTEGER NOT NULL CHECK (serial > 0),
    area           TEXT,
    language       TEXT,
    method         TEXT CHECK (method IN ('door_to_door', 'tabling', 'listening_session', 'community_meeting')),
    consent        INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    contact_name   TEXT,
    contact_phone  TEXT,
    contact_email  TEXT,
    wants_contact  INTEGER NOT NULL DEFAULT 0 CHECK (wants_contact IN (0, 1)),
    person_id      TEXT REFERENCES person (id) ON DELETE SET NULL,
    -- When an organizer followed up with a respondent who asked to be contacted.
    followed_up_at TEXT,
    entered_by     TEXT NOT NULL CHECK (length(trim(entered_by)) > 0),
    is_sample      INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, serial),
    CHECK (consent = 1 OR (contact_name IS NULL AND contact_phone IS NULL
                           AND contact_email IS NULL AND wants_contact = 0))
);

-- One answer: a scale's number, a choice's key (one row per choice picked), yes/no, a number
-- or written text.
CREATE TABLE needs_answer (
    id            TEXT PRIMARY KEY NOT NULL,
    response_id   TEXT NOT NULL REFERENCES needs_response (id) ON DELETE CASCADE,
    question_key  TEXT NOT NULL,
    value         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (response_id, question_key, value)
);
CREATE INDEX needs_answer_question ON needs_answer (question_key, value);
