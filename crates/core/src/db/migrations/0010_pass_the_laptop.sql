-- Pass the laptop: at a meeting, members fill in the connections form themselves, one after
-- another, while the rest of the app is locked. One row per chapter: the organizer's
-- passphrase, kept only as an argon2 hash, and whether the lock is on. The lock lives here,
-- not only in the running app, so quitting and starting the app again does not open it.
CREATE TABLE laptop_lock (
    id               INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    passphrase_hash  TEXT NOT NULL,
    -- When the lock was put on; NULL while the app is open to the organizer.
    locked_at        TEXT,
    -- The organizer who put it on: the forms filled in are entered under this name.
    locked_by        TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
