//! Area needs assessments: the survey, numbered forms, entering them, and what they say.

use chrono::Utc;
use groundwork_core::ids::{AssessmentId, ResponseId};
use groundwork_core::needs::assessment::{self, Assessment, AssessmentInput};
use groundwork_core::needs::entered::{self, EnteredForm, RespondentFollowUp};
use groundwork_core::needs::programs::{
    self, Candidate, CandidateInput, ProgramInput, ServiceProgram,
};
use groundwork_core::needs::ranking::{self, Breakdown, GroupRanking, Ranking};
use groundwork_core::needs::response::{self, Entered, ResponseInput};
use groundwork_core::needs::summary;
use groundwork_core::needs::survey::{Survey, Untranslated};
use groundwork_core::progress::Progress;
use groundwork_core::projects::Project;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::needs_form::{self, NeedsForms};
use groundwork_print::needs_report::{self, NeedsReport};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::State;
use ts_rs::TS;

use super::print::{save_printed, PrintedFile};
use crate::error::IpcResult;
use crate::state::{chapter_for_printing, AppState, Session};

#[derive(Debug, Clone, Serialize, TS)]
pub struct AssessmentDetail {
    pub assessment: Assessment,
    pub survey: Survey,
    pub untranslated: Vec<Untranslated>,
}

fn detail_of(session: &Session, id: AssessmentId) -> IpcResult<AssessmentDetail> {
    let conn = session.db.conn();
    let survey = assessment::survey(conn, id)?;
    Ok(AssessmentDetail {
        assessment: assessment::get(conn, id)?,
        untranslated: survey.untranslated_by_language(),
        survey,
    })
}

#[tauri::command(async)]
pub fn list_assessments(state: State<'_, AppState>) -> IpcResult<Vec<Assessment>> {
    Ok(assessment::list(state.session()?.db.conn())?)
}

#[tauri::command(async)]
pub fn get_assessment(state: State<'_, AppState>, id: AssessmentId) -> IpcResult<AssessmentDetail> {
    detail_of(&*state.session()?, id)
}

#[tauri::command(async)]
pub fn create_assessment(
    state: State<'_, AppState>,
    input: AssessmentInput,
) -> IpcResult<AssessmentDetail> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    let created = assessment::create(&mut session.db, &input, is_sample, Utc::now())?;
    detail_of(&session, created.id)
}

#[tauri::command(async)]
pub fn save_survey(
    state: State<'_, AppState>,
    id: AssessmentId,
    survey: Survey,
) -> IpcResult<AssessmentDetail> {
    let mut session = state.session()?;
    assessment::save_survey(&mut session.db, id, &survey, Utc::now())?;
    detail_of(&session, id)
}

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NeedsFormsRequest {
    pub assessment: AssessmentId,
    pub count: u32,
    /// One or two survey language codes; empty: the chapter's print languages.
    pub languages: Vec<String>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PrintedForms {
    pub path: String,
    pub pages: u32,
    /// "K7QF-0051" and "K7QF-0100": the numbers of the batch.
    pub first: String,
    pub last: String,
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
        let session = state.session()?;
        let chapter = chapter_for_printing(&session.db)?;
        let found = assessment::get(session.db.conn(), request.assessment)?;
        let survey = assessment::survey(session.db.conn(), request.assessment)?;
        let db_path = session.db_file();
        drop(session);
        assessment::check_batch(request.count)?;
        let today = chapter.settings.today_at(Utc::now());
        let languages = request.languages.clone();
        let base =
            NeedsForms::next_batch(&chapter, &found, &survey, request.count, languages, today);
        let forms = NeedsForms {
            paper: request.paper.unwrap_or(base.paper),
            ..base
        };
        let printed = needs_form::render(&forms, job)?;
        let saved = save_printed(&db_path, &format!("needs-forms-{}", found.code), &printed)?;
        let serials = forms.serials.clone();
        let numbered = assessment::number_printed(
            &mut state.session()?.db,
            request.assessment,
            serials.clone(),
            Utc::now(),
        );
        if let Err(err) = numbered {
            // Forms whose numbers another print took must not reach the printer.
            let _ = std::fs::remove_file(&saved.path);
            return Err(err.into());
        }
        Ok(PrintedForms {
            path: saved.path,
            pages: saved.pages,
            first: assessment::form_number(&found.code, *serials.start()),
            last: assessment::form_number(&found.code, *serials.end()),
        })
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

#[derive(Debug, Clone, Deserialize, TS)]
pub struct NeedsReportRequest {
    pub assessment: AssessmentId,
    /// `null`: the chapter's own choice.
    pub lang: Option<LanguageChoice>,
    /// `null`: the chapter's paper size.
    pub paper: Option<PaperSize>,
}

/// The summary with its charts, for the chapter meeting, written into the print folder.
#[tauri::command(async)]
pub fn print_needs_report(
    state: State<'_, AppState>,
    request: NeedsReportRequest,
) -> IpcResult<PrintedFile> {
    let session = state.session()?;
    let chapter = chapter_for_printing(&session.db)?;
    let language = request
        .lang
        .unwrap_or(chapter.settings.default_language_choice());
    let summary = summary::load(
        session.db.conn(),
        request.assessment,
        language.languages()[0].code(),
    )?;
    let db_path = session.db_file();
    drop(session);
    let today = chapter.settings.today_at(Utc::now());
    let base = NeedsReport::for_chapter(&chapter, &summary, language, today);
    let report = NeedsReport {
        paper: request.paper.unwrap_or(base.paper),
        ..base
    };
    let printed = needs_report::render(&report)?;
    save_printed(
        &db_path,
        &format!("needs-summary-{}", summary.assessment.code),
        &printed,
    )
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
    Ok(entered::recent(state.session()?.db.conn(), id, 20)?)
}

#[tauri::command(async)]
pub fn remove_response(state: State<'_, AppState>, response: ResponseId) -> IpcResult<()> {
    let mut session = state.session()?;
    Ok(entered::remove(&mut session.db, response)?)
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct NeedsRanking {
    pub overall: Ranking,
    pub by_area: Vec<GroupRanking>,
    pub by_language: Vec<GroupRanking>,
}

#[tauri::command(async)]
pub fn needs_ranking(
    state: State<'_, AppState>,
    id: AssessmentId,
    lang: String,
) -> IpcResult<NeedsRanking> {
    let answers = ranking::answers(state.session()?.db.conn(), id)?;
    Ok(NeedsRanking {
        overall: answers.overall(&lang),
        by_area: answers.by(&lang, Breakdown::Area),
        by_language: answers.by(&lang, Breakdown::Language),
    })
}

#[tauri::command(async)]
pub fn needs_follow_ups(
    state: State<'_, AppState>,
    id: AssessmentId,
) -> IpcResult<Vec<RespondentFollowUp>> {
    Ok(entered::follow_ups(state.session()?.db.conn(), id)?)
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
    Ok(programs::candidates(state.session()?.db.conn(), id)?)
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
