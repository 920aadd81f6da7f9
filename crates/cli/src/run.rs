//! What each subcommand does: open the database, call core or print, report in one line.

use std::path::Path;

use chrono::Utc;
use groundwork_core::backup::{copy::backup_file, restore::restore_from};
use groundwork_core::db::Database;
use groundwork_core::ids::MeetingId;
use groundwork_core::interop::report::ImportReport;
use groundwork_core::interop::{export, import};
use groundwork_core::meetings;
use groundwork_core::progress::{CancelToken, Job, Progress};
use groundwork_core::settings::{self, ChapterSettings, Lang, LanguageChoice, PaperSize};
use groundwork_core::{paths, sample};
use groundwork_print::sign_in_sheet::{self, SignInSheet};

use crate::args::{self, Cli, Command, Document, Export};

fn print_report(r: &ImportReport) {
    println!(
        "{} rows: {} created, {} updated, {} unchanged",
        r.rows, r.created, r.updated, r.unchanged
    );
    println!("read as a {} ({})", r.format.label(), r.read_as);
    match r.folded {
        0 => {}
        1 => println!("1 row was the same person as an earlier row and was folded into it"),
        n => println!("{n} rows were the same person as an earlier row and were folded into it"),
    }
    if !r.skipped.is_empty() {
        println!("left out ({}):", r.skipped.len());
        for why in &r.skipped {
            println!("  {why}");
        }
    }
    if !r.lapsed.is_empty() {
        println!(
            "lapsed since the last list ({}): {}",
            r.lapsed.len(),
            r.lapsed.join(", ")
        );
    }
    if !r.renewed.is_empty() {
        println!(
            "renewed since the last list ({}): {}",
            r.renewed.len(),
            r.renewed.join(", ")
        );
    }
    if !r.unknown_columns.is_empty() {
        println!("columns not read: {}", r.unknown_columns.join(", "));
    }
}

