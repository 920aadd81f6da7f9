-- Small grants, the chapter's side. A base-building initiative is a project with what a grant
-- asks of it: what it does, its goals in numbers, and who answers for it. A grant application
-- asks national for an amount for that initiative over its months, with a budget of line items
-- and a timeline of milestones. Money is whole cents; dates are ISO dates (YYYY-MM-DD).
--
-- The rules a grant round sets (an amount between $500 and $1,000, a span of 3 to 6 months)
-- are checked by the program with messages that say why; the checks here only keep what no
-- draft may hold.

CREATE TABLE initiative (
    project_id        TEXT PRIMARY KEY NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    -- What the initiative does, in the chapter's words.
    description       TEXT,
    -- Run with partner organizations rather than by the chapter alone.
    coalition         INTEGER NOT NULL DEFAULT 0 CHECK (coalition IN (0, 1)),
    -- Its goals in numbers; NULL while not yet set.
    goal_reached      INTEGER CHECK (goal_reached >= 0),
    goal_one_on_ones  INTEGER CHECK (goal_one_on_ones >= 0),
    goal_new_members  INTEGER CHECK (goal_new_members >= 0),
    goal_new_leaders  INTEGER CHECK (goal_new_leaders >= 0),
    -- Who answers for it.
    responsible_id    TEXT REFERENCES person (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE grant_application (
    id             TEXT PRIMARY KEY NOT NULL,
    project_id     TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    starts_on      TEXT NOT NULL,
    ends_on        TEXT NOT NULL CHECK (ends_on > starts_on),
    -- How it builds a base among poor and working people.
    base_building  TEXT,
    -- How the work goes on after the grant.
    sustaining     TEXT,
    status         TEXT NOT NULL DEFAULT 'draft'
                     CHECK (status IN ('draft', 'submitted', 'awarded', 'declined')),
    submitted_at   TEXT,
    is_sample      INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX grant_application_project ON grant_application (project_id);

CREATE TABLE grant_budget_line (
    id               TEXT PRIMARY KEY NOT NULL,
    application_id   TEXT NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL CHECK (position >= 0),
    item             TEXT NOT NULL CHECK (length(trim(item)) > 0),
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_cost_cents  INTEGER NOT NULL CHECK (unit_cost_cents >= 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (application_id, position)
);

CREATE TABLE grant_milestone (
    id              TEXT PRIMARY KEY NOT NULL,
    application_id  TEXT NOT NULL REFERENCES grant_application (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    due_on          TEXT NOT NULL,
    what            TEXT NOT NULL CHECK (length(trim(what)) > 0),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (application_id, position)
);
