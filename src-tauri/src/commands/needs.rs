//! Area needs assessments: the survey, numbered forms, entering them, and what they say.

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::ids::{AssessmentId, ResponseId};
use groundwork_core::needs::assessment::{self, Assessment, AssessmentInput};
use groundwork_core::needs::entered::{self, EnteredForm, RespondentFollowUp};
use groundwork_core::needs::programs::{
    self, Candidate, CandidateInput, ProgramInput, ServiceProgram,
};
use groundwork_core::needs::response::{self, Entered, ResponseInput};
use groundwork_core::needs::survey::Survey;
use groundwork_core::progress::Progress;
use groundwork_core::projects::{self, Project};
use groundwork_core::settings::PaperSize;
use groundwork_print::needs_form;
use groundwork_workflows::access::chapter_for_printing;
use groundwork_workflows::documents::needs_forms::{self, NeedsFormsRequest, PrintedForms};
use groundwork_workflows::documents::needs_report::{self, NeedsReportRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use groundwork_workflows::needs::{self, AssessmentDetail, NeedsRanking};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcResult;
use crate::state::AppState;

fn detail_of(db: &Database, id: AssessmentId) -> IpcResult<AssessmentDetail> {
    Ok(needs::detail(db.conn(), id)?)
}

#[tauri::command(async)]
pub fn list_assessments(state: State<'_, AppState>) -> IpcResult<Vec<Assessment>> {
    Ok(assessment::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn get_assessment(state: State<'_, AppState>, id: AssessmentId) -> IpcResult<AssessmentDetail> {
    detail_of(&*state.reads()?, id)
}

#[tauri::command(async)]
pub fn create_assessment(
    state: State<'_, AppState>,
    input: AssessmentInput,
) -> IpcResult<AssessmentDetail> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    let created = assessment::create(&mut session.db, &input, is_sample, Utc::now())?;
    detail_of(&session.db, created.id)
}

#[tauri::command(async)]
pub fn save_survey(
    state: State<'_, AppState>,
    id: AssessmentId,
    survey: Survey,
) -> IpcResult<AssessmentDetail> {
    let mut session = state.session()?;
    assessment::save_survey(&mut session.db, id, &survey, Utc::now())?;
    detail_of(&session.db, id)
}

/// Prints the next `count` numbered forms as a long job (progress per form, Cancel). The
/// numbers are taken only once the PDF is written: a cancelled or failed print leaves none
/// used.
#[tauri::command(async)]
pub fn print_needs_forms(
    state: State<'_, AppState>,
    request: NeedsFormsRequest,
    job_id: String,
    on_progress: Channel<Progress>,
) -> IpcResult<PrintedForms> {
    state.run_job(&job_id, &on_progress, |job| {
        Ok(needs_forms::print(
            &*state,
            &request,
            SaveTo::PrintFolder,
            job,
            Utc::now(),
        )?)
    })
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct FormPagesRequest {
    /// The survey as it stands in the editor, saved or not.
    pub survey: Survey,
    /// One or two survey language codes; empty: the chapter's print languages.
    pub languages: Vec<String>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct FormPages {
    /// How many pages one printed form takes.
    pub pages: u32,
    /// The languages and paper counted, the chapter's where the request left them out.
    pub languages: Vec<String>,
    pub paper: PaperSize,
}

/// How many pages one form of the survey being edited takes on paper, as the survey editor
/// shows it while the survey changes. Refused as printing would refuse it (a language still
/// untranslated).
#[tauri::command(async)]
pub fn needs_form_pages(
    state: State<'_, AppState>,
    request: FormPagesRequest,
) -> IpcResult<FormPages> {
    let chapter = chapter_for_printing(&state.session()?.db)?;
    let languages = needs_form::languages_for(&chapter, &request.survey, request.languages);
    let paper = request.paper.unwrap_or(chapter.settings.paper_size);
    let pages =
        needs_form::pages_per_form(&chapter.settings.name, &request.survey, &languages, paper)?;
    Ok(FormPages {
        pages: u32::try_from(pages).unwrap_or(u32::MAX),
        languages,
        paper,
    })
}

/// The summary with its charts, for the chapter meeting, written into the print folder.
#[tauri::command(async)]
pub fn print_needs_report(
    state: State<'_, AppState>,
    request: NeedsReportRequest,
) -> IpcResult<PrintedFile> {
    Ok(needs_report::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn enter_response(
    state: State<'_, AppState>,
    id: AssessmentId,
    input: ResponseInput,
) -> IpcResult<Entered> {
    let mut session = state.session()?;
    Ok(response::enter(&mut session.db, id, &input, Utc::now())?)
}

#[tauri::command(async)]
pub fn recent_responses(
    state: State<'_, AppState>,
    id: AssessmentId,
) -> IpcResult<Vec<EnteredForm>> {
    Ok(entered::recent(state.reads()?.conn(), id, 20)?)
}

#[tauri::command(async)]
pub fn remove_response(state: State<'_, AppState>, response: ResponseId) -> IpcResult<()> {
    let mut session = state.session()?;
    Ok(entered::remove(&mut session.db, response)?)
}

#[tauri::command(async)]
pub fn needs_ranking(
    state: State<'_, AppState>,
    id: AssessmentId,
    lang: String,
) -> IpcResult<NeedsRanking> {
    Ok(needs::needs_ranking(state.reads()?.conn(), id, &lang)?)
}

#[tauri::command(async)]
pub fn needs_follow_ups(
    state: State<'_, AppState>,
    id: AssessmentId,
) -> IpcResult<Vec<RespondentFollowUp>> {
    Ok(entered::follow_ups(state.reads()?.conn(), id)?)
}

#[tauri::command(async)]
pub fn mark_respondent_followed_up(
    state: State<'_, AppState>,
    response: ResponseId,
) -> IpcResult<()> {
    let mut session = state.session()?;
    Ok(entered::mark_followed_up(
        &mut session.db,
        response,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn program_candidates(
    state: State<'_, AppState>,
    id: AssessmentId,
) -> IpcResult<Vec<Candidate>> {
    Ok(programs::candidates(state.reads()?.conn(), id)?)
}

#[tauri::command(async)]
pub fn score_program(
    state: State<'_, AppState>,
    id: AssessmentId,
    input: CandidateInput,
) -> IpcResult<Vec<Candidate>> {
    let mut session = state.session()?;
    programs::score(&mut session.db, id, &input, Utc::now())?;
    Ok(programs::candidates(session.db.conn(), id)?)
}

#[tauri::command(async)]
pub fn add_program(state: State<'_, AppState>, input: ProgramInput) -> IpcResult<ServiceProgram> {
    let mut session = state.session()?;
    Ok(programs::add_program(&mut session.db, &input, Utc::now())?)
}

/// The chapter's base-building projects, newest first: what a campaign can grow out of.
#[tauri::command(async)]
pub fn list_projects(state: State<'_, AppState>) -> IpcResult<Vec<Project>> {
    Ok(projects::store::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn make_project(
    state: State<'_, AppState>,
    id: AssessmentId,
    program_id: String,
    name: String,
) -> IpcResult<Project> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    Ok(programs::make_project(
        &mut session.db,
        id,
        &program_id,
        &name,
        is_sample,
        Utc::now(),
    )?)
}
