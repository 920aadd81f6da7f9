-- The chapter itself: one row, written by the welcome screen or the sample chapter.
CREATE TABLE chapter (
    id              TEXT PRIMARY KEY NOT NULL,
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    paper_size      TEXT NOT NULL CHECK (paper_size IN ('letter', 'a4')),
    -- JSON array of language codes, in the order the chapter prefers them
    print_languages TEXT NOT NULL CHECK (json_valid(print_languages)),
    time_zone       TEXT NOT NULL,
    is_sample       INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