pub fn run(cli: Cli) -> Result<(), String> {
    let db_path = paths::database(cli.db.as_deref()).map_err(|e| e.to_string())?;
    match cli.command {
        Command::Init {
            name,
            paper,
            languages,
            time_zone,
        } => {
            let mut db = open(&db_path)?;
            let s = ChapterSettings {
                name,
                paper_size: paper_size(paper),
                print_languages: languages.into_iter().map(language).collect(),
                time_zone,
            };
            let chapter = settings::save(&mut db, &s, Utc::now()).map_err(|e| e.to_string())?;
            println!(
                "Chapter '{}' is ready in {}",
                chapter.settings.name,
                db_path.display()
            );
        }
        Command::Demo => {
            let mut db = open(&db_path)?;
            sample::create(&mut db, Utc::now()).map_err(|e| e.to_string())?;
            println!("The sample chapter is in {}", db_path.display());
        }
        Command::Show => {
            let db = open(&db_path)?;
            match settings::load(&db).map_err(|e| e.to_string())? {
                None => println!(
                    "No chapter yet in {}; run `groundwork-cli init --name NAME`",
                    db_path.display()
                ),
                Some(c) => {
                    let langs: Vec<&str> = c
                        .settings
                        .print_languages
                        .iter()
                        .map(|l| l.code())
                        .collect();
                    println!("name: {}", c.settings.name);
                    println!("paper: {}", c.settings.paper_size.code());
                    println!("print languages: {}", langs.join(", "));
                    println!("time zone: {}", c.settings.time_zone);
                    println!("sample: {}", if c.is_sample { "yes" } else { "no" });
                    println!("database: {}", db_path.display());
                }
            }
        }
        Command::Backup { file } => {
            // Opening first migrates and refuses a newer or foreign file before we copy it.
            drop(open(&db_path)?);
            let entry = with_progress(|job| backup_file(&db_path, &file, job))?;
            println!("Backed up to {} ({} bytes)", entry.path, entry.size_bytes);
        }
        Command::Restore { file } => {
            let mut db = open(&db_path)?;
            let kept = with_progress(|job| restore_from(&mut db, &file, Utc::now(), job))?;
            println!(
                "Restored from {}; the data it replaced is kept in {}",
                file.display(),
                kept.display()
            );
        }
        Command::Import { file, format } => {
            let mut db = open(&db_path)?;
            let parsed = import::read(&file, format.list_format())
                .map_err(|e| format!("{}: {e}; nothing was imported", file.display()))?;
            let report = with_progress(|job| parsed.import(&mut db, job, Utc::now()))?;
            print_report(&report);
        }
        Command::Export {
            what: Export::People { format, out },
        } => {
            let db = open(&db_path)?;
            let file = export::people_file(db.conn(), format.into()).map_err(|e| e.to_string())?;
            let (bytes, rows, left_out) = (file.bytes, file.rows, file.left_out);
            match &out {
                Some(path) => write_file(path, &bytes)?,
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(&bytes)
                        .map_err(|e| format!("cannot write: {e}"))?;
                }
            }
            // The summary goes to standard error so standard output stays the file itself.
            let to = out
                .as_ref()
                .map(|p| format!(" to {}", p.display()))
                .unwrap_or_default();
            eprintln!("Exported {rows} people{to}");
            for (why, count) in left_out {
                eprintln!("Left out {count} {why}");
            }
        }
        Command::Print {
            document:
                Document::NeedsReport {
                    assessment,
                    out,
                    lang,
                    paper,
                },
        } => crate::needs::print_report(
            &db_path,
            &assessment,
            &out,
            lang.map(language_choice),
            paper.map(paper_size),
        )?,
        Command::Print {
            document:
                Document::NeedsForms {
                    assessment,
                    count,
                    out,
                    lang,
                    paper,
                },
        } => crate::needs::print_forms(
            &db_path,
            &assessment,
            count,
            &out,
            lang.as_deref(),
            paper.map(paper_size),
        )?,
        Command::Print {
            document:
                Document::SignIn {
                    out,
                    lang,
                    paper,
                    rows,
                    title,
                    meeting,
                    expected,
                },
        } => {
            let db = open(&db_path)?;
            let chapter = settings::load(&db)
                .map_err(|e| e.to_string())?
                .ok_or("no chapter yet; run `groundwork-cli init --name NAME` first")?;
            let zone = chapter.settings.zone();
            let scheduled = match &meeting {
                Some(id) => {
                    let id = meeting_id(id)?;
                    let found =
                        meetings::store::get(db.conn(), id, zone).map_err(|e| e.to_string())?;
                    let names = if expected {
                        meetings::attendance::expected_names(db.conn(), id)
                            .map_err(|e| e.to_string())?
                    } else {
                        Vec::new()
                    };
                    Some((found, names))
                }
                None => None,
            };
            let today = chapter.settings.today_at(Utc::now());
            let base = match &scheduled {
                Some((m, names)) => SignInSheet::for_meeting(&chapter, m, names.clone(), today),
                None => SignInSheet {
                    meeting_title: title.as_deref(),
                    ..SignInSheet::for_chapter(&chapter, today)
                },
            };
            let sheet = SignInSheet {
                paper: paper.map(paper_size).unwrap_or(base.paper),
                language: lang.map(language_choice).unwrap_or(base.language),
                rows,
                ..base
            };
            let printed = sign_in_sheet::render(&sheet).map_err(|e| e.to_string())?;
            write_file(&out, &printed.bytes)?;
            let unit = if printed.pages == 1 { "page" } else { "pages" };
            println!("Wrote {} ({} {unit})", out.display(), printed.pages);
        }
        Command::Needs { what } => crate::needs::run(&db_path, what)?,
        Command::Meetings { what } => {
            let mut db = open(&db_path)?;
            let zone = settings::load(&db)
                .map_err(|e| e.to_string())?
                .map(|c| c.settings.zone())
                .unwrap_or(chrono_tz::America::New_York);
            match what {
                args::Meetings::List { format } => {
                    let all = meetings::store::list(db.conn(), zone).map_err(|e| e.to_string())?;
                    match format {
                        args::ExportFormat::Json => println!(
                            "{}",
                            serde_json::to_string_pretty(&all).map_err(|e| e.to_string())?
                        ),
                        args::ExportFormat::Csv => {
                            println!("id,starts_at,title,place,attended");
                            for m in all {
                                println!(
                                    "{},{},\"{}\",\"{}\",{}",
                                    m.id,
                                    m.starts_at,
                                    m.title.replace('"', "\"\""),
                                    m.place.unwrap_or_default().replace('"', "\"\""),
                                    m.attended
                                );
                            }
                        }
                    }
                }
                args::Meetings::Add {
                    title,
                    starts,
                    place,
                    childcare,
                    food,
                    step_free,
                    interpretation,
                } => {
                    let input = meetings::MeetingInput {
                        title,
                        starts_at: starts,
                        place,
                        childcare,
                        food,
                        step_free,
                        interpretation,
                        ..Default::default()
                    };
                    let id = meetings::store::create(&mut db, &input, zone, false, Utc::now())
                        .map_err(|e| e.to_string())?;
                    println!("{id}");
                }
            }
        }
    }
    Ok(())
}

fn meeting_id(text: &str) -> Result<MeetingId, String> {
    uuid::Uuid::parse_str(text.trim())
        .map(MeetingId)
        .map_err(|_| format!("'{text}' is not a meeting id; see `groundwork-cli meetings list`"))
}

fn open(path: &Path) -> Result<Database, String> {
    Database::open(path, Utc::now()).map_err(|e| e.to_string())
}

fn write_file(path: &Path, bytes: &[u8]) -> Result<(), String> {
    groundwork_core::files::write_whole(path, bytes).map_err(|e| e.to_string())
}

/// Runs long work, showing its progress on stderr when that is a terminal.
fn with_progress<T>(
    work: impl FnOnce(&Job<'_>) -> groundwork_core::Result<T>,
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

fn paper_size(p: args::Paper) -> PaperSize {
    match p {
        args::Paper::Letter => PaperSize::Letter,
        args::Paper::A4 => PaperSize::A4,
    }
}

fn language(l: args::Language) -> Lang {
    match l {
        args::Language::En => Lang::En,
        args::Language::Es => Lang::Es,
    }
}

fn language_choice(l: args::LanguageChoice) -> LanguageChoice {
    match l {
        args::LanguageChoice::En => LanguageChoice::En,
        args::LanguageChoice::Es => LanguageChoice::Es,
        args::LanguageChoice::EnEs => LanguageChoice::EnEs,
    }
}
