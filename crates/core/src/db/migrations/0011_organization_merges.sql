-- Merging two records of one organization ("SEIU Local 32BJ" typed once and "32BJ SEIU" once),
-- and undoing it. The record merged away stays (organization.merged_into), hidden from every
-- list; this row keeps what moved and what the kept record was before, so an undo puts both
-- back as they were.
CREATE TABLE organization_merge (
    id            TEXT PRIMARY KEY NOT NULL,
    kept_id       TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    merged_id     TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    -- JSON: the kept record's fields before, and the ids of the history, contacts and ties
    -- that moved (with the ties that met one of the kept record's, as they were).
    undo          TEXT NOT NULL CHECK (json_valid(undo)),
    merged_by     TEXT NOT NULL CHECK (length(trim(merged_by)) > 0),
    merged_at     TEXT NOT NULL,
    undone_at     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CHECK (kept_id <> merged_id)
);
CREATE INDEX organization_merge_kept ON organization_merge (kept_id, merged_at);

-- Two records an organizer said are two organizations, not offered as duplicates again.
CREATE TABLE organization_not_duplicate (
    first_id    TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    second_id   TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    said_by     TEXT NOT NULL CHECK (length(trim(said_by)) > 0),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
) WITHOUT ROWID;
