//! `grants round|import|decide|disburse|ledger|list --round`: the national committee's side of
//! small grants, on a committee's database.

use std::cell::RefCell;
use std::path::Path;

use chrono::Utc;
use groundwork_core::grants::national::received::Imported;
use groundwork_core::grants::national::rounds::DEFAULT_BUDGET_CENTS;
use groundwork_core::grants::national::{
    decisions, ledger, received, regions, reports, reviewers, reviews, rounds, rubric,
    CriterionInput, Decision, RoundInput, ScoreInput,
};
use groundwork_core::ids::{ReviewerId, RoundId};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_workflows::documents::national_grants::{
    self, DecisionLetterRequest, RoundSummaryRequest,
};
use groundwork_workflows::documents::SaveTo;
use serde::Serialize;

use super::{application_id, date, dollars, ReviewerCommand, Round, Rubric};
use crate::args::ExportFormat;
use crate::chapter_file::open;
use crate::choices::parse_id;
use crate::failure::{Exit, Failure};
use crate::output::{csv_out, say};

fn round_id(text: &str) -> Result<RoundId, Failure> {
    Ok(RoundId(parse_id(
        text,
        "a grant round",
        "grants round list",
    )?))
}

#[derive(Serialize)]
struct ListedRound {
    id: String,
    name: String,
    budget_cents: i64,
    opens_on: Option<String>,
    deadline: String,
}

pub fn run_round(db_path: &Path, what: Round) -> Result<(), Failure> {
    match what {
        Round::New {
            name,
            budget,
            deadline,
            opens,
        } => {
            let input = RoundInput {
                name,
                budget_cents: match budget {
                    Some(text) => dollars(&text, "--budget")?,
                    None => DEFAULT_BUDGET_CENTS,
                },
                opens_on: opens.map(|d| date(&d, "--opens")).transpose()?,
                deadline: date(&deadline, "--deadline")?,
            };
            let mut db = open(db_path)?;
            let round = rounds::create(&mut db, &input, Utc::now())?;
            say!("{}", round.id);
        }
        Round::List { format } => {
            let db = open(db_path)?;
            let listed: Vec<ListedRound> = rounds::list(db.conn())?
                .into_iter()
                .map(|r| ListedRound {
                    id: r.id.to_string(),
                    name: r.fields.name,
                    budget_cents: r.fields.budget_cents,
                    opens_on: r.fields.opens_on.map(|d| d.to_string()),
                    deadline: r.fields.deadline.to_string(),
                })
                .collect();
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["id", "name", "budget_cents", "opens_on", "deadline"])?;
                    for r in &listed {
                        w.write_record([
                            r.id.as_str(),
                            &r.name,
                            &r.budget_cents.to_string(),
                            r.opens_on.as_deref().unwrap_or(""),
                            &r.deadline,
                        ])?;
                    }
                    Ok(())
                })?,
            }
        }
    }
    Ok(())
}

/// `grants import FILE --round ID`: the application's id on stdout; a second import of the
/// same file says so on stderr and changes nothing.
pub fn import(db_path: &Path, file: &Path, round: &str) -> Result<(), Failure> {
    let round = round_id(round)?;
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::new(
            Exit::RefusedFile,
            format!("{}: could not be read: {e}", file.display()),
        )
    })?;
    let mut db = open(db_path)?;
    let (id, imported) = received::import(&mut db, round, &bytes, Utc::now()).map_err(|e| {
        // A refused file is named, as the chapter may have sent several.
        let failure = Failure::from(e);
        match failure.exit {
            Exit::RefusedFile => {
                let said = format!("{}: {}", file.display(), failure.message);
                failure.told(said)
            }
            _ => failure,
        }
    })?;
    say!("{id}");
    match imported {
        Imported::New => {}
        Imported::AlreadyImported => {
            eprintln!("{}: already imported; nothing changed", file.display())
        }
        Imported::Resubmitted => eprintln!(
            "{}: a new version of an application already received; it replaces the earlier one, which is kept",
            file.display()
        ),
    }
    Ok(())
}

