-- Campaigns and their power maps. A campaign holds a strategy chart (its items by column, in
-- order; a tactic names the target it is aimed at) and any number of maps. A map's nodes are
-- people and institutions placed on two axes, alignment across and power up; a node may stand
-- for a person or an organization the chapter has a record of. Edges are the relationships
-- between nodes. The chapter's own paths in (members' ties) are not stored here: they are read
-- from the ties, so they stay current.

CREATE TABLE campaign (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- The issue the campaign takes up, in the chapter's words.
    issue       TEXT,
    project_id  TEXT REFERENCES project (id) ON DELETE SET NULL,
    is_sample   INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE strategy_item (
    id           TEXT PRIMARY KEY NOT NULL,
    campaign_id  TEXT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    section      TEXT NOT NULL CHECK (section IN (
                     'long_term_goal', 'intermediate_goal', 'short_term_goal',
                     'resources', 'gains', 'internal_problems',
                     'constituents', 'allies', 'opponents',
                     'primary_target', 'secondary_target',
                     'tactic')),
    position     INTEGER NOT NULL CHECK (position >= 0),
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    -- A tactic's target: one of the campaign's target items.
    target_id    TEXT REFERENCES strategy_item (id) ON DELETE SET NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (campaign_id, section, position),
    CHECK (target_id IS NULL OR section = 'tactic')
);

CREATE TABLE power_map (
    id           TEXT PRIMARY KEY NOT NULL,
    campaign_id  TEXT REFERENCES campaign (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- Where the map came from: 'groundwork', 'kumu' or 'oligrapher'.
    source       TEXT NOT NULL DEFAULT 'groundwork',
    is_sample    INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX power_map_campaign ON power_map (campaign_id);

CREATE TABLE map_node (
    id               TEXT PRIMARY KEY NOT NULL,
    map_id           TEXT NOT NULL REFERENCES power_map (id) ON DELETE CASCADE,
    label            TEXT NOT NULL CHECK (length(trim(label)) > 0),
    kind             TEXT NOT NULL CHECK (kind IN (
                         'person', 'organization', 'government', 'business', 'media', 'other')),
    person_id        TEXT REFERENCES person (id) ON DELETE SET NULL,
    organization_id  TEXT REFERENCES organization (id) ON DELETE SET NULL,
    -- Across: -2 strongly opposed … 0 neutral … 2 strongly allied.
    alignment        REAL NOT NULL CHECK (alignment BETWEEN -2 AND 2),
    -- Up: 0 little power over the decision … 4 decisive.
    power            REAL NOT NULL CHECK (power BETWEEN 0 AND 4),
    -- 0 until the chapter has judged where the node stands (an imported map's nodes keep
    -- their layout but are not yet judged).
    judged           INTEGER NOT NULL DEFAULT 1 CHECK (judged IN (0, 1)),
    is_target        INTEGER NOT NULL DEFAULT 0 CHECK (is_target IN (0, 1)),
    notes            TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    CHECK (person_id IS NULL OR organization_id IS NULL)
);
CREATE INDEX map_node_map ON map_node (map_id);
CREATE INDEX map_node_person ON map_node (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX map_node_organization ON map_node (organization_id) WHERE organization_id IS NOT NULL;

CREATE TABLE map_edge (
    id          TEXT PRIMARY KEY NOT NULL,
    map_id      TEXT NOT NULL REFERENCES power_map (id) ON DELETE CASCADE,
    from_id     TEXT NOT NULL REFERENCES map_node (id) ON DELETE CASCADE,
    to_id       TEXT NOT NULL REFERENCES map_node (id) ON DELETE CASCADE,
    label       TEXT,
    -- 1 (weak) to 5 (strong), when known.
    strength    INTEGER CHECK (strength IS NULL OR strength BETWEEN 1 AND 5),
    direction   TEXT NOT NULL DEFAULT 'directed'
                CHECK (direction IN ('directed', 'undirected', 'mutual')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (from_id <> to_id)
);
CREATE INDEX map_edge_map ON map_edge (map_id);
