//! Groundwork's desktop shell. Thin by design: commands take the app state, call one core or
//! print function, and convert the error. No SQL and no layout here.

mod commands;
mod error;
mod ipc_types;
mod log;
mod menu;
mod rendering;
mod state;

use std::path::PathBuf;

use state::AppState;
use tauri::Manager;

/// The `--db PATH` argument, if given (the same flag as the CLI's).
fn db_flag() -> Option<PathBuf> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--db" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = arg.to_str().and_then(|a| a.strip_prefix("--db=")) {
            return Some(PathBuf::from(path));
        }
    }
    None
}

pub fn run() {
    rendering::choose();
    let flag = db_flag();
    let db_path = groundwork_core::paths::database(flag.as_deref()).unwrap_or_default();
    let _log = log::start(&commands::start::log_folder_of(&db_path));
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        window = rendering::chosen(),
        "Groundwork starting"
    );
    let state = AppState::start(flag.as_deref());
    let result = tauri::Builder::default()
        // First, so a second launch on the same chapter hands over before anything else starts.
        .plugin(single_instance(&db_path))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .setup(|app| {
            menu::install(app)?;
            let state = app.state::<AppState>();
            state.attach(app.handle().clone());
            state.make_daily_backup_in_background();
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(err) = result {
        tracing::error!("the window stopped: {err}");
        eprintln!("Groundwork stopped: {err}");
        std::process::exit(1);
    }
    tracing::info!("Groundwork closed");
}

/// One window per chapter: launching Groundwork again on a chapter that is open already brings
/// its window forward instead of opening a second window on the same database. Chapters are
/// told apart by their file, so another chapter (`--db`) still opens a window of its own.
fn single_instance(db_path: &std::path::Path) -> tauri::plugin::TauriPlugin<tauri::Wry> {
    use std::hash::{Hash, Hasher};
    let canonical = db_path
        .canonicalize()
        .unwrap_or_else(|_| db_path.to_owned());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    canonical.hash(&mut hasher);
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(format!(
            "org.groundwork.desktop.chapter_{:016x}",
            hasher.finish()
        ))
        .callback(|app, _argv, _cwd| {
            tracing::info!("a second launch on this chapter: showing its window");
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.unminimize();
                let _ = window.show();
                let _ = window.set_focus();
            }
        })
        .build()
}
