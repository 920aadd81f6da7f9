//! Importing a list of people from a file (whichever tool wrote it), as a long job with
//! progress and cancel.

use std::path::Path;

use chrono::Utc;
use groundwork_core::interop::report::ImportReport;
use groundwork_core::progress::Progress;
use groundwork_workflows::lists;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// Reads the whole file first (a broken one is refused before anything is written, and the
/// session is not held meanwhile), then merges it in one transaction; a cancel leaves the
/// chapter as it was.
#[tauri::command(async)]
pub fn import_people(
    state: State<'_, AppState>,
    path: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<ImportReport> {
    state.run_job(&job_id, &on_progress, |job| {
        Ok(lists::import_file(
            &*state,
            Path::new(&path),
            None,
            job,
            Utc::now(),
        )?)
    })
}
