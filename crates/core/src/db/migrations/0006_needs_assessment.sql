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

-- Service programs that meet a felt need and bring people into the organization: the
-- built-in catalogue below, plus the chapter's own.
CREATE TABLE service_program (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description  TEXT NOT NULL DEFAULT '',
    -- The needs (survey domain keys) it answers, as a JSON array.
    needs        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs)),
    is_builtin   INTEGER NOT NULL DEFAULT 0 CHECK (is_builtin IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

-- (A VALUES list names its columns column1, column2, ...)
INSERT INTO service_program (id, name, description, needs, is_builtin, created_at, updated_at)
SELECT column1, column2, column3, column4, 1,
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (VALUES
    ('0194b0a0-0000-7000-8000-000000000001', 'Tenant union',
     'Neighbours in the same buildings meet, document repairs and rent increases, and press landlords together.',
     '["housing"]'),
    ('0194b0a0-0000-7000-8000-000000000002', 'Brake-light clinic',
     'Free fixes of lights and small car faults that lead to traffic stops and fines, with a talk while people wait.',
     '["transport","safety"]'),
    ('0194b0a0-0000-7000-8000-000000000003', 'Free groceries or breakfast',
     'A regular food distribution or breakfast run by members, where every visit is a chance to sign people up.',
     '["food"]'),
    ('0194b0a0-0000-7000-8000-000000000004', 'Health-care navigation and medical-debt clinic',
     'Help applying for coverage and charity care and disputing medical bills, one family at a time, then together.',
     '["health"]'),
    ('0194b0a0-0000-7000-8000-000000000005', 'Know-your-rights trainings',
     'Trainings on rights at home, at work and with immigration authorities, that grow a rapid-response network.',
     '["immigration","safety"]'),
    ('0194b0a0-0000-7000-8000-000000000006', 'Childcare co-op',
     'Parents trade childcare hours and provide care at meetings, so parents can take part.',
     '["care"]'),
    ('0194b0a0-0000-7000-8000-000000000007', 'Utility shut-off defence',
     'Help with payment plans and assistance programs, and members who go together to stop shut-offs.',
     '["utilities"]'),
    ('0194b0a0-0000-7000-8000-000000000008', 'Wage-theft clinic',
     'Workers document unpaid wages with volunteers, file claims, and take collective action with co-workers.',
     '["work"]')
);

-- A base-building project: what a chapter decides to build, often from a shortlisted program.
-- Grants and campaigns build on it.
CREATE TABLE project (
    id             TEXT PRIMARY KEY NOT NULL,
    name           TEXT NOT NULL CHECK (length(trim(name)) > 0),
    program_id     TEXT REFERENCES service_program (id) ON DELETE SET NULL,
    assessment_id  TEXT REFERENCES assessment (id) ON DELETE SET NULL,
    needs          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs)),
    status         TEXT NOT NULL DEFAULT 'planning' CHECK (status IN ('planning', 'active', 'paused', 'ended')),
    notes          TEXT,
    is_sample      INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- How a program scores as an entry point for one assessment's neighbourhoods, 1 (weak) to 5
-- (strong) on each criterion organizers use. `resources` is 5 when it needs few.
CREATE TABLE program_candidate (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    program_id     TEXT NOT NULL REFERENCES service_program (id) ON DELETE CASCADE,
    widely_felt    INTEGER CHECK (widely_felt BETWEEN 1 AND 5),
    deeply_felt    INTEGER CHECK (deeply_felt BETWEEN 1 AND 5),
    winnable       INTEGER CHECK (winnable BETWEEN 1 AND 5),
    builds_base    INTEGER CHECK (builds_base BETWEEN 1 AND 5),
    resources      INTEGER CHECK (resources BETWEEN 1 AND 5),
    partners       INTEGER CHECK (partners BETWEEN 1 AND 5),
    notes          TEXT,
    shortlisted    INTEGER NOT NULL DEFAULT 0 CHECK (shortlisted IN (0, 1)),
    project_id     TEXT REFERENCES project (id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, program_id)
);
