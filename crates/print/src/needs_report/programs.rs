//! The service programs the chapter weighs as entry points, after the charts: the shortlist,
//! or before there is one the strongest few, each with its scores.

use fluent_bundle::FluentValue;
use groundwork_core::needs::programs::Candidate;

use super::{heading, text, texts, NeedsReport, KEEP_WITH_HEADING};
use crate::catalog::Catalog;
use crate::layout::{Flow, Style};
use crate::PrintError;

/// Candidates shown when nothing is shortlisted yet.
const STRONGEST_SHOWN: usize = 5;

/// The programs, after a heading that stays with the first of them.
pub(super) fn programs(
    flow: &mut Flow<'_, '_>,
    report: &NeedsReport<'_>,
    catalogs: &[Catalog],
) -> Result<(), PrintError> {
    let shortlisted: Vec<&Candidate> = report.candidates.iter().filter(|c| c.shortlisted).collect();
    let shown: Vec<&Candidate> = if shortlisted.is_empty() {
        report.candidates.iter().take(STRONGEST_SHOWN).collect()
    } else {
        shortlisted
    };
    if shown.is_empty() {
        return Ok(());
    }
    flow.gap(10.0);
    flow.keep(KEEP_WITH_HEADING);
    heading(flow, catalogs, "report-programs")?;
    let explain = texts(catalogs, "report-programs-explain", &[])?;
    text(
        flow,
        &explain,
        Style::Table,
        Style::Table,
        "the scores' key",
    )?;
    flow.gap(4.0);
    for c in shown {
        let score = |own: Option<u8>, suggested: Option<u8>| {
            own.or(suggested)
                .map_or_else(|| "–".to_owned(), |s| s.to_string())
        };
        let s = &c.scores;
        let values = [
            ("widely", score(s.widely_felt, c.suggested.widely_felt)),
            ("deeply", score(s.deeply_felt, c.suggested.deeply_felt)),
            ("winnable", score(s.winnable, None)),
            ("base", score(s.builds_base, None)),
            ("resources", score(s.resources, None)),
            ("partners", score(s.partners, None)),
        ];
        let mut args: Vec<(&str, FluentValue<'_>)> = values
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        args.push(("total", FluentValue::from(c.total)));
        let mut title = format!("{}. {}", c.rank, c.program.name);
        if c.shortlisted {
            title.push_str(&format!(
                " ({})",
                texts(catalogs, "report-shortlisted", &[])?.join(" / ")
            ));
        }
        let lines = texts(catalogs, "report-program-scores", &args)?;
        // A program's name stays with its scores.
        flow.keep(Style::leading(Style::Body.size()) * (1 + lines.len()) as f32 + 6.0);
        let the_box = format!("the program '{}'", c.program.name);
        text(
            flow,
            &[title],
            Style::TableHeader,
            Style::TableHeader,
            &the_box,
        )?;
        text(flow, &lines, Style::Table, Style::Table, &the_box)?;
        flow.gap(4.0);
    }
    Ok(())
}
