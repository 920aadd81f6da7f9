//! Typed errors for everything in core. The shell turns them into `{ kind, message, details }`
//! for the window; the CLI prints `message` on one line.

use std::path::PathBuf;

use serde::Serialize;
use ts_rs::TS;

use crate::message::Message;
use crate::msg;

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
    /// (The messages are boxed: a refusal is rare, and every `Result` carries the largest error.)
    InvalidInput {
        field: Box<Message>,
        key: Option<String>,
        reason: Box<Message>,
    },
    /// A whole file refused (empty, not a list, a broken workbook); the reason names the file.
    #[error("{reason}")]
    InvalidFile { reason: Message },
    /// `what` names the thing looked for ("person 12", `msg!("thing-person", id = 12)`).
    #[error("{what} was not found")]
    NotFound { what: Message },
    /// The request clashes with what the chapter holds now; the reason says what to do.
    #[error("{reason}")]
    Conflict { reason: Message },
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
    /// `field` names the input in a sentence ("first name", `msg!("import-line", line = 12)`),
    /// `reason` says why it was refused; both are said in the window's language.
    pub fn invalid(field: impl Into<Message>, reason: impl Into<Message>) -> Self {
        CoreError::InvalidInput {
            field: Box::new(field.into()),
            key: None,
            reason: Box::new(reason.into()),
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

    /// The same refusal about a part of a larger input: "label" of the third node becomes
    /// "nodes.2.label" (`prefix` "nodes.2"); a refusal with no key is about the part itself.
    pub fn within(self, prefix: impl Into<String>) -> Self {
        let prefix = prefix.into();
        let key = match self.key() {
            Some(key) => format!("{prefix}.{key}"),
            None => prefix,
        };
        self.at(key)
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
            CoreError::InvalidInput { reason, .. } => Some(&reason.text),
            _ => None,
        }
    }

    /// The input a refusal is about and why, as messages the window says in its language.
    pub fn refusal(&self) -> Option<(&Message, &Message)> {
        match self {
            CoreError::InvalidInput { field, reason, .. } => Some((field, reason)),
            _ => None,
        }
    }

    /// The whole error as one message: its English is `to_string()`. A refused input's message
    /// is the field and the reason joined (see [`CoreError::refusal`] for the two apart).
    pub fn message(&self) -> Message {
        match self {
            CoreError::InvalidInput { field, reason, .. } => {
                msg!("error-field-reason", field = field, reason = reason)
            }
            CoreError::InvalidFile { reason } | CoreError::Conflict { reason } => reason.clone(),
            CoreError::NotFound { what } => msg!("error-not-found", what = what),
            CoreError::NotAGroundworkDatabase { path, .. } => {
                msg!("error-not-a-chapter", path = path.display().to_string())
            }
            CoreError::NewerDatabase { found, supported } => {
                msg!(
                    "error-newer-database",
                    found = *found,
                    supported = *supported
                )
            }
            CoreError::Cancelled => msg!("error-cancelled"),
            CoreError::Database(e) => msg!("error-database", problem = e.to_string()),
            CoreError::Io {
                action,
                path,
                source,
            } => msg!(
                "error-io",
                action = *action,
                path = path.display().to_string(),
                problem = source.to_string()
            ),
        }
    }

    pub fn conflict(reason: impl Into<Message>) -> Self {
        CoreError::Conflict {
            reason: reason.into(),
        }
    }

    pub fn invalid_file(reason: impl Into<Message>) -> Self {
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
