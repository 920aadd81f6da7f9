//! The chapter's library of modules: the built-in ones (their words from the program) beside
//! the chapter's own (their words in the database, in one language or both). A built-in stays
//! as it is; to change one, the chapter copies it and changes the copy.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::builtin;
use super::module_file::{ModuleText, Part};
use crate::db::{timestamp, Database};
use crate::ids::ModuleId;
use crate::settings::Lang;
use crate::{msg, CoreError, Result};

/// A title longer than this is a paste gone wrong.
pub const MAX_TITLE: usize = 120;
/// A part longer than this (some forty printed pages) is too.
pub const MAX_PART: usize = 200_000;

/// A module in one of its languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LangText {
    pub lang: Lang,
    pub text: ModuleText,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Module {
    pub id: ModuleId,
    /// A built-in module's key ("one-on-ones"); `null` for the chapter's own.
    pub built_in: Option<String>,
    /// What the chapter's own module was copied from: a built-in's key or a module's id.
    pub copied_from: Option<String>,
    /// Its words, English first.
    pub texts: Vec<LangText>,
    /// Training sessions held on it.
    pub sessions: u32,
    pub is_sample: bool,
}

impl Module {
    /// The module in `lang`, else in its first language.
    pub fn text(&self, lang: Lang) -> &ModuleText {
        &self
            .texts
            .iter()
            .find(|t| t.lang == lang)
            .or(self.texts.first())
            .expect("a module has a text in at least one language")
            .text
    }

    pub fn languages(&self) -> Vec<Lang> {
        self.texts.iter().map(|t| t.lang).collect()
    }

    /// Its title in the first of `langs` it is written in.
    pub fn title_in(&self, langs: &[Lang]) -> &str {
        let lang = langs
            .iter()
            .copied()
            .find(|l| self.languages().contains(l))
            .unwrap_or(self.texts[0].lang);
        &self.text(lang).title
    }
}

/// A module as the library lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ModuleSummary {
    pub id: ModuleId,
    /// In the first of the chapter's languages the module is written in.
    pub title: String,
    pub summary: String,
    pub languages: Vec<Lang>,
    pub built_in: bool,
    pub sessions: u32,
    /// People who came to a session on it.
    pub learned: u32,
}

pub fn not_found(id: ModuleId) -> CoreError {
    CoreError::NotFound {
        what: msg!("thing-training-module", id = id.to_string()),
    }
}

struct Row {
    built_in: Option<String>,
    copied_from: Option<String>,
    is_sample: bool,
}

fn row(conn: &Connection, id: ModuleId) -> Result<Row> {
    conn.prepare_cached(
        "SELECT built_in, copied_from, is_sample FROM training_module WHERE id = ?1",
    )?
    .query_row(params![id], |r| {
        Ok(Row {
            built_in: r.get(0)?,
            copied_from: r.get(1)?,
            is_sample: r.get(2)?,
        })
    })
    .optional()?
    .ok_or_else(|| not_found(id))
}

fn own_texts(conn: &Connection, id: ModuleId) -> Result<Vec<LangText>> {
    let mut texts: Vec<LangText> = conn
        .prepare_cached(
            "SELECT lang, title, summary, agenda, handout, worksheet FROM training_text
             WHERE module_id = ?1",
        )?
        .query_map(params![id], |r| {
            let lang: String = r.get(0)?;
            Ok((
                lang,
                ModuleText {
                    title: r.get(1)?,
                    summary: r.get(2)?,
                    agenda: r.get(3)?,
                    handout: r.get(4)?,
                    worksheet: r.get(5)?,
                },
            ))
        })?
        .filter_map(|row| match row {
            Ok((lang, text)) => Lang::from_code(&lang)
                .ok()
                .map(|lang| Ok(LangText { lang, text })),
            Err(e) => Some(Err(e)),
        })
        .collect::<rusqlite::Result<_>>()?;
    texts.sort_by_key(|t| Lang::ALL.iter().position(|l| *l == t.lang));
    Ok(texts)
}

fn count(conn: &Connection, sql: &str, id: ModuleId) -> Result<u32> {
    Ok(conn
        .prepare_cached(sql)?
        .query_row(params![id], |r| r.get(0))?)
}

fn sessions_of(conn: &Connection, id: ModuleId) -> Result<u32> {
    count(
        conn,
        "SELECT count(*) FROM training_session WHERE module_id = ?1",
        id,
    )
}

pub fn get(conn: &Connection, id: ModuleId) -> Result<Module> {
    let row = row(conn, id)?;
    let texts = match row.built_in.as_deref().and_then(builtin::by_key) {
        Some(b) => Lang::ALL
            .iter()
            .map(|lang| LangText {
                lang: *lang,
                text: b.text(*lang),
            })
            .collect(),
        None => own_texts(conn, id)?,
    };
    if texts.is_empty() {
        return Err(not_found(id));
    }
    Ok(Module {
        id,
        built_in: row.built_in,
        copied_from: row.copied_from,
        texts,
        sessions: sessions_of(conn, id)?,
        is_sample: row.is_sample,
    })
}

