//! Ordered SQL migrations, tracked with `PRAGMA user_version` (the number applied so far).
//!
//! Each step runs in its own transaction together with the version bump, so a failure leaves the
//! database at the previous version. Before the first pending step the file is copied aside with
//! the online backup API into `backups/` beside it.

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::snapshot;
use crate::msg;
use crate::{progress, CoreError, Result};

/// Written into the file header (`PRAGMA application_id`) so a restore can tell a Groundwork
/// database from any other SQLite file. "GWK1" in ASCII.
pub const APPLICATION_ID: i32 = 0x4757_4B31;

/// One step of the schema: its SQL, then, for work SQL cannot do the way core does it (phone
/// numbers, search tokens), a Rust function run in the same transaction.
#[derive(Clone, Copy)]
pub struct Step {
    pub name: &'static str,
    pub sql: &'static str,
    pub then: Option<fn(&Connection) -> Result<()>>,
}

const fn sql(name: &'static str, sql: &'static str) -> Step {
    Step {
        name,
        sql,
        then: None,
    }
}

/// The schema, in order. Append only: a shipped file is never edited.
pub const MIGRATIONS: &[Step] = &[
    sql("0001_chapter", include_str!("migrations/0001_chapter.sql")),
    sql("0002_people", include_str!("migrations/0002_people.sql")),
    sql(
        "0003_meetings",
        include_str!("migrations/0003_meetings.sql"),
    ),
    sql(
        "0004_other_tools_and_duplicates",
        include_str!("migrations/0004_other_tools_and_duplicates.sql"),
    ),
    sql(
        "0005_search_index_without_copies",
        include_str!("migrations/0005_search_index_without_copies.sql"),
    ),
    sql(
        "0006_needs_assessment",
        include_str!("migrations/0006_needs_assessment.sql"),
    ),
    Step {
        name: "0007_phones_and_search_index_from_rust",
        sql: include_str!("migrations/0007_phones_and_search_index_from_rust.sql"),
        then: Some(crate::people::search_index::rebuild),
    },
    sql(
        "0008_organizations",
        include_str!("migrations/0008_organizations.sql"),
    ),
    sql(
        "0009_connections_assessment",
        include_str!("migrations/0009_connections_assessment.sql"),
    ),
    sql(
        "0010_pass_the_laptop",
        include_str!("migrations/0010_pass_the_laptop.sql"),
    ),
    sql(
        "0011_organization_merges",
        include_str!("migrations/0011_organization_merges.sql"),
    ),
    sql(
        "0012_campaigns_and_power_maps",
        include_str!("migrations/0012_campaigns_and_power_maps.sql"),
    ),
    sql(
        "0013_grant_applications",
        include_str!("migrations/0013_grant_applications.sql"),
    ),
    sql(
        "0014_signing_key",
        include_str!("migrations/0014_signing_key.sql"),
    ),
    sql(
        "0015_national_grant_rounds",
        include_str!("migrations/0015_national_grant_rounds.sql"),
    ),
    sql(
        "0016_initiative_partners",
        include_str!("migrations/0016_initiative_partners.sql"),
    ),
    sql(
        "0017_grant_reports",
        include_str!("migrations/0017_grant_reports.sql"),
    ),
    sql(
        "0018_chapter_regions",
        include_str!("migrations/0018_chapter_regions.sql"),
    ),
    Step {
        name: "0019_training",
        sql: include_str!("migrations/0019_training.sql"),
        then: Some(crate::training::builtin::ensure_rows),
    },
    sql(
        "0020_canvassing",
        include_str!("migrations/0020_canvassing.sql"),
    ),
    sql(
        "0021_door_survey_and_going_back",
        include_str!("migrations/0021_door_survey_and_going_back.sql"),
    ),
];

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

pub fn current_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |r| r.get(0))?)
}

/// Refuses files that hold another program's data. A brand-new, empty file passes.
pub(crate) fn check_is_groundwork(conn: &Connection, path: &Path) -> Result<()> {
    let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table'",
        [],
        |r| r.get(0),
    )?;
    if app_id == APPLICATION_ID || (app_id == 0 && tables == 0) {
        return Ok(());
    }
    Err(CoreError::NotAGroundworkDatabase {
        path: path.to_owned(),
        reason: format!("application id {app_id:#x}, {tables} tables"),
    })
}

