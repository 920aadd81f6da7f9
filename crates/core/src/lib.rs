//! Groundwork's domain and its storage.
//!
//! Everything a chapter keeps lives in one SQLite file, opened through [`db::Database`]. The
//! desktop shell and the command line call the same functions here; this crate knows nothing of
//! Tauri, windows or printing.
//!
//! Layout: `db` (connection set-up and migrations), `settings` (the chapter's own settings),
//! `backup` (online backup, restore, and the rolling daily copies), `progress` (how long work
//! reports progress and is cancelled), `sample` (the sample chapter), `paths` (where files live).
//!
//! Time is passed in (`now`) rather than read from the clock inside logic, so tests are
//! deterministic.

pub mod backup;
pub mod campaigns;
pub mod canvass;
pub mod connections;
pub mod db;
pub mod error;
pub mod files;
pub mod folding;
pub mod grants;
pub mod ids;
pub mod interop;
pub mod laptop;
pub mod meetings;
pub mod message;
pub mod needs;
pub mod numbered;
pub mod orgs;
pub mod paths;
pub mod people;
pub mod power_map;
pub mod progress;
pub mod projects;
pub mod sample;
pub mod settings;
pub mod signed_file;
pub mod signing;
pub mod survey_languages;
pub mod text;
pub mod training;

pub use error::{CoreError, ErrorKind, Result};
pub use message::{Arg, Message};
