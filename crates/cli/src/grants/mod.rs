//! `projects` and `grants`: the chapter's base-building projects, and its grant applications
//! for them (started, their budgets added to, listed with whether they could be sent).

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use clap::Subcommand;
use groundwork_core::grants::{export, money, store, ApplicationInput, BudgetLineInput};
use groundwork_core::ids::{ApplicationId, ProjectId};
use groundwork_core::projects;
use groundwork_core::settings::{self, LanguageChoice, PaperSize, Role};
use groundwork_workflows::documents::grant_application::{self, GrantApplicationRequest};
use groundwork_workflows::documents::SaveTo;
use serde::Serialize;

mod national;
mod report;

pub use national::{print_letter, print_summary};
pub use report::print_report;

use crate::args::ExportFormat;
use crate::chapter_file::{chapter_of, open};
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::{csv_out, say};

#[derive(Subcommand)]
pub enum Projects {
    /// Every base-building project, newest first.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(Subcommand)]
pub enum Grants {
    /// Start a grant application for a project's initiative, as a draft; prints its id. The
    /// amount is $500 to $1,000 and the initiative runs 3 to 6 months, or nothing is kept.
    New {
        /// The project's id (from `projects list`).
        #[arg(long)]
        project: String,
        /// The amount asked, in dollars ("800", "750.50").
        #[arg(long, value_name = "DOLLARS")]
        amount: String,
        /// The initiative's first day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        starts: String,
        /// Its last day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        ends: String,
    },
    /// An application's budget.
    Budget {
        #[command(subcommand)]
        what: Budget,
    },
    /// Make the file to send national (by email or USB) for a complete application, signed
    /// with the chapter's own key; the application is then marked as sent. Refused, with what
    /// is missing, unless it is complete.
    Export {
        /// The application's id (from `grants list`).
        #[arg(long)]
        application: String,
        /// Where to write the file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Open a sent application again to correct it, before national has decided; the file
    /// made next replaces the one national holds.
    Reopen {
        #[arg(long)]
        application: String,
    },
    /// Write down national's decision on a sent application, as its letter gave it.
    #[command(group(clap::ArgGroup::new("outcome").required(true).args(["awarded", "declined"])))]
    Decision {
        #[arg(long)]
        application: String,
        /// The amount awarded, in dollars.
        #[arg(long, value_name = "DOLLARS")]
        awarded: Option<String>,
        #[arg(long)]
        declined: bool,
    },
    /// Progress reports on an award: started from the chapter's records, completed, and
    /// saved as the signed file for national.
    Report {
        #[command(subcommand)]
        what: ReportCommand,
    },
    /// Import a progress report file a chapter sent (national committee); prints the
    /// application's id and which report it is.
    ImportReport { file: PathBuf },
    /// The reports due on a round's awards, with who is overdue (national committee).
    Reports {
        #[arg(long)]
        round: String,
        /// The day to count overdue from (YYYY-MM-DD; default today).
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// A national committee's grant rounds.
    Round {
        #[command(subcommand)]
        what: Round,
    },
    /// Import an application file a chapter sent into a round (national committee); prints the
    /// application's id. The same file twice changes nothing; a later version from the same
    /// chapter replaces the earlier, which stays in the history; a damaged, altered or
    /// unsigned file is refused.
    Import {
        /// The file the chapter sent.
        file: PathBuf,
        /// The round's id (from `grants round list`).
        #[arg(long)]
        round: String,
    },
    /// Decide on an application (national committee): award the amount asked or less, or
    /// decline with reasons. An award that would over-commit the round is refused with the
    /// shortfall.
    #[command(group(clap::ArgGroup::new("decision").required(true).args(["award", "decline"])))]
    Decide {
        /// The application's id (from `grants list --round`).
        #[arg(long)]
        application: String,
        /// Award this many dollars.
        #[arg(long, value_name = "DOLLARS")]
        award: Option<String>,
        /// Decline the application (with --reason).
        #[arg(long)]
        decline: bool,
        /// Why: needed to decline, welcome with a reduced award.
        #[arg(long)]
        reason: Option<String>,
    },
    /// Put the chapter that sent an application in a region, for the round summary's table by
    /// region; it holds for all the chapter's applications (national committee).
    #[command(group(clap::ArgGroup::new("place").required(true).args(["region", "clear"])))]
    Region {
        /// An application of the chapter (from `grants list --round`).
        #[arg(long)]
        application: String,
        /// The region's name, as the committee calls it ("Southeast").
        #[arg(long)]
        region: Option<String>,
        /// Take the chapter out of its region.
        #[arg(long)]
        clear: bool,
    },
    /// The committee's reviewers (national committee).
    Reviewer {
        #[command(subcommand)]
        what: ReviewerCommand,
    },
    /// A round's rubric: the criteria applications are scored on, with their weights
    /// (national committee).
    Rubric {
        #[command(subcommand)]
        what: Rubric,
    },
    /// A reviewer's scores on an application, one per criterion of the round's rubric in its
    /// order, from 1 to 5 (national committee).
    Review {
        #[arg(long)]
        application: String,
        /// The reviewer's id (from `grants reviewer list`).
        #[arg(long)]
        reviewer: String,
        /// The scores in the rubric's order, comma-separated: 4,5,3,4,4.
        #[arg(long, value_delimiter = ',', required = true)]
        scores: Vec<u32>,
        #[arg(long)]
        notes: Option<String>,
    },
    /// A reviewer declares a conflict of interest with an application: they cannot score it or
    /// see the others' scores on it (national committee).
    Recuse {
        #[arg(long)]
        application: String,
        #[arg(long)]
        reviewer: String,
        #[arg(long)]
        reason: Option<String>,
    },
    /// An application's reviews: each reviewer's scores, weighted score and notes, and their
    /// mean; as one reviewer sees them with --as (national committee).
    Reviews {
        #[arg(long)]
        application: String,
        /// See them as this reviewer (refused to one who declared a conflict of interest).
        #[arg(long = "as", value_name = "REVIEWER")]
        viewer: Option<String>,
    },
    /// Record a payment made on an award (national committee); prints the round's ledger.
    Disburse {
        /// The application's id (from `grants list --round`).
        #[arg(long)]
        application: String,
        /// The amount paid, in dollars.
        #[arg(long, value_name = "DOLLARS")]
        amount: String,
        /// The day it was paid (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        on: String,
        #[arg(long)]
        note: Option<String>,
    },
    /// A round's budget, what its awards commit, what has been paid and what is left, in
    /// cents (national committee).
    Ledger {
        /// The round's id (from `grants round list`).
        #[arg(long)]
        round: String,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
    /// Every application, newest first, with whether it could be sent as it is.
    List {
        /// A national committee's grant round (on a chapter's database there are none).
        #[arg(long)]
        round: Option<String>,
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(Subcommand)]
pub enum ReportCommand {
    /// Start the report (or show the one started), filled from the chapter's records; prints
    /// it as JSON.
    Start {
        #[arg(long)]
        application: String,
        #[arg(long, value_enum)]
        kind: ReportKindArg,
    },
    /// Change what the report says; what is not given stays as it is.
    Save {
        #[arg(long)]
        report: String,
        #[arg(long)]
        reached: Option<u32>,
        #[arg(long)]
        one_on_ones: Option<u32>,
        #[arg(long)]
        new_members: Option<u32>,
        #[arg(long)]
        new_leaders: Option<u32>,
        #[arg(long)]
        sign_ins: Option<u32>,
        /// What was spent so far, in dollars.
        #[arg(long, value_name = "DOLLARS")]
        spent: Option<String>,
        #[arg(long)]
        story: Option<String>,
        #[arg(long)]
        challenges: Option<String>,
    },
    /// Save the report as the signed file for national (refused until its story is written).
    Export {
        #[arg(long)]
        report: String,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum ReportKindArg {
    Midpoint,
    Final,
}

#[derive(Subcommand)]
pub enum ReviewerCommand {
    /// Add a reviewer; prints their id.
    Add {
        #[arg(long)]
        name: String,
    },
    /// Every reviewer, by name.
    List,
}

#[derive(Subcommand)]
pub enum Rubric {
    /// The round's criteria and weights, in order.
    Show {
        #[arg(long)]
        round: String,
    },
    /// Replace the round's rubric: each --criterion "NAME:WEIGHT" (weight 1 to 10), in order.
    /// A criterion already scored stays unless named again.
    Set {
        #[arg(long)]
        round: String,
        #[arg(long = "criterion", value_name = "NAME:WEIGHT", required = true)]
        criteria: Vec<String>,
    },
}

#[derive(Subcommand)]
pub enum Round {
    /// Open a grant round; prints its id.
    New {
        #[arg(long)]
        name: String,
        /// The round's budget in dollars (default $20,000).
        #[arg(long, value_name = "DOLLARS")]
        budget: Option<String>,
        /// The last day applications are taken (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        deadline: String,
        /// The first day applications are taken (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        opens: Option<String>,
    },
    /// Every round, the latest deadline first.
    List {
        #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
        format: ExportFormat,
    },
}

#[derive(Subcommand)]
pub enum Budget {
    /// Add a line at the end of an application's budget; prints the budget's new total.
    Add {
        /// The application's id (from `grants list`).
        #[arg(long)]
        application: String,
        /// What the line pays for.
        #[arg(long)]
        item: String,
        #[arg(long, value_name = "N")]
        quantity: u32,
        /// The cost of one, in dollars.
        #[arg(long, value_name = "DOLLARS")]
        unit_cost: String,
    },
}

pub(crate) fn dollars(text: &str, what: &str) -> Result<i64, Failure> {
    money::cents_of(text).ok_or_else(|| {
        Failure::bad_input(format!(
            "{what} '{text}' is not an amount in dollars (like 800 or 750.50)"
        ))
    })
}

pub(crate) fn date(text: &str, what: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Failure::bad_input(format!("{what} '{text}' is not a date (YYYY-MM-DD)")))
}

pub(crate) fn application_id(text: &str) -> Result<ApplicationId, Failure> {
    Ok(ApplicationId(parse_id(
        text,
        "a grant application",
        "grants list",
    )?))
}

/// One line of `projects list`.
#[derive(Serialize)]
struct ListedProject {
    id: String,
    title: String,
    status: String,
}

/// One line of `grants list`.
#[derive(Serialize)]
struct ListedApplication {
    id: String,
    project: String,
    project_title: String,
    amount_cents: i64,
    budget_total_cents: i64,
    starts_on: String,
    ends_on: String,
    status: String,
    complete: bool,
    /// What it still needs, in English.
    missing: Vec<String>,
}

pub fn run_projects(db_path: &Path, what: Projects) -> Result<(), Failure> {
    let Projects::List { format } = what;
    let db = open(db_path)?;
    let listed: Vec<ListedProject> = projects::store::list(db.conn())?
        .into_iter()
        .map(|p| ListedProject {
            id: p.id.to_string(),
            title: p.name,
            status: p.status.code().to_owned(),
        })
        .collect();
    match format {
        ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
        ExportFormat::Csv => csv_out(|w| {
            w.write_record(["id", "title", "status"])?;
            for p in &listed {
                w.write_record([&p.id, &p.title, &p.status])?;
            }
            Ok(())
        })?,
    }
    Ok(())
}

pub fn run_grants(db_path: &Path, what: Grants) -> Result<(), Failure> {
    match what {
        Grants::New {
            project,
            amount,
            starts,
            ends,
        } => {
            let project = ProjectId(parse_id(&project, "a project", "projects list")?);
            let input = ApplicationInput {
                amount_cents: dollars(&amount, "--amount")?,
                starts_on: date(&starts, "--starts")?,
                ends_on: date(&ends, "--ends")?,
                base_building: None,
                sustaining: None,
            };
            let mut db = open(db_path)?;
            settings::require(&db, Role::Chapter)?;
            let application = store::create(&mut db, project, &input, false, Utc::now())?;
            say!("{}", application.id);
        }
        Grants::Budget {
            what:
                Budget::Add {
                    application,
                    item,
                    quantity,
                    unit_cost,
                },
        } => {
            let id = application_id(&application)?;
            let line = BudgetLineInput {
                item,
                quantity,
                unit_cost_cents: dollars(&unit_cost, "--unit-cost")?,
            };
            let mut db = open(db_path)?;
            settings::require(&db, Role::Chapter)?;
            let saved = store::add_budget_line(&mut db, id, &line, Utc::now())?;
            say!(
                "budget total {} for {} asked",
                money::dollars(saved.budget_total_cents),
                money::dollars(saved.fields.amount_cents)
            );
        }
        Grants::Export { application, out } => {
            let id = application_id(&application)?;
            let mut db = open(db_path)?;
            chapter_of(&db)?;
            settings::require(&db, Role::Chapter)?;
            let found = store::get(db.conn(), id)?;
            if !found.complete() {
                // Everything that is missing, not just the first: one pass to fix them all.
                let missing: Vec<&str> =
                    found.missing.iter().map(|m| m.what.text.as_str()).collect();
                return Err(Failure::bad_input(format!(
                    "the application cannot be sent yet; still missing: {}",
                    missing.join("; ")
                )));
            }
            let exported = export::export(&mut db, id, &out, Utc::now())?;
            say!(
                "Wrote {}: the application for {} ({}), signed with the chapter's key {}; it is now marked as sent",
                exported.path.display(),
                exported.application.project_title,
                money::dollars(exported.application.fields.amount_cents),
                exported.fingerprint
            );
        }
        Grants::Decision {
            application,
            awarded,
            declined: _,
        } => {
            let id = application_id(&application)?;
            let cents = awarded.map(|a| dollars(&a, "--awarded")).transpose()?;
            let mut db = open(db_path)?;
            settings::require(&db, Role::Chapter)?;
            let a = store::record_decision(&mut db, id, cents, Utc::now())?;
            say!(
                "{}: {}",
                a.project_title,
                groundwork_core::db::codes::to_code(&a.status)
            );
        }
        Grants::Reopen { application } => {
            let id = application_id(&application)?;
            let mut db = open(db_path)?;
            settings::require(&db, Role::Chapter)?;
            let a = store::reopen(&mut db, id, Utc::now())?;
            say!("{}: a draft again", a.project_title);
        }
        Grants::Report { what } => report::run(db_path, what)?,
        Grants::ImportReport { file } => national::import_report(db_path, &file)?,
        Grants::Reports { round, on, format } => {
            national::reports_due(db_path, &round, on.as_deref(), format)?
        }
        Grants::Round { what } => national::run_round(db_path, what)?,
        Grants::Import { file, round } => national::import(db_path, &file, &round)?,
        Grants::Decide {
            application,
            award,
            decline: _,
            reason,
        } => national::decide(db_path, &application, award.as_deref(), reason)?,
        Grants::Disburse {
            application,
            amount,
            on,
            note,
        } => national::disburse(db_path, &application, &amount, &on, note)?,
        Grants::Region {
            application,
            region,
            clear: _,
        } => national::region(db_path, &application, region)?,
        Grants::Reviewer { what } => national::run_reviewer(db_path, what)?,
        Grants::Rubric { what } => national::run_rubric(db_path, what)?,
        Grants::Review {
            application,
            reviewer,
            scores,
            notes,
        } => national::review(db_path, &application, &reviewer, &scores, notes)?,
        Grants::Recuse {
            application,
            reviewer,
            reason,
        } => national::recuse(db_path, &application, &reviewer, reason)?,
        Grants::Reviews {
            application,
            viewer,
        } => national::reviews(db_path, &application, viewer.as_deref())?,
        Grants::Ledger { round, format } => national::ledger(db_path, &round, format)?,
        Grants::List {
            round: Some(round),
            format,
        } => national::list(db_path, &round, format)?,
        Grants::List {
            round: None,
            format,
        } => {
            let db = open(db_path)?;
            if settings::role_of(&db)? == Some(Role::National) {
                return Err(Failure::bad_input(
                    "--round: a national committee's applications are listed by round (see grants round list)",
                ));
            }
            let listed: Vec<ListedApplication> = store::list(db.conn())?
                .into_iter()
                .map(|a| ListedApplication {
                    id: a.id.to_string(),
                    project: a.project_id.to_string(),
                    project_title: a.project_title.clone(),
                    amount_cents: a.fields.amount_cents,
                    budget_total_cents: a.budget_total_cents,
                    starts_on: a.fields.starts_on.to_string(),
                    ends_on: a.fields.ends_on.to_string(),
                    status: groundwork_core::db::codes::to_code(&a.status),
                    complete: a.complete(),
                    missing: a.missing.iter().map(|m| m.what.text.clone()).collect(),
                })
                .collect();
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["id", "project", "amount_cents", "status", "complete"])?;
                    for a in &listed {
                        w.write_record([
                            a.id.as_str(),
                            &a.project,
                            &a.amount_cents.to_string(),
                            &a.status,
                            if a.complete { "true" } else { "false" },
                        ])?;
                    }
                    Ok(())
                })?,
            }
        }
    }
    Ok(())
}

/// `print grant-application --application ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_application(
    db_path: &Path,
    application: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let application = application_id(application)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = GrantApplicationRequest {
        application,
        lang,
        paper,
    };
    let printed =
        grant_application::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}
