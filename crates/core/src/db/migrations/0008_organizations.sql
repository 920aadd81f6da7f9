-- Organizations in the chapter's area, the chapter's relationship with each (and how it
-- changed), a log of contacts with them, and the ties members have to them.

CREATE TABLE organization (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind         TEXT NOT NULL CHECK (kind IN (
                     'union', 'congregation', 'school', 'tenant_association',
                     'neighbourhood_association', 'community_group', 'mutual_aid', 'workplace',
                     'base_building', 'service_provider', 'business', 'government',
                     'elected_office', 'other')),
    relationship TEXT NOT NULL DEFAULT 'unknown' CHECK (relationship IN (
                     'partner', 'ally', 'friendly', 'unknown', 'neutral', 'opposed')),
    -- The neighbourhood (or ZIP, or turf) it is in, as the needs assessment names areas.
    area         TEXT,
    street       TEXT,
    city         TEXT,
    state        TEXT,
    zip          TEXT,
    -- Languages it works in, as a JSON array of the names people type.
    languages    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages)),
    -- Kept as text, never fetched.
    website      TEXT,
    phone        TEXT,
    email        TEXT,
    notes        TEXT,
    -- Set when the record was merged into another: it is then kept only so the merge can be
    -- undone, and is left out of every list.
    merged_into  TEXT REFERENCES organization (id) ON DELETE SET NULL,
    is_sample    INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX organization_kind ON organization (kind, relationship);
CREATE INDEX organization_merged_into ON organization (merged_into);

-- Search as you type, kept in step by the triggers below (rowid = organization's rowid).
CREATE VIRTUAL TABLE organization_search USING fts5 (
    name, place,
    tokenize = 'unicode61 remove_diacritics 2',
    content = '',
    contentless_delete = 1
);

CREATE TRIGGER organization_search_insert AFTER INSERT ON organization BEGIN
    INSERT INTO organization_search (rowid, name, place)
    VALUES (new.rowid, new.name,
            concat_ws(' ', new.area, new.street, new.city, new.state, new.zip));
END;
CREATE TRIGGER organization_search_update
AFTER UPDATE OF name, area, street, city, state, zip ON organization BEGIN
    DELETE FROM organization_search WHERE rowid = old.rowid;
    INSERT INTO organization_search (rowid, name, place)
    VALUES (new.rowid, new.name,
            concat_ws(' ', new.area, new.street, new.city, new.state, new.zip));
END;
CREATE TRIGGER organization_search_delete AFTER DELETE ON organization BEGIN
    DELETE FROM organization_search WHERE rowid = old.rowid;
END;

-- Each time the chapter's relationship with an organization was set: who, when and why. The
-- first row (previous NULL) is the one it was added with.
CREATE TABLE organization_relationship (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    previous        TEXT,
    relationship    TEXT NOT NULL,
    reason          TEXT,
    changed_by      TEXT NOT NULL CHECK (length(trim(changed_by)) > 0),
    changed_at      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX organization_relationship_org ON organization_relationship (organization_id, changed_at);

-- The log of what passed between the chapter and an organization, with the next step.
CREATE TABLE organization_contact (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('contact', 'meeting', 'joint_action', 'ask')),
    happened_on     TEXT NOT NULL,
    summary         TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    -- Who was there from their side, as written.
    their_people    TEXT,
    next_step       TEXT,
    next_step_due   TEXT,
    next_step_done_on TEXT,
    logged_by       TEXT NOT NULL CHECK (length(trim(logged_by)) > 0),
    is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (next_step_due IS NULL OR next_step IS NOT NULL)
);
CREATE INDEX organization_contact_org ON organization_contact (organization_id, happened_on);
CREATE INDEX organization_contact_due ON organization_contact (next_step_due)
    WHERE next_step_due IS NOT NULL AND next_step_done_on IS NULL;

-- Who from the chapter took part in a logged contact.
CREATE TABLE organization_contact_person (
    contact_id  TEXT NOT NULL REFERENCES organization_contact (id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (contact_id, person_id)
) WITHOUT ROWID;
CREATE INDEX organization_contact_person_person ON organization_contact_person (person_id);

-- A person's tie to an organization: their role there, how strong the tie is, and whether they
-- would introduce the chapter. One per person and organization; the connections assessment and
-- the power map read these, never survey text.
CREATE TABLE tie (
    id              TEXT PRIMARY KEY NOT NULL,
    person_id       TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organization_id TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    role            TEXT NOT NULL CHECK (role IN ('member', 'active', 'leader', 'staff')),
    -- Their title there, as written ("pastor", "shop steward").
    title           TEXT,
    strength        INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
    would_introduce INTEGER NOT NULL DEFAULT 0 CHECK (would_introduce IN (0, 1)),
    -- The day the tie was last told (a form's day, or the day it was typed).
    noted_on        TEXT NOT NULL,
    is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (person_id, organization_id)
);
CREATE INDEX tie_organization ON tie (organization_id, strength);
