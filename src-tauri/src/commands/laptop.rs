//! Pass the laptop: the organizer locks the app with the chapter's passphrase, members fill in
//! the connections form one after another, and the passphrase opens the app again. These are
//! the only commands that answer while the lock is on ([`AppState::laptop_session`]); each
//! says as little as a member needs: no member list, no earlier answers, no relationships.

use std::time::Instant;

use chrono::Utc;
use groundwork_core::connections::assessment;
use groundwork_core::connections::laptop::{self, LaptopForm, OrgSuggestion};
use groundwork_core::connections::survey::ConnectionsSurvey;
use groundwork_core::laptop::{self as lock, LockStatus};
use groundwork_core::people::{identify, model::display_name, store as people};
use groundwork_core::settings::{self, today_of};
use groundwork_core::{msg, CoreError};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::error::IpcResult;
use crate::state::{AppState, Seat};

/// What the laptop's screens need, and nothing more.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LaptopStatus {
    pub lock: LockStatus,
    pub chapter_name: String,
    /// The survey while the laptop goes round: its questions in the languages it has.
    pub survey: ConnectionsSurvey,
    /// The member at the keyboard, by the name they go by, once they have said who they are.
    pub at_keyboard: Option<String>,
}

fn refuse_unless_locked(state: &AppState) -> IpcResult<Seat> {
    let seat = state.seat();
    if !seat.locked {
        return Err(CoreError::Conflict {
            reason: msg!("laptop-not-locked"),
        }
        .into());
    }
    Ok(seat)
}

/// Answers whether the app is locked or not: the window asks it first, at every start.
#[tauri::command(async)]
pub fn laptop_status(state: State<'_, AppState>) -> IpcResult<LaptopStatus> {
    let session = state.laptop_session()?;
    let conn = session.db.conn();
    let at_keyboard = match state.seat().at_keyboard {
        Some(id) => {
            let person = people::get(conn, id)?;
            let f = &person.fields;
            Some(display_name(f.preferred_name.as_deref(), &f.first_name, ""))
        }
        None => None,
    };
    Ok(LaptopStatus {
        lock: lock::status(conn)?,
        chapter_name: settings::load(&session.db)?
            .map(|c| c.settings.name)
            .unwrap_or_default(),
        survey: assessment::current(conn)?.survey,
        at_keyboard,
    })
}

/// Locks the app for the laptop to go round; the first time, `passphrase` becomes the
/// chapter's. Refused while already locked, like every other command.
#[tauri::command(async)]
pub fn lock_laptop(
    state: State<'_, AppState>,
    passphrase: String,
    locked_by: String,
) -> IpcResult<LockStatus> {
    let mut session = state.session()?;
    let status = lock::lock(&mut session.db, &passphrase, &locked_by, Utc::now())?;
    state.set_seat(Seat {
        locked: status.locked,
        ..Seat::default()
    });
    Ok(status)
}

/// Opens the app again with the chapter's passphrase; a wrong one leaves it locked.
#[tauri::command(async)]
pub fn unlock_laptop(state: State<'_, AppState>, passphrase: String) -> IpcResult<LockStatus> {
    let mut session = state.laptop_session()?;
    let status = lock::unlock(&mut session.db, &passphrase, Utc::now())?;
    state.set_seat(Seat {
        locked: status.locked,
        ..Seat::default()
    });
    Ok(status)
}

#[tauri::command(async)]
pub fn change_laptop_passphrase(
    state: State<'_, AppState>,
    current: String,
    new_passphrase: String,
) -> IpcResult<LockStatus> {
    let mut session = state.session()?;
    Ok(lock::change_passphrase(
        &mut session.db,
        &current,
        &new_passphrase,
        Utc::now(),
    )?)
}

/// A member says who they are by name and one more fact. Found: the name they go by, to
/// greet them. Not found: `None`, and nothing says whether the name or the fact was wrong.
/// After a few misses in a row, tries wait ([`lock::Attempts`]), so names cannot be tried one after
/// another to learn who is a member.
#[tauri::command(async)]
pub fn laptop_identify(
    state: State<'_, AppState>,
    name: String,
    fact: String,
) -> IpcResult<Option<String>> {
    let mut seat = refuse_unless_locked(&state)?;
    let now = Instant::now();
    seat.attempts.check(now)?;
    let session = state.laptop_session()?;
    let conn = session.db.conn();
    let Some(id) = identify::identify(conn, &name, &fact)? else {
        seat.attempts.missed(now);
        state.set_seat(seat);
        return Ok(None);
    };
    let person = people::get(conn, id)?;
    let f = &person.fields;
    seat.attempts.found();
    state.set_seat(Seat {
        at_keyboard: Some(id),
        ..seat
    });
    Ok(Some(display_name(
        f.preferred_name.as_deref(),
        &f.first_name,
        "",
    )))
}

/// Someone the chapter does not know yet joins at the laptop with their name and the fact
/// they gave; they are at the keyboard from now.
#[tauri::command(async)]
pub fn laptop_join(
    state: State<'_, AppState>,
    first_name: String,
    last_name: String,
    fact: String,
) -> IpcResult<String> {
    let seat = refuse_unless_locked(&state)?;
    let mut session = state.laptop_session()?;
    let is_sample = session.is_sample;
    let id = laptop::join(
        &mut session.db,
        &first_name,
        &last_name,
        &fact,
        is_sample,
        Utc::now(),
    )?;
    state.set_seat(Seat {
        at_keyboard: Some(id),
        ..seat
    });
    Ok(first_name.trim().to_owned())
}

/// Organizations as the member types one: names only.
#[tauri::command(async)]
pub fn laptop_suggest_orgs(
    state: State<'_, AppState>,
    typed: String,
) -> IpcResult<Vec<OrgSuggestion>> {
    refuse_unless_locked(&state)?;
    let session = state.laptop_session()?;
    Ok(laptop::suggest_orgs(session.db.conn(), &typed)?)
}

/// Enters the form of the member at the keyboard, under the name of the organizer who locked
/// the app; then the keyboard is free for the next member, and nothing of this form is sent
/// back to be seen.
#[tauri::command(async)]
pub fn laptop_submit(state: State<'_, AppState>, form: LaptopForm) -> IpcResult<()> {
    let seat = refuse_unless_locked(&state)?;
    let Some(person) = seat.at_keyboard else {
        return Err(CoreError::Conflict {
            reason: msg!("laptop-nobody-at-the-keyboard"),
        }
        .into());
    };
    let mut session = state.laptop_session()?;
    let is_sample = session.is_sample;
    let now = Utc::now();
    let locked_by = lock::status(session.db.conn())?
        .locked_by
        .unwrap_or_default();
    let today = today_of(&session.db, now);
    laptop::enter(
        &mut session.db,
        person,
        &form,
        &locked_by,
        today,
        is_sample,
        now,
    )?;
    state.set_seat(Seat {
        at_keyboard: None,
        ..seat
    });
    Ok(())
}

/// "That is not me" or "start again": the keyboard is free, nothing was entered.
#[tauri::command(async)]
pub fn laptop_leave_seat(state: State<'_, AppState>) -> IpcResult<()> {
    let seat = state.seat();
    state.set_seat(Seat {
        at_keyboard: None,
        ..seat
    });
    Ok(())
}
