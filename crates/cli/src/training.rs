//! `training` and `print handout|module`: the library of modules, a chapter's own handouts in
//! the markup, modules shared as files, sessions and who has learned what. The subcommands'
//! arguments live here rather than in `args.rs`, which holds the older areas'.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use clap::{Subcommand, ValueEnum};
use groundwork_core::ids::{MeetingId, ModuleId, PersonId};
use groundwork_core::settings::{self, Lang, LanguageChoice, PaperSize};
use groundwork_core::training::share::{self, ModuleImported};
use groundwork_core::training::{builtin, sessions, skills, store, Part};
use groundwork_workflows::documents::training::{
    self as document, CallSheetRequest, TrainingRequest,
};
use groundwork_workflows::documents::SaveTo;
use serde::Serialize;

use crate::chapter_file::{chapter_of, open};
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::say;

#[derive(Subcommand)]
pub enum Training {
    /// Every module in the library: the built-in ones, then the chapter's own.
    List {
        #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
        format: JsonOnly,
    },
    /// Bring in a module: a handout written in the markup (FILE.md), a module's file with its
    /// parts, or a module another chapter exported. Prints the module's id; the same module
    /// imported twice is recognized and changes nothing.
    Import {
        file: PathBuf,
        /// The module's title (needed for a handout, which has none of its own).
        #[arg(long)]
        title: Option<String>,
        /// The language it is written in (default: the chapter's first).
        #[arg(long, value_enum)]
        lang: Option<crate::args::Language>,
    },
    /// Write a module, in every language it has, to a file another chapter can import.
    Export {
        /// The module's id (from `training list`) or a built-in's name ("one-on-ones").
        #[arg(long)]
        module: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Copy a module as the chapter's own, to change; prints the copy's id.
    Copy {
        #[arg(long)]
        module: String,
    },
    /// Training sessions: a meeting given over to a module.
    Sessions {
        #[command(subcommand)]
        what: Sessions,
    },
    /// Mark someone present at a session (as a sign-in does).
    Attend {
        /// The session's id (from `training sessions add` or `training sessions list`).
        #[arg(long)]
        session: String,
        #[arg(long)]
        person: String,
    },
    /// What someone has learned: each module with the day they first came to a session on it.
    Skills {
        #[arg(long)]
        person: String,
        #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
        format: JsonOnly,
    },
    /// Who still needs a module: those who have come to the chapter and not learned it,
    /// without anyone who asked not to be called or texted.
    Needs {
        #[arg(long)]
        module: String,
        #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
        format: JsonOnly,
    },
}

#[derive(Subcommand)]
pub enum Sessions {
    /// Plan a session on a module; prints its id (it is also a meeting, with a sign-in sheet).
    Add {
        #[arg(long)]
        module: String,
        /// The day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        on: String,
        /// The time it starts (HH:MM, the chapter's time; default 18:00).
        #[arg(long, value_name = "HH:MM")]
        at: Option<String>,
        #[arg(long)]
        place: Option<String>,
        /// Who trains.
        #[arg(long)]
        trainers: Option<String>,
    },
    /// Every session (or a module's), newest first.
    List {
        #[arg(long)]
        module: Option<String>,
        #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
        format: JsonOnly,
    },
}

/// These lists are read by programs: JSON.
#[derive(Clone, Copy, ValueEnum)]
pub enum JsonOnly {
    Json,
}

/// The parts `print handout --part` prints.
#[derive(Clone, Copy, ValueEnum)]
pub enum PartArg {
    /// The participants' handout.
    Handout,
    /// The facilitator's guide: learning goals, the agenda with timings, the exercises.
    Agenda,
    Worksheet,
}

/// A module by its id, or a built-in by its name.
pub(crate) fn module_id(text: &str) -> Result<ModuleId, Failure> {
    if let Some(b) = builtin::by_key(text.trim()) {
        return Ok(b.id());
    }
    parse_id(text, "a training module", "training list").map(ModuleId)
}

fn session_id(text: &str) -> Result<MeetingId, Failure> {
    parse_id(text, "a training session", "training sessions list").map(MeetingId)
}

fn person_id(text: &str) -> Result<PersonId, Failure> {
    parse_id(text, "a person", "people search NAME").map(PersonId)
}

#[derive(Serialize)]
struct Listed {
    id: String,
    title: String,
    summary: String,
    languages: Vec<Lang>,
    built_in: bool,
    sessions: u32,
    learned: u32,
}

#[derive(Serialize)]
struct SkillLine {
    module: String,
    title: String,
    learned_on: String,
    sessions: u32,
}

fn json(value: &impl Serialize) -> Result<(), Failure> {
    say!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

pub fn run(db_path: &Path, what: Training) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    let chapter = chapter_of(&db)?;
    let langs = chapter.settings.print_languages.clone();
    let zone = settings::zone_of(&db);
    let now = Utc::now();
    match what {
        Training::List { format: _ } => {
            let listed: Vec<Listed> = store::list(db.conn(), &langs)?
                .into_iter()
                .map(|m| Listed {
                    id: m.id.to_string(),
                    title: m.title,
                    summary: m.summary,
                    languages: m.languages,
                    built_in: m.built_in,
                    sessions: m.sessions,
                    learned: m.learned,
                })
                .collect();
            json(&listed)?;
        }
        Training::Import { file, title, lang } => {
            let bytes = std::fs::read(&file)
                .map_err(|e| Failure::bad_input(format!("cannot read {}: {e}", file.display())))?;
            let lang = lang
                .map(crate::choices::language)
                .unwrap_or_else(|| langs.first().copied().unwrap_or(Lang::En));
            let texts = share::read(&bytes, title.as_deref(), lang)?;
            let (id, outcome) = share::import(&mut db, &texts, now)?;
            if outcome == ModuleImported::AlreadyImported {
                eprintln!("Already imported: nothing changed");
            }
            say!("{id}");
        }
        Training::Export { module, out } => {
            let id = module_id(&module)?;
            share::export(db.conn(), id, &out)?;
            say!("Wrote {}", out.display());
        }
        Training::Copy { module } => {
            let id = store::copy(&mut db, module_id(&module)?, now)?;
            say!("{id}");
        }
        Training::Sessions {
            what:
                Sessions::Add {
                    module,
                    on,
                    at,
                    place,
                    trainers,
                },
        } => {
            let module = module_id(&module)?;
            let day: NaiveDate = on.trim().parse().map_err(|_| {
                Failure::bad_input(format!("--on '{on}' is not a day (YYYY-MM-DD)"))
            })?;
            let title = store::get(db.conn(), module)?.title_in(&langs).to_owned();
            let mut meeting = sessions::meeting_on(&title, day);
            if let Some(at) = at {
                meeting.starts_at = format!("{}T{}", day.format("%Y-%m-%d"), at.trim());
            }
            meeting.place = place;
            let id = sessions::create(&mut db, module, &meeting, trainers, zone, false, now)?;
            say!("{id}");
        }
        Training::Sessions {
            what: Sessions::List { module, format: _ },
        } => {
            let module = module.as_deref().map(module_id).transpose()?;
            json(&sessions::list(db.conn(), module, zone, &langs)?)?;
        }
        Training::Attend { session, person } => {
            let (session, person) = (session_id(&session)?, person_id(&person)?);
            sessions::attend(&mut db, session, person, now)?;
            let s = sessions::get(db.conn(), session, zone, &langs)?;
            say!(
                "{} came to {} ({})",
                person,
                s.module_title,
                s.meeting.starts_at
            );
        }
        Training::Skills { person, format: _ } => {
            let person = person_id(&person)?;
            groundwork_core::people::store::get(db.conn(), person)?;
            let lines: Vec<SkillLine> = skills::of_person(db.conn(), person, zone, &langs)?
                .into_iter()
                .map(|s| SkillLine {
                    module: s.module.to_string(),
                    title: s.title,
                    learned_on: s.learned_on,
                    sessions: s.sessions,
                })
                .collect();
            json(&lines)?;
        }
        Training::Needs { module, format: _ } => {
            json(&skills::who_needs(db.conn(), module_id(&module)?)?)?;
        }
    }
    Ok(())
}

/// `print handout --module ID [--part …] --out FILE.pdf [--lang …] [--paper …] [--booklet]` and
/// `print module --module ID --out FILE.pdf` (`part` `None`).
pub fn print(
    db_path: &Path,
    module: &str,
    part: Option<Part>,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
    booklet: bool,
) -> Result<(), Failure> {
    let module = module_id(module)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = TrainingRequest {
        module,
        part,
        lang,
        paper,
        booklet,
    };
    let printed = document::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    let sheets = if booklet { " of folded sheets" } else { "" };
    say!("Wrote {} ({} {unit}{sheets})", out.display(), printed.pages);
    Ok(())
}

/// `print call-sheet --module ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_call_sheet(
    db_path: &Path,
    module: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let module = module_id(module)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = CallSheetRequest {
        module,
        lang,
        paper,
    };
    let printed =
        document::print_call_sheet(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}

pub fn part(arg: PartArg) -> Part {
    match arg {
        PartArg::Handout => Part::Handout,
        PartArg::Agenda => Part::Agenda,
        PartArg::Worksheet => Part::Worksheet,
    }
}
