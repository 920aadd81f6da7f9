//! The organizational connections assessment: the ranking members' ties make, the survey and
//! its numbered paper forms, entering a filled form by keyboard, and the starting-points report.

use chrono::Utc;
use groundwork_core::connections::assessment::{self, ConnectionsAssessment};
use groundwork_core::connections::response::{self, ConnectionsResponseInput, EnteredConnections};
use groundwork_core::connections::starting_points::{self as points, StartingPoints};
use groundwork_core::connections::survey::ConnectionsSurvey;
use groundwork_core::connections::{self, RankedOrg};
use groundwork_core::ids::ConnectionsResponseId;
use groundwork_core::progress::Progress;
use groundwork_core::settings::today_of;
use groundwork_workflows::documents::connections_forms::{self, ConnectionsFormsRequest};
use groundwork_workflows::documents::needs_forms::PrintedForms;
use groundwork_workflows::documents::starting_points::{self, StartingPointsRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use tauri::ipc::Channel;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn connections_ranking(state: State<'_, AppState>) -> IpcResult<Vec<RankedOrg>> {
    Ok(connections::ranking(state.reads()?.conn())?)
}

/// What the ties show: where to start, members who are bridges, kinds of community with no
/// ties, and ties by kind; the screen's view of the starting-points report.
#[tauri::command(async)]
pub fn connections_starting_points(state: State<'_, AppState>) -> IpcResult<StartingPoints> {
    Ok(points::starting_points(state.reads()?.conn())?)
}

/// The chapter's connections assessment (or, before its first use, what it starts with).
#[tauri::command(async)]
pub fn connections_assessment(state: State<'_, AppState>) -> IpcResult<ConnectionsAssessment> {
    Ok(assessment::current(state.reads()?.conn())?)
}

/// The next numbered connections forms, as a long job with progress and cancel, into the
/// print folder; numbers are taken only once the PDF is written.
#[tauri::command(async)]
pub fn print_connections_forms(
    state: State<'_, AppState>,
    request: ConnectionsFormsRequest,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<PrintedForms> {
    state.run_job(&job_id, &on_progress, |job| {
        Ok(connections_forms::print(
            &*state,
            &request,
            SaveTo::PrintFolder,
            job,
            Utc::now(),
        )?)
    })
}

/// The starting-points report for the chapter meeting, into the print folder.
#[tauri::command(async)]
pub fn print_starting_points(
    state: State<'_, AppState>,
    request: StartingPointsRequest,
) -> IpcResult<PrintedFile> {
    Ok(starting_points::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// Keeps the edited questions (checked first); forms printed later ask them.
#[tauri::command(async)]
pub fn save_connections_survey(
    state: State<'_, AppState>,
    survey: ConnectionsSurvey,
) -> IpcResult<ConnectionsAssessment> {
    let mut session = state.session()?;
    Ok(assessment::save_survey(
        &mut session.db,
        survey,
        Utc::now(),
    )?)
}

/// Enters one filled form, typed from paper by its number; all of it or none.
#[tauri::command(async)]
pub fn enter_connections_form(
    state: State<'_, AppState>,
    input: ConnectionsResponseInput,
) -> IpcResult<EnteredConnections> {
    let mut session = state.session()?;
    let now = Utc::now();
    let today = today_of(&session.db, now);
    let is_sample = session.is_sample;
    Ok(response::enter(
        &mut session.db,
        &input,
        today,
        is_sample,
        now,
    )?)
}

/// The forms entered last, newest first, so the one at the keyboard sees where they are.
#[tauri::command(async)]
pub fn recent_connections_forms(state: State<'_, AppState>) -> IpcResult<Vec<EnteredConnections>> {
    Ok(response::recent(state.reads()?.conn(), 20)?)
}

/// Takes back an entered form: its ties go and its number can be entered again.
#[tauri::command(async)]
pub fn take_back_connections_form(
    state: State<'_, AppState>,
    id: ConnectionsResponseId,
) -> IpcResult<()> {
    let mut session = state.session()?;
    Ok(response::remove(&mut session.db, id)?)
}
