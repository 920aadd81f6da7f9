//! Choosing files with the system's dialog, from the Rust side.
//!
//! End-to-end tests cannot click through a native dialog. When `GROUNDWORK_DIALOG_ANSWERS`
//! names a file, the dialog is not shown and that file's content (a path, or nothing for
//! "closed the dialog") is the answer; the tests write it before each choice. Nothing else
//! about the flow changes.

use tauri::AppHandle;
use tauri_plugin_dialog::DialogExt;

use groundwork_core::interop::table::LIST_FILE_EXTENSIONS;

use crate::error::{IpcError, IpcResult};

const ANSWERS_ENV: &str = "GROUNDWORK_DIALOG_ANSWERS";

fn scripted_answer() -> Option<Option<String>> {
    let file = std::env::var_os(ANSWERS_ENV)?;
    let answer = std::fs::read_to_string(file)
        .unwrap_or_default()
        .trim()
        .to_owned();
    Some((!answer.is_empty()).then_some(answer))
}

/// A dialog's words: what the window sent, in the screens' language, else the English.
pub fn worded(sent: Option<String>, english: &str) -> String {
    sent.map(|words| words.trim().to_owned())
        .filter(|words| !words.is_empty())
        .unwrap_or_else(|| english.to_owned())
}

/// Asks for a list of people from any tool; `None` when the dialog was closed. `title` and
/// `filter` (the name of the files it shows) are in the screens' language.
#[tauri::command(async)]
pub fn choose_list_file(
    app: AppHandle,
    title: Option<String>,
    filter: Option<String>,
) -> IpcResult<Option<String>> {
    if let Some(answer) = scripted_answer() {
        return Ok(answer);
    }
    let chosen = app
        .dialog()
        .file()
        .set_title(worded(title, "Choose the membership list"))
        .add_filter(worded(filter, "Lists of people"), &LIST_FILE_EXTENSIONS)
        .blocking_pick_file();
    as_path(chosen)
}

/// Asks where to save a file, suggesting `suggested` (a file name) in the user's documents;
/// `None` when the dialog was closed.
pub fn choose_save_path(
    app: &AppHandle,
    title: &str,
    suggested: &str,
    filter: (&str, &str),
) -> IpcResult<Option<String>> {
    if let Some(answer) = scripted_answer() {
        return Ok(answer);
    }
    let dialog = in_documents(app, title, (filter.0, &[filter.1])).set_file_name(suggested);
    as_path(dialog.blocking_save_file())
}

/// Asks for a file to open, of the kinds `filter` names (its label and endings); `None` when
/// the dialog was closed.
pub fn choose_open_path(
    app: &AppHandle,
    title: &str,
    filter: (&str, &[&str]),
) -> IpcResult<Option<String>> {
    if let Some(answer) = scripted_answer() {
        return Ok(answer);
    }
    let dialog = in_documents(app, title, filter);
    as_path(dialog.blocking_pick_file())
}

/// A file dialog titled `title`, showing the files `filter` names (its label and endings),
/// opening in the user's documents folder.
fn in_documents(
    app: &AppHandle,
    title: &str,
    filter: (&str, &[&str]),
) -> tauri_plugin_dialog::FileDialogBuilder<tauri::Wry> {
    let dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(filter.0, filter.1);
    match groundwork_core::paths::documents() {
        Some(docs) => dialog.set_directory(docs),
        None => dialog,
    }
}

fn as_path(chosen: Option<tauri_plugin_dialog::FilePath>) -> IpcResult<Option<String>> {
    match chosen {
        None => Ok(None),
        Some(path) => path
            .into_path()
            .map(|p| Some(p.display().to_string()))
            .map_err(|e| IpcError::internal(format!("the chosen file cannot be used: {e}"))),
    }
}
