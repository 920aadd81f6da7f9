//! Modules shared between chapters as files: a module written out with every language it has,
//! and read back in as the reading chapter's own. The same module imported twice is recognized
//! by a fingerprint of its words. A chapter's handout written elsewhere in the markup comes in
//! the same way, as a module of one handout (or, with the part markers, a whole module).

use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use ts_rs::TS;

use super::module_file::{self, ModuleText};
use super::store::{self, LangText, NewModule};
use crate::db::Database;
use crate::files::write_whole;
use crate::ids::ModuleId;
use crate::settings::Lang;
use crate::{msg, CoreError, Result};

pub const FORMAT: &str = "groundwork/training-module";
pub const VERSION: u32 = 1;

/// A module as a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SharedModule {
    format: String,
    version: u32,
    texts: Vec<SharedText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct SharedText {
    lang: Lang,
    #[serde(flatten)]
    text: ModuleText,
}

/// What became of a file imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ModuleImported {
    New,
    /// The same module was imported before: nothing changed.
    AlreadyImported,
}

/// The fingerprint of a module's words, whatever file they came in.
fn fingerprint(texts: &[LangText]) -> String {
    let mut hash = Sha256::new();
    for t in texts {
        let text = &t.text;
        for piece in [
            t.lang.code(),
            text.title.trim(),
            text.summary.trim(),
            text.agenda.trim(),
            text.handout.trim(),
            text.worksheet.trim(),
        ] {
            hash.update(piece.as_bytes());
            hash.update([0u8]);
        }
    }
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `module` to `out`, every language it has.
pub fn export(conn: &Connection, module: ModuleId, out: &Path) -> Result<()> {
    let module = store::get(conn, module)?;
    let shared = SharedModule {
        format: FORMAT.into(),
        version: VERSION,
        texts: module
            .texts
            .into_iter()
            .map(|t| SharedText {
                lang: t.lang,
                text: t.text,
            })
            .collect(),
    };
    let json = serde_json::to_vec_pretty(&shared).expect("a module is plain data");
    write_whole(out, &json)
}

/// Reads a file a chapter chose: a shared module (JSON), a module's file in the markup (with
/// the part markers) or one handout in the markup, titled `title`, in `lang`.
pub fn read(bytes: &[u8], title: Option<&str>, lang: Lang) -> Result<Vec<LangText>> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| CoreError::invalid_file(msg!("training-file-not-text")))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim_start().starts_with('{') {
        let shared: SharedModule = serde_json::from_str(text).map_err(|e| {
            CoreError::invalid_file(msg!("training-file-unreadable", reason = e.to_string()))
        })?;
        if shared.format != FORMAT {
            return Err(CoreError::invalid_file(msg!(
                "training-file-not-module",
                format = shared.format
            )));
        }
        if shared.version > VERSION {
            return Err(CoreError::invalid_file(msg!(
                "training-file-newer",
                version = i64::from(shared.version)
            )));
        }
        let mut texts: Vec<LangText> = Vec::new();
        for t in shared.texts {
            if !texts.iter().any(|have| have.lang == t.lang) {
                texts.push(LangText {
                    lang: t.lang,
                    text: t.text,
                });
            }
        }
        if let (Some(title), Some(first)) = (title, texts.first_mut()) {
            first.text.title = title.to_owned();
        }
        return Ok(texts);
    }
    let mut module = if module_file::is_module_file(text) {
        module_file::read(text).map_err(|reason| {
            CoreError::invalid_file(msg!("training-file-unreadable", reason = reason))
        })?
    } else {
        ModuleText {
            handout: text.trim().to_owned(),
            ..ModuleText::default()
        }
    };
    if let Some(title) = title {
        module.title = title.to_owned();
    }
    Ok(vec![LangText { lang, text: module }])
}

/// Imports what [`read`] read as the chapter's own module, unless the very same module came
/// in before. Answers the module's id and what became of the file.
pub fn import(
    db: &mut Database,
    texts: &[LangText],
    now: DateTime<Utc>,
) -> Result<(ModuleId, ModuleImported)> {
    let hash = fingerprint(texts);
    let before: Option<ModuleId> = db
        .conn()
        .prepare_cached("SELECT id FROM training_module WHERE shared_hash = ?1")?
        .query_row(params![hash], |r| r.get(0))
        .optional()?;
    if let Some(id) = before {
        return Ok((id, ModuleImported::AlreadyImported));
    }
    let id = store::create(
        db,
        NewModule {
            texts,
            copied_from: None,
            shared_hash: Some(hash),
            is_sample: false,
        },
        now,
    )?;
    Ok((id, ModuleImported::New))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        "2026-12-07T10:00:00Z".parse().unwrap()
    }

    #[test]
    fn a_module_shared_as_a_file_is_imported_once_with_all_its_languages() {
        let dir = tempfile::tempdir().unwrap();
        let mut a = Database::open(&dir.path().join("a.sqlite"), now()).unwrap();
        let one_on_ones = super::super::builtin::by_key("one-on-ones").unwrap().id();
        let ours = store::copy(&mut a, one_on_ones, now()).unwrap();
        let file = dir.path().join("module.json");
        export(a.conn(), ours, &file).unwrap();

        let mut b = Database::open(&dir.path().join("b.sqlite"), now()).unwrap();
        let bytes = std::fs::read(&file).unwrap();
        let texts = read(&bytes, None, Lang::En).unwrap();
        assert_eq!(texts.len(), 2);
        let (id, first) = import(&mut b, &texts, now()).unwrap();
        assert_eq!(first, ModuleImported::New);
        let again = import(&mut b, &read(&bytes, None, Lang::En).unwrap(), now()).unwrap();
        assert_eq!(again, (id, ModuleImported::AlreadyImported));
        let module = store::get(b.conn(), id).unwrap();
        assert_eq!(module.languages(), vec![Lang::En, Lang::Es]);
        assert!(module.built_in.is_none());
    }

    #[test]
    fn a_handout_in_the_markup_comes_in_under_its_title_and_a_bad_file_is_refused() {
        let mut db = Database::open_in_memory().unwrap();
        let texts = read(
            b"## Why we meet\n\nName: ___\n",
            Some("Our tenant meeting"),
            Lang::Es,
        )
        .unwrap();
        let (id, _) = import(&mut db, &texts, now()).unwrap();
        let module = store::get(db.conn(), id).unwrap();
        assert_eq!(module.languages(), vec![Lang::Es]);
        assert_eq!(module.text(Lang::Es).title, "Our tenant meeting");
        assert!(module.text(Lang::Es).handout.contains("Name: ___"));

        // Without a title there is nothing to call it.
        let untitled = read(b"Just text", None, Lang::En).unwrap();
        assert!(import(&mut db, &untitled, now()).is_err());
        let other = read(
            br#"{"format":"groundwork/grant-application","version":1,"texts":[]}"#,
            None,
            Lang::En,
        );
        assert!(other.unwrap_err().to_string().contains("grant-application"));
        assert!(read(&[0xff, 0xfe, 0x00], None, Lang::En).is_err());
    }
}
