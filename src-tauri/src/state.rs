//! What the app holds while it runs: the open chapter database (the real one or the sample),
//! and the cancel tokens of running jobs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use chrono::Utc;
use groundwork_core::backup::rolling;
use groundwork_core::db::Database;
use groundwork_core::progress::{unattended, CancelToken, Job, Progress};
use groundwork_core::settings::{self, Chapter};
use groundwork_core::{paths, sample, CoreError};
use tauri::ipc::Channel;

use crate::error::{IpcError, IpcResult};

pub struct Session {
    pub db: Database,
    pub is_sample: bool,
}

impl Session {
    /// The chapter database's file, which printed documents are kept beside.
    pub fn db_file(&self) -> PathBuf {
        self.db.path().map(Path::to_owned).unwrap_or_default()
    }
}

pub struct AppState {
    /// The chapter's own database file; the sample lives beside it.
    main_path: PathBuf,
    session: Mutex<Session>,
    jobs: Mutex<HashMap<String, CancelToken>>,
}

impl AppState {
    pub fn start(flag: Option<&Path>) -> IpcResult<AppState> {
        let main_path = paths::database(flag)?;
        let db = Database::open(&main_path, Utc::now())?;
        Ok(AppState {
            main_path,
            session: Mutex::new(Session {
                db,
                is_sample: false,
            }),
            jobs: Mutex::new(HashMap::new()),
        })
    }

    pub fn session(&self) -> IpcResult<MutexGuard<'_, Session>> {
        self.session.lock().map_err(|_| {
            IpcError::internal(
                "the database is unavailable after an earlier failure; restart Groundwork",
            )
        })
    }

    /// Switches to the sample chapter, creating it on first use.
    pub fn open_sample(&self) -> IpcResult<()> {
        let path = paths::sample_database(&self.main_path);
        let mut db = Database::open(&path, Utc::now())?;
        sample::create(&mut db, Utc::now())?;
        *self.session()? = Session {
            db,
            is_sample: true,
        };
        Ok(())
    }

    pub fn leave_sample(&self) -> IpcResult<()> {
        let db = Database::open(&self.main_path, Utc::now())?;
        *self.session()? = Session {
            db,
            is_sample: false,
        };
        Ok(())
    }

    /// Registers a job so `cancel_job` can reach it. A cancel that arrived first (the window
    /// can ask before this command has started) is kept, and the job stops at its first check.
    pub fn begin_job(&self, id: &str) -> IpcResult<CancelToken> {
        let mut jobs = self
            .jobs
            .lock()
            .map_err(|_| IpcError::internal("job list unavailable"))?;
        Ok(jobs.entry(id.to_owned()).or_default().clone())
    }

    pub fn end_job(&self, id: &str) {
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.remove(id);
        }
    }

    /// Runs a long job that reports to `channel` and can be cancelled by its id, and forgets
    /// the id however the job ends.
    pub fn run_job<T>(
        &self,
        id: &str,
        channel: &Channel<Progress>,
        work: impl FnOnce(&Job<'_>) -> IpcResult<T>,
    ) -> IpcResult<T> {
        let cancel = self.begin_job(id)?;
        let report = forward(channel);
        let outcome = work(&Job {
            cancel: &cancel,
            on_progress: &report,
        });
        self.end_job(id);
        outcome
    }

    pub fn cancel_job(&self, id: &str) {
        if let Ok(mut jobs) = self.jobs.lock() {
            jobs.entry(id.to_owned()).or_default().cancel();
        }
    }

    /// One automatic backup a day of the chapter's own data, kept for a week, made off the
    /// main thread so the window opens at once.
    pub fn make_daily_backup_in_background(&self) {
        let path = self.main_path.clone();
        std::thread::spawn(move || {
            let today = Utc::now().date_naive();
            if let Err(err) = unattended(|job| rolling::ensure_daily(&path, today, job)) {
                eprintln!("Groundwork: the daily backup failed: {err}");
            }
        });
    }
}

/// Sends a job's progress to the window. A closed window just stops listening; the work goes on.
pub fn forward(channel: &Channel<Progress>) -> impl Fn(Progress) + Sync + '_ {
    move |p| {
        let _ = channel.send(p);
    }
}

/// The chapter, for a document to print: it carries the name every page is headed with.
pub fn chapter_for_printing(db: &Database) -> IpcResult<Chapter> {
    Ok(settings::load(db)?
        .ok_or_else(|| CoreError::invalid("chapter", "name your chapter before printing"))?)
}

/// The chapter's time zone, for meeting times; New York until the chapter has chosen one.
pub fn chapter_zone(db: &Database) -> chrono_tz::Tz {
    groundwork_core::settings::load(db)
        .ok()
        .flatten()
        .map(|c| c.settings.zone())
        .unwrap_or(chrono_tz::America::New_York)
}

/// Today in the chapter's time zone: "today" for an organizer in Honolulu is not UTC's. Takes
/// the open database rather than the app state, so it can be called while the session is held.
pub fn chapter_today(db: &Database) -> chrono::NaiveDate {
    Utc::now().with_timezone(&chapter_zone(db)).date_naive()
}
