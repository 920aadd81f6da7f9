//! Runs a parsed command line: each subcommand lives in the module named for what it works on;
//! the helpers they share are here.

use std::path::Path;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::paths;
use groundwork_core::progress::{CancelToken, Job, Progress};
use groundwork_core::settings::{Chapter, Lang, LanguageChoice, PaperSize};

use crate::args::{self, Cli, Command, Document, Export};
use crate::{chapter, meetings, needs, people};

pub fn run(cli: Cli) -> Result<(), String> {
    let db_path = paths::database(cli.db.as_deref()).map_err(|e| e.to_string())?;
    let db_path = db_path.as_path();
    match cli.command {
        Command::Init {
            name,
            paper,
            languages,
            time_zone,
        } => chapter::init(db_path, name, paper, languages, time_zone),
        Command::Demo => chapter::demo(db_path),
        Command::Show => chapter::show(db_path),
        Command::Backup { file } => chapter::backup(db_path, &file),
        Command::Restore { file } => chapter::restore(db_path, &file),
        Command::Import { file, format } => people::import(db_path, &file, format),
        Command::Export {
            what: Export::People { format, out },
        } => people::export(db_path, format, out),
        Command::People { what } => people::run(db_path, what),
        Command::Meetings { what } => meetings::run(db_path, what),
        Command::Needs { what } => needs::run(db_path, what),
        Command::Print { document } => match document {
            Document::SignIn {
                out,
                lang,
                paper,
                rows,
                title,
                meeting,
                expected,
            } => meetings::print_sign_in(
                db_path,
                meetings::SheetRequest {
                    out,
                    lang,
                    paper,
                    rows,
                    title,
                    meeting,
                    expected,
                },
            ),
            Document::NeedsForms {
                assessment,
                count,
                out,
                lang,
                paper,
            } => needs::print_forms(
                db_path,
                &assessment,
                count,
                &out,
                lang.as_deref(),
                paper.map(paper_size),
            ),
            Document::NeedsReport {
                assessment,
                out,
                lang,
                paper,
            } => needs::print_report(
                db_path,
                &assessment,
                &out,
                lang.map(language_choice),
                paper.map(paper_size),
            ),
        },
    }
}

pub(crate) fn open(path: &Path) -> Result<Database, String> {
    Database::open(path, Utc::now()).map_err(|e| e.to_string())
}

/// The chapter's settings, or the one line that says how to make the chapter first.
pub(crate) fn chapter_of(db: &Database) -> Result<Chapter, String> {
    groundwork_core::settings::load(db)
        .map_err(|e| e.to_string())?
        .ok_or_else(|| "no chapter yet; run `groundwork-cli init --name NAME` first".to_owned())
}

/// A record's id as typed, or a message that says what it should be and where to find one:
/// `parse_id(text, "a meeting", "meetings list")`.
pub(crate) fn parse_id(text: &str, what: &str, listed_by: &str) -> Result<uuid::Uuid, String> {
    uuid::Uuid::parse_str(text.trim())
        .map_err(|_| format!("'{text}' is not {what} id; see `groundwork-cli {listed_by}`"))
}

pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    groundwork_core::files::write_whole(path, bytes).map_err(|e| e.to_string())
}

/// Runs long work, showing its progress on stderr when that is a terminal.
pub(crate) fn with_progress<T, E: std::fmt::Display>(
    work: impl FnOnce(&Job<'_>) -> Result<T, E>,
) -> Result<T, String> {
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
    result.map_err(|e| e.to_string())
}

pub(crate) fn paper_size(p: args::Paper) -> PaperSize {
    match p {
        args::Paper::Letter => PaperSize::Letter,
        args::Paper::A4 => PaperSize::A4,
    }
}

pub(crate) fn language(l: args::Language) -> Lang {
    match l {
        args::Language::En => Lang::En,
        args::Language::Es => Lang::Es,
    }
}

pub(crate) fn language_choice(l: args::LanguageChoice) -> LanguageChoice {
    match l {
        args::LanguageChoice::En => LanguageChoice::En,
        args::LanguageChoice::Es => LanguageChoice::Es,
        args::LanguageChoice::EnEs => LanguageChoice::EnEs,
    }
}

/// CSV to standard output, every cell safe to open in a spreadsheet.
pub fn csv_out(
    rows: impl FnOnce(
        &mut groundwork_core::interop::csv_out::CsvOut<std::io::Stdout>,
    ) -> csv::Result<()>,
) -> Result<(), String> {
    let mut writer = groundwork_core::interop::csv_out::CsvOut::new(std::io::stdout());
    rows(&mut writer)
        .and_then(|()| writer.flush().map_err(Into::into))
        .map_err(|e| e.to_string())
}
