//! `groundwork-cli needs ...`: the chapter's needs assessments and what their answers say.

use std::cell::RefCell;
use std::path::Path;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::ids::AssessmentId;
use groundwork_core::needs::assessment::{self, AreaKind, AssessmentInput};
use groundwork_core::needs::programs;
use groundwork_core::needs::ranking::{self, Breakdown, Ranking};
use groundwork_workflows::documents::needs_forms::{self, NeedsFormsRequest};
use groundwork_workflows::documents::needs_report::{self, NeedsReportRequest};
use groundwork_workflows::documents::SaveTo;

use crate::args::{ExportFormat, Needs, RankingBy};
use crate::chapter_file::{chapter_of, open};
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::{csv_out, say, with_progress};

pub fn run(db_path: &Path, what: Needs) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    match what {
        Needs::List { format } => list(&db, format),
        Needs::Ranking {
            assessment,
            format,
            by,
            lang,
        } => {
            let id = assessment_id(&assessment)?;
            let lang = lang.as_deref().unwrap_or("en");
            match by {
                None => {
                    let r = ranking::overall(db.conn(), id, lang)?;
                    print_rankings(format, &[(None, r)])
                }
                Some(by) => {
                    let by = match by {
                        RankingBy::Area => Breakdown::Area,
                        RankingBy::Language => Breakdown::Language,
                    };
                    let groups = ranking::by(db.conn(), id, lang, by)?;
                    let groups: Vec<_> = groups
                        .into_iter()
                        .map(|g| (Some(g.group), g.ranking))
                        .collect();
                    print_rankings(format, &groups)
                }
            }
        }
        Needs::Programs { assessment, format } => {
            let id = assessment_id(&assessment)?;
            let list = programs::candidates(db.conn(), id)?;
            match format {
                ExportFormat::Json => {
                    say!("{}", serde_json::to_string_pretty(&list)?);
                    Ok(())
                }
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record([
                        "rank",
                        "program",
                        "needs",
                        "widely_felt",
                        "deeply_felt",
                        "winnable",
                        "builds_base",
                        "resources",
                        "partners",
                        "total",
                        "shortlisted",
                    ])?;
                    let score = |s: Option<u8>| s.map(|s| s.to_string()).unwrap_or_default();
                    for c in &list {
                        w.write_record([
                            c.rank.to_string(),
                            c.program.name.clone(),
                            c.program.needs.join("; "),
                            score(c.scores.widely_felt.or(c.suggested.widely_felt)),
                            score(c.scores.deeply_felt.or(c.suggested.deeply_felt)),
                            score(c.scores.winnable),
                            score(c.scores.builds_base),
                            score(c.scores.resources),
                            score(c.scores.partners),
                            c.total.to_string(),
                            c.shortlisted.to_string(),
                        ])?;
                    }
                    Ok(())
                }),
            }
        }
        Needs::New { name, areas, lang } => {
            let input = AssessmentInput {
                name,
                area_kind: AreaKind::Neighbourhoods,
                areas,
                starts_on: None,
                ends_on: None,
                methods: Vec::new(),
                languages: lang,
            };
            let created = assessment::create(&mut db, &input, false, Utc::now())?;
            say!("{}", created.id);
            eprintln!(
                "Created the assessment '{}' (forms print as {}-0001, ...)",
                created.name, created.code
            );
            Ok(())
        }
    }
}

fn assessment_id(text: &str) -> Result<AssessmentId, Failure> {
    parse_id(text, "an assessment", "needs list").map(AssessmentId)
}

fn list(db: &Database, format: ExportFormat) -> Result<(), Failure> {
    let all = assessment::list(db.conn())?;
    match format {
        ExportFormat::Json => {
            say!("{}", serde_json::to_string_pretty(&all)?);
            Ok(())
        }
        ExportFormat::Csv => csv_out(|w| {
            w.write_record([
                "id",
                "name",
                "code",
                "areas",
                "languages",
                "forms_printed",
                "responses",
            ])?;
            for a in &all {
                w.write_record([
                    a.id.to_string(),
                    a.name.clone(),
                    a.code.clone(),
                    a.areas.join("; "),
                    a.languages.join("; "),
                    a.forms_printed.to_string(),
                    a.responses.to_string(),
                ])?;
            }
            Ok(())
        }),
    }
}

fn print_rankings(
    format: ExportFormat,
    groups: &[(Option<String>, Ranking)],
) -> Result<(), Failure> {
    match format {
        ExportFormat::Json => {
            let value = match groups {
                [(None, ranking)] => serde_json::to_value(ranking),
                _ => serde_json::to_value(
                    groups
                        .iter()
                        .map(|(group, ranking)| serde_json::json!({ "group": group, "ranking": ranking }))
                        .collect::<Vec<_>>(),
                ),
            }
            ?;
            say!("{}", serde_json::to_string_pretty(&value)?);
            Ok(())
        }
        ExportFormat::Csv => csv_out(|w| {
            let grouped = groups.iter().any(|(g, _)| g.is_some());
            let mut header = vec![
                "rank",
                "need",
                "title",
                "respondents",
                "responses",
                "share",
                "mean_severity",
            ];
            if grouped {
                header.insert(0, "group");
            }
            w.write_record(&header)?;
            for (group, ranking) in groups {
                for need in &ranking.needs {
                    let mut row = vec![
                        need.rank.to_string(),
                        need.key.clone(),
                        need.title.clone(),
                        need.respondents.to_string(),
                        ranking.responses.to_string(),
                        format!("{:.3}", need.share),
                        need.mean_severity
                            .map(|m| format!("{m:.2}"))
                            .unwrap_or_default(),
                    ];
                    if grouped {
                        row.insert(0, group.clone().unwrap_or_default());
                    }
                    w.write_record(&row)?;
                }
            }
            Ok(())
        }),
    }
}

/// `print needs-forms`: numbers the next `count` forms and prints them. The numbers are taken
/// only once the PDF is written, so a failed print leaves no gap in the numbering.
pub fn print_forms(
    db_path: &Path,
    assessment: &str,
    count: u32,
    out: &Path,
    lang: Option<&str>,
    paper: Option<groundwork_core::settings::PaperSize>,
) -> Result<(), Failure> {
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = NeedsFormsRequest {
        assessment: assessment_id(assessment)?,
        count,
        languages: lang
            .map(|text| {
                text.split('+')
                    .map(|l| l.trim().to_ascii_lowercase())
                    .collect()
            })
            .unwrap_or_default(),
        paper,
    };
    let chapter = RefCell::new(db);
    let printed = with_progress(|job| {
        needs_forms::print(&chapter, &request, SaveTo::File(out), job, Utc::now())
    })?;
    say!(
        "Wrote {} ({} pages): forms {} to {}",
        out.display(),
        printed.pages,
        printed.first,
        printed.last
    );
    Ok(())
}

/// `print needs-report`: the assessment's summary with its charts.
pub fn print_report(
    db_path: &Path,
    assessment: &str,
    out: &Path,
    lang: Option<groundwork_core::settings::LanguageChoice>,
    paper: Option<groundwork_core::settings::PaperSize>,
) -> Result<(), Failure> {
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = NeedsReportRequest {
        assessment: assessment_id(assessment)?,
        lang,
        paper,
    };
    let printed = needs_report::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    say!("Wrote {} ({} pages)", out.display(), printed.pages);
    Ok(())
}
