//! Small grants, the chapter's side: a project's initiative, its application (amount, months,
//! budget, timeline), and the round's rules said while the organizer types.

use chrono::Utc;
use groundwork_core::grants::reports::{Report, ReportInput, ReportKind};
use groundwork_core::grants::{
    evidence, export, initiative, partners, reports, rules, store, Application, ApplicationInput,
    BudgetLineInput, Initiative, InitiativeInput, MilestoneInput, Missing, NeedEvidence,
};
use groundwork_core::ids::{ApplicationId, OrganizationId, ProjectId, ReportId};
use groundwork_workflows::documents::grant_application::{self, GrantApplicationRequest};
use groundwork_workflows::documents::grant_report::{self, GrantReportRequest};
use groundwork_workflows::documents::saved::names;
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::files::{choose_save_path, worded};

use crate::error::IpcResult;
use crate::state::AppState;

/// Every application, newest first.
#[tauri::command(async)]
pub fn list_applications(state: State<'_, AppState>) -> IpcResult<Vec<Application>> {
    Ok(store::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn get_application(state: State<'_, AppState>, id: ApplicationId) -> IpcResult<Application> {
    Ok(store::get(state.reads()?.conn(), id)?)
}

/// The initiative a project is (empty until the chapter fills it in).
#[tauri::command(async)]
pub fn get_initiative(state: State<'_, AppState>, project: ProjectId) -> IpcResult<Initiative> {
    Ok(initiative::get(state.reads()?.conn(), project)?)
}

#[tauri::command(async)]
pub fn save_initiative(
    state: State<'_, AppState>,
    project: ProjectId,
    input: InitiativeInput,
) -> IpcResult<Initiative> {
    Ok(initiative::save(
        &mut state.session()?.db,
        project,
        &input,
        Utc::now(),
    )?)
}

/// Saves the partner organizations a coalition initiative is run with, whole, in order.
#[tauri::command(async)]
pub fn save_initiative_partners(
    state: State<'_, AppState>,
    project: ProjectId,
    partners: Vec<OrganizationId>,
) -> IpcResult<Initiative> {
    let mut session = state.session()?;
    partners::save(&mut session.db, project, &partners, Utc::now())?;
    Ok(initiative::get(session.db.conn(), project)?)
}

/// What the chapter's needs assessment says of the needs a project answers.
#[tauri::command(async)]
pub fn initiative_evidence(
    state: State<'_, AppState>,
    project: ProjectId,
) -> IpcResult<Vec<NeedEvidence>> {
    Ok(evidence::of(state.reads()?.conn(), project)?)
}

/// The round's rules an application as typed breaks (amount, months), before it is saved.
#[tauri::command(async)]
pub fn check_application(input: ApplicationInput) -> Vec<Missing> {
    rules::problems(&input)
}

#[tauri::command(async)]
pub fn create_application(
    state: State<'_, AppState>,
    project: ProjectId,
    input: ApplicationInput,
) -> IpcResult<Application> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    Ok(store::create(
        &mut session.db,
        project,
        &input,
        is_sample,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn update_application(
    state: State<'_, AppState>,
    id: ApplicationId,
    input: ApplicationInput,
) -> IpcResult<Application> {
    Ok(store::update(
        &mut state.session()?.db,
        id,
        &input,
        Utc::now(),
    )?)
}

/// Saves the budget whole, as the editor holds it.
#[tauri::command(async)]
pub fn save_grant_budget(
    state: State<'_, AppState>,
    id: ApplicationId,
    lines: Vec<BudgetLineInput>,
) -> IpcResult<Application> {
    Ok(store::save_budget(
        &mut state.session()?.db,
        id,
        &lines,
        Utc::now(),
    )?)
}

/// Saves the timeline whole, as the editor holds it.
#[tauri::command(async)]
pub fn save_grant_milestones(
    state: State<'_, AppState>,
    id: ApplicationId,
    milestones: Vec<MilestoneInput>,
) -> IpcResult<Application> {
    Ok(store::save_milestones(
        &mut state.session()?.db,
        id,
        &milestones,
        Utc::now(),
    )?)
}

/// The application on paper, written into the print folder.
#[tauri::command(async)]
pub fn print_grant_application(
    state: State<'_, AppState>,
    request: GrantApplicationRequest,
) -> IpcResult<PrintedFile> {
    Ok(grant_application::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// The file made for national: where it was written, the chapter's key as people compare it,
/// and the application, now marked as sent.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SentFile {
    pub path: String,
    pub fingerprint: String,
    pub application: Application,
}

/// Asks where to save the file for national, then makes it (refused, saying what is missing,
/// unless the application is complete); null when the dialog was closed.
#[tauri::command(async)]
pub fn export_grant_application(
    app: AppHandle,
    state: State<'_, AppState>,
    id: ApplicationId,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<SentFile>> {
    let application = store::get(state.reads()?.conn(), id)?;
    store::check_complete(&application)?;
    let suggested = format!(
        "{}.json",
        names::grant_application(&application.project_title)
    );
    let title = worded(title, "Save the application for national");
    let filter = worded(filter, "Groundwork application files");
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, "json"))? else {
        return Ok(None);
    };
    let exported = export::export(
        &mut state.session()?.db,
        id,
        std::path::Path::new(&path),
        Utc::now(),
    )?;
    Ok(Some(SentFile {
        path: exported.path.display().to_string(),
        fingerprint: exported.fingerprint,
        application: exported.application,
    }))
}

/// Writes down national's decision on a sent application: an award of `awarded_cents`, or a
/// decline (`null`).
#[tauri::command(async)]
pub fn record_grant_decision(
    state: State<'_, AppState>,
    id: ApplicationId,
    awarded_cents: Option<i64>,
) -> IpcResult<Application> {
    Ok(store::record_decision(
        &mut state.session()?.db,
        id,
        awarded_cents,
        Utc::now(),
    )?)
}

/// An application's progress reports, the midpoint's first.
#[tauri::command(async)]
pub fn grant_reports(
    state: State<'_, AppState>,
    application: ApplicationId,
) -> IpcResult<Vec<Report>> {
    Ok(reports::of(state.reads()?.conn(), application)?)
}

/// Starts a progress report filled from the chapter's records (or answers the one started).
#[tauri::command(async)]
pub fn start_grant_report(
    state: State<'_, AppState>,
    application: ApplicationId,
    kind: ReportKind,
) -> IpcResult<Report> {
    Ok(reports::start(
        &mut state.session()?.db,
        application,
        kind,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn save_grant_report(
    state: State<'_, AppState>,
    id: ReportId,
    input: ReportInput,
) -> IpcResult<Report> {
    Ok(reports::save(
        &mut state.session()?.db,
        id,
        &input,
        Utc::now(),
    )?)
}

/// Asks where to save a report's file for national, then makes it, signed; null when the
/// dialog was closed.
#[tauri::command(async)]
pub fn export_grant_report(
    app: AppHandle,
    state: State<'_, AppState>,
    id: ReportId,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<String>> {
    let report = reports::get(state.reads()?.conn(), id)?;
    let suggested = format!(
        "grant-report-{}.json",
        groundwork_core::db::codes::to_code(&report.kind)
    );
    let title = worded(title, "Save the report for national");
    let filter = worded(filter, "Groundwork report files");
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, "json"))? else {
        return Ok(None);
    };
    let written = reports::export(
        &mut state.session()?.db,
        id,
        std::path::Path::new(&path),
        Utc::now(),
    )?;
    Ok(Some(written.display().to_string()))
}

/// A progress report on paper, written into the print folder.
#[tauri::command(async)]
pub fn print_grant_report(
    state: State<'_, AppState>,
    request: GrantReportRequest,
) -> IpcResult<PrintedFile> {
    Ok(grant_report::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// Opens a sent application again to correct it, before national has decided.
#[tauri::command(async)]
pub fn reopen_application(state: State<'_, AppState>, id: ApplicationId) -> IpcResult<Application> {
    Ok(store::reopen(&mut state.session()?.db, id, Utc::now())?)
}
