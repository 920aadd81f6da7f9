//! Groundwork's workflows: the steps that make one thing happen for an organizer (print this
//! document, import this file, export these people), written once below both faces. The desktop
//! shell and the CLI call them with an open chapter ([`ChapterAccess`]), a progress sink and a
//! cancel flag ([`groundwork_core::progress::Job`]), and keep only their own argument handling
//! and presentation. No Tauri here, and nothing about windows or terminals.
//!
//! Layout: `access` (how a workflow reaches the chapter database, for as short a time as it
//! can), `documents` (the printed documents and where their PDFs go), `lists` (lists of people
//! in and out), `maps` (power maps from and to other tools, and as pictures), `needs` (what the needs-assessment screens and commands read together), `orgs` (the
//! directory of organizations in and out), `error`.

pub mod access;
pub mod documents;
pub mod error;
pub mod lists;
pub mod maps;
pub mod needs;
pub mod orgs;

pub use access::ChapterAccess;
pub use error::{Error, Result};
