//! `grants report start|save|export`: a chapter's progress reports on an award.

use std::cell::RefCell;
use std::path::Path;

use chrono::Utc;
use groundwork_core::grants::reports::{self, ReportInput, ReportKind};
use groundwork_core::ids::ReportId;
use groundwork_core::settings::{self, LanguageChoice, PaperSize, Role};
use groundwork_workflows::documents::grant_report::{self, GrantReportRequest};
use groundwork_workflows::documents::SaveTo;

use super::{application_id, dollars, ReportCommand, ReportKindArg};
use crate::chapter_file::open;
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::say;

fn report_id(text: &str) -> Result<ReportId, Failure> {
    Ok(ReportId(parse_id(
        text,
        "a progress report",
        "grants report start",
    )?))
}

pub fn run(db_path: &Path, what: ReportCommand) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    settings::require(&db, Role::Chapter)?;
    match what {
        ReportCommand::Start { application, kind } => {
            let kind = match kind {
                ReportKindArg::Midpoint => ReportKind::Midpoint,
                ReportKindArg::Final => ReportKind::Final,
            };
            let report = reports::start(&mut db, application_id(&application)?, kind, Utc::now())?;
            say!("{}", serde_json::to_string_pretty(&report)?);
        }
        ReportCommand::Save {
            report,
            reached,
            one_on_ones,
            new_members,
            new_leaders,
            sign_ins,
            spent,
            story,
            challenges,
        } => {
            let id = report_id(&report)?;
            let now_held = reports::get(db.conn(), id)?.fields;
            let input = ReportInput {
                reached: reached.or(now_held.reached),
                one_on_ones: one_on_ones.or(now_held.one_on_ones),
                new_members: new_members.or(now_held.new_members),
                new_leaders: new_leaders.or(now_held.new_leaders),
                sign_ins: sign_ins.or(now_held.sign_ins),
                spent_cents: match spent {
                    Some(text) => Some(dollars(&text, "--spent")?),
                    None => now_held.spent_cents,
                },
                story: story.or(now_held.story),
                challenges: challenges.or(now_held.challenges),
            };
            let saved = reports::save(&mut db, id, &input, Utc::now())?;
            say!("{}", serde_json::to_string_pretty(&saved)?);
        }
        ReportCommand::Export { report, out } => {
            let id = report_id(&report)?;
            let written = reports::export(&mut db, id, &out, Utc::now())?;
            say!("Wrote {}", written.display());
        }
    }
    Ok(())
}

/// `print grant-report --report ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_report(
    db_path: &Path,
    report: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let request = GrantReportRequest {
        report: report_id(report)?,
        lang,
        paper,
    };
    let db = open(db_path)?;
    let printed = grant_report::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}
