//! Exporting the chapter's people to a file the organizer chooses.

use std::path::Path;

use groundwork_core::files::write_whole;
use groundwork_core::interop::export::{self, PeopleFormat};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::files::choose_save_path;
use crate::error::IpcResult;
use crate::state::{chapter_today, AppState};

/// People an upload file left out, and why ("asked not to be texted").
#[derive(Debug, Clone, Serialize, TS)]
pub struct LeftOut {
    pub why: String,
    pub count: u32,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ExportedFile {
    pub path: String,
    /// People written to the file.
    pub rows: u32,
    pub left_out: Vec<LeftOut>,
}

/// Asks where to save, then writes everyone in `format` there, whole or not at all. `None`
/// when the organizer closed the dialog.
#[tauri::command(async)]
pub fn export_people(
    app: AppHandle,
    state: State<'_, AppState>,
    format: PeopleFormat,
) -> IpcResult<Option<ExportedFile>> {
    let today = chapter_today(&state.session()?.db);
    let extension = format.extension();
    let suggested = format!("{}-{today}.{extension}", format.file_stem());
    let filter = match format {
        PeopleFormat::Json => "JSON files",
        _ => "CSV files",
    };
    // The session is not held while the dialog is open: the window stays usable behind it.
    let Some(path) = choose_save_path(&app, "Export people", &suggested, (filter, extension))?
    else {
        return Ok(None);
    };
    let file = export::people_file(state.session()?.db.conn(), format)?;
    write_whole(Path::new(&path), &file.bytes)?;
    Ok(Some(ExportedFile {
        path,
        rows: file.rows,
        left_out: file
            .left_out
            .into_iter()
            .map(|(why, count)| LeftOut {
                why: why.to_owned(),
                count,
            })
            .collect(),
    }))
}
