-- After an award: the chapter records national's decision (from the letter), then writes its
-- progress reports against the initiative's goals, halfway through and at the end, partly
-- filled from its own records; national keeps the reports chapters send, by application.

ALTER TABLE grant_application ADD COLUMN awarded_cents INTEGER CHECK (awarded_cents > 0);

CREATE TABLE grant_report (
    id                 TEXT PRIMARY KEY NOT NULL,
    application_id     TEXT NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    kind               TEXT NOT NULL CHECK (kind IN ('midpoint', 'final')),
    period_from        TEXT NOT NULL,
    period_to          TEXT NOT NULL,
    -- Against the goals; NULL while not yet given.
    reached            INTEGER CHECK (reached >= 0),
    one_on_ones        INTEGER CHECK (one_on_ones >= 0),
    new_members        INTEGER CHECK (new_members >= 0),
    new_leaders        INTEGER CHECK (new_leaders >= 0),
    sign_ins           INTEGER CHECK (sign_ins >= 0),
    spent_cents        INTEGER CHECK (spent_cents >= 0),
    story              TEXT,
    challenges         TEXT,
    sent_at            TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    UNIQUE (application_id, kind)
);

CREATE TABLE received_report (
    application_id  TEXT NOT NULL REFERENCES received_application (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('midpoint', 'final')),
    revision        TEXT NOT NULL,
    -- What was sent, as JSON: the signed file's payload.
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    received_at     TEXT NOT NULL,
    PRIMARY KEY (application_id, kind)
);
