-- The search index keeps no second copy of what it indexes (contentless, with deletes allowed)
-- and no prefix indexes. Both roughly tripled the index's size and its share of a list import;
-- a prefix query over 50,000 people is still a few milliseconds without them.

DROP TABLE person_search;

CREATE VIRTUAL TABLE person_search USING fts5 (
    names, phones, emails, address,
    tokenize = 'unicode61 remove_diacritics 2',
    content = '',
    contentless_delete = 1
);

-- Refilled from the rows, as core writes it (people/search_index.rs): a phone is found by its
-- digits as typed, its national and international forms, and its last seven and four digits.
WITH digits AS (
    SELECT person_id, e164,
           replace(replace(replace(replace(replace(replace(replace(
               number, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''), '+', ''), '/', '') AS d
    FROM person_phone
),
tokens AS (
    SELECT person_id, d AS token FROM digits
    UNION SELECT person_id, substr(e164, 2) FROM digits WHERE e164 IS NOT NULL
    UNION SELECT person_id, substr(e164, 3) FROM digits WHERE e164 LIKE '+1%'
    UNION SELECT person_id, substr(d, -7) FROM digits WHERE length(d) > 7
    UNION SELECT person_id, substr(d, -4) FROM digits WHERE length(d) > 4
),
phones AS (
    SELECT person_id, group_concat(token, ' ') AS text FROM tokens WHERE token <> '' GROUP BY person_id
),
emails AS (
    SELECT person_id, group_concat(email, ' ') AS text FROM person_email GROUP BY person_id
)
INSERT INTO person_search (rowid, names, phones, emails, address)
SELECT p.rowid,
       concat_ws(' ', p.first_name, p.last_name, p.preferred_name),
       coalesce(ph.text, ''),
       coalesce(em.text, ''),
       concat_ws(' ', p.street, p.unit, p.city, p.state, p.zip)
FROM person p
LEFT JOIN phones ph ON ph.person_id = p.id
LEFT JOIN emails em ON em.person_id = p.id;
