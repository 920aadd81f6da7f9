//! Printing: documents are written as PDFs into the print folder and can be opened in the
//! system's viewer to print.

use std::path::Path;

use chrono::Utc;
use groundwork_core::paths;
use groundwork_core::CoreError;
use groundwork_workflows::documents::sign_in::{self, SignInRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use tauri::State;

use crate::error::{IpcError, IpcResult};
use crate::state::AppState;
use groundwork_core::msg;

/// A blank sheet, written into the print folder.
#[tauri::command(async)]
pub fn print_sign_in(state: State<'_, AppState>, request: SignInRequest) -> IpcResult<PrintedFile> {
    Ok(sign_in::print(
        &*state,
        &(&request).into(),
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
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
        return Err(
            CoreError::invalid_file(msg!("print-not-a-document", path = path.as_str())).into(),
        );
    }
    tauri_plugin_opener::open_path(&path, None::<&str>)
        .map_err(|e| IpcError::internal(format!("could not open {path} in a viewer: {e}")))
}
