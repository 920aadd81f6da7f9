//! Groundwork's desktop shell. Thin by design: commands take the app state, call one core or
//! print function, and convert the error. No SQL and no layout here.

mod commands;
mod error;
mod ipc_types;
mod menu;
mod state;

use std::path::PathBuf;

use state::AppState;

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
    let state = match AppState::start(db_flag().as_deref()) {
        Ok(state) => state,
        Err(err) => {
            // Nothing can work without the database; say why where the person launched us.
            eprintln!(
                "Groundwork could not open the chapter database: {}",
                err.message
            );
            std::process::exit(1);
        }
    };
    state.make_daily_backup_in_background();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .setup(|app| {
            menu::install(app)?;
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!());
    if let Err(err) = result {
        eprintln!("Groundwork stopped: {err}");
        std::process::exit(1);
    }
}
