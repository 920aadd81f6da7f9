-- Small grants, the national committee's side: the region a sending chapter is in, as the
-- committee names it ("Southeast", "Appalachia"), so a round's summary can say where its
-- money went. Set by the committee, kept for the chapter's later rounds; unset at first.

ALTER TABLE sending_chapter ADD COLUMN region TEXT
    CHECK (region IS NULL OR length(trim(region)) > 0);