/// Every module, the built-in ones first in their order, then the chapter's own by title.
pub fn list(conn: &Connection, langs: &[Lang]) -> Result<Vec<ModuleSummary>> {
    let ids: Vec<(ModuleId, Option<String>)> = conn
        .prepare_cached("SELECT id, built_in FROM training_module")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(ids.len());
    for (id, _) in &ids {
        let module = get(conn, *id)?;
        let title = module.title_in(langs).to_owned();
        let lang = langs
            .iter()
            .copied()
            .find(|l| module.languages().contains(l))
            .unwrap_or(module.texts[0].lang);
        out.push(ModuleSummary {
            id: *id,
            title,
            summary: module.text(lang).summary.clone(),
            languages: module.languages(),
            built_in: module.built_in.is_some(),
            sessions: module.sessions,
            learned: count(
                conn,
                "SELECT count(DISTINCT a.person_id) FROM training_session s
                 JOIN attendance a ON a.meeting_id = s.meeting_id WHERE s.module_id = ?1",
                *id,
            )?,
        });
    }
    let order = |s: &ModuleSummary| {
        builtin::ALL
            .iter()
            .position(|b| b.id() == s.id)
            .unwrap_or(builtin::ALL.len())
    };
    out.sort_by(|a, b| {
        order(a)
            .cmp(&order(b))
            .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
    });
    Ok(out)
}

/// A module's text as the chapter may save it: a title, nothing absurdly long.
fn checked(text: &ModuleText) -> Result<ModuleText> {
    let title = text.title.trim().to_owned();
    if title.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-module-title"), msg!("training-title-missing"))
                .at("title"),
        );
    }
    if title.chars().count() > MAX_TITLE {
        return Err(CoreError::invalid(
            msg!("field-module-title"),
            msg!("training-title-too-long", most = MAX_TITLE as i64),
        )
        .at("title"));
    }
    for part in Part::ALL {
        if text.part(part).chars().count() > MAX_PART {
            return Err(CoreError::invalid(
                msg!("field-module-part", part = part.code()),
                msg!("training-part-too-long", most = MAX_PART as i64),
            )
            .at(part.code()));
        }
    }
    Ok(ModuleText {
        title,
        summary: text.summary.trim().to_owned(),
        agenda: text.agenda.trim_end().to_owned(),
        handout: text.handout.trim_end().to_owned(),
        worksheet: text.worksheet.trim_end().to_owned(),
    })
}

fn write_text(tx: &Transaction<'_>, id: ModuleId, lang: Lang, text: &ModuleText) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO training_text (module_id, lang, title, summary, agenda, handout, worksheet)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (module_id, lang) DO UPDATE SET title = excluded.title,
           summary = excluded.summary, agenda = excluded.agenda, handout = excluded.handout,
           worksheet = excluded.worksheet",
    )?
    .execute(params![
        id,
        lang.code(),
        text.title,
        text.summary,
        text.agenda,
        text.handout,
        text.worksheet
    ])?;
    Ok(())
}

/// What a new module of the chapter's own starts from.
pub struct NewModule<'a> {
    pub texts: &'a [LangText],
    pub copied_from: Option<String>,
    /// The fingerprint of the shared file it came from.
    pub shared_hash: Option<String>,
    pub is_sample: bool,
}

/// A new module of the chapter's own, in one transaction.
pub fn create(db: &mut Database, new: NewModule<'_>, now: DateTime<Utc>) -> Result<ModuleId> {
    let texts: Vec<(Lang, ModuleText)> = new
        .texts
        .iter()
        .map(|t| Ok((t.lang, checked(&t.text)?)))
        .collect::<Result<_>>()?;
    if texts.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-module-title"), msg!("training-title-missing"))
                .at("title"),
        );
    }
    let id = ModuleId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        tx.prepare_cached(
            "INSERT INTO training_module (id, copied_from, shared_hash, is_sample, created_at,
               updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?
        .execute(params![
            id,
            new.copied_from,
            new.shared_hash,
            new.is_sample,
            at
        ])?;
        for (lang, text) in &texts {
            write_text(tx, id, *lang, text)?;
        }
        Ok(())
    })?;
    Ok(id)
}

/// A copy of a module (built-in or not) as the chapter's own, to change; the original stays
/// as it was.
pub fn copy(db: &mut Database, from: ModuleId, now: DateTime<Utc>) -> Result<ModuleId> {
    let original = get(db.conn(), from)?;
    let copied_from = original
        .built_in
        .clone()
        .unwrap_or_else(|| from.to_string());
    create(
        db,
        NewModule {
            texts: &original.texts,
            copied_from: Some(copied_from),
            shared_hash: None,
            is_sample: false,
        },
        now,
    )
}

fn refuse_built_in(conn: &Connection, id: ModuleId) -> Result<()> {
    if row(conn, id)?.built_in.is_some() {
        return Err(CoreError::conflict(msg!("training-built-in-unchanged")));
    }
    Ok(())
}

/// Saves the chapter's own module in one language (adding the language when it is new).
pub fn save(
    db: &mut Database,
    id: ModuleId,
    lang: Lang,
    text: &ModuleText,
    now: DateTime<Utc>,
) -> Result<Module> {
    refuse_built_in(db.conn(), id)?;
    let text = checked(text)?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        write_text(tx, id, lang, &text)?;
        tx.prepare_cached("UPDATE training_module SET updated_at = ?2 WHERE id = ?1")?
            .execute(params![id, at])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

/// Deletes the chapter's own module; one that sessions were held on stays, for the record of
/// who learned it.
pub fn delete(db: &mut Database, id: ModuleId) -> Result<()> {
    refuse_built_in(db.conn(), id)?;
    let sessions = sessions_of(db.conn(), id)?;
    if sessions > 0 {
        return Err(CoreError::conflict(msg!(
            "training-module-has-sessions",
            count = i64::from(sessions)
        )));
    }
    db.write(|tx| {
        tx.prepare_cached("DELETE FROM training_module WHERE id = ?1")?
            .execute(params![id])?;
        Ok(())
    })
}