pub fn decide(
    db_path: &Path,
    application: &str,
    award: Option<&str>,
    reason: Option<String>,
) -> Result<(), Failure> {
    let id = application_id(application)?;
    let decision = match award {
        Some(text) => Decision::Award {
            cents: dollars(text, "--award")?,
            reason,
        },
        None => Decision::Decline {
            reason: reason.ok_or_else(|| {
                Failure::bad_input("--decline needs --reason: say why the application is declined")
            })?,
        },
    };
    let mut db = open(db_path)?;
    let decided = decisions::decide(&mut db, id, &decision, Utc::now())?;
    let title = &decided.sent.content.initiative.title;
    match decided.awarded_cents {
        Some(cents) => say!(
            "Awarded {} to {} ({})",
            groundwork_core::grants::money::dollars(cents),
            title,
            decided.chapter_name
        ),
        None => say!("Declined {} ({})", title, decided.chapter_name),
    }
    Ok(())
}

pub fn region(db_path: &Path, application: &str, region: Option<String>) -> Result<(), Failure> {
    let id = application_id(application)?;
    let mut db = open(db_path)?;
    let placed = regions::set(&mut db, id, &region, Utc::now())?;
    match placed.region {
        Some(region) => say!("{} is in {}", placed.chapter_name, region),
        None => say!("{} is in no region", placed.chapter_name),
    }
    Ok(())
}

pub fn disburse(
    db_path: &Path,
    application: &str,
    amount: &str,
    on: &str,
    note: Option<String>,
) -> Result<(), Failure> {
    let id = application_id(application)?;
    let cents = dollars(amount, "--amount")?;
    let paid_on = date(on, "--on")?;
    let mut db = open(db_path)?;
    let after = ledger::disburse(&mut db, id, cents, paid_on, note, Utc::now())?;
    say!("{}", serde_json::to_string_pretty(&after)?);
    Ok(())
}

pub fn ledger(db_path: &Path, round: &str, format: ExportFormat) -> Result<(), Failure> {
    let round = round_id(round)?;
    let db = open(db_path)?;
    let l = ledger::ledger(db.conn(), round)?;
    match format {
        ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&l)?),
        ExportFormat::Csv => csv_out(|w| {
            w.write_record(["budget", "committed", "disbursed", "remaining"])?;
            w.write_record([
                l.budget.to_string(),
                l.committed.to_string(),
                l.disbursed.to_string(),
                l.remaining.to_string(),
            ])?;
            Ok(())
        })?,
    }
    Ok(())
}

/// One line of `grants list --round`: the keys a chapter's list has, and the committee's own.
#[derive(Serialize)]
struct ListedReceived {
    id: String,
    project: String,
    project_title: String,
    chapter: String,
    /// The sending chapter's key, as people compare it.
    fingerprint: String,
    amount_cents: i64,
    budget_total_cents: i64,
    starts_on: String,
    ends_on: String,
    status: String,
    /// A received application was complete when it was sent.
    complete: bool,
    missing: Vec<String>,
    revisions: u32,
    awarded_cents: Option<i64>,
    reason: Option<String>,
}

