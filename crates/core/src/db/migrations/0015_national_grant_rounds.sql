-- Small grants, the national committee's side. The same program opens a committee's database:
-- its one `chapter` row names the committee and says so in `role`, and it holds grant rounds
-- and the applications chapters send, not people.
--
-- A round has a budget (whole cents) that its awards may not exceed; the program refuses an
-- award that would over-commit it, saying by how much, and a payment beyond what was awarded.

ALTER TABLE chapter ADD COLUMN role TEXT NOT NULL DEFAULT 'chapter'
    CHECK (role IN ('chapter', 'national'));

CREATE TABLE grant_round (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    budget_cents  INTEGER NOT NULL CHECK (budget_cents > 0),
    opens_on      TEXT,
    deadline      TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- A chapter as national knows it: by the key that signs its files. Its name and languages are
-- as its latest file gave them.
CREATE TABLE sending_chapter (
    public_key    BLOB PRIMARY KEY NOT NULL CHECK (length(public_key) = 32),
    name          TEXT NOT NULL,
    -- JSON array of language codes, the chapter's first choice first.
    languages     TEXT NOT NULL CHECK (json_valid(languages)),
    first_seen_at TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL
);

-- An application received, under the chapter's own id for it. Its words and figures are those
-- of its current revision; every revision received stays in `received_revision`.
CREATE TABLE received_application (
    id               TEXT PRIMARY KEY NOT NULL,
    round_id         TEXT NOT NULL REFERENCES grant_round (id) ON DELETE RESTRICT,
    chapter_key      BLOB NOT NULL REFERENCES sending_chapter (public_key) ON DELETE RESTRICT,
    revision         TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'received'
                     CHECK (status IN ('received', 'awarded', 'declined')),
    awarded_cents    INTEGER CHECK (awarded_cents > 0),
    decision_reason  TEXT,
    decided_at       TEXT,
    received_at      TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK ((status = 'awarded') = (awarded_cents IS NOT NULL)),
    FOREIGN KEY (id, revision) REFERENCES received_revision (application_id, revision)
        DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX received_application_by_round ON received_application (round_id);

CREATE TABLE received_revision (
    application_id TEXT NOT NULL,
    revision       TEXT NOT NULL,
    -- What was sent, as JSON: the signed file's payload.
    payload        TEXT NOT NULL CHECK (json_valid(payload)),
    sent_at        TEXT NOT NULL,
    received_at    TEXT NOT NULL,
    PRIMARY KEY (application_id, revision)
);

CREATE TABLE disbursement (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT NOT NULL REFERENCES received_application (id) ON DELETE RESTRICT,
    amount_cents    INTEGER NOT NULL CHECK (amount_cents > 0),
    paid_on         TEXT NOT NULL,
    note            TEXT,
    created_at      TEXT NOT NULL
);
CREATE INDEX disbursement_by_application ON disbursement (application_id);

-- Review. Each round has a rubric the committee can edit: criteria with weights. Reviewers
-- score each application on each criterion from 1 to 5, with notes; a reviewer who declares a
-- conflict of interest with an application holds no scores on it, and the program shows them
-- no one else's.
CREATE TABLE rubric_criterion (
    id          TEXT PRIMARY KEY NOT NULL,
    round_id    TEXT NOT NULL REFERENCES grant_round (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    weight      INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 10),
    UNIQUE (round_id, position)
);

CREATE TABLE reviewer (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX reviewer_by_name ON reviewer (lower(name));

CREATE TABLE review (
    application_id  TEXT NOT NULL REFERENCES received_application (id) ON DELETE CASCADE,
    reviewer_id     TEXT NOT NULL REFERENCES reviewer (id) ON DELETE RESTRICT,
    -- A declared conflict of interest: no scores, and no sight of the others'.
    recused         INTEGER NOT NULL DEFAULT 0 CHECK (recused IN (0, 1)),
    recusal_reason  TEXT,
    notes           TEXT,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (application_id, reviewer_id)
);

CREATE TABLE review_score (
    application_id  TEXT NOT NULL,
    reviewer_id     TEXT NOT NULL,
    criterion_id    TEXT NOT NULL REFERENCES rubric_criterion (id) ON DELETE RESTRICT,
    score           INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (application_id, reviewer_id, criterion_id),
    FOREIGN KEY (application_id, reviewer_id)
        REFERENCES review (application_id, reviewer_id) ON DELETE CASCADE
);
