//! Meetings, sign-in sheets and entering who came.

use chrono::Utc;
use groundwork_core::ids::{MeetingId, PersonId};
use groundwork_core::meetings::{
    attendance, matching, store, AttendeeMatch, Meeting, MeetingDetail, MeetingInput,
    MeetingSignInRequest, NewAttendee, SignInSummary,
};
use groundwork_print::sign_in_sheet::{self, SignInSheet};
use tauri::State;

use super::print::{save_printed, PrintedFile};
use crate::error::IpcResult;
use crate::state::{chapter_for_printing, chapter_zone, AppState, Session};

/// The meeting as the window shows it, after whatever the command changed.
fn detail_of(session: &Session, id: MeetingId) -> IpcResult<MeetingDetail> {
    Ok(store::detail(
        session.db.conn(),
        id,
        chapter_zone(&session.db),
    )?)
}

#[tauri::command(async)]
pub fn list_meetings(state: State<'_, AppState>) -> IpcResult<Vec<Meeting>> {
    let session = state.session()?;
    Ok(store::list(session.db.conn(), chapter_zone(&session.db))?)
}

#[tauri::command(async)]
pub fn get_meeting(state: State<'_, AppState>, id: MeetingId) -> IpcResult<MeetingDetail> {
    let session = state.session()?;
    detail_of(&session, id)
}

#[tauri::command(async)]
pub fn create_meeting(state: State<'_, AppState>, input: MeetingInput) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    let zone = chapter_zone(&session.db);
    let is_sample = session.is_sample;
    let id = store::create(&mut session.db, &input, zone, is_sample, Utc::now())?;
    detail_of(&session, id)
}

#[tauri::command(async)]
pub fn update_meeting(
    state: State<'_, AppState>,
    id: MeetingId,
    input: MeetingInput,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    let zone = chapter_zone(&session.db);
    store::update(&mut session.db, id, &input, zone, Utc::now())?;
    detail_of(&session, id)
}

#[tauri::command(async)]
pub fn match_attendee(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    text: String,
) -> IpcResult<Vec<AttendeeMatch>> {
    Ok(matching::best_matches(
        state.session()?.db.conn(),
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
    detail_of(&session, meeting_id)
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
    detail_of(&session, meeting_id)
}

#[tauri::command(async)]
pub fn remove_attendance(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
    person_id: PersonId,
) -> IpcResult<MeetingDetail> {
    let mut session = state.session()?;
    attendance::remove(&mut session.db, meeting_id, person_id)?;
    detail_of(&session, meeting_id)
}

#[tauri::command(async)]
pub fn sign_in_summary(
    state: State<'_, AppState>,
    meeting_id: MeetingId,
) -> IpcResult<SignInSummary> {
    Ok(attendance::summary(state.session()?.db.conn(), meeting_id)?)
}

#[tauri::command(async)]
pub fn print_meeting_sign_in(
    state: State<'_, AppState>,
    request: MeetingSignInRequest,
) -> IpcResult<PrintedFile> {
    let session = state.session()?;
    let chapter = chapter_for_printing(&session.db)?;
    // The chapter is loaded already: its zone and today come from it, not from a second read.
    let meeting = store::get(
        session.db.conn(),
        request.meeting_id,
        chapter.settings.zone(),
    )?;
    let expected = if request.expected_names {
        attendance::expected_names(session.db.conn(), request.meeting_id)?
    } else {
        Vec::new()
    };
    let today = chapter.settings.today_at(Utc::now());
    let db_path = session.db_file();
    drop(session);
    let sheet = SignInSheet {
        paper: request.paper.unwrap_or(chapter.settings.paper_size),
        language: request
            .lang
            .unwrap_or(chapter.settings.default_language_choice()),
        ..SignInSheet::for_meeting(&chapter, &meeting, expected, today)?
    };
    let printed = sign_in_sheet::render(&sheet)?;
    let date = meeting.starts_at.get(..10).unwrap_or_default();
    save_printed(&db_path, &format!("sign-in-{date}"), &printed)
}
