//! A chapter written before the search index stopped keeping copies (schema 4) is still found
//! by every part of a name, phone, email and address after the upgrade.

use chrono::Utc;
use groundwork_core::db::{migrate::MIGRATIONS, Database, APPLICATION_ID};
use groundwork_core::people::search::search;
use groundwork_core::people::PeopleQuery;
use rusqlite::Connection;

const BEFORE: usize = 4;

fn chapter_at_schema_4(path: &std::path::Path) {
    let conn = Connection::open(path).unwrap();
    for step in &MIGRATIONS[..BEFORE] {
        conn.execute_batch(step.sql).unwrap();
    }
    conn.pragma_update(None, "application_id", APPLICATION_ID)
        .unwrap();
    conn.pragma_update(None, "user_version", BEFORE as i64)
        .unwrap();
    let at = "2026-01-05T10:00:00.000Z";
    conn.execute(
        "INSERT INTO person (id, first_name, last_name, preferred_name, street, city, zip, created_at, updated_at)
         VALUES ('01890a5d-ac96-774b-bcce-b302099a8057', 'Rosalía', 'Quiñones', 'Rosie', '12 Harvest Lane', 'Springfield', '01105', ?1, ?1)",
        [at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO person_phone (id, person_id, position, number, e164, created_at, updated_at)
         VALUES ('ph1', '01890a5d-ac96-774b-bcce-b302099a8057', 0, '(413) 555-0178', '+14135550178', ?1, ?1)",
        [at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO person_email (id, person_id, position, email, created_at, updated_at)
         VALUES ('e1', '01890a5d-ac96-774b-bcce-b302099a8057', 0, 'rosie.q@example.org', ?1, ?1)",
        [at],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO person (id, first_name, last_name, created_at, updated_at)
         VALUES ('01890a5d-ac96-774b-bcce-b302099a8058', 'Dmitri', 'Volkov', ?1, ?1)",
        [at],
    )
    .unwrap();
    // A number typed with its extension, and a placeholder an old shortcut took for a phone.
    for (id, position, number, e164) in [
        ("ph2", 0, "312-555-0199 ext 5", Some("+13125550199")),
        ("ph3", 1, "555-555-5555", Some("+15555555555")),
    ] {
        conn.execute(
            "INSERT INTO person_phone (id, person_id, position, number, e164, created_at, updated_at)
             VALUES (?1, '01890a5d-ac96-774b-bcce-b302099a8058', ?2, ?3, ?4, ?5, ?5)",
            rusqlite::params![id, position, number, e164, at],
        )
        .unwrap();
    }
}

fn found(db: &Database, typed: &str) -> Vec<String> {
    let query = PeopleQuery {
        text: typed.into(),
        ..Default::default()
    };
    search(db.conn(), &query)
        .unwrap()
        .people
        .into_iter()
        .map(|p| p.display_name)
        .collect()
}

#[test]
fn every_part_is_still_found_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chapter.sqlite");
    chapter_at_schema_4(&path);
    let db = Database::open(&path, Utc::now()).unwrap();
    for typed in [
        "rosal",
        "quinones",
        "Rosie",
        "413",
        "4135550178",
        "14135550178",
        "5550178",
        "0178",
        "(413) 555-0178",
        "rosie.q@example",
        "example",
        "harvest",
        "springfield 01105",
    ] {
        assert_eq!(found(&db, typed), vec!["Rosie Quiñones"], "typed {typed:?}");
    }
    assert_eq!(found(&db, "volk"), vec!["Dmitri Volkov"]);
}

#[test]
fn phones_are_read_again_as_core_reads_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("chapter.sqlite");
    chapter_at_schema_4(&path);
    let db = Database::open(&path, Utc::now()).unwrap();
    // The digits as typed, extension and all, and their last seven, as a saved record has them.
    assert_eq!(found(&db, "31255501995"), vec!["Dmitri Volkov"]);
    assert_eq!(found(&db, "5501995"), vec!["Dmitri Volkov"]);
    let placeholder: Option<String> = db
        .conn()
        .query_row("SELECT e164 FROM person_phone WHERE id = 'ph3'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(placeholder, None, "555-555-5555 is no phone");
}
