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
    for (_, sql) in &MIGRATIONS[..BEFORE] {
        conn.execute_batch(sql).unwrap();
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
