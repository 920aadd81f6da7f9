//! Projects in the database.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row, Transaction};

use super::model::{NewProject, Project, ProjectStatus};
use crate::db::timestamp;
use crate::ids::ProjectId;
use crate::msg;
use crate::{CoreError, Result};

const COLUMNS: &str = "id, name, program_id, assessment_id, needs, status";

fn from_row(r: &Row<'_>) -> rusqlite::Result<Project> {
    let needs: String = r.get(4)?;
    let status: String = r.get(5)?;
    Ok(Project {
        id: r.get(0)?,
        name: r.get(1)?,
        program_id: r.get(2)?,
        assessment_id: r.get(3)?,
        // The column is checked to be JSON; a list of anything else reads as no needs.
        needs: serde_json::from_str(&needs).unwrap_or_default(),
        status: ProjectStatus::from_code(&status).unwrap_or_default(),
    })
}

/// A project's name as it is kept (trimmed), or why it cannot be one.
pub fn checked_name(name: &str) -> Result<&str> {
    let name = name.trim();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("project-name-missing")).at("name"),
        );
    }
    Ok(name)
}

/// Writes a new project (in planning) inside the caller's transaction, so that what made it
/// (a shortlisted program) is marked in the same write.
pub fn insert(tx: &Transaction<'_>, new: &NewProject, now: DateTime<Utc>) -> Result<Project> {
    let name = checked_name(&new.name)?;
    let project = Project {
        id: ProjectId::new(),
        name: name.to_owned(),
        program_id: new.program_id.clone(),
        assessment_id: new.assessment_id,
        needs: new.needs.clone(),
        status: ProjectStatus::Planning,
    };
    let needs = serde_json::Value::from(project.needs.clone()).to_string();
    tx.prepare_cached(
        "INSERT INTO project (id, name, program_id, assessment_id, needs, status, is_sample,
                              created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    )?
    .execute(params![
        project.id,
        project.name,
        project.program_id,
        project.assessment_id,
        needs,
        project.status.code(),
        new.is_sample,
        timestamp::to_text(now)
    ])?;
    Ok(project)
}

pub fn get(conn: &Connection, id: ProjectId) -> Result<Project> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM project WHERE id = ?1"))?
        .query_row(params![id], from_row)
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-project", id = id.to_string()),
        })
}

/// Every project, newest first.
pub fn list(conn: &Connection) -> Result<Vec<Project>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM project ORDER BY created_at DESC, id DESC"
    ))?;
    let projects = stmt
        .query_map([], from_row)?
        .collect::<rusqlite::Result<_>>()?;
    Ok(projects)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Database;

    fn at(minute: u32) -> DateTime<Utc> {
        chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 3, 1, 10, minute, 0).unwrap()
    }

    fn add(db: &mut Database, name: &str, minute: u32) -> Result<Project> {
        let new = NewProject {
            name: name.into(),
            needs: vec!["housing".into()],
            ..Default::default()
        };
        db.write(|tx| insert(tx, &new, at(minute)))
    }

    #[test]
    fn a_project_is_written_in_planning_and_read_back() {
        let mut db = Database::open_in_memory().unwrap();
        let made = add(&mut db, "  Tenant union  ", 0).unwrap();
        assert_eq!(made.name, "Tenant union");
        assert_eq!(made.status, ProjectStatus::Planning);
        assert_eq!(get(db.conn(), made.id).unwrap(), made);
        let later = add(&mut db, "Breakfast", 5).unwrap();
        let names: Vec<String> = list(db.conn())
            .unwrap()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, [later.name, made.name]);
    }

    #[test]
    fn a_project_needs_a_name_and_nothing_is_written_without_one() {
        let mut db = Database::open_in_memory().unwrap();
        let err = add(&mut db, "   ", 0).unwrap_err();
        assert!(err.to_string().contains("give the project a name"), "{err}");
        assert!(list(db.conn()).unwrap().is_empty());
        assert!(matches!(
            get(db.conn(), ProjectId::new()),
            Err(CoreError::NotFound { .. })
        ));
    }

    #[test]
    fn every_status_code_reads_back() {
        for status in [
            ProjectStatus::Planning,
            ProjectStatus::Active,
            ProjectStatus::Paused,
            ProjectStatus::Ended,
        ] {
            assert_eq!(ProjectStatus::from_code(status.code()), Some(status));
        }
    }
}
