//! Meetings, sign-in sheets and entering who came.

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::ids::{MeetingId, PersonId};
use groundwork_core::meetings::{
    attendance, matching, store, AttendeeMatch, Meeting, MeetingDetail, MeetingInput,
    MeetingSignInRequest, NewAttendee, SignInSummary,
};
use groundwork_core::settings;
use groundwork_workflows::documents::sign_in::{self, SheetFor, SheetRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// The meeting as the window shows it, after whatever the command changed.
fn detail_of(db: &Database, id: MeetingId) -> IpcResult<MeetingDetail> {
    Ok(store::detail(db.conn(), id, settings::zone_of(db))?)
}

#[tauri::command(async)]
pub fn list_meetings(state: State<'_, AppState>) -> IpcResult<Vec<Meeting>> {
    let db = state.reads()?;
    Ok(store::list(db.conn(), settings::zone_of(&db))?)
}

#[tauri::command(async)]
pub fn get_meeting(state: State<'_, AppState>, id: MeetingId) -> IpcResult<MeetingDetail> {
    detail_of(&*state.reads()?, id)
}

#[tauri::command(async)]
pub fn create_meeting(state: State<'_, AppState>, input: MeetingInput) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    let zone = settings::zone_of(&session.db);
    let is_sample = session.is_sample;
    let id = store::create(&mut session.db, &input, zone, is_sample, Utc::now())?;
    detail_of(&session.db, id)
}

#[tauri::command(async)]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: MeetingId,
    input: MeetingInput,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    let zone = settings::zone_of(&session.db);
    store::update(&mut session.db, id, &input, zone, Utc::now())?;
    detail_of(&session.db, id)
}

#[tauri::command(async)]
pub fn match_attendee(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    text: String,
) -> IpcResult<Vec<AttendeeMatch>> {
    Ok(matching::best_matches(
        state.reads()?.conn(),
        meeting_id,
        &text,
    )?)
}

#[tauri::command(async)]
pub fn record_attendance(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    person_id: PersonId,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    attendance::record(&mut session.db, meeting_id, person_id, Utc::now())?;
    detail_of(&session.db, meeting_id)
}

#[tauri::command(async)]
pub fn add_new_attendee(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    attendee: NewAttendee,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    attendance::add_new(
        &mut session.db,
        meeting_id,
        &attendee,
        is_sample,
        Utc::now(),
    )?;
    detail_of(&session.db, meeting_id)
}

#[tauri::command(async)]
pub fn remove_attendance(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    person_id: PersonId,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    attendance::remove(&mut session.db, meeting_id, person_id)?;
    detail_of(&session.db, meeting_id)
}

#[tauri::command(async)]
pub fn sign_in_summary(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
) -> IpcResult<SignInSummary> {
    Ok(attendance::summary(state.reads()?.conn(), meeting_id)?)
}

#[tauri::command(async)]
pub fn print_meeting_sign_in(
    state: State<'_, AppState>,
    request: MeetingSignInRequest,
) -> IpcResult<PrintedFile> {
    let sheet = SheetRequest {
        sheet_for: SheetFor::Meeting {
            id: request.meeting_id,
            expected_names: request.expected_names,
        },
        lang: request.lang,
        paper: request.paper,
        rows: None,
    };
    Ok(sign_in::print(
        &*state,
        &sheet,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}
