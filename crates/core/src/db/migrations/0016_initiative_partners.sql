-- The partner organizations a base-building initiative is run with, in coalition. A merge of
-- two organizations moves these rows like the rest of an organization's history (and an undo
-- moves them back).

CREATE TABLE initiative_partner (
    project_id       TEXT NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    position         INTEGER NOT NULL,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (project_id, organization_id)
);
CREATE INDEX initiative_partner_by_organization ON initiative_partner (organization_id);
