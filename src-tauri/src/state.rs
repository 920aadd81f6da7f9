//! What the app holds while it runs: the open chapter database (the real one or the sample),
//! what went wrong opening it or backing it up, and the cancel tokens of running jobs.

use std::collections::HashMap;
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use chrono::Utc;
use groundwork_core::backup::{rolling, BackupEntry};
use groundwork_core::db::Database;
use groundwork_core::ids::PersonId;
use groundwork_core::progress::{unattended, CancelToken, Job, Progress};
use groundwork_core::CoreError;
use groundwork_core::{msg, paths, sample, ErrorKind, Message};
use serde::Serialize;
use tauri::ipc::Channel;
use tauri::{AppHandle, Emitter};
use ts_rs::TS;

use crate::error::{IpcError, IpcResult};

/// Why the chapter database could not be opened when the app started, shown in the window with
/// what can be done about it instead of the app quitting without a word.
#[derive(Debug, Clone, Serialize, TS)]
pub struct StartProblem {
    pub kind: ErrorKind,
    /// What happened, in a sentence (English).
    pub message: String,
    /// The same, by message id, for the window to say in the screens' language.
    pub said: Message,
    /// The file that would not open (empty when no place for it could be found).
    pub database_path: String,
    /// The newest backup that can be put in its place, if there is one.
    pub latest_backup: Option<BackupEntry>,
}

/// What a lock holds while something is open (the session, its reader), for as long as the
/// lock is held. Made only over something open.
pub struct Held<'a, T>(MutexGuard<'a, Option<T>>);

impl<T> Deref for Held<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        match &*self.0 {
            Some(open) => open,
            None => unreachable!("a Held is only made over something open"),
        }
    }
}

impl<T> DerefMut for Held<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        match &mut *self.0 {
            Some(open) => open,
            None => unreachable!("a Held is only made over something open"),
        }
    }
}

/// The open session, for as long as its lock is held.
pub type SessionGuard<'a> = Held<'a, Session>;

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
    main_path: Mutex<PathBuf>,
    /// `None` only while the start problem is being dealt with.
    session: Mutex<Option<Session>>,
    /// A second, read-only connection to the session's database, for the screens' reads: it
    /// does not wait while the session holds a long write (a list import). Follows the session
    /// when it changes.
    reader: Mutex<Option<Database>>,
    start_problem: Mutex<Option<StartProblem>>,
    /// What went wrong with today's automatic backup, for the window to show.
    backup_problem: Arc<Mutex<Option<Message>>>,
    jobs: Mutex<HashMap<String, CancelToken>>,
    /// The running app, once its window exists: background work tells the window through it.
    app: OnceLock<AppHandle>,
    /// Pass the laptop, as the running app holds it.
    seat: Mutex<Seat>,
}

/// Pass the laptop: whether the open chapter is locked (mirrored from its database whenever a
/// chapter opens, so every command can ask without a query) and which member has said who
/// they are at the keyboard, and how their tries at saying so went.
#[derive(Debug, Default, Clone, Copy)]
pub struct Seat {
    pub locked: bool,
    pub at_keyboard: Option<PersonId>,
    pub attempts: groundwork_core::laptop::Attempts,
}

fn seat_of(db: &Database) -> Seat {
    let locked = groundwork_core::laptop::status(db.conn()).is_ok_and(|s| s.locked);
    Seat {
        locked,
        ..Seat::default()
    }
}

/// The event the window hears when today's automatic backup fails (payload: the sentence).
pub const DAILY_BACKUP_FAILED: &str = "daily-backup-failed";

