//! The one error shape that crosses to the window: `{ kind, message, details, field, reason }`.

use groundwork_core::{msg, CoreError, ErrorKind, Message};
use groundwork_print::PrintError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct IpcError {
    pub kind: ErrorKind,
    /// A plain sentence for a person: what went wrong and what to do.
    pub message: String,
    pub details: Option<String>,
    /// The key of the input the error is about, when it came from a form ("first_name",
    /// "address.zip", "phones.1"): the window shows `reason` beside that field.
    pub field: Option<String>,
    /// Why the input was refused, without the field's name (which its label already says).
    pub reason: Option<String>,
    /// `message` as an id and values, which the window says in the screens' language.
    /// (Boxed, as the refusal below: every command's `Result` is as large as its error.)
    pub said: Box<Message>,
    /// A refused input's field in words and the reason, apart, in the same way.
    pub refused: Option<Box<Refusal>>,
}

/// What a refused input is (a field, a line of a file) and why it was refused, as messages.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Refusal {
    pub field: Message,
    pub reason: Message,
}

impl IpcError {
    /// Something went wrong that no one typed: shown as it is, in English (it is for whoever
    /// helps, and the window adds its own plain sentence).
    pub fn internal(message: impl Into<String>) -> Self {
        let message = message.into();
        logged(IpcError {
            kind: ErrorKind::Internal,
            said: Box::new(Message::plain(message.clone())),
            message,
            details: None,
            field: None,
            reason: None,
            refused: None,
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
            CoreError::InvalidFile { .. } => Some("file".to_owned()),
            _ => err.key().map(str::to_owned),
        };
        logged(IpcError {
            kind: err.kind(),
            message: err.to_string(),
            details: err.details(),
            reason: err.reason().map(str::to_owned),
            field,
            said: Box::new(err.message()),
            refused: err.refusal().map(|(field, reason)| {
                Box::new(Refusal {
                    field: field.clone(),
                    reason: reason.clone(),
                })
            }),
        })
    }
}

impl From<PrintError> for IpcError {
    fn from(err: PrintError) -> Self {
        let (kind, said) = match err {
            PrintError::Cancelled => (ErrorKind::Cancelled, msg!("print-cancelled")),
            _ => (
                ErrorKind::Print,
                msg!("print-failed", problem = err.to_string()),
            ),
        };
        logged(IpcError {
            kind,
            message: err.to_string(),
            details: None,
            field: None,
            reason: None,
            said: Box::new(said),
            refused: None,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_input_crosses_with_its_key_and_its_reason_alone() {
        let refused = CoreError::invalid("ZIP code", "'6060!' is not a ZIP code").at("address.zip");
        let error = IpcError::from(refused);
        assert_eq!(error.kind, ErrorKind::InvalidInput);
        assert_eq!(error.field.as_deref(), Some("address.zip"));
        assert_eq!(error.reason.as_deref(), Some("'6060!' is not a ZIP code"));
        // The whole sentence still names the field, for where no field shows it.
        assert_eq!(error.message, "ZIP code: '6060!' is not a ZIP code");
        // About no one input (a line of a file): no key, the reason still alone.
        let line = IpcError::from(CoreError::invalid("line 18", "expected 36 fields"));
        assert_eq!((line.field, line.details), (None, None));
        assert_eq!(line.reason.as_deref(), Some("expected 36 fields"));
    }

    #[test]
    fn what_the_window_says_is_the_message_by_id_with_the_same_english() {
        let refused = CoreError::invalid(
            groundwork_core::msg!("import-line", line = 7),
            "expected 36 fields",
        );
        let error = IpcError::from(refused);
        assert_eq!(error.said.text, error.message);
        assert_eq!(error.said.id(), Some("error-field-reason"));
        let refusal = error.refused.expect("a refused input says its field apart");
        assert_eq!(refusal.field.id(), Some("import-line"));
        assert_eq!(refusal.reason.id(), None);
        let cancelled = IpcError::from(PrintError::Cancelled);
        assert_eq!(cancelled.said.id(), Some("print-cancelled"));
        assert_eq!(cancelled.said.text, cancelled.message);
    }
}
