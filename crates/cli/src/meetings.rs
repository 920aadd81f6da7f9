//! `meetings` and `print sign-in`: meetings and the sheets passed around at them.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::ids::MeetingId;
use groundwork_core::meetings;
use groundwork_core::settings;
use groundwork_workflows::documents::sign_in::{self, SheetFor};
use groundwork_workflows::documents::SaveTo;

use crate::args;
use crate::chapter_file::{chapter_of, open};
use crate::choices::{language_choice, paper_size, parse_id};
use crate::failure::Failure;
use crate::output::say;

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

pub fn print_sign_in(db_path: &Path, request: SheetRequest) -> Result<(), Failure> {
    let db = open(db_path)?;
    chapter_of(&db)?;
    let sheet_for = match &request.meeting {
        Some(id) => SheetFor::Meeting {
            id: meeting_id(id)?,
            expected_names: request.expected,
        },
        None => SheetFor::Gathering {
            title: request.title.as_deref(),
        },
    };
    let sheet = sign_in::SheetRequest {
        sheet_for,
        lang: request.lang.map(language_choice),
        paper: request.paper.map(paper_size),
        rows: request.rows,
    };
    let printed = sign_in::print(
        &RefCell::new(db),
        &sheet,
        SaveTo::File(&request.out),
        Utc::now(),
    )?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", request.out.display(), printed.pages);
    Ok(())
}

pub fn run(db_path: &Path, what: args::Meetings) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    let zone = settings::zone_of(&db);
    match what {
        args::Meetings::List { format } => {
            let all = meetings::store::list(db.conn(), zone)?;
            match format {
                args::ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&all)?),
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
            let id = meetings::store::create(&mut db, &input, zone, false, Utc::now())?;
            say!("{id}");
        }
    }
    Ok(())
}

fn meeting_id(text: &str) -> Result<MeetingId, Failure> {
    parse_id(text, "a meeting", "meetings list").map(MeetingId)
}
