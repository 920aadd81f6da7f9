//! The chapter: its status, settings, and the sample chapter.

use chrono::Utc;
use groundwork_core::settings::{self, ChapterSettings, Role};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcResult;
use crate::state::{AppState, Session};

#[derive(Debug, Clone, Serialize, TS)]
pub struct ChapterStatus {
    /// `null` until the welcome screen has named the chapter.
    pub settings: Option<ChapterSettings>,
    pub database_path: String,
    /// True while the app shows the sample chapter (or the sample committee).
    pub is_sample: bool,
    /// A chapter's database, or a national committee's (which holds grant rounds).
    pub role: Role,
}

pub fn status_of(session: &Session) -> IpcResult<ChapterStatus> {
    let chapter = settings::load(&session.db)?;
    Ok(ChapterStatus {
        settings: chapter.map(|c| c.settings),
        database_path: session
            .db
            .path()
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
        is_sample: session.is_sample,
        role: settings::role_of(&session.db)?.unwrap_or_default(),
    })
}

#[tauri::command(async)]
pub fn chapter_status(state: State<'_, AppState>) -> IpcResult<ChapterStatus> {
    status_of(&*state.session()?)
}

#[tauri::command(async)]
pub fn save_settings(
    state: State<'_, AppState>,
    settings: ChapterSettings,
) -> IpcResult<ChapterStatus> {
    let mut session = state.session()?;
    settings::save(&mut session.db, &settings, Utc::now())?;
    status_of(&session)
}

/// The first window names a national committee rather than a chapter.
#[tauri::command(async)]
pub fn start_committee(
    state: State<'_, AppState>,
    settings: ChapterSettings,
) -> IpcResult<ChapterStatus> {
    let mut session = state.session()?;
    settings::save_national(&mut session.db, &settings, Utc::now())?;
    status_of(&session)
}

#[tauri::command(async)]
pub fn open_national_sample(state: State<'_, AppState>) -> IpcResult<ChapterStatus> {
    state.open_national_sample()?;
    status_of(&*state.session()?)
}

#[tauri::command(async)]
pub fn open_sample(state: State<'_, AppState>) -> IpcResult<ChapterStatus> {
    state.open_sample()?;
    status_of(&*state.session()?)
}

#[tauri::command(async)]
pub fn leave_sample(state: State<'_, AppState>) -> IpcResult<ChapterStatus> {
    state.leave_sample()?;
    status_of(&*state.session()?)
}

#[tauri::command(async)]
pub fn time_zones() -> Vec<String> {
    settings::time_zones()
}
