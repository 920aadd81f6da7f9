//! Exporting the chapter's people to a file the organizer chooses.

use std::path::Path;

use chrono::Utc;
use groundwork_core::interop::export::PeopleFormat;
use groundwork_workflows::lists::{self, ExportTo, ExportedFile};
use tauri::{AppHandle, State};

use super::files::{choose_save_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

/// Asks where to save, then writes everyone in `format` there, whole or not at all. `None`
/// when the organizer closed the dialog.
#[tauri::command(async)]
pub fn export_people(
    app: AppHandle,
    state: State<'_, AppState>,
    format: PeopleFormat,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ExportedFile>> {
    let suggested = lists::export_file_name(&*state, format, Utc::now())?;
    let extension = format.extension();
    let filter = worded(
        filter,
        match format {
            PeopleFormat::Json => "JSON files",
            _ => "CSV files",
        },
    );
    let title = worded(title, "Export people");
    // The session is not held while the dialog is open: the window stays usable behind it.
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, extension))? else {
        return Ok(None);
    };
    Ok(Some(lists::export_people(
        &*state,
        format,
        ExportTo::File(Path::new(&path)),
    )?))
}
