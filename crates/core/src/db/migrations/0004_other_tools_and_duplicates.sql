-- Other tools' keys and fields, merges of duplicate records, and pairs found not to be
-- duplicates.

-- VAN's id for the person, once a VAN export has named them.
ALTER TABLE person ADD COLUMN van_id TEXT;
-- Indexes here are never partial: a query against a partial index is re-planned each time its
-- parameter changes, which made every row of a large import pay for a fresh query plan.
CREATE UNIQUE INDEX person_van_id ON person (van_id);

-- Columns a campaign tool carries that Groundwork keeps as they are (a Spoke list's custom
-- fields, say). The tool owns them: its next file may change them.
CREATE TABLE person_field (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    value       TEXT NOT NULL,
    source      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (person_id, name COLLATE NOCASE)
);

-- Two records that were one person. The record merged away is kept whole (as JSON) with the
-- choices made, so nothing is lost; its outside keys still lead to the person it became, so
-- the next national list or VAN export does not bring it back.
CREATE TABLE person_merge (
    id            TEXT PRIMARY KEY NOT NULL,
    kept_id       TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    merged_id     TEXT NOT NULL,
    merged_name   TEXT NOT NULL,
    actionkit_id  TEXT,
    van_id        TEXT,
    snapshot      TEXT NOT NULL CHECK (json_valid(snapshot)),
    choices       TEXT NOT NULL CHECK (json_valid(choices)),
    merged_by     TEXT NOT NULL CHECK (length(trim(merged_by)) > 0),
    merged_at     TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX person_merge_kept ON person_merge (kept_id);
CREATE INDEX person_merge_actionkit ON person_merge (actionkit_id);
CREATE INDEX person_merge_van ON person_merge (van_id);

-- Pairs an organizer looked at and said are two people, so they are not suggested again.
-- The smaller id is always first.
CREATE TABLE not_duplicate (
    id          TEXT PRIMARY KEY NOT NULL,
    person_a    TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b    TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    decided_by  TEXT NOT NULL CHECK (length(trim(decided_by)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
