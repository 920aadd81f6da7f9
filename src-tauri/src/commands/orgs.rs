//! Organizations: the directory, the chapter's relationship with each, the contact log, what
//! needs tending, members' ties, and the ranking they make.

use std::path::Path;

use chrono::Utc;
use groundwork_core::connections::{tie, Tie, TieInput};
use groundwork_core::ids::{OrgContactId, OrgMergeId, OrganizationId, PersonId, TieId};
use groundwork_core::orgs::contact_log::{self, ContactInput};
use groundwork_core::orgs::detail::{self, OrgDetail};
use groundwork_core::orgs::duplicates::{self, OrgDuplicatePair};
use groundwork_core::orgs::merge;
use groundwork_core::orgs::store::{self, NewOrg};
use groundwork_core::orgs::tending::{self, ToTend};
use groundwork_core::orgs::transfer::{OrgFormat, OrgImportReport};
use groundwork_core::orgs::{search, OrgInput, OrgPage, OrgQuery, Relationship};
use groundwork_core::settings;
use groundwork_workflows::lists::{ExportTo, ExportedFile};
use groundwork_workflows::orgs as workflow;
use tauri::{AppHandle, State};

use super::files::{choose_save_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

#[tauri::command(async)]
pub fn search_orgs(state: State<'_, AppState>, query: OrgQuery) -> IpcResult<OrgPage> {
    Ok(search::search(state.reads()?.conn(), &query)?)
}

/// The areas organizations are in, for the directory's filter.
#[tauri::command(async)]
pub fn org_areas(state: State<'_, AppState>) -> IpcResult<Vec<String>> {
    Ok(store::areas(state.reads()?.conn())?)
}

#[tauri::command(async)]
pub fn get_org(state: State<'_, AppState>, id: OrganizationId) -> IpcResult<OrgDetail> {
    Ok(detail::load(state.reads()?.conn(), id)?)
}

#[tauri::command(async)]
pub fn create_org(
    state: State<'_, AppState>,
    input: OrgInput,
    relationship: Relationship,
    added_by: String,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    let is_sample = session.is_sample;
    let new = NewOrg {
        input,
        relationship,
        added_by: &added_by,
        is_sample,
    };
    let org = store::create(&mut session.db, new, Utc::now())?;
    Ok(detail::load(session.db.conn(), org.id)?)
}

#[tauri::command(async)]
pub fn update_org(
    state: State<'_, AppState>,
    id: OrganizationId,
    input: OrgInput,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    store::update(&mut session.db, id, input, Utc::now())?;
    Ok(detail::load(session.db.conn(), id)?)
}

#[tauri::command(async)]
pub fn change_relationship(
    state: State<'_, AppState>,
    id: OrganizationId,
    relationship: Relationship,
    reason: Option<String>,
    changed_by: String,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    groundwork_core::orgs::relationship::change(
        &mut session.db,
        id,
        relationship,
        reason.as_deref(),
        &changed_by,
        Utc::now(),
    )?;
    Ok(detail::load(session.db.conn(), id)?)
}

#[tauri::command(async)]
pub fn log_org_contact(
    state: State<'_, AppState>,
    id: OrganizationId,
    input: ContactInput,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    let today = settings::today_of(&session.db, Utc::now());
    contact_log::log(&mut session.db, id, &input, today, Utc::now())?;
    Ok(detail::load(session.db.conn(), id)?)
}

/// Marks a logged contact's next step as done today (in the chapter's zone).
#[tauri::command(async)]
pub fn complete_org_next_step(
    state: State<'_, AppState>,
    contact_id: OrgContactId,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    let today = settings::today_of(&session.db, Utc::now());
    let contact = contact_log::complete_next_step(&mut session.db, contact_id, today, Utc::now())?;
    Ok(detail::load(session.db.conn(), contact.organization_id)?)
}

/// Partners and allies with no contact in `weeks` weeks, and next steps due.
#[tauri::command(async)]
pub fn orgs_to_tend(state: State<'_, AppState>, weeks: u32) -> IpcResult<ToTend> {
    let db = state.reads()?;
    let today = settings::today_of(&db, Utc::now());
    Ok(tending::to_tend(db.conn(), weeks, today)?)
}

/// Ties a person to an organization (or brings their tie up to date), as told today.
#[tauri::command(async)]
pub fn set_tie(state: State<'_, AppState>, input: TieInput) -> IpcResult<Tie> {
    let mut session = state.session()?;
    let today = settings::today_of(&session.db, Utc::now());
    Ok(tie::set(&mut session.db, &input, today, Utc::now())?)
}

#[tauri::command(async)]
pub fn remove_tie(state: State<'_, AppState>, id: TieId) -> IpcResult<()> {
    Ok(tie::remove(&mut state.session()?.db, id)?)
}

/// A person's ties: the communities they are a bridge into.
#[tauri::command(async)]
pub fn ties_of_person(state: State<'_, AppState>, person: PersonId) -> IpcResult<Vec<Tie>> {
    Ok(tie::for_person(state.reads()?.conn(), person)?)
}

/// Adds the organizations in a file the organizer chose, all or none.
#[tauri::command(async)]
pub fn import_orgs(
    state: State<'_, AppState>,
    path: String,
    imported_by: String,
) -> IpcResult<OrgImportReport> {
    Ok(workflow::import_file(
        &*state,
        Path::new(&path),
        &imported_by,
        Utc::now(),
    )?)
}

/// Asks where to save, then writes the whole directory there. `None` when the dialog was
/// closed.
#[tauri::command(async)]
pub fn export_orgs(
    app: AppHandle,
    state: State<'_, AppState>,
    format: OrgFormat,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ExportedFile>> {
    let suggested = workflow::export_file_name(&*state, format, Utc::now())?;
    let filter = worded(
        filter,
        match format {
            OrgFormat::Json => "JSON files",
            OrgFormat::Csv => "CSV files",
        },
    );
    let title = worded(title, "Export organizations");
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, format.extension()))?
    else {
        return Ok(None);
    };
    Ok(Some(workflow::export(
        &*state,
        format,
        ExportTo::File(Path::new(&path)),
    )?))
}

/// Likely duplicate organizations, the record to keep first.
#[tauri::command(async)]
pub fn org_duplicates(state: State<'_, AppState>) -> IpcResult<Vec<OrgDuplicatePair>> {
    Ok(duplicates::find(state.reads()?.conn())?)
}

/// Merges `merged` into `kept`; the kept record's page lists the merge, with its undo.
#[tauri::command(async)]
pub fn merge_orgs(
    state: State<'_, AppState>,
    kept: OrganizationId,
    merged: OrganizationId,
    merged_by: String,
) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    merge::merge(&mut session.db, kept, merged, &merged_by, Utc::now())?;
    Ok(detail::load(session.db.conn(), kept)?)
}

/// Undoes a merge; returns the record that was merged away, back as it was.
#[tauri::command(async)]
pub fn undo_org_merge(state: State<'_, AppState>, id: OrgMergeId) -> IpcResult<OrgDetail> {
    let mut session = state.session()?;
    let back = merge::undo(&mut session.db, id, Utc::now())?;
    Ok(detail::load(session.db.conn(), back.id)?)
}

/// Two records are two organizations: the pair is not offered again.
#[tauri::command(async)]
pub fn not_same_orgs(
    state: State<'_, AppState>,
    a: OrganizationId,
    b: OrganizationId,
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