impl AppState {
    /// Opens the chapter database. Never fails: when the database cannot be opened, the app
    /// starts without it and keeps the reason, which the window shows with a way out.
    pub fn start(flag: Option<&Path>) -> AppState {
        let (main_path, opened) = match paths::database(flag) {
            Ok(path) => {
                let opened = Database::open(&path, Utc::now());
                (path, opened)
            }
            Err(err) => (PathBuf::new(), Err(err)),
        };
        let (session, problem) = match opened {
            Ok(db) => (
                Some(Session {
                    db,
                    is_sample: false,
                }),
                None,
            ),
            Err(err) => {
                tracing::error!(kind = ?err.kind(), "the chapter database could not be opened");
                let latest_backup = rolling::latest_restorable(&main_path).ok().flatten();
                let said = match err.kind() {
                    ErrorKind::Database => msg!("start-damaged", problem = err.message()),
                    _ => err.message(),
                };
                let problem = StartProblem {
                    kind: err.kind(),
                    message: said.text.clone(),
                    said,
                    database_path: main_path.display().to_string(),
                    latest_backup,
                };
                (None, Some(problem))
            }
        };
        let reader = session.as_ref().and_then(|s| reader_for(&s.db));
        let seat = session.as_ref().map(|s| seat_of(&s.db)).unwrap_or_default();
        AppState {
            main_path: Mutex::new(main_path),
            session: Mutex::new(session),
            reader: Mutex::new(reader),
            start_problem: Mutex::new(problem),
            backup_problem: Arc::new(Mutex::new(None)),
            jobs: Mutex::new(HashMap::new()),
            app: OnceLock::new(),
            seat: Mutex::new(seat),
        }
    }

    /// The app is running: background work can reach the window from now on.
    pub fn attach(&self, app: AppHandle) {
        let _ = self.app.set(app);
    }