pub fn list(db_path: &Path, round: &str, format: ExportFormat) -> Result<(), Failure> {
    let round = round_id(round)?;
    let db = open(db_path)?;
    let listed: Vec<ListedReceived> = received::list(db.conn(), round)?
        .into_iter()
        .map(|r| {
            let c = &r.sent.content;
            ListedReceived {
                id: r.id.to_string(),
                project: c.initiative.project_id.to_string(),
                project_title: c.initiative.title.clone(),
                chapter: r.chapter_name.clone(),
                fingerprint: r.fingerprint.clone(),
                amount_cents: c.application.amount_cents,
                budget_total_cents: c
                    .budget
                    .iter()
                    .map(|l| i64::from(l.quantity) * l.unit_cost_cents)
                    .sum(),
                starts_on: c.application.starts_on.to_string(),
                ends_on: c.application.ends_on.to_string(),
                status: groundwork_core::db::codes::to_code(&r.status),
                complete: true,
                missing: Vec::new(),
                revisions: r.revisions,
                awarded_cents: r.awarded_cents,
                reason: r.decision_reason.clone(),
            }
        })
        .collect();
    match format {
        ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
        ExportFormat::Csv => csv_out(|w| {
            w.write_record([
                "id",
                "project",
                "chapter",
                "amount_cents",
                "status",
                "complete",
                "awarded_cents",
            ])?;
            for a in &listed {
                w.write_record([
                    a.id.as_str(),
                    &a.project,
                    &a.chapter,
                    &a.amount_cents.to_string(),
                    &a.status,
                    "true",
                    &a.awarded_cents.map(|c| c.to_string()).unwrap_or_default(),
                ])?;
            }
            Ok(())
        })?,
    }
    Ok(())
}

fn reviewer_id(text: &str) -> Result<ReviewerId, Failure> {
    Ok(ReviewerId(parse_id(
        text,
        "a reviewer",
        "grants reviewer list",
    )?))
}

pub fn run_reviewer(db_path: &Path, what: ReviewerCommand) -> Result<(), Failure> {
    match what {
        ReviewerCommand::Add { name } => {
            let mut db = open(db_path)?;
            say!("{}", reviewers::add(&mut db, &name, Utc::now())?.id);
        }
        ReviewerCommand::List => {
            let db = open(db_path)?;
            say!(
                "{}",
                serde_json::to_string_pretty(&reviewers::list(db.conn())?)?
            );
        }
    }
    Ok(())
}

pub fn run_rubric(db_path: &Path, what: Rubric) -> Result<(), Failure> {
    match what {
        Rubric::Show { round } => {
            let round = round_id(&round)?;
            let db = open(db_path)?;
            rounds::get(db.conn(), round)?;
            say!(
                "{}",
                serde_json::to_string_pretty(&rubric::get(db.conn(), round)?)?
            );
        }
        Rubric::Set { round, criteria } => {
            let round = round_id(&round)?;
            let mut db = open(db_path)?;
            let now_held = rubric::get(db.conn(), round)?;
            let inputs = criteria
                .iter()
                .map(|text| {
                    let (name, weight) = text.rsplit_once(':').ok_or_else(|| {
                        Failure::bad_input(format!(
                            "--criterion '{text}' is not NAME:WEIGHT (like \"Develops new leaders:2\")"
                        ))
                    })?;
                    let weight = weight.trim().parse().map_err(|_| {
                        Failure::bad_input(format!("--criterion '{text}': the weight is a whole number"))
                    })?;
                    // A criterion named again keeps its scores.
                    let id = now_held
                        .iter()
                        .find(|c| c.name.eq_ignore_ascii_case(name.trim()))
                        .map(|c| c.id);
                    Ok(CriterionInput {
                        id,
                        name: name.trim().to_owned(),
                        weight,
                    })
                })
                .collect::<Result<Vec<_>, Failure>>()?;
            let saved = rubric::save(&mut db, round, &inputs)?;
            say!("{}", serde_json::to_string_pretty(&saved)?);
        }
    }
    Ok(())
}

pub fn review(
    db_path: &Path,
    application: &str,
    reviewer: &str,
    scores: &[u32],
    notes: Option<String>,
) -> Result<(), Failure> {
    let id = application_id(application)?;
    let reviewer = reviewer_id(reviewer)?;
    let mut db = open(db_path)?;
    let round = received::get(db.conn(), id)?.round_id;
    let criteria = rubric::get(db.conn(), round)?;
    if scores.len() != criteria.len() {
        return Err(Failure::bad_input(format!(
            "--scores: the round's rubric has {} criteria, and {} scores were given (see grants rubric show)",
            criteria.len(),
            scores.len()
        )));
    }
    let inputs: Vec<ScoreInput> = criteria
        .iter()
        .zip(scores)
        .map(|(c, s)| ScoreInput {
            criterion: c.id,
            score: *s,
        })
        .collect();
    let sheet = reviews::score(&mut db, id, reviewer, &inputs, notes, Utc::now())?;
    say!("{}", serde_json::to_string_pretty(&sheet)?);
    Ok(())
}

