-- The organizational connections assessment: the chapter's survey of its own members (one per
-- chapter, made on first use), the numbered forms printed, and each filled form entered, on
-- paper or on a laptop passed around a meeting. What a form says about ties is written as ties
-- (tie.response_id names the form that last told one); the rest stays with the form.

CREATE TABLE connections_assessment (
    id            TEXT PRIMARY KEY NOT NULL,
    -- Printed before each form's number ("K7QF-0042").
    code          TEXT NOT NULL UNIQUE CHECK (length(code) = 4),
    survey        TEXT NOT NULL CHECK (json_valid(survey)),
    forms_printed INTEGER NOT NULL DEFAULT 0 CHECK (forms_printed >= 0),
    is_sample     INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE connections_response (
    id             TEXT PRIMARY KEY NOT NULL,
    assessment_id  TEXT NOT NULL REFERENCES connections_assessment (id) ON DELETE CASCADE,
    -- The printed form's number; NULL for one filled in on the laptop.
    serial         INTEGER CHECK (serial IS NULL OR serial > 0),
    person_id      TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    method         TEXT NOT NULL CHECK (method IN ('paper', 'laptop')),
    language       TEXT,
    workplace      TEXT,
    industry       TEXT,
    union_name     TEXT,
    -- The answers to the survey's own questions, as a JSON array of {question, value}.
    answers        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(answers)),
    filled_on      TEXT NOT NULL,
    entered_by     TEXT NOT NULL CHECK (length(trim(entered_by)) > 0),
    is_sample      INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (assessment_id, serial),
    CHECK ((method = 'paper') = (serial IS NOT NULL))
);
CREATE INDEX connections_response_person ON connections_response (person_id);

ALTER TABLE tie ADD COLUMN response_id TEXT REFERENCES connections_response (id) ON DELETE SET NULL;
CREATE INDEX tie_response ON tie (response_id) WHERE response_id IS NOT NULL;