    /// The open session, for every command but those of the laptop passed round: while it
    /// goes round they are refused, whatever the window asks.
    pub fn session(&self) -> IpcResult<SessionGuard<'_>> {
        self.refuse_while_locked()?;
        self.open_session()
    }

    fn refuse_while_locked(&self) -> IpcResult<()> {
        if self.seat().locked {
            return Err(CoreError::Conflict {
                reason: msg!("laptop-locked"),
            }
            .into());
        }
        Ok(())
    }

    /// Pass the laptop as it stands.
    pub fn seat(&self) -> Seat {
        self.seat.lock().map(|s| *s).unwrap_or(Seat {
            // A poisoned seat keeps the app locked rather than open.
            locked: true,
            ..Seat::default()
        })
    }

    pub fn set_seat(&self, seat: Seat) {
        if let Ok(mut kept) = self.seat.lock() {
            *kept = seat;
        }
    }

    /// The session for the laptop's own commands, which go on while the rest is locked.
    pub fn laptop_session(&self) -> IpcResult<SessionGuard<'_>> {
        self.open_session()
    }

    fn open_session(&self) -> IpcResult<SessionGuard<'_>> {
        let guard = self.session.lock().map_err(|_| {
            IpcError::internal(
                "the database is unavailable after an earlier failure; restart Groundwork",
            )
        })?;
        if guard.is_none() {
            return Err(IpcError::internal(
                "no chapter is open: restore a backup or open a chapter file first",
            ));
        }
        Ok(Held(guard))
    }

    /// Makes `session` the open one (after a start problem, or to switch chapter).
    fn set_session(&self, session: Session) -> IpcResult<()> {
        let mut guard = self
            .session
            .lock()
            .map_err(|_| IpcError::internal("the database is unavailable; restart Groundwork"))?;
        let reader = reader_for(&session.db);
        self.set_seat(seat_of(&session.db));
        *guard = Some(session);
        // Still under the session's lock: no read can reach the old reader after this.
        if let Ok(mut old) = self.reader.lock() {
            *old = reader;
        }
        Ok(())
    }

    /// The database for reading only, for commands that only read: they go on while a long
    /// write holds the session. Where no reader could be opened, the session serves.
    pub fn reads(&self) -> IpcResult<Reads<'_>> {
        self.refuse_while_locked()?;
        let reader = self.reader.lock().map_err(|_| {
            IpcError::internal(
                "the database is unavailable after an earlier failure; restart Groundwork",
            )
        })?;
        if reader.is_some() {
            return Ok(Reads::Reader(Held(reader)));
        }
        drop(reader);
        Ok(Reads::Session(self.session()?))
    }

    pub fn main_path(&self) -> PathBuf {
        self.main_path.lock().map(|p| p.clone()).unwrap_or_default()
    }

    pub fn start_problem(&self) -> Option<StartProblem> {
        self.start_problem.lock().ok().and_then(|p| p.clone())
    }

    /// The chapter database now open at `path` (a backup put in place, or another file chosen)
    /// becomes the chapter's own: the start problem is over.
    pub fn opened_after_problem(&self, path: PathBuf, db: Database) -> IpcResult<()> {
        self.set_session(Session {
            db,
            is_sample: false,
        })?;
        if let Ok(mut main) = self.main_path.lock() {
            *main = path;
        }
        if let Ok(mut problem) = self.start_problem.lock() {
            *problem = None;
        }
        self.make_daily_backup_in_background();
        Ok(())
    }

    /// Switches to the sample chapter, creating it on first use.
    pub fn open_sample(&self) -> IpcResult<()> {
        self.refuse_while_locked()?;
        let path = paths::sample_database(&self.main_path());
        let mut db = Database::open(&path, Utc::now())?;
        sample::create(&mut db, Utc::now())?;
        self.set_session(Session {
            db,
            is_sample: true,
        })
    }

    /// The sample national committee, in a file of its own beside the sample chapter's.
    pub fn open_national_sample(&self) -> IpcResult<()> {
        self.refuse_while_locked()?;
        let path = paths::national_sample_database(&self.main_path());
        let mut db = Database::open(&path, Utc::now())?;
        sample::create_national(&mut db, Utc::now())?;
        self.set_session(Session {
            db,
            is_sample: true,
        })
    }

    pub fn leave_sample(&self) -> IpcResult<()> {
        self.refuse_while_locked()?;
        let db = Database::open(&self.main_path(), Utc::now())?;
        self.set_session(Session {
            db,
            is_sample: false,
        })
    }

    /// What went wrong with today's automatic backup, if anything did.
    pub fn backup_problem(&self) -> Option<Message> {
        self.backup_problem.lock().ok().and_then(|p| p.clone())
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
    /// main thread so the window opens at once. A failure is kept for the window to show, and
    /// logged.
    pub fn make_daily_backup_in_background(&self) {
        if self.start_problem().is_some() {
            return;
        }
        let path = self.main_path();
        let problem = Arc::clone(&self.backup_problem);
        let app = self.app.get().cloned();
        std::thread::spawn(move || {
            let today = Utc::now().date_naive();
            let outcome = unattended(|job| rolling::ensure_daily(&path, today, job));
            let said = outcome.err().map(|err| {
                tracing::error!(kind = ?err.kind(), "the daily backup failed");
                msg!("backup-daily-failed", problem = err.message())
            });
            // Kept before it is announced: a window that starts listening and then asks never
            // misses it.
            if let Ok(mut slot) = problem.lock() {
                slot.clone_from(&said);
            }
            if let (Some(app), Some(said)) = (&app, &said) {
                let _ = app.emit(DAILY_BACKUP_FAILED, said);
            }
        });
    }
}

/// A read-only connection beside the session's, or `None` (logged) when one cannot be opened:
/// reads then go through the session.
fn reader_for(db: &Database) -> Option<Database> {
    let path = db.path()?;
    match Database::open_reader(path) {
        Ok(reader) => Some(reader),
        Err(err) => {
            tracing::warn!(kind = ?err.kind(), "no reader beside the session; reads wait for writes");
            None
        }
    }
}

/// The database a read goes to: the reader, or the session when there is none.
pub enum Reads<'a> {
    Reader(Held<'a, Database>),
    Session(SessionGuard<'a>),
}

impl Deref for Reads<'_> {
    type Target = Database;
    fn deref(&self) -> &Database {
        match self {
            Reads::Reader(reader) => reader,
            Reads::Session(session) => &session.db,
        }
    }
}