/// Brings the database on `conn` (the file at `path`, or in memory) up to date.
pub(crate) fn apply(conn: &mut Connection, path: Option<&Path>, now: DateTime<Utc>) -> Result<()> {
    apply_steps(conn, path, MIGRATIONS, now)
}

fn apply_steps(
    conn: &mut Connection,
    path: Option<&Path>,
    steps: &[Step],
    now: DateTime<Utc>,
) -> Result<()> {
    let found = current_version(conn)?;
    let latest = steps.len() as i64;
    if found > latest {
        return Err(CoreError::NewerDatabase {
            found,
            supported: latest,
        });
    }
    if found == latest {
        return Ok(());
    }
    tracing::info!(
        from = found,
        to = latest,
        "updating the chapter database's layout"
    );
    if found > 0 {
        if let Some(path) = path {
            let name = format!("pre-migration-v{found}-to-v{latest}");
            let dest = snapshot::stamped_path(path, &name, now);
            progress::unattended(|job| snapshot::copy(path, &dest, job))?;
            tracing::info!(backup = %dest.display(), "backed up before the update");
        }
    }
    for (index, step) in steps.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        let failed = |e: &dyn std::fmt::Display| {
            CoreError::invalid(
                msg!("field-migration"),
                msg!(
                    "migration-failed",
                    step = step.name,
                    problem = e.to_string()
                ),
            )
        };
        tx.execute_batch(step.sql).map_err(|e| failed(&e))?;
        if let Some(then) = step.then {
            then(&tx).map_err(|e| failed(&e))?;
        }
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(step = step.name, "applied");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    #[test]
    fn migrations_apply_in_memory_and_reach_latest() {
        let db = Database::open_in_memory().unwrap();
        assert_eq!(current_version(db.conn()).unwrap(), latest_version());
        let fk: i64 = db
            .conn()
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn a_newer_database_refuses_to_open_and_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        drop(Database::open(&path, Utc::now()).unwrap());
        let future = latest_version() + 5;
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", future)
            .unwrap();
        let err = Database::open(&path, Utc::now()).err().unwrap();
        assert!(matches!(err, CoreError::NewerDatabase { found, .. } if found == future));
        assert!(err.to_string().contains("newer Groundwork"));
        let conn = Connection::open(&path).unwrap();
        assert_eq!(current_version(&conn).unwrap(), future);
    }

    #[test]
    fn an_older_database_is_backed_up_before_migrating() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chapter.sqlite");
        let mut db = Database::open(&path, Utc::now()).unwrap();
        assert!(crate::backup::rolling::list(&path).unwrap().is_empty());
        let mut steps = MIGRATIONS.to_vec();
        steps.push(sql(
            "9999_test",
            "CREATE TABLE later_step (id TEXT PRIMARY KEY);",
        ));
        apply_steps(db.conn_mut(), Some(&path), &steps, Utc::now()).unwrap();
        assert_eq!(current_version(db.conn()).unwrap(), steps.len() as i64);
        let backups = crate::backup::rolling::list(&path).unwrap();
        assert_eq!(backups.len(), 1);
        let expected = format!("pre-migration-v{}-to-v{}-", latest_version(), steps.len());
        assert!(backups[0].file_name.starts_with(&expected));
        let copy = Connection::open(&backups[0].path).unwrap();
        assert_eq!(current_version(&copy).unwrap(), latest_version());
    }

    #[test]
    fn a_failing_step_leaves_the_previous_version() {
        let mut db = Database::open_in_memory().unwrap();
        let mut steps = MIGRATIONS.to_vec();
        steps.push(sql(
            "9999_broken",
            "CREATE TABLE half (x); THIS IS NOT SQL;",
        ));
        let err = apply_steps(db.conn_mut(), None, &steps, Utc::now()).unwrap_err();
        assert!(err.to_string().contains("9999_broken"));
        assert_eq!(current_version(db.conn()).unwrap(), latest_version());
        let half: i64 = db
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'half'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(half, 0);
    }

    #[test]
    fn every_migration_is_valid_sql_on_its_own_predecessors() {
        let conn = Connection::open_in_memory().unwrap();
        for step in MIGRATIONS {
            conn.execute_batch(step.sql)
                .unwrap_or_else(|e| panic!("{}: {e}", step.name));
            if let Some(then) = step.then {
                then(&conn).unwrap_or_else(|e| panic!("{}: {e}", step.name));
            }
        }
        conn.pragma_query(None, "foreign_key_check", |_| {
            panic!("dangling foreign key")
        })
        .unwrap();
    }
}
