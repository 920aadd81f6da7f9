//! Whose database this is: a chapter's (people, meetings, campaigns, its grant applications) or
//! a national committee's (grant rounds and the applications chapters send). Chosen when the
//! database is first named, and never changed after: the two hold different things.

use chrono::{DateTime, Utc};
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::store::{load, save_as};
use super::{Chapter, ChapterSettings};
use crate::db::codes::column;
use crate::db::Database;
use crate::{msg, CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Chapter,
    National,
}

/// The role of the database's one row, or `None` before it is named.
pub fn role_of(db: &Database) -> Result<Option<Role>> {
    Ok(db
        .conn()
        .prepare_cached("SELECT role FROM chapter LIMIT 1")?
        .query_row([], |r| column(r.get(0)?))
        .optional()?)
}

/// Names a new database as a national committee's. Refused on a chapter's database.
pub fn save_national(
    db: &mut Database,
    settings: &ChapterSettings,
    now: DateTime<Utc>,
) -> Result<Chapter> {
    if load(db)?.is_some() && role_of(db)? != Some(Role::National) {
        return Err(CoreError::conflict(msg!("role-chapter-not-national")));
    }
    save_as(db, settings, Role::National, now)
}

/// Refused unless the database is `wanted`'s: a chapter's work on a committee's database, or
/// the other way round, says which it is.
pub fn require(db: &Database, wanted: Role) -> Result<()> {
    let found = role_of(db)?.unwrap_or_default();
    if found == wanted {
        return Ok(());
    }
    Err(CoreError::conflict(match wanted {
        Role::Chapter => msg!("role-needs-chapter"),
        Role::National => msg!("role-needs-national"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::save;

    fn named(name: &str) -> ChapterSettings {
        ChapterSettings {
            name: name.into(),
            ..ChapterSettings::default()
        }
    }

    #[test]
    fn a_committee_is_named_as_one_and_a_chapter_stays_a_chapter() {
        let mut national = Database::open_in_memory().unwrap();
        assert_eq!(role_of(&national).unwrap(), None);
        save_national(&mut national, &named("Grants committee"), Utc::now()).unwrap();
        assert_eq!(role_of(&national).unwrap(), Some(Role::National));
        assert!(require(&national, Role::National).is_ok());
        let refused = require(&national, Role::Chapter).unwrap_err().to_string();
        assert!(refused.contains("national committee"), "{refused}");

        let mut chapter = Database::open_in_memory().unwrap();
        save(&mut chapter, &named("Eastside"), Utc::now()).unwrap();
        assert_eq!(role_of(&chapter).unwrap(), Some(Role::Chapter));
        assert!(save_national(&mut chapter, &named("Eastside"), Utc::now()).is_err());
        assert!(require(&chapter, Role::National).is_err());
    }
}
