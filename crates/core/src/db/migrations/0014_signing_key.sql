-- The chapter's own key for signing the files it sends to national (a grant application, later
-- its progress reports), made the first time one is sent. Only the public half travels in the
-- files: national uses it to tell that a file was not changed on the way, and that a later
-- file came from the same chapter. One row at most.

CREATE TABLE signing_key (
    id          INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    secret      BLOB NOT NULL CHECK (length(secret) = 32),
    public      BLOB NOT NULL CHECK (length(public) = 32),
    created_at  TEXT NOT NULL
);
