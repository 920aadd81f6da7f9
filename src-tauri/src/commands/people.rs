//! The base: people, their ladder level, one-on-ones and follow-ups.

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::ids::{OneOnOneId, PersonId};
use groundwork_core::people::detail::{self, PersonDetail};
use groundwork_core::people::duplicates::{self, DuplicateList};
use groundwork_core::people::ladder::{self, LadderLevel, LevelChange};
use groundwork_core::people::merge::{self, MergeComparison, MergeRequest};
use groundwork_core::people::one_on_one::{self, FollowUp, OneOnOneInput};
use groundwork_core::people::store::{self, Origin};
use groundwork_core::people::{search, PeoplePage, PeopleQuery, PersonInput};
use groundwork_core::settings;
use tauri::State;

use crate::error::IpcResult;
use crate::state::AppState;

/// New people made in the sample chapter are sample data too.
fn origin(is_sample: bool) -> Origin<'static> {
    Origin {
        source: "entered",
        is_sample,
    }
}

/// A person as their screen shows it, with "due" and "overdue" read in the chapter's zone.
fn record(db: &Database, id: PersonId) -> IpcResult<PersonDetail> {
    Ok(detail::load(
        db.conn(),
        id,
        Utc::now(),
        settings::zone_of(db),
    )?)
}

#[tauri::command(async)]
pub fn search_people(state: State<'_, AppState>, query: PeopleQuery) -> IpcResult<PeoplePage> {
    Ok(search::search(state.reads()?.conn(), &query)?)
}

#[tauri::command(async)]
pub fn get_person(state: State<'_, AppState>, id: PersonId) -> IpcResult<PersonDetail> {
    record(&*state.reads()?, id)
}

#[tauri::command(async)]
pub fn create_person(state: State<'_, AppState>, input: PersonInput) -> IpcResult<PersonDetail> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    let person = store::create(&mut session.db, input, origin(is_sample), Utc::now())?;
    record(&session.db, person.id)
}

#[tauri::command(async)]
pub fn update_person(
    state: State<'_, AppState>,
    id: PersonId,
    input: PersonInput,
) -> IpcResult<PersonDetail> {
    let mut session = state.session()?;
    store::update(&mut session.db, id, input, Utc::now())?;
    record(&session.db, id)
}

#[tauri::command(async)]
pub fn log_one_on_one(state: State<'_, AppState>, input: OneOnOneInput) -> IpcResult<PersonDetail> {
    let mut session = state.session()?;
    let today = settings::today_of(&session.db, Utc::now());
    one_on_one::log(&mut session.db, &input, today, Utc::now())?;
    record(&session.db, input.person_id)
}

#[tauri::command(async)]
pub fn complete_follow_up(state: State<'_, AppState>, one_on_one_id: OneOnOneId) -> IpcResult<()> {
    Ok(one_on_one::complete_follow_up(
        &mut state.session()?.db,
        one_on_one_id,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn follow_ups(state: State<'_, AppState>, held_by: Option<String>) -> IpcResult<Vec<FollowUp>> {
    let db = state.reads()?;
    let today = settings::today_of(&db, Utc::now());
    Ok(one_on_one::follow_ups(
        db.conn(),
        held_by.as_deref(),
        today,
    )?)
}

#[tauri::command(async)]
pub fn ladder_levels(state: State<'_, AppState>) -> IpcResult<Vec<LadderLevel>> {
    Ok(ladder::levels(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn rename_ladder_level(
    state: State<'_, AppState>,
    key: String,
    name: String,
) -> IpcResult<Vec<LadderLevel>> {
    Ok(ladder::rename(
        &mut state.session()?.db,
        &key,
        &name,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn set_ladder_level(
    state: State<'_, AppState>,
    person_id: PersonId,
    level: String,
    changed_by: String,
    reason: Option<String>,
) -> IpcResult<PersonDetail> {
    let mut session = state.session()?;
    let change = LevelChange {
        person: person_id,
        to_level: &level,
        changed_by: &changed_by,
        reason: reason.as_deref(),
    };
    ladder::set_level(&mut session.db, &change, Utc::now())?;
    record(&session.db, person_id)
}

/// Likely duplicates in the whole chapter, strongest evidence first, and how many in all.
#[tauri::command(async)]
pub fn find_duplicates(state: State<'_, AppState>) -> IpcResult<DuplicateList> {
    Ok(duplicates::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn compare_people(
    state: State<'_, AppState>,
    a: PersonId,
    b: PersonId,
) -> IpcResult<MergeComparison> {
    Ok(merge::compare(state.reads()?.conn(), a, b)?)
}

/// Merges two records and returns the kept one as the person screen shows it.
#[tauri::command(async)]
pub fn merge_people(state: State<'_, AppState>, request: MergeRequest) -> IpcResult<PersonDetail> {
    let mut session = state.session()?;
    let kept = merge::merge(&mut session.db, &request, Utc::now())?;
    record(&session.db, kept.id)
}

/// Records that two records are two different people.
#[tauri::command(async)]
pub fn mark_not_duplicates(
    state: State<'_, AppState>,
    a: PersonId,
    b: PersonId,
    decided_by: String,
) -> IpcResult<()> {
    let mut session = state.session()?;
    Ok(duplicates::not_the_same(
        &mut session.db,
        a,
        b,
        &decided_by,
        Utc::now(),
    )?)
}
