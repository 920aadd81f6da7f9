//! When the chapter database would not open at start: what happened, and the two ways out
//! (put the newest backup in its place, or open another chapter file). Also where the log is,
//! and whether today's automatic backup failed.

use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::backup::{restore, rolling};
use groundwork_core::db::Database;
use groundwork_core::progress::Progress;
use groundwork_core::{paths, CoreError, Message};
use tauri::ipc::Channel;
use tauri::{AppHandle, State};

use super::chapter::{status_of, ChapterStatus};
use super::files::{choose_open_path, worded};
use crate::error::{IpcError, IpcResult};
use crate::state::{AppState, StartProblem};
use groundwork_core::msg;

#[tauri::command(async)]
pub fn start_problem(state: State<'_, AppState>) -> Option<StartProblem> {
    state.start_problem()
}

/// Puts the newest good backup in place of the database that would not open (which is kept
/// in `backups/`), opens it, and carries on as usual.
#[tauri::command(async)]
pub fn restore_latest_backup(
    state: State<'_, AppState>,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<ChapterStatus> {
    let path = state.main_path();
    let latest = rolling::latest_restorable(&path)?.ok_or_else(|| CoreError::NotFound {
        what: msg!("thing-backup-to-restore", path = path.display().to_string()),
    })?;
    state.run_job(&job_id, &on_progress, |job| {
        let (db, _) = restore::replace_unopenable(&path, Path::new(&latest.path), Utc::now(), job)?;
        state.opened_after_problem(path.clone(), db)?;
        status_of(&*state.session()?)
    })
}

/// Opens another chapter file, chosen with the system's dialog; `None` when it was closed.
#[tauri::command(async)]
pub fn open_chapter_file(
    app: AppHandle,
    state: State<'_, AppState>,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ChapterStatus>> {
    let Some(chosen) = choose_open_path(
        &app,
        &worded(title, "Open a chapter file"),
        (&worded(filter, "Groundwork chapter"), &["sqlite", "db"]),
    )?
    else {
        return Ok(None);
    };
    let path = PathBuf::from(chosen);
    let db = Database::open(&path, Utc::now())?;
    state.opened_after_problem(path, db)?;
    Ok(Some(status_of(&*state.session()?)?))
}

/// What went wrong with today's automatic backup, if anything did.
#[tauri::command(async)]
pub fn daily_backup_problem(state: State<'_, AppState>) -> Option<Message> {
    state.backup_problem()
}

/// Where the log is written.
#[tauri::command(async)]
pub fn log_folder(state: State<'_, AppState>) -> String {
    log_folder_of(&state.main_path()).display().to_string()
}

#[tauri::command(async)]
pub fn open_log_folder(state: State<'_, AppState>) -> IpcResult<()> {
    let folder = log_folder_of(&state.main_path());
    std::fs::create_dir_all(&folder).map_err(|e| CoreError::io("create folder", &folder, e))?;
    tauri_plugin_opener::open_path(&folder, None::<&str>)
        .map_err(|e| IpcError::internal(format!("could not open {}: {e}", folder.display())))
}

/// The log's folder, beside the chapter database; in the temporary folder when no place for
/// the database could be found at all.
pub fn log_folder_of(db_path: &Path) -> PathBuf {
    if db_path.as_os_str().is_empty() {
        return std::env::temp_dir().join("groundwork-logs");
    }
    paths::log_folder(db_path)
}