pub fn recuse(
    db_path: &Path,
    application: &str,
    reviewer: &str,
    reason: Option<String>,
) -> Result<(), Failure> {
    let id = application_id(application)?;
    let reviewer = reviewer_id(reviewer)?;
    let mut db = open(db_path)?;
    reviews::recuse(&mut db, id, reviewer, reason, Utc::now())?;
    let who = reviewers::get(db.conn(), reviewer)?;
    say!(
        "{} declared a conflict of interest with this application",
        who.name
    );
    Ok(())
}

pub fn reviews(db_path: &Path, application: &str, viewer: Option<&str>) -> Result<(), Failure> {
    let id = application_id(application)?;
    let viewer = viewer.map(reviewer_id).transpose()?;
    let db = open(db_path)?;
    let sheet = reviews::sheet(db.conn(), id, viewer)?;
    say!("{}", serde_json::to_string_pretty(&sheet)?);
    Ok(())
}

/// `print decision-letter --application ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_letter(
    db_path: &Path,
    application: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let request = DecisionLetterRequest {
        application: application_id(application)?,
        lang,
        paper,
    };
    let db = open(db_path)?;
    let printed =
        national_grants::print_letter(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    say!(
        "Wrote {} ({} {})",
        out.display(),
        printed.pages,
        pages(printed.pages)
    );
    Ok(())
}

/// `print round-summary --round ID --out FILE.pdf [--lang …] [--paper …]`.
pub fn print_summary(
    db_path: &Path,
    round: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let request = RoundSummaryRequest {
        round: round_id(round)?,
        lang,
        paper,
    };
    let db = open(db_path)?;
    let printed =
        national_grants::print_summary(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    say!(
        "Wrote {} ({} {})",
        out.display(),
        printed.pages,
        pages(printed.pages)
    );
    Ok(())
}

fn pages(n: u32) -> &'static str {
    if n == 1 {
        "page"
    } else {
        "pages"
    }
}

/// `grants import-report FILE`: "<application id> <midpoint|final>" on stdout.
pub fn import_report(db_path: &Path, file: &Path) -> Result<(), Failure> {
    let bytes = std::fs::read(file).map_err(|e| {
        Failure::new(
            Exit::RefusedFile,
            format!("{}: could not be read: {e}", file.display()),
        )
    })?;
    let mut db = open(db_path)?;
    let (id, kind, imported) = reports::import(&mut db, &bytes, Utc::now())?;
    say!("{id} {}", groundwork_core::db::codes::to_code(&kind));
    if imported == Imported::AlreadyImported {
        eprintln!("{}: already imported; nothing changed", file.display());
    }
    Ok(())
}

/// `grants reports --round ID [--on DATE]`: every report due on the round's awards.
pub fn reports_due(
    db_path: &Path,
    round: &str,
    on: Option<&str>,
    format: ExportFormat,
) -> Result<(), Failure> {
    let round = round_id(round)?;
    let db = open(db_path)?;
    let today = match on {
        Some(text) => date(text, "--on")?,
        None => groundwork_core::settings::today_of(&db, Utc::now()),
    };
    let due = reports::due(db.conn(), round, today)?;
    match format {
        ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&due)?),
        ExportFormat::Csv => csv_out(|w| {
            w.write_record([
                "application",
                "chapter",
                "kind",
                "due_on",
                "received",
                "overdue",
            ])?;
            for d in &due {
                w.write_record([
                    d.application.to_string(),
                    d.chapter.clone(),
                    groundwork_core::db::codes::to_code(&d.kind),
                    d.due_on.to_string(),
                    d.received.to_string(),
                    d.overdue.to_string(),
                ])?;
            }
            Ok(())
        })?,
    }
    Ok(())
}
