//! The app's log: one file a day in the data folder's `logs/`, the last seven kept, so that when
//! something goes wrong an organizer can send it. It says what happened (start, migrations,
//! backups, imports and prints with their counts and durations, every error with its kind), and
//! never whom it happened to: no name, phone, email or address is ever written to it. That is
//! why errors are logged by kind and field, never by their message (which can quote a cell).

use std::path::Path;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};

/// Days of log kept.
const DAYS_KEPT: usize = 7;

/// Starts writing the log into `folder`. The guard flushes the last lines when the app ends;
/// without a folder to write in, the app runs on without a log (and says so on stderr).
pub fn start(folder: &Path) -> Option<WorkerGuard> {
    // The appender lists the folder to remove old days before it first writes there.
    if let Err(err) = std::fs::create_dir_all(folder) {
        eprintln!(
            "Groundwork: no log, {} cannot be made: {err}",
            folder.display()
        );
        return None;
    }
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("groundwork")
        .filename_suffix("log")
        .max_log_files(DAYS_KEPT)
        .build(folder);
    let appender = match appender {
        Ok(appender) => appender,
        Err(err) => {
            eprintln!(
                "Groundwork: no log, {} cannot be written: {err}",
                folder.display()
            );
            return None;
        }
    };
    let (writer, guard) = tracing_appender::non_blocking(appender);
    let installed = tracing_subscriber::fmt()
        .with_writer(writer)
        .with_ansi(false)
        .with_target(false)
        .with_max_level(tracing::Level::INFO)
        .try_init();
    installed.is_ok().then_some(guard)
}
