//! Typed errors for everything in core. The shell turns them into `{ kind, message, details }`
//! for the window; the CLI prints `message` on one line.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

pub type Result<T, E = CoreError> = std::result::Result<T, E>;

/// A stable code the UI can branch on. Add one only when a consumer needs to tell it apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    InvalidInput,
    NotFound,
    /// The request clashes with what the chapter holds now (numbers another print took, a
    /// program already made a project): nothing is wrong with what was typed.
    Conflict,
    Database,
    Io,
    NotAGroundworkDatabase,
    NewerDatabase,
    Cancelled,
    Print,
    Internal,
}

#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// Input that a person typed or a file held, rejected before anything was written.
    /// `field` names it in a sentence ("first name", "line 12"); `key`, when the input came
    /// from a form, is the input's own key ("first_name", "address.zip", "phones.1"), by which
    /// the window places the reason beside the field it is about.
    #[error("{field}: {reason}")]
    InvalidInput {
        field: String,
        key: Option<String>,
        reason: String,
    },
    /// A whole file refused (empty, not a list, a broken workbook); the reason names the file.
    #[error("{reason}")]
    InvalidFile { reason: String },
    #[error("{what} was not found")]
    NotFound { what: String },
    /// The request clashes with what the chapter holds now; the reason says what to do.
    #[error("{reason}")]
    Conflict { reason: String },
    #[error("{path} is not a Groundwork chapter database")]
    NotAGroundworkDatabase { path: PathBuf, reason: String },
    #[error(
        "this chapter database was written by a newer Groundwork (schema version {found}; this \
         version understands up to {supported}); update Groundwork to open it"
    )]
    NewerDatabase { found: i64, supported: i64 },
    #[error("cancelled; nothing was changed")]
    Cancelled,
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
}

impl CoreError {
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        CoreError::InvalidInput {
            field: field.into(),
            key: None,
            reason: reason.into(),
        }
    }

    /// The same refusal, about the input with this key (the serde name of the field in the
    /// input the window sent: "first_name", "address.zip", "phones.1").
    pub fn at(self, key: impl Into<String>) -> Self {
        match self {
            CoreError::InvalidInput { field, reason, .. } => CoreError::InvalidInput {
                field,
                key: Some(key.into()),
                reason,
            },
            other => other,
        }
    }

    /// The input key a refusal is about, if it came from a form.
    pub fn key(&self) -> Option<&str> {
        match self {
            CoreError::InvalidInput { key, .. } => key.as_deref(),
            _ => None,
        }
    }

    /// Why an input was refused, without the name of the field (which the window shows beside
    /// the field itself).
    pub fn reason(&self) -> Option<&str> {
        match self {
            CoreError::InvalidInput { reason, .. } => Some(reason),
            _ => None,
        }
    }

    pub fn conflict(reason: impl Into<String>) -> Self {
        CoreError::Conflict {
            reason: reason.into(),
        }
    }

    pub fn invalid_file(reason: impl Into<String>) -> Self {
        CoreError::InvalidFile {
            reason: reason.into(),
        }
    }

    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        CoreError::Io {
            action,
            path: path.into(),
            source,
        }
    }

    pub fn kind(&self) -> ErrorKind {
        match self {
            CoreError::InvalidInput { .. } | CoreError::InvalidFile { .. } => {
                ErrorKind::InvalidInput
            }
            CoreError::NotFound { .. } => ErrorKind::NotFound,
            CoreError::Conflict { .. } => ErrorKind::Conflict,
            CoreError::NotAGroundworkDatabase { .. } => ErrorKind::NotAGroundworkDatabase,
            CoreError::NewerDatabase { .. } => ErrorKind::NewerDatabase,
            CoreError::Cancelled => ErrorKind::Cancelled,
            CoreError::Database(_) => ErrorKind::Database,
            CoreError::Io { .. } => ErrorKind::Io,
        }
    }

    /// Extra facts worth showing under "More" (never needed to understand the message).
    pub fn details(&self) -> Option<String> {
        match self {
            CoreError::NotAGroundworkDatabase { reason, .. } => Some(reason.clone()),
            _ => None,
        }
    }
}
