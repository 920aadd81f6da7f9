//! Why a command failed, kept by kind: each kind leaves with its own exit code, so a script can
//! tell a typing mistake from a missing record or a file it should not have been given.

use std::fmt;
use std::io::ErrorKind;

use groundwork_core::CoreError;
use groundwork_print::PrintError;
use groundwork_workflows as workflows;

/// The exit codes, as `--help` and the README list them. 2 is clap's, for a command line it
/// could not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Whoever read the output went away (`… | head`): the command stops there, quietly and
    /// without failing, as a pipe's reader asked.
    ReaderGone = 0,
    /// Anything else: the database, the disk, printing.
    Failed = 1,
    /// What was typed cannot be used: a malformed id, a bad date, an empty name.
    BadInput = 3,
    /// No such record (a person, a meeting, an assessment).
    NotFound = 4,
    /// The request clashes with what the chapter holds now.
    Conflict = 5,
    /// A file refused as a whole: a list Groundwork cannot read, a database that is not a
    /// Groundwork chapter or comes from a newer version.
    RefusedFile = 6,
    /// Stopped before the end; nothing was changed.
    Cancelled = 7,
}

/// The exit codes, for `--help`.
pub const EXIT_CODES: &str = "Exit codes:
  0  done
  1  failed (the database, the disk, printing)
  2  the command line could not be read
  3  bad input: what was typed cannot be used
  4  not found: no such record
  5  conflict: the request clashes with what the chapter holds now
  6  refused file: not a list Groundwork reads, not a Groundwork chapter, or from a newer version
  7  cancelled: nothing was changed";

#[derive(Debug)]
pub struct Failure {
    pub exit: Exit,
    pub message: String,
}

impl Failure {
    pub fn new(exit: Exit, message: impl Into<String>) -> Failure {
        Failure {
            exit,
            message: message.into(),
        }
    }

    pub fn bad_input(message: impl Into<String>) -> Failure {
        Failure::new(Exit::BadInput, message)
    }

    /// The same failure, told another way.
    pub fn told(self, message: impl Into<String>) -> Failure {
        Failure::new(self.exit, message)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

fn exit_of(e: &CoreError) -> Exit {
    match e {
        CoreError::InvalidInput { .. } => Exit::BadInput,
        CoreError::InvalidFile { .. }
        | CoreError::NotAGroundworkDatabase { .. }
        | CoreError::NewerDatabase { .. } => Exit::RefusedFile,
        CoreError::NotFound { .. } => Exit::NotFound,
        CoreError::Conflict { .. } => Exit::Conflict,
        CoreError::Cancelled => Exit::Cancelled,
        CoreError::Database(_) | CoreError::Io { .. } => Exit::Failed,
    }
}

impl From<CoreError> for Failure {
    fn from(e: CoreError) -> Failure {
        match &e {
            CoreError::Io { source, .. } if source.kind() == ErrorKind::BrokenPipe => {
                Failure::new(Exit::ReaderGone, "")
            }
            _ => Failure::new(exit_of(&e), e.to_string()),
        }
    }
}

/// Writing to standard output.
impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Failure {
        match e.kind() {
            ErrorKind::BrokenPipe => Failure::new(Exit::ReaderGone, ""),
            _ => Failure::new(Exit::Failed, format!("cannot write: {e}")),
        }
    }
}

impl From<PrintError> for Failure {
    fn from(e: PrintError) -> Failure {
        let exit = match e {
            PrintError::Cancelled => Exit::Cancelled,
            PrintError::InvalidRequest(_) => Exit::BadInput,
            _ => Exit::Failed,
        };
        Failure::new(exit, e.to_string())
    }
}

impl From<workflows::Error> for Failure {
    fn from(e: workflows::Error) -> Failure {
        match e {
            workflows::Error::Core(e) => e.into(),
            workflows::Error::Print(e) => e.into(),
            workflows::Error::Unavailable(message) => Failure::new(Exit::Failed, message),
        }
    }
}

/// Writing JSON to standard output.
impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Failure {
        Failure::new(Exit::Failed, format!("cannot write JSON: {e}"))
    }
}

/// Writing CSV to standard output.
impl From<csv::Error> for Failure {
    fn from(e: csv::Error) -> Failure {
        match e.kind() {
            csv::ErrorKind::Io(io) if io.kind() == ErrorKind::BrokenPipe => {
                Failure::new(Exit::ReaderGone, "")
            }
            _ => Failure::new(Exit::Failed, format!("cannot write CSV: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_of_failure_has_its_own_code() {
        let cases = [
            (CoreError::invalid("name", "give a name"), Exit::BadInput),
            (
                CoreError::invalid_file("list.csv: empty"),
                Exit::RefusedFile,
            ),
            (
                CoreError::NewerDatabase {
                    found: 9,
                    supported: 7,
                },
                Exit::RefusedFile,
            ),
            (
                CoreError::NotFound {
                    what: "meeting x".into(),
                },
                Exit::NotFound,
            ),
            (CoreError::conflict("numbers taken"), Exit::Conflict),
            (CoreError::Cancelled, Exit::Cancelled),
        ];
        for (error, exit) in cases {
            let told = error.to_string();
            let failure = Failure::from(error);
            assert_eq!(failure.exit, exit, "{told}");
            assert_eq!(failure.message, told);
        }
        let codes: std::collections::HashSet<u8> = [
            Exit::Failed,
            Exit::BadInput,
            Exit::NotFound,
            Exit::Conflict,
            Exit::RefusedFile,
            Exit::Cancelled,
        ]
        .into_iter()
        .map(|e| e as u8)
        .collect();
        assert_eq!(codes.len(), 6);
        assert!(!codes.contains(&2), "2 is clap's");
    }

    #[test]
    fn a_cancelled_print_says_so_in_its_code() {
        let failure = Failure::from(workflows::Error::Print(PrintError::Cancelled));
        assert_eq!(failure.exit, Exit::Cancelled);
    }
}
