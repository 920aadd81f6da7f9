//! The training toolkit: the library of modules, the chapter's own (copied, written, imported,
//! shared as files), the live preview of the markup, printing, sessions and who has learned
//! what. Titles come in the screens' language (`lang`) where the module has it.

use chrono::Utc;
use groundwork_core::ids::{MeetingId, ModuleId, PersonId};
use groundwork_core::meetings::MeetingInput;
use groundwork_core::settings::{self, Lang};
use groundwork_core::training::markup::{self, Block};
use groundwork_core::training::sessions::{self, Feedback, Session};
use groundwork_core::training::share::{self, ModuleImported};
use groundwork_core::training::skills::{self, Invitations, Learner, Skill};
use groundwork_core::training::store::{self, LangText, NewModule};
use groundwork_core::training::{Module, ModuleSummary, ModuleText};
use groundwork_workflows::documents::saved::names;
use groundwork_workflows::documents::training::{
    self as document, CallSheetRequest, TrainingRequest,
};
use groundwork_workflows::documents::{PrintedFile, SaveTo};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::files::{choose_open_path, choose_save_path, worded};
use crate::error::IpcResult;
use crate::state::AppState;

/// `lang` first, then the other language.
fn preferring(lang: Lang) -> Vec<Lang> {
    let mut langs = vec![lang];
    langs.extend(Lang::ALL.iter().copied().filter(|l| *l != lang));
    langs
}

#[tauri::command(async)]
pub fn list_modules(state: State<'_, AppState>, lang: Lang) -> IpcResult<Vec<ModuleSummary>> {
    Ok(store::list(state.reads()?.conn(), &preferring(lang))?)
}

#[tauri::command(async)]
pub fn get_module(state: State<'_, AppState>, id: ModuleId) -> IpcResult<Module> {
    Ok(store::get(state.reads()?.conn(), id)?)
}

/// A copy of a module as the chapter's own, to change; the original stays as it was.
#[tauri::command(async)]
pub fn copy_module(state: State<'_, AppState>, id: ModuleId) -> IpcResult<Module> {
    let db = &mut state.session()?.db;
    let copy = store::copy(db, id, Utc::now())?;
    Ok(store::get(db.conn(), copy)?)
}

/// A new module of the chapter's own, in one language, with its title and nothing written yet.
#[tauri::command(async)]
pub fn new_module(state: State<'_, AppState>, lang: Lang, title: String) -> IpcResult<Module> {
    let db = &mut state.session()?.db;
    let text = ModuleText {
        title,
        ..ModuleText::default()
    };
    let id = store::create(
        db,
        NewModule {
            texts: &[LangText { lang, text }],
            copied_from: None,
            shared_hash: None,
            is_sample: false,
        },
        Utc::now(),
    )?;
    Ok(store::get(db.conn(), id)?)
}

/// Saves the chapter's own module in one language (adding the language when it is new).
#[tauri::command(async)]
pub fn save_module(
    state: State<'_, AppState>,
    id: ModuleId,
    lang: Lang,
    text: ModuleText,
) -> IpcResult<Module> {
    Ok(store::save(
        &mut state.session()?.db,
        id,
        lang,
        &text,
        Utc::now(),
    )?)
}

#[tauri::command(async)]
pub fn delete_module(state: State<'_, AppState>, id: ModuleId) -> IpcResult<()> {
    Ok(store::delete(&mut state.session()?.db, id)?)
}

/// The markup read into blocks, for the editor's live preview: the same reading the printed
/// page is made from.
#[tauri::command]
pub fn preview_markup(text: String) -> Vec<Block> {
    markup::parse(&text)
}

