//! Canvassing: doors from a list or the people records, canvasses cut into turfs, the walk
//! sheets, what happened at each door entered in the order of the paper, and the summary.

use chrono::Utc;
use groundwork_core::canvass::door_list::{self, FoundDoors};
use groundwork_core::canvass::door_typed::{self, DoorAdded, TypedDoor};
use groundwork_core::canvass::doors_file::{self, DoorsImported};
use groundwork_core::canvass::people_at::{doors_from_people, DoorsFromPeople};
use groundwork_core::canvass::results::{self, DoorContact};
use groundwork_core::canvass::view::{self as canvass_view, CanvassView};
use groundwork_core::canvass::{
    canvasses, going_back, turfs, Canvass, CanvassInput, CutInput, ResultInput,
};
use groundwork_core::ids::{AssessmentId, CanvassId, DoorId, PersonId, TurfId};
use groundwork_core::interop::table::LIST_FILE_EXTENSIONS;
use groundwork_workflows::documents::walk_sheets::{self, WalkSheetsRequest};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use tauri::{AppHandle, State};

use super::files::{choose_open_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn list_canvasses(state: State<'_, AppState>) -> IpcResult<Vec<Canvass>> {
    Ok(canvasses::list(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn create_canvass(state: State<'_, AppState>, input: CanvassInput) -> IpcResult<Canvass> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    let id = canvasses::create(&mut session.db, &input, is_sample, Utc::now())?;
    Ok(canvasses::get(session.db.conn(), id)?)
}

fn view(db: &groundwork_core::db::Database, id: CanvassId) -> groundwork_core::Result<CanvassView> {
    canvass_view::of(db.conn(), id)
}

#[tauri::command(async)]
pub fn get_canvass(state: State<'_, AppState>, id: CanvassId) -> IpcResult<CanvassView> {
    Ok(canvass_view::of(state.reads()?.conn(), id)?)
}

/// Asks for a VAN export or voter file and reads its doors; null when the dialog was closed.
#[tauri::command(async)]
pub fn import_doors(
    app: AppHandle,
    state: State<'_, AppState>,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<DoorsImported>> {
    let title = worded(title, "Import doors from a list");
    let filter = worded(filter, "Voter files and VAN exports");
    let Some(path) = choose_open_path(&app, &title, (&filter, &LIST_FILE_EXTENSIONS))? else {
        return Ok(None);
    };
    Ok(Some(doors_file::import(
        &mut state.session()?.db,
        std::path::Path::new(&path),
        Utc::now(),
    )?))
}

#[tauri::command(async)]
pub fn doors_from_people_records(state: State<'_, AppState>) -> IpcResult<DoorsFromPeople> {
    Ok(doors_from_people(&mut state.session()?.db, Utc::now())?)
}

/// How many doors the chapter has, to say before any are imported.
#[tauri::command(async)]
pub fn count_doors(state: State<'_, AppState>) -> IpcResult<u32> {
    Ok(canvass_view::door_count(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn cut_turfs(
    state: State<'_, AppState>,
    canvass: CanvassId,
    input: CutInput,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    turfs::cut(&mut session.db, canvass, &input, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

#[tauri::command(async)]
pub fn record_door_result(
    state: State<'_, AppState>,
    canvass: CanvassId,
    door: DoorId,
    input: ResultInput,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    results::record(&mut session.db, canvass, door, &input, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

/// "Not home" at every door of the building, in one entry.
#[tauri::command(async)]
pub fn not_home_building(
    state: State<'_, AppState>,
    canvass: CanvassId,
    door: DoorId,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    results::not_home_building(&mut session.db, canvass, door, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

/// "Not home" at every door of the block, in one entry.
#[tauri::command(async)]
pub fn not_home_block(
    state: State<'_, AppState>,
    canvass: CanvassId,
    door: DoorId,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    results::not_home_block(&mut session.db, canvass, door, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

/// A door typed in by hand, with the names known there.
#[tauri::command(async)]
pub fn add_door(state: State<'_, AppState>, typed: TypedDoor) -> IpcResult<DoorAdded> {
    let mut session = state.session()?;
    Ok(door_typed::add(&mut session.db, &typed, Utc::now())?)
}

/// Someone new met at a door, with just a name, and the door's result naming them.
#[tauri::command(async)]
pub fn new_person_at_door(
    state: State<'_, AppState>,
    canvass: CanvassId,
    door: DoorId,
    name: String,
    input: ResultInput,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    results::new_person_at(&mut session.db, canvass, door, &name, &input, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

#[tauri::command(async)]
pub fn print_walk_sheets(
    state: State<'_, AppState>,
    request: WalkSheetsRequest,
) -> IpcResult<PrintedFile> {
    Ok(walk_sheets::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// How the canvass went, in all and turf by turf, into the print folder.
#[tauri::command(async)]
pub fn print_canvass_summary(
    state: State<'_, AppState>,
    request: WalkSheetsRequest,
) -> IpcResult<PrintedFile> {
    Ok(walk_sheets::print_summary(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// Who walks a turf, and in which shift.
#[tauri::command(async)]
pub fn assign_turf(
    state: State<'_, AppState>,
    canvass: CanvassId,
    turf: TurfId,
    canvassers: Option<String>,
    shift: Option<String>,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    turfs::assign(&mut session.db, canvass, turf, &canvassers, &shift)?;
    Ok(view(&session.db, canvass)?)
}

/// The chapter's doors found by what is typed (street, number, ZIP), for picking a turf's.
#[tauri::command(async)]
pub fn find_doors(state: State<'_, AppState>, typed: String, limit: u32) -> IpcResult<FoundDoors> {
    Ok(door_list::find(state.reads()?.conn(), &typed, limit)?)
}

/// Takes a needs assessment's survey to the canvass's doors, or stops (`null`).
#[tauri::command(async)]
pub fn carry_canvass_survey(
    state: State<'_, AppState>,
    canvass: CanvassId,
    assessment: Option<AssessmentId>,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    canvasses::carry_survey(&mut session.db, canvass, assessment, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

/// Someone went back to a door on the list to go back to: it leaves the list.
#[tauri::command(async)]
pub fn went_back_to_door(
    state: State<'_, AppState>,
    canvass: CanvassId,
    door: DoorId,
) -> IpcResult<CanvassView> {
    let mut session = state.session()?;
    going_back::gone_back(&mut session.db, canvass, door, Utc::now())?;
    Ok(view(&session.db, canvass)?)
}

/// What happened when the chapter knocked on someone's door, for their record.
#[tauri::command(async)]
pub fn person_door_contacts(
    state: State<'_, AppState>,
    person: PersonId,
) -> IpcResult<Vec<DoorContact>> {
    Ok(results::of_person(state.reads()?.conn(), person)?)
}
