-- Canvassing on paper: the doors the chapter may knock (each address once, however it was
-- spelled), who lives behind them, canvasses with their turfs in walking order, and what
-- happened at each door.

CREATE TABLE door (
    id          TEXT PRIMARY KEY NOT NULL,
    -- As printed: "183", "Larch Ct", "Unit 2" (empty for a house).
    number      TEXT NOT NULL CHECK (length(number) > 0),
    street      TEXT NOT NULL CHECK (length(street) > 0),
    unit        TEXT NOT NULL DEFAULT '',
    -- What two spellings of one door share ("LARCH CT", "2"), and the house number as a
    -- number, for walking order.
    street_key  TEXT NOT NULL,
    unit_key    TEXT NOT NULL DEFAULT '',
    house       INTEGER NOT NULL,
    city        TEXT,
    state       TEXT,
    zip         TEXT NOT NULL DEFAULT '',
    is_sample   INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (zip, street_key, number, unit_key)
);
CREATE INDEX door_walk ON door (zip, street_key, house);

-- Someone living behind a door: one of the chapter's people, or a name from a voter file.
CREATE TABLE resident (
    id          TEXT PRIMARY KEY NOT NULL,
    door_id     TEXT NOT NULL REFERENCES door (id) ON DELETE CASCADE,
    person_id   TEXT REFERENCES person (id) ON DELETE SET NULL,
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    van_id      TEXT,
    language    TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (door_id, name)
);
CREATE INDEX resident_door ON resident (door_id);
CREATE INDEX resident_person ON resident (person_id);

CREATE TABLE canvass (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(trim(name)) > 0),
    held_on      TEXT NOT NULL,
    -- The short script at the top of each walk sheet.
    script       TEXT,
    literature   TEXT,
    is_sample    INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE turf (
    id          TEXT PRIMARY KEY NOT NULL,
    canvass_id  TEXT NOT NULL REFERENCES canvass (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    canvassers  TEXT,
    shift       TEXT,
    UNIQUE (canvass_id, position)
);

-- A door's place in its turf's walk, from 1.
CREATE TABLE turf_door (
    turf_id     TEXT NOT NULL REFERENCES turf (id) ON DELETE CASCADE,
    canvass_id  TEXT NOT NULL REFERENCES canvass (id) ON DELETE CASCADE,
    door_id     TEXT NOT NULL REFERENCES door (id) ON DELETE CASCADE,
    walk_order  INTEGER NOT NULL CHECK (walk_order >= 1),
    PRIMARY KEY (turf_id, walk_order),
    UNIQUE (canvass_id, door_id)
);

-- What happened at a door on a canvass.
CREATE TABLE door_result (
    canvass_id  TEXT NOT NULL REFERENCES canvass (id) ON DELETE CASCADE,
    door_id     TEXT NOT NULL REFERENCES door (id) ON DELETE CASCADE,
    result      TEXT NOT NULL CHECK (result IN
                  ('not_home', 'talked', 'refused', 'moved', 'come_back', 'inaccessible')),
    -- Who answered, when the sheet says.
    resident_id TEXT REFERENCES resident (id) ON DELETE SET NULL,
    notes       TEXT,
    entered_at  TEXT NOT NULL,
    PRIMARY KEY (canvass_id, door_id)
);
