//! Where a printed document goes, under which name, and what the organizer is told of it.

use std::path::{Path, PathBuf};

use groundwork_core::files::write_whole;
use groundwork_core::{paths, CoreError};
use groundwork_print::Printed;
use serde::Serialize;
use ts_rs::TS;

use crate::Result;

/// Where to save a document.
#[derive(Debug, Clone, Copy)]
pub enum SaveTo<'a> {
    /// The chapter's print folder beside its database, under a name no earlier print has (the
    /// desktop app, which then offers to open it).
    PrintFolder,
    /// This very file, replaced whole (the CLI's `--out`).
    File(&'a Path),
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PrintedFile {
    pub path: String,
    pub pages: u32,
}

/// The names printed documents are saved under in the print folder (without `.pdf`).
pub mod names {
    pub fn needs_forms(assessment_code: &str) -> String {
        format!("needs-forms-{assessment_code}")
    }

    pub fn connections_forms(code: &str) -> String {
        format!("connections-forms-{code}")
    }

    /// A name's words, lowercased and joined by dashes ("who-decides-on-the-repairs").
    fn dashed(name: &str) -> String {
        let words: Vec<String> = name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        words.join("-")
    }

    /// A power map, by its name ("power-map-who-decides-on-the-repairs").
    pub fn power_map(name: &str) -> String {
        format!("power-map-{}", dashed(name))
    }

    /// A campaign's strategy chart, by the campaign's name.
    pub fn strategy_chart(campaign: &str) -> String {
        format!("strategy-chart-{}", dashed(campaign))
    }

    /// A grant application, by its initiative's name.
    pub fn grant_application(initiative: &str) -> String {
        format!("grant-application-{}", dashed(initiative))
    }

    /// A progress report, by its initiative's name.
    pub fn grant_report(initiative: &str) -> String {
        format!("grant-report-{}", dashed(initiative))
    }

    /// The committee's decision letter, by the chapter it goes to.
    pub fn decision_letter(chapter: &str) -> String {
        format!("decision-letter-{}", dashed(chapter))
    }

    /// A grant round's summary, by the round's name.
    pub fn round_summary(round: &str) -> String {
        format!("round-summary-{}", dashed(round))
    }

    /// A training module's part ("handout") or whole packet ("module"), by its title.
    pub fn training(title: &str, what: &str) -> String {
        format!("{what}-{}", dashed(title))
    }

    /// A canvass's walk sheets, by the canvass's name.
    pub fn walk_sheets(canvass: &str) -> String {
        format!("walk-sheets-{}", dashed(canvass))
    }

    /// A canvass's summary, by the canvass's name.
    pub fn canvass_summary(canvass: &str) -> String {
        format!("canvass-summary-{}", dashed(canvass))
    }

    /// The starting-points report, by the day it was printed.
    pub fn starting_points(day: &str) -> String {
        format!("starting-points-{day}")
    }

    pub fn needs_summary(assessment_code: &str) -> String {
        format!("needs-summary-{assessment_code}")
    }

    /// A sign-in sheet, by the day of its meeting (or the day it was printed).
    pub fn sign_in(day: &str) -> String {
        format!("sign-in-{day}")
    }
}

/// Writes a printed document whole (a half-written PDF must never be left to print) and logs
/// it by name, pages and time, never by what it holds.
pub fn save(db_file: &Path, to: SaveTo<'_>, stem: &str, printed: &Printed) -> Result<PrintedFile> {
    let path = match to {
        SaveTo::PrintFolder => free_name(&paths::print_folder(db_file), stem)?,
        SaveTo::File(path) => path.to_owned(),
    };
    write_whole(&path, &printed.bytes)?;
    tracing::info!(
        document = stem,
        pages = printed.pages,
        kilobytes = printed.bytes.len() / 1024,
        ms = printed.took.as_millis() as u64,
        "printed"
    );
    Ok(PrintedFile {
        path: path.display().to_string(),
        pages: u32::try_from(printed.pages).unwrap_or(u32::MAX),
    })
}

/// `<folder>/<stem>.pdf`, or `<stem>-2.pdf` and so on when that exists: never overwrite a
/// document someone may already have printed.
fn free_name(folder: &Path, stem: &str) -> Result<PathBuf> {
    std::fs::create_dir_all(folder).map_err(|e| CoreError::io("create folder", folder, e))?;
    let mut path = folder.join(format!("{stem}.pdf"));
    let mut n = 2;
    while path.exists() {
        path = folder.join(format!("{stem}-{n}.pdf"));
        n += 1;
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed() -> Printed {
        Printed {
            bytes: b"%PDF-1.7 test".to_vec(),
            pages: 2,
            took: std::time::Duration::ZERO,
        }
    }

    #[test]
    fn the_print_folder_never_overwrites_an_earlier_print() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("chapter.sqlite");
        let first = save(&db, SaveTo::PrintFolder, "sign-in-2026-12-05", &printed()).unwrap();
        let second = save(&db, SaveTo::PrintFolder, "sign-in-2026-12-05", &printed()).unwrap();
        assert!(
            first.path.ends_with("sign-in-2026-12-05.pdf"),
            "{}",
            first.path
        );
        assert!(
            second.path.ends_with("sign-in-2026-12-05-2.pdf"),
            "{}",
            second.path
        );
        assert_eq!(second.pages, 2);
    }

    #[test]
    fn a_named_file_is_written_where_asked() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("sheet.pdf");
        let saved = save(
            Path::new("unused.sqlite"),
            SaveTo::File(&out),
            "x",
            &printed(),
        )
        .unwrap();
        assert_eq!(saved.path, out.display().to_string());
        assert_eq!(std::fs::read(&out).unwrap(), printed().bytes);
    }
}
