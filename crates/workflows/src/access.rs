//! How a workflow reaches the chapter database. The desktop app keeps one open database behind
//! a lock that every screen waits on, so a workflow takes it only for the steps that read or
//! write, never while a PDF renders or a file is read; the CLI owns its database outright.

use std::cell::RefCell;
use std::path::PathBuf;

use groundwork_core::db::Database;
use groundwork_core::settings::{self, Chapter};
use groundwork_core::CoreError;

use crate::Result;
use groundwork_core::msg;

/// An open chapter database that a workflow can use, step by step.
pub trait ChapterAccess {
    /// Runs `work` with the database, holding it no longer than `work` runs.
    fn with_db<T>(&self, work: impl FnOnce(&mut Database) -> Result<T>) -> Result<T>;
}

/// A database the caller owns (the CLI, tests): nobody else waits for it.
impl ChapterAccess for RefCell<Database> {
    fn with_db<T>(&self, work: impl FnOnce(&mut Database) -> Result<T>) -> Result<T> {
        work(&mut self.borrow_mut())
    }
}

/// The chapter, for a document to print: it carries the name every page is headed with.
pub fn chapter_for_printing(db: &Database) -> Result<Chapter> {
    settings::load(db)?.ok_or_else(|| {
        CoreError::invalid(msg!("field-chapter"), msg!("print-chapter-unnamed")).into()
    })
}

/// The chapter database's file, which printed documents are kept beside.
pub(crate) fn db_file(db: &Database) -> PathBuf {
    db.path().map(ToOwned::to_owned).unwrap_or_default()
}
