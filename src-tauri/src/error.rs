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
}

impl IpcError {
    pub fn internal(message: impl Into<String>) -> Self {
        IpcError {
            kind: ErrorKind::Internal,
            message: message.into(),
            details: None,
        }
    }
}

impl From<CoreError> for IpcError {
    fn from(err: CoreError) -> Self {
        IpcError {
            kind: err.kind(),
            message: err.to_string(),
            details: err.details(),
        }
    }
}

impl From<PrintError> for IpcError {
    fn from(err: PrintError) -> Self {
        IpcError {
            kind: ErrorKind::Print,
            message: err.to_string(),
            details: None,
        }
    }
}

pub type IpcResult<T> = Result<T, IpcError>;
