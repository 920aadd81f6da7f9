//! `laptop`: the lock's state, and the way out for an organizer who forgot the passphrase.

use crate::{cli, named_chapter, ok};

fn status(db: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&ok(&cli(db, &["laptop", "status"]))).unwrap()
}

#[test]
fn a_forgotten_passphrase_is_opened_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let open = status(&db);
    assert_eq!(open["locked"], false);
    assert_eq!(open["has_passphrase"], false);

    // Locked as the window locks it (the hash is never read on the way out).
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "INSERT INTO laptop_lock (id, passphrase_hash, locked_at, locked_by, created_at, updated_at)
             VALUES (1, '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo',
                     '2026-12-06T18:00:00Z', 'Rosa', '2026-12-06T18:00:00Z', '2026-12-06T18:00:00Z')",
            [],
        )
        .unwrap();
    let locked = status(&db);
    assert_eq!(locked["locked"], true);
    assert_eq!(locked["locked_by"], "Rosa");

    let said = ok(&cli(&db, &["laptop", "unlock"]));
    assert!(said.contains("no longer locked"), "{said}");
    let after = status(&db);
    assert_eq!(after["locked"], false);
    assert_eq!(
        after["has_passphrase"], false,
        "the next lock chooses a new one"
    );
}
