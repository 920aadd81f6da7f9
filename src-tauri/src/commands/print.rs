//! Printing: documents are written as PDFs into the print folder and can be opened in the
//! system's viewer to print.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use groundwork_core::paths;
use groundwork_core::settings::{Chapter, LanguageChoice, PaperSize};
use groundwork_core::CoreError;
use groundwork_print::sign_in_sheet::{self, SignInSheet};
use serde::{Deserialize, Serialize};
use tauri::State;
use ts_rs::TS;

use crate::error::{IpcError, IpcResult};
use crate::state::{chapter_for_printing, AppState};

#[derive(Debug, Clone, Deserialize, TS)]
pub struct SignInRequest {
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
    /// `null`: fill one page.
    pub rows: Option<u32>,
    pub meeting_title: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PrintedFile {
    pub path: String,
    pub pages: u32,
}

#[tauri::command(async)]
pub fn print_sign_in(state: State<'_, AppState>, request: SignInRequest) -> IpcResult<PrintedFile> {
    let session = state.session()?;
    let chapter = chapter_for_printing(&session.db)?;
    let db_path = session.db_file();
    drop(session);
    let sheet = blank_sheet(&chapter, &request, Utc::now());
    let printed = sign_in_sheet::render(&sheet)?;
    save_printed(&db_path, &format!("sign-in-{}", sheet.printed_on), &printed)
}

/// The blank sheet asked for, dated today where the chapter is (not in UTC: an evening
/// meeting in Chicago is already tomorrow in UTC).
fn blank_sheet<'a>(
    chapter: &'a Chapter,
    request: &'a SignInRequest,
    now: DateTime<Utc>,
) -> SignInSheet<'a> {
    SignInSheet {
        meeting_title: request.meeting_title.as_deref(),
        paper: request.paper.unwrap_or(chapter.settings.paper_size),
        language: request
            .lang
            .unwrap_or(chapter.settings.default_language_choice()),
        rows: request.rows.map(|r| r as usize),
        ..SignInSheet::for_chapter(chapter, chapter.settings.today_at(now))
    }
}

/// Writes a printed document into the print folder under a name no earlier print has.
pub fn save_printed(
    db_path: &Path,
    stem: &str,
    printed: &groundwork_print::Printed,
) -> IpcResult<PrintedFile> {
    let path = free_name(&paths::print_folder(db_path), stem)?;
    // Whole or not at all: a half-written PDF must not sit in the print folder.
    groundwork_core::files::write_whole(&path, &printed.bytes)?;
    tracing::info!(
        document = stem,
        pages = printed.pages,
        kilobytes = printed.bytes.len() / 1024,
        ms = printed.took.as_millis() as u64,
        "printed"
    );
    Ok(PrintedFile {
        path: path.display().to_string(),
        pages: printed.pages as u32,
    })
}

/// `<folder>/<stem>.pdf`, or `<stem>-2.pdf` and so on when that exists: never overwrite a
/// document someone may already have printed.
fn free_name(folder: &Path, stem: &str) -> IpcResult<PathBuf> {
    std::fs::create_dir_all(folder).map_err(|e| CoreError::io("create folder", folder, e))?;
    let mut path = folder.join(format!("{stem}.pdf"));
    let mut n = 2;
    while path.exists() {
        path = folder.join(format!("{stem}-{n}.pdf"));
        n += 1;
    }
    Ok(path)
}

/// Opens a printed PDF in the system's viewer. Only files in the print folder: the window
/// never gets to launch arbitrary files.
#[tauri::command(async)]
pub fn open_in_viewer(state: State<'_, AppState>, path: String) -> IpcResult<()> {
    let db_path = state.session()?.db_file();
    let folder = paths::print_folder(&db_path).canonicalize().ok();
    let file = Path::new(&path).canonicalize().ok();
    let inside = matches!((&folder, &file), (Some(d), Some(f)) if f.starts_with(d));
    if !inside {
        return Err(CoreError::invalid_file(format!("{path} is not a printed document")).into());
    }
    tauri_plugin_opener::open_path(&path, None::<&str>)
        .map_err(|e| IpcError::internal(format!("could not open {path} in a viewer: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use groundwork_core::ids::ChapterId;
    use groundwork_core::settings::ChapterSettings;

    #[test]
    fn a_blank_sheet_is_dated_where_the_chapter_is() {
        let chapter = Chapter {
            id: ChapterId::new(),
            settings: ChapterSettings {
                name: "Southside".into(),
                time_zone: "America/Chicago".into(),
                ..Default::default()
            },
            is_sample: false,
        };
        let request = SignInRequest {
            lang: None,
            paper: None,
            rows: None,
            meeting_title: None,
        };
        // 9 pm in Chicago on the 25th is 3 am on the 26th in UTC.
        let evening = "2026-11-26T03:00:00Z".parse().unwrap();
        let sheet = blank_sheet(&chapter, &request, evening);
        assert_eq!(sheet.printed_on.to_string(), "2026-11-25");
    }
}
