//! Backups and restores, run off the UI thread with progress and cancel.

use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::backup::{copy, restore, rolling, BackupEntry};
use groundwork_core::progress::{Job, Progress};
use groundwork_core::CoreError;
use tauri::ipc::Channel;
use tauri::State;

use super::chapter::{status_of, ChapterStatus};
use crate::error::{IpcError, IpcResult};
use crate::state::{forward, AppState};
use groundwork_core::msg;

fn db_path(state: &AppState) -> IpcResult<PathBuf> {
    let session = state.session()?;
    session
        .db
        .path()
        .map(Path::to_owned)
        .ok_or_else(|| CoreError::invalid(msg!("field-database"), msg!("backup-in-memory")).into())
}

#[tauri::command]
pub async fn backup_to(
    state: State<'_, AppState>,
    dest: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<BackupEntry> {
    let source = db_path(&state)?;
    let cancel = state.begin_job(&job_id)?;
    let result = tauri::async_runtime::spawn_blocking(move || {
        let report = forward(&on_progress);
        copy::backup_file(
            &source,
            Path::new(&dest),
            &Job {
                cancel: &cancel,
                on_progress: &report,
            },
        )
    })
    .await
    .map_err(|e| IpcError::internal(format!("the backup stopped unexpectedly: {e}")));
    state.end_job(&job_id);
    Ok(result??)
}

#[tauri::command(async)]
pub fn restore_from(
    state: State<'_, AppState>,
    source: String,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<ChapterStatus> {
    state.run_job(&job_id, &on_progress, |job| {
        let mut session = state.session()?;
        if session.is_sample {
            return Err(
                CoreError::invalid(msg!("field-restore"), msg!("restore-into-sample")).into(),
            );
        }
        restore::restore_from(&mut session.db, Path::new(&source), Utc::now(), job)?;
        status_of(&session)
    })
}

#[tauri::command(async)]
pub fn cancel_job(state: State<'_, AppState>, job_id: String) {
    state.cancel_job(&job_id);
}

#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> IpcResult<Vec<BackupEntry>> {
    Ok(rolling::list(&db_path(&state)?)?)
}

#[tauri::command(async)]
pub fn suggested_backup_path(state: State<'_, AppState>) -> IpcResult<String> {
    let path = rolling::stamped_path(&db_path(&state)?, "groundwork-backup", Utc::now());
    Ok(path.display().to_string())
}
