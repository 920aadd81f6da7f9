//! Small grants, the national committee's side: rounds, the application files chapters send,
//! reviewers and the rubric, reviews, decisions, payments, the ledger, and the committee's
//! paper (decision letters and a round's summary).

use chrono::{NaiveDate, Utc};
use groundwork_core::grants::national::received::Imported;
use groundwork_core::grants::national::reports as national_reports;
use groundwork_core::grants::national::ReportDue;
use groundwork_core::grants::national::{
    decisions, ledger, received, regions, reviewers, reviews, rounds, rubric, Criterion,
    CriterionInput, Decision, Ledger, Received, ReviewSheet, Reviewer, Round, RoundInput,
    ScoreInput,
};
use groundwork_core::grants::reports::ReportKind;
use groundwork_core::ids::{ApplicationId, ReviewerId, RoundId};
use groundwork_workflows::documents::national_grants::{
    self, DecisionLetterRequest, RoundSummaryRequest,
};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::files::{choose_open_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

/// A round as the committee works on it: its money and its applications.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RoundView {
    pub round: Round,
    pub ledger: Ledger,
    pub applications: Vec<Received>,
    pub rubric: Vec<Criterion>,
}

/// A file imported: the application's id and what became of it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedFile {
    pub id: ApplicationId,
    pub outcome: Imported,
}

#[tauri::command(async)]
pub fn list_rounds(state: State<'_, AppState>) -> IpcResult<Vec<Round>> {
    Ok(rounds::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn create_round(state: State<'_, AppState>, input: RoundInput) -> IpcResult<Round> {
    Ok(rounds::create(
        &mut state.session()?.db,
        &input,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn get_round(state: State<'_, AppState>, id: RoundId) -> IpcResult<RoundView> {
    let reads = state.reads()?;
    let conn = reads.conn();
    Ok(RoundView {
        round: rounds::get(conn, id)?,
        ledger: ledger::ledger(conn, id)?,
        applications: received::list(conn, id)?,
        rubric: rubric::get(conn, id)?,
    })
}

/// Asks for an application file a chapter sent and imports it into `round`; null when the
/// dialog was closed.
#[tauri::command(async)]
pub fn import_application_file(
    app: AppHandle,
    state: State<'_, AppState>,
    round: RoundId,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ImportedFile>> {
    let title = worded(title, "Import an application file");
    let filter = worded(filter, "Groundwork application files");
    let Some(path) = choose_open_path(&app, &title, (&filter, &["json"]))? else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path)
        .map_err(|e| groundwork_core::CoreError::io("read", std::path::PathBuf::from(&path), e))?;
    let (id, outcome) = received::import(&mut state.session()?.db, round, &bytes, Utc::now())?;
    Ok(Some(ImportedFile { id, outcome }))
}

#[tauri::command(async)]
pub fn save_rubric(
    state: State<'_, AppState>,
    round: RoundId,
    criteria: Vec<CriterionInput>,
) -> IpcResult<Vec<Criterion>> {
    Ok(rubric::save(&mut state.session()?.db, round, &criteria)?)
}

#[tauri::command(async)]
pub fn list_reviewers(state: State<'_, AppState>) -> IpcResult<Vec<Reviewer>> {
    Ok(reviewers::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn add_reviewer(state: State<'_, AppState>, name: String) -> IpcResult<Reviewer> {
    Ok(reviewers::add(&mut state.session()?.db, &name, Utc::now())?)
}

/// The application's reviews as `viewer` sees them (`null`: the committee as a whole); refused
/// to a reviewer who declared a conflict of interest with it.
#[tauri::command(async)]
pub fn review_sheet(
    state: State<'_, AppState>,
    application: ApplicationId,
    viewer: Option<ReviewerId>,
) -> IpcResult<ReviewSheet> {
    Ok(reviews::sheet(state.reads()?.conn(), application, viewer)?)
}

#[tauri::command(async)]
pub fn save_review(
    state: State<'_, AppState>,
    application: ApplicationId,
    reviewer: ReviewerId,
    scores: Vec<ScoreInput>,
    notes: Option<String>,
) -> IpcResult<ReviewSheet> {
    Ok(reviews::score(
        &mut state.session()?.db,
        application,
        reviewer,
        &scores,
        notes,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn declare_conflict(
    state: State<'_, AppState>,
    application: ApplicationId,
    reviewer: ReviewerId,
    reason: Option<String>,
) -> IpcResult<()> {
    Ok(reviews::recuse(
        &mut state.session()?.db,
        application,
        reviewer,
        reason,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn decide_application(
    state: State<'_, AppState>,
    application: ApplicationId,
    decision: Decision,
) -> IpcResult<Received> {
    Ok(decisions::decide(
        &mut state.session()?.db,
        application,
        &decision,
        Utc::now(),
    )?)
}

/// Puts the chapter that sent `application` in a region (`null` or blank: in none).
#[tauri::command(async)]
pub fn set_chapter_region(
    state: State<'_, AppState>,
    application: ApplicationId,
    region: Option<String>,
) -> IpcResult<Received> {
    Ok(regions::set(
        &mut state.session()?.db,
        application,
        &region,
        Utc::now(),
    )?)
}

/// The regions the committee has named, offered as it types one.
#[tauri::command(async)]
pub fn known_regions(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    Ok(regions::known(state.session()?.db.conn())?)
}

#[tauri::command(async)]
pub fn record_payment(
    state: State<'_, AppState>,
    application: ApplicationId,
    amount_cents: i64,
    paid_on: NaiveDate,
    note: Option<String>,
) -> IpcResult<Ledger> {
    Ok(ledger::disburse(
        &mut state.session()?.db,
        application,
        amount_cents,
        paid_on,
        note,
        Utc::now(),
    )?)
}

/// The committee's letter to a chapter on its application, into the print folder.
#[tauri::command(async)]
pub fn print_decision_letter(
    state: State<'_, AppState>,
    request: DecisionLetterRequest,
) -> IpcResult<PrintedFile> {
    Ok(national_grants::print_letter(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// A round's summary, into the print folder.
#[tauri::command(async)]
pub fn print_round_summary(
    state: State<'_, AppState>,
    request: RoundSummaryRequest,
) -> IpcResult<PrintedFile> {
    Ok(national_grants::print_summary(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// A progress report file imported: its application, which report, and what became of it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedReport {
    pub application: ApplicationId,
    pub kind: ReportKind,
    pub outcome: Imported,
}

/// Asks for a progress report file a chapter sent and imports it; null when the dialog was
/// closed.
#[tauri::command(async)]
pub fn import_report_file(
    app: AppHandle,
    state: State<'_, AppState>,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ImportedReport>> {
    let title = worded(title, "Import a progress report");
    let filter = worded(filter, "Groundwork report files");
    let Some(path) = choose_open_path(&app, &title, (&filter, &["json"]))? else {
        return Ok(None);
    };
    let bytes = std::fs::read(&path)
        .map_err(|e| groundwork_core::CoreError::io("read", std::path::PathBuf::from(&path), e))?;
    let (application, kind, outcome) =
        national_reports::import(&mut state.session()?.db, &bytes, Utc::now())?;
    Ok(Some(ImportedReport {
        application,
        kind,
        outcome,
    }))
}

/// The reports due on a round's awards, with who is overdue today.
#[tauri::command(async)]
pub fn reports_due(state: State<'_, AppState>, round: RoundId) -> IpcResult<Vec<ReportDue>> {
    let reads = state.reads()?;
    let today = groundwork_core::settings::today_of(&reads, Utc::now());
    Ok(national_reports::due(reads.conn(), round, today)?)
}
