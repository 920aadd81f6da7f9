//! The one error shape that crosses to the window: `{ kind, message, details }`.

use groundwork_core::{CoreError, ErrorKind};
use groundwork_print::PrintError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub kind: ErrorKind,
    /// A plain sentence for a person: what went wrong and what to do.
    pub message: String,
    pub details: Option<String>,
    /// The input field the error is about, when it is about one ("first name"), so the window
    /// can show the message beside it.
    pub field: Option<String>,
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        logged(IpcError {
            kind: ErrorKind::Internal,
            message: message.into(),
            details: None,
            field: None,
        })
    }
}

/// Every error the window is told of goes in the log by its kind and the field it is about,
/// never by its message: a message can quote what was typed (a name, a phone number).
fn logged(error: IpcError) -> IpcError {
    tracing::warn!(kind = ?error.kind, field = error.field.as_deref(), "refused or failed");
    error
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> Self {
        let field = match &err {
            CoreError::InvalidInput { field, .. } => Some(field.clone()),
            CoreError::InvalidFile { .. } => Some("file".into()),
            _ => None,
        };
        logged(IpcError {
            kind: err.kind(),
            message: err.to_string(),
            details: err.details(),
            field,
        })
    }
}

impl From<PrintError> for IpcError {
    fn from(err: PrintError) -> Self {
        let kind = match err {
            PrintError::Cancelled => ErrorKind::Cancelled,
            _ => ErrorKind::Print,
        };
        logged(IpcError {
            kind,
            message: err.to_string(),
            details: None,
            field: None,
        })
    }
}

impl From<groundwork_workflows::Error> for IpcError {
    fn from(err: groundwork_workflows::Error) -> Self {
        match err {
            groundwork_workflows::Error::Core(e) => e.into(),
            groundwork_workflows::Error::Print(e) => e.into(),
            groundwork_workflows::Error::Unavailable(message) => IpcError::internal(message),
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