#[tauri::command(async)]
pub fn print_training(
    state: State<'_, AppState>,
    request: TrainingRequest,
) -> IpcResult<PrintedFile> {
    Ok(document::print(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// The people who still need a module, on paper to call them from.
#[tauri::command(async)]
pub fn print_call_sheet(
    state: State<'_, AppState>,
    request: CallSheetRequest,
) -> IpcResult<PrintedFile> {
    Ok(document::print_call_sheet(
        &*state,
        &request,
        SaveTo::PrintFolder,
        Utc::now(),
    )?)
}

/// A module brought in from a file: its id, and whether it was new.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImportedModule {
    pub id: ModuleId,
    pub outcome: ModuleImported,
}

/// Asks for a file (a module another chapter shared, or a handout in the markup) and brings it
/// in as the chapter's own; null when the dialog was closed. A handout with no title of its
/// own takes the file's name.
#[tauri::command(async)]
pub fn import_module_file(
    app: AppHandle,
    state: State<'_, AppState>,
    lang: Lang,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<ImportedModule>> {
    let title = worded(title, "Import a training module");
    let filter = worded(filter, "Training modules and handouts");
    let Some(path) = choose_open_path(&app, &title, (&filter, &["json", "md", "txt"]))? else {
        return Ok(None);
    };
    let path = std::path::PathBuf::from(path);
    let bytes =
        std::fs::read(&path).map_err(|e| groundwork_core::CoreError::io("read", &path, e))?;
    let mut texts = share::read(&bytes, None, lang)?;
    if let Some(first) = texts.first_mut() {
        if first.text.title.trim().is_empty() {
            first.text.title = path
                .file_stem()
                .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
                .unwrap_or_default();
        }
    }
    let (id, outcome) = share::import(&mut state.session()?.db, &texts, Utc::now())?;
    Ok(Some(ImportedModule { id, outcome }))
}

/// Asks where to save the module for another chapter, then writes it; null when the dialog
/// was closed.
#[tauri::command(async)]
pub fn export_module_file(
    app: AppHandle,
    state: State<'_, AppState>,
    id: ModuleId,
    lang: Lang,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<String>> {
    let module = store::get(state.reads()?.conn(), id)?;
    let suggested = format!(
        "{}.json",
        names::training(module.title_in(&preferring(lang)), "module")
    );
    let title = worded(title, "Save the module for another chapter");
    let filter = worded(filter, "Groundwork training modules");
    let Some(path) = choose_save_path(&app, &title, &suggested, (&filter, "json"))? else {
        return Ok(None);
    };
    share::export(state.reads()?.conn(), id, std::path::Path::new(&path))?;
    Ok(Some(path))
}

/// Every session, or a module's, newest first.
#[tauri::command(async)]
pub fn list_sessions(
    state: State<'_, AppState>,
    module: Option<ModuleId>,
    lang: Lang,
) -> IpcResult<Vec<Session>> {
    let db = state.reads()?;
    let zone = settings::zone_of(&db);
    Ok(sessions::list(db.conn(), module, zone, &preferring(lang))?)
}

/// Plans a session on a module: a meeting (with its sign-in sheet) and the session together.
#[tauri::command(async)]
pub fn create_session(
    state: State<'_, AppState>,
    module: ModuleId,
    meeting: MeetingInput,
    trainers: Option<String>,
    lang: Lang,
) -> IpcResult<Session> {
    let mut session = state.session()?;
    let zone = settings::zone_of(&session.db);
    let is_sample = session.is_sample;
    let id = sessions::create(
        &mut session.db,
        module,
        &meeting,
        trainers,
        zone,
        is_sample,
        Utc::now(),
    )?;
    Ok(sessions::get(
        session.db.conn(),
        id,
        zone,
        &preferring(lang),
    )?)
}

#[tauri::command(async)]
pub fn save_session_feedback(
    state: State<'_, AppState>,
    id: MeetingId,
    feedback: Feedback,
    lang: Lang,
) -> IpcResult<Session> {
    let mut session = state.session()?;
    let zone = settings::zone_of(&session.db);
    sessions::save_feedback(&mut session.db, id, &feedback, Utc::now())?;
    Ok(sessions::get(
        session.db.conn(),
        id,
        zone,
        &preferring(lang),
    )?)
}

/// What someone has learned, in the order they learned it.
#[tauri::command(async)]
pub fn person_skills(
    state: State<'_, AppState>,
    person: PersonId,
    lang: Lang,
) -> IpcResult<Vec<Skill>> {
    let db = state.reads()?;
    let zone = settings::zone_of(&db);
    Ok(skills::of_person(
        db.conn(),
        person,
        zone,
        &preferring(lang),
    )?)
}

/// Who learned a module, and who still needs it (without anyone who asked not to be called
/// or texted).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ModuleReach {
    pub learners: Vec<Learner>,
    pub needs: Invitations,
}

#[tauri::command(async)]
pub fn module_reach(state: State<'_, AppState>, module: ModuleId) -> IpcResult<ModuleReach> {
    let db = state.reads()?;
    let zone = settings::zone_of(&db);
    Ok(ModuleReach {
        learners: skills::learners(db.conn(), module, zone)?,
        needs: skills::who_needs(db.conn(), module)?,
    })
}
