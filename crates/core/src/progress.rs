//! Long work (backups, imports, batch printing) reports progress and can be cancelled.
//!
//! The caller owns a [`CancelToken`] and a progress callback; the work checks the token between
//! steps and, when it is set, undoes what it started and returns [`CoreError::Cancelled`].

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;
use ts_rs::TS;

use crate::CoreError;

/// How far a piece of long work has come: `done` of `total` units (pages, rows, forms).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Progress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    /// What the units are, for a person: "pages", "rows".
    pub message: String,
}

/// Shared flag that asks running work to stop. Cloning shares the flag.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<AtomicBool>);

impl CancelToken {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }

    /// `Err(Cancelled)` once cancel was asked for; use with `?` between steps.
    pub fn check(&self) -> Result<(), CoreError> {
        if self.is_cancelled() {
            Err(CoreError::Cancelled)
        } else {
            Ok(())
        }
    }
}

/// What a long job is handed: where to report progress, and how it learns to stop.
pub struct Job<'a> {
    pub cancel: &'a CancelToken,
    pub on_progress: &'a (dyn Fn(Progress) + Sync),
}

impl Job<'_> {
    pub fn report(&self, done: u64, total: u64, message: &str) {
        (self.on_progress)(Progress {
            done,
            total,
            message: message.to_owned(),
        });
    }
}

/// A job nobody watches and nobody cancels, for tests and one-shot commands.
pub fn unattended<T>(work: impl FnOnce(&Job<'_>) -> T) -> T {
    let cancel = CancelToken::new();
    let ignore = |_: Progress| {};
    work(&Job {
        cancel: &cancel,
        on_progress: &ignore,
    })
}
