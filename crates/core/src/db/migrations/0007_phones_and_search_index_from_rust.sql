-- Phones' E.164 forms and the search index are worked out again, in Rust
-- (people::search_index::rebuild), right after this file in the same transaction:
-- * 0005 refilled the index with SQL that copied the Rust tokens for phones only roughly, so a
--   number typed with letters ("413-555-0178 ext 5") was indexed differently from one saved later;
-- * numbers that are no real number (555-555-5555, 999-999-9999) had been given an E.164 form by a
--   shortcut, and so counted as the same phone for everyone who typed them.
SELECT 1;