/// Sends a job's progress to the window. A closed window just stops listening; the work goes on.
pub fn forward(channel: &Channel<Progress>) -> impl Fn(Progress) + Sync + '_ {
    move |p| {
        let _ = channel.send(p);
    }
}

/// Workflows take the session only for the steps that read or write: the window's other
/// screens go on while a document renders or a file is read.
impl groundwork_workflows::ChapterAccess for AppState {
    fn with_db<T>(
        &self,
        work: impl FnOnce(&mut Database) -> groundwork_workflows::Result<T>,
    ) -> groundwork_workflows::Result<T> {
        let mut session = self
            .session()
            .map_err(|e| groundwork_workflows::Error::Unavailable(e.message))?;
        work(&mut session.db)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn while_the_laptop_goes_round_only_its_own_session_answers_even_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("chapter.sqlite");
        let state = AppState::start(Some(&file));
        {
            let mut session = state.session().unwrap();
            groundwork_core::laptop::lock(&mut session.db, "tamales y café", "Rosa", Utc::now())
                .unwrap();
        }
        // The lock is read from the chapter when it opens: quitting does not open it.
        drop(state);
        let state = AppState::start(Some(&file));
        let refused = state
            .session()
            .err()
            .expect("the session is refused while locked");
        assert_eq!(refused.kind, ErrorKind::Conflict);
        assert!(state.reads().is_err());
        assert!(
            state.open_sample().is_err(),
            "no way round it through the sample"
        );
        {
            let mut session = state.laptop_session().unwrap();
            assert!(
                groundwork_core::laptop::unlock(&mut session.db, "wrong one", Utc::now()).is_err()
            );
            groundwork_core::laptop::unlock(&mut session.db, "tamales y café", Utc::now()).unwrap();
        }
        state.set_seat(Seat::default());
        assert!(state.session().is_ok() && state.reads().is_ok());
    }

    #[test]
    fn screens_read_while_a_long_write_holds_the_session() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::start(Some(&dir.path().join("chapter.sqlite")));
        // An import holds the session (and the file's write lock) for its whole length.
        let session = state.session().unwrap();
        session
            .db
            .conn()
            .execute_batch("BEGIN IMMEDIATE; UPDATE ladder_level SET name = name || '!';")
            .unwrap();
        // A screen's read, from another thread as a command would be: it is answered from
        // the reader at once, with what was committed, instead of waiting for the session.
        let levels = std::thread::scope(|scope| {
            let (sent, answer) = std::sync::mpsc::channel();
            let state = &state;
            scope.spawn(move || {
                let reads = state.reads().unwrap();
                assert!(matches!(reads, Reads::Reader(_)));
                let names = groundwork_core::people::ladder::levels(reads.conn()).unwrap();
                sent.send(names).unwrap();
            });
            // Only a guard against a hang if reads waited for the session: no speed is tested.
            let levels = answer.recv_timeout(std::time::Duration::from_secs(60));
            session.db.conn().execute_batch("COMMIT").unwrap();
            drop(session);
            levels
        })
        .expect("a read waited for the session's write");
        assert!(!levels.is_empty());
        assert!(levels.iter().all(|level| !level.name.ends_with('!')));
    }

    #[test]
    fn the_reader_follows_the_session_to_the_sample_and_back() {
        let dir = tempfile::tempdir().unwrap();
        let main = dir.path().join("chapter.sqlite");
        let state = AppState::start(Some(&main));
        state.open_sample().unwrap();
        let sample = state.reads().unwrap().path().map(Path::to_owned);
        assert_eq!(sample, Some(paths::sample_database(&main)));
        state.leave_sample().unwrap();
        assert_eq!(state.reads().unwrap().path(), Some(main.as_path()));
    }
}
