//! `meetings` and `print sign-in`: meetings and the sheets passed around at them.

use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::ids::MeetingId;
use groundwork_core::meetings;
use groundwork_core::settings;
use groundwork_print::sign_in_sheet::{self, SignInSheet};

use crate::args;
use crate::chapter_file::{chapter_of, open};
use crate::choices::{language_choice, paper_size, parse_id};
use crate::output::write_file;

/// `print sign-in`: a blank sheet, or a scheduled meeting's (with the names expected).
pub struct SheetRequest {
    pub out: PathBuf,
    pub lang: Option<args::LanguageChoice>,
    pub paper: Option<args::Paper>,
    pub rows: Option<usize>,
    pub title: Option<String>,
    pub meeting: Option<String>,
    pub expected: bool,
}

pub fn print_sign_in(db_path: &Path, request: SheetRequest) -> Result<(), String> {
    let SheetRequest {
        out,
        lang,
        paper,
        rows,
        title,
        meeting,
        expected,
    } = request;
    let db = open(db_path)?;
    let chapter = chapter_of(&db)?;
    let zone = chapter.settings.zone();
    let scheduled = match &meeting {
        Some(id) => {
            let id = meeting_id(id)?;
            let found = meetings::store::get(db.conn(), id, zone).map_err(|e| e.to_string())?;
            let names = if expected {
                meetings::attendance::expected_names(db.conn(), id).map_err(|e| e.to_string())?
            } else {
                Vec::new()
            };
            Some((found, names))
        }
        None => None,
    };
    let today = chapter.settings.today_at(Utc::now());
    let base = match &scheduled {
        Some((m, names)) => SignInSheet::for_meeting(&chapter, m, names.clone(), today)
            .map_err(|e| e.to_string())?,
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
    Ok(())
}

pub fn run(db_path: &Path, what: args::Meetings) -> Result<(), String> {
    let mut db = open(db_path)?;
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
                args::ExportFormat::Csv => crate::output::csv_out(|w| {
                    w.write_record(["id", "starts_at", "title", "place", "attended"])?;
                    for m in all {
                        w.write_record([
                            m.id.to_string(),
                            m.starts_at,
                            m.title,
                            m.place.unwrap_or_default(),
                            m.attended.to_string(),
                        ])?;
                    }
                    Ok(())
                })?,
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
    Ok(())
}

fn meeting_id(text: &str) -> Result<MeetingId, String> {
    parse_id(text, "a meeting", "meetings list").map(MeetingId)
}
