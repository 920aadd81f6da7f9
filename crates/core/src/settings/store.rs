//! The `chapter` table: one row.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Row};

use super::{ChapterSettings, Lang, PaperSize, Role};
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::ids::ChapterId;
use crate::msg;
use crate::{CoreError, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    pub id: ChapterId,
    pub settings: ChapterSettings,
    pub is_sample: bool,
}

impl Chapter {
    fn from_row(
        row: &Row<'_>,
    ) -> rusqlite::Result<(ChapterId, String, String, String, String, bool)> {
        Ok((
            row.get(0)?,
            row.get(1)?,
            row.get(2)?,
            row.get(3)?,
            row.get(4)?,
            row.get(5)?,
        ))
    }
}

/// The chapter, or `None` before the welcome screen has named it.
pub fn load(db: &Database) -> Result<Option<Chapter>> {
    let row = db
        .conn()
        .prepare_cached(
            "SELECT id, name, paper_size, print_languages, time_zone, is_sample FROM chapter LIMIT 1",
        )?
        .query_row([], Chapter::from_row)
        .optional()?;
    let Some((id, name, paper, langs, time_zone, is_sample)) = row else {
        return Ok(None);
    };
    let codes: Vec<String> = serde_json::from_str(&langs).map_err(|e| {
        CoreError::invalid(
            msg!("field-print-languages"),
            msg!("settings-languages-unreadable", problem = e.to_string()),
        )
    })?;
    let print_languages = codes
        .iter()
        .map(|c| Lang::from_code(c))
        .collect::<Result<Vec<_>>>()?;
    let settings = ChapterSettings {
        name,
        paper_size: PaperSize::from_code(&paper)?,
        print_languages,
        time_zone,
    };
    Ok(Some(Chapter {
        id,
        settings,
        is_sample,
    }))
}

/// The chapter's time zone, for meeting times and "today": [`super::DEFAULT_ZONE`] before the
/// chapter has chosen one (or when its settings cannot be read).
pub fn zone_of(db: &Database) -> chrono_tz::Tz {
    load(db)
        .ok()
        .flatten()
        .map_or(super::DEFAULT_ZONE, |c| c.settings.zone())
}

/// Today where the chapter is: "today" for an organizer in Honolulu is not UTC's.
pub fn today_of(db: &Database, now: DateTime<Utc>) -> chrono::NaiveDate {
    now.with_timezone(&zone_of(db)).date_naive()
}

/// Validates and stores the settings, creating the chapter row the first time.
pub fn save(db: &mut Database, settings: &ChapterSettings, now: DateTime<Utc>) -> Result<Chapter> {
    save_marked(db, settings, false, now)
}

/// Names a new database as `role`'s (a chapter's, or a national committee's) in the same
/// transaction that stores its settings; an existing row keeps the role it has.
pub(crate) fn save_as(
    db: &mut Database,
    settings: &ChapterSettings,
    role: Role,
    now: DateTime<Utc>,
) -> Result<Chapter> {
    write_settings(db, settings, false, role, now)
}

/// As [`save`], also recording whether this chapter is the invented sample.
pub(crate) fn save_marked(
    db: &mut Database,
    settings: &ChapterSettings,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<Chapter> {
    write_settings(db, settings, is_sample, Role::Chapter, now)
}

pub(super) fn write_settings(
    db: &mut Database,
    settings: &ChapterSettings,
    is_sample: bool,
    role: Role,
    now: DateTime<Utc>,
) -> Result<Chapter> {
    let settings = settings.clone().validated()?;
    let langs: Vec<&str> = settings.print_languages.iter().map(|l| l.code()).collect();
    let langs = serde_json::to_string(&langs)
        .map_err(|e| CoreError::invalid(msg!("field-print-languages"), e.to_string()))?;
    let at = timestamp::to_text(now);
    let existing = load(db)?;
    let id = existing.as_ref().map(|c| c.id).unwrap_or_default();
    let is_sample = existing.map(|c| c.is_sample).unwrap_or(false) || is_sample;
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO chapter (id, name, paper_size, print_languages, time_zone, is_sample, created_at, updated_at, role)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8)
             ON CONFLICT(id) DO UPDATE SET name = excluded.name, paper_size = excluded.paper_size,
               print_languages = excluded.print_languages, time_zone = excluded.time_zone,
               updated_at = excluded.updated_at",
        )?
        .execute(params![id, settings.name, settings.paper_size.code(), langs, settings.time_zone, is_sample, at, to_code(&role)])?;
        Ok(())
    })?;
    Ok(Chapter {
        id,
        settings,
        is_sample,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_has_no_chapter_until_named() {
        let mut db = Database::open_in_memory().unwrap();
        assert!(load(&db).unwrap().is_none());
        let s = ChapterSettings {
            name: "Southside Chapter".into(),
            paper_size: PaperSize::A4,
            print_languages: vec![Lang::Es, Lang::En],
            time_zone: "America/Chicago".into(),
        };
        let saved = save(&mut db, &s, Utc::now()).unwrap();
        let loaded = load(&db).unwrap().unwrap();
        assert_eq!(loaded, saved);
        assert_eq!(loaded.settings, s);
        let renamed = ChapterSettings {
            name: "Southside".into(),
            ..s
        };
        save(&mut db, &renamed, Utc::now()).unwrap();
        let count: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM chapter", [], |r| r.get(0))
            .unwrap();
        assert_eq!(count, 1);
        assert_eq!(load(&db).unwrap().unwrap().id, saved.id);
    }

    #[test]
    fn an_invalid_save_leaves_the_old_settings() {
        let mut db = Database::open_in_memory().unwrap();
        let good = ChapterSettings {
            name: "Kept".into(),
            ..Default::default()
        };
        save(&mut db, &good, Utc::now()).unwrap();
        let bad = ChapterSettings {
            name: "".into(),
            ..Default::default()
        };
        assert!(save(&mut db, &bad, Utc::now()).is_err());
        assert_eq!(load(&db).unwrap().unwrap().settings.name, "Kept");
    }
}
