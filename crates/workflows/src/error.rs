//! What stops a workflow: a problem in core (bad input, the database, a file), on paper, or no
//! chapter to work on.

use groundwork_core::{CoreError, ErrorKind};
use groundwork_print::PrintError;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Core(#[from] CoreError),
    #[error(transparent)]
    Print(#[from] PrintError),
    /// The chapter database cannot be reached: none is open, or an earlier failure took it.
    #[error("{0}")]
    Unavailable(String),
}

impl Error {
    /// The kind both faces sort errors by (the window's message, the CLI's exit code).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Core(e) => e.kind(),
            Error::Print(PrintError::Cancelled) => ErrorKind::Cancelled,
            Error::Print(_) => ErrorKind::Print,
            Error::Unavailable(_) => ErrorKind::Internal,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
