//! Importing a list of people from a file, as a long job with progress and cancel.

use std::path::Path;

use chrono::Utc;
use groundwork_core::interop::national_list::{self, ImportReport};
use groundwork_core::progress::{Job, Progress};
use groundwork_core::CoreError;
use tauri::ipc::Channel;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// Reads the whole file first (a broken one is refused before anything is written), then
/// merges it in one transaction; a cancel leaves the chapter as it was.
#[tauri::command(async)]
pub fn import_people(
    state: State<'_, AppState>,
    path: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<ImportReport> {
    let cancel = state.begin_job(&job_id)?;
    let outcome = (|| {
        let file =
            std::fs::File::open(&path).map_err(|e| CoreError::io("read", Path::new(&path), e))?;
        let list = national_list::parse(std::io::BufReader::new(file))?;
        let report = |p: Progress| {
            // A closed window just stops listening; the import goes on.
            let _ = on_progress.send(p);
        };
        let mut session = state.session()?;
        let job = Job {
            cancel: &cancel,
            on_progress: &report,
        };
        Ok(national_list::import(
            &mut session.db,
            &list,
            &job,
            Utc::now(),
        )?)
    })();
    state.end_job(&job_id);
    outcome
}
