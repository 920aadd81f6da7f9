-- A canvass can carry a needs assessment's survey to the doors: its "top three" question is
-- asked at each door, and what is said there becomes a form of that assessment, numbered
-- after its printed forms and marked as coming from this canvass and door.
ALTER TABLE canvass ADD COLUMN assessment_id TEXT REFERENCES assessment (id) ON DELETE SET NULL;

ALTER TABLE needs_response ADD COLUMN canvass_id TEXT REFERENCES canvass (id) ON DELETE SET NULL;
ALTER TABLE needs_response ADD COLUMN door_id TEXT REFERENCES door (id) ON DELETE SET NULL;
-- A door's answers are one form: entering the door again replaces them.
CREATE UNIQUE INDEX needs_response_door ON needs_response (canvass_id, door_id)
    WHERE canvass_id IS NOT NULL AND door_id IS NOT NULL;

-- "Wants to get involved" is ticked on the sheet whatever the door's result; such doors and
-- those to come back to are the canvass's list of doors to go back to, until someone has.
ALTER TABLE door_result ADD COLUMN wants_involved INTEGER NOT NULL DEFAULT 0
    CHECK (wants_involved IN (0, 1));
ALTER TABLE door_result ADD COLUMN gone_back_at TEXT;
