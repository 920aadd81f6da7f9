//! The modules that come with Groundwork, in English and Spanish, kept in the program (see
//! `builtin/README.md` for how one is written). Each has a row in the database, under an id that
//! is the same in every chapter's file, so sessions can name it and a shared module can be told
//! apart from them; its words always come from the program, so a new version's corrections
//! reach every chapter.

use rusqlite::{params, Connection};

use super::module_file::{self, ModuleText};
use crate::ids::ModuleId;
use crate::settings::Lang;
use crate::Result;

pub struct BuiltIn {
    /// Its name in the program: `one-on-ones`.
    pub key: &'static str,
    /// Its id in every chapter's database (a UUID v5 of its key).
    id: &'static str,
    en: &'static str,
    es: &'static str,
}

macro_rules! built_in {
    ($key:literal, $id:literal) => {
        BuiltIn {
            key: $key,
            id: $id,
            en: include_str!(concat!("builtin/", $key, ".en.md")),
            es: include_str!(concat!("builtin/", $key, ".es.md")),
        }
    };
}

/// In the order a chapter would take them: from what base building is to applying for a grant.
pub const ALL: &[BuiltIn] = &[
    built_in!("base-building", "f062d0c9-806c-55be-8cda-ce1113b21151"),
    built_in!("one-on-ones", "de8d28c4-f4ad-516b-ad8c-cf48eaf6f072"),
    built_in!("needs-assessment", "f1d8a709-b579-5f39-833e-20f7ae2450cf"),
    built_in!(
        "connections-assessment",
        "92f42fbc-2034-5131-a126-5f9f1d8ca78b"
    ),
    built_in!("power-mapping", "1337aa5e-5b96-5f4f-ab9d-77480081ea3b"),
    built_in!("strategy-chart", "b3e11b44-fdeb-52a6-b1af-eb184edbfd74"),
    built_in!("canvassing", "99d5e8fa-d264-5f32-b7fc-85249e6dc9c0"),
    built_in!(
        "accessible-meetings",
        "c3edaf0b-fc4a-5da0-9562-0a5e775a6545"
    ),
    built_in!("leadership", "dd2af9c7-850a-5a11-9be2-7af07a1b3a82"),
    built_in!("service-programs", "ca8d87bd-0eb0-55ad-8e2b-dc74302cfce6"),
    built_in!("grants", "7ca79cd6-2154-515c-9ff1-9400f4ff90cf"),
];

impl BuiltIn {
    pub fn id(&self) -> ModuleId {
        ModuleId(uuid::Uuid::parse_str(self.id).expect("a built-in's id is a UUID"))
    }

    /// The module in `lang`. The files are checked by a test, so reading them cannot fail in
    /// a build that passed its tests.
    pub fn text(&self, lang: Lang) -> ModuleText {
        let file = match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        };
        module_file::read(file).unwrap_or_else(|e| panic!("built-in module {}: {e}", self.key))
    }
}

/// The built-in module with `id`, if it is one.
pub fn by_id(id: ModuleId) -> Option<&'static BuiltIn> {
    ALL.iter().find(|b| b.id() == id)
}

pub fn by_key(key: &str) -> Option<&'static BuiltIn> {
    ALL.iter().find(|b| b.key == key)
}

/// Gives every built-in module its row, as the migration that brings it does: adding none that
/// is there already.
pub(crate) fn ensure_rows(conn: &Connection) -> Result<()> {
    let mut insert = conn.prepare_cached(
        "INSERT OR IGNORE INTO training_module (id, built_in, created_at, updated_at)
         VALUES (?1, ?2, '2026-12-07T00:00:00Z', '2026-12-07T00:00:00Z')",
    )?;
    for b in ALL {
        insert.execute(params![b.id(), b.key])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::training::markup::{parse, Block};
    use crate::training::module_file::Part;

    #[test]
    fn every_built_in_reads_in_both_languages_with_all_its_parts() {
        for b in ALL {
            for lang in Lang::ALL {
                let text = module_file::read(match lang {
                    Lang::En => b.en,
                    Lang::Es => b.es,
                })
                .unwrap_or_else(|e| panic!("{} in {}: {e}", b.key, lang.code()));
                assert!(!text.summary.is_empty(), "{} {}", b.key, lang.code());
                for part in Part::ALL {
                    let blocks = parse(text.part(part));
                    assert!(
                        blocks.len() >= 3,
                        "{} {} {:?} has {} blocks",
                        b.key,
                        lang.code(),
                        part,
                        blocks.len()
                    );
                }
                // The worksheet is filled in by hand: it has something to write in or tick.
                let worksheet = parse(&text.worksheet);
                assert!(
                    worksheet.iter().any(|b| matches!(
                        b,
                        Block::WriteIn { .. } | Block::Table { .. } | Block::List { .. }
                    )),
                    "{} {}: nothing to fill in on the worksheet",
                    b.key,
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn ids_and_keys_are_each_used_once() {
        let mut ids: Vec<_> = ALL.iter().map(|b| b.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), ALL.len());
        assert!(by_key("one-on-ones").is_some_and(|b| by_id(b.id()).is_some()));
    }
}
