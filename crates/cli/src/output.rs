//! Where a command's results go: lines and CSV on standard output, progress on standard error.

use crate::failure::Failure;

/// `println!` that cannot panic: a write that fails is a [`Failure`] (a reader that went away,
/// as in `… | head`, ends the command quietly), returned from the command with `?`.
macro_rules! say {
    ($($arg:tt)*) => {
        $crate::output::line(format_args!($($arg)*))?
    };
}
pub(crate) use say;

/// One line to standard output.
pub(crate) fn line(text: std::fmt::Arguments<'_>) -> Result<(), Failure> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}").map_err(Failure::from)
}
use groundwork_core::progress::{CancelToken, Job, Progress};

/// Runs long work, showing its progress on stderr when that is a terminal.
pub(crate) fn with_progress<T, E: Into<Failure>>(
    work: impl FnOnce(&Job<'_>) -> Result<T, E>,
) -> Result<T, Failure> {
    use std::io::IsTerminal;
    let cancel = CancelToken::new();
    let interactive = std::io::stderr().is_terminal();
    let show = move |p: Progress| {
        if interactive {
            eprint!("\r{} of {} {}", p.done, p.total, p.message);
        }
    };
    let result = work(&Job {
        cancel: &cancel,
        on_progress: &show,
    });
    if interactive {
        eprintln!();
    }
    result.map_err(Into::into)
}

/// CSV to standard output, every cell safe to open in a spreadsheet.
pub(crate) fn csv_out(
    rows: impl FnOnce(
        &mut groundwork_core::interop::csv_out::CsvOut<std::io::Stdout>,
    ) -> csv::Result<()>,
) -> Result<(), Failure> {
    let mut writer = groundwork_core::interop::csv_out::CsvOut::new(std::io::stdout());
    rows(&mut writer).and_then(|()| writer.flush().map_err(Into::into))?;
    Ok(())
}
