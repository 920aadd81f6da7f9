//! Importing a list of people from a file, as a long job with progress and cancel.

use std::path::Path;

use chrono::Utc;
use groundwork_core::interop::action_network;
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
        let read = || {
            std::fs::File::open(&path)
                .map(std::io::BufReader::new)
                .map_err(|e| CoreError::io("read", Path::new(&path), e))
        };
        let report = |p: Progress| {
            // A closed window just stops listening; the import goes on.
            let _ = on_progress.send(p);
        };
        let job = Job {
            cancel: &cancel,
            on_progress: &report,
        };
        if is_action_network(read()?) {
            let (activists, unknown) = action_network::parse(read()?)?;
            let mut session = state.session()?;
            return Ok(action_network::import(
                &mut session.db,
                &activists,
                unknown,
                &job,
                Utc::now(),
            )?);
        }
        let list = national_list::parse(read()?)?;
        let mut session = state.session()?;
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

/// An Action Network export says so in its column names; anything else is read as the
/// national list (whose parser explains what it expected if it is neither).
fn is_action_network(file: impl std::io::Read) -> bool {
    let mut reader = csv::ReaderBuilder::new().from_reader(file);
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_owned).collect(),
        Err(_) => return false,
    };
    action_network::recognizes(&headers)
}
