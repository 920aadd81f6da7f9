//! `import` and `export people`: lists of people in and out; `people`: find, likely
//! duplicates, merge.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::interop::report::ImportReport;
use groundwork_core::CoreError;
use groundwork_workflows as workflows;
use groundwork_workflows::lists::{self, ExportTo};

use groundwork_core::ids::PersonId;
use groundwork_core::people::duplicates::{self, Likeness};
use groundwork_core::people::merge::{self, MergeField, MergeRequest};
use groundwork_core::people::search::search;
use groundwork_core::people::PeopleQuery;

use crate::args::{ExportFormat, ImportFormat, MergeFieldArg, People, PeopleFormat};
use crate::chapter_file::open;
use crate::choices::{parse_id, who};
use crate::failure::Failure;
use crate::output::{csv_out, say, with_progress};

pub fn run(db_path: &Path, what: People) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    match what {
        People::Search {
            text,
            format,
            limit,
        } => {
            let page = search(
                db.conn(),
                &PeopleQuery {
                    text,
                    limit: Some(limit),
                    ..Default::default()
                },
            )?;
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&page)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["id", "name", "phone", "email", "zip", "ladder_level"])?;
                    for p in &page.people {
                        w.write_record([
                            p.id.to_string(),
                            p.display_name.clone(),
                            p.phone.clone().unwrap_or_default(),
                            p.email.clone().unwrap_or_default(),
                            p.zip.clone().unwrap_or_default(),
                            p.ladder_level.clone(),
                        ])?;
                    }
                    Ok(())
                })?,
            }
            if page.total > page.people.len() as u32 {
                eprintln!(
                    "{} of {} found; --limit shows more",
                    page.people.len(),
                    page.total
                );
            }
            Ok(())
        }
        People::Duplicates { format } => {
            let list = duplicates::list(db.conn())?;
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&list)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["a_id", "a_name", "b_id", "b_name", "evidence"])?;
                    for pair in &list.pairs {
                        let evidence: Vec<String> = pair.likeness.iter().map(said).collect();
                        w.write_record([
                            pair.a.id.to_string(),
                            pair.a.display_name.clone(),
                            pair.b.id.to_string(),
                            pair.b.display_name.clone(),
                            evidence.join("; "),
                        ])?;
                    }
                    Ok(())
                })?,
            }
            if list.total as usize > list.pairs.len() {
                eprintln!(
                    "{} pairs in all; the {} with the strongest evidence are listed",
                    list.total,
                    list.pairs.len()
                );
            }
            Ok(())
        }
        People::Merge {
            keep,
            merge: other,
            take,
            by,
        } => {
            let keep = person_id(&keep)?;
            let other = person_id(&other)?;
            let merged_by = who(by);
            let request = MergeRequest {
                keep,
                merge: other,
                take_from_merged: take.into_iter().map(merge_field).collect(),
                merged_by,
            };
            let kept = merge::merge(&mut db, &request, Utc::now())?;
            say!("{}", kept.id);
            eprintln!(
                "Merged the other record into {} ({})",
                kept.display_name(),
                kept.id
            );
            Ok(())
        }
    }
}

/// A likeness as a CSV cell says it: "same phone +16175550143".
fn said(likeness: &Likeness) -> String {
    match likeness {
        Likeness::SameEmail { email } => format!("same email {email}"),
        Likeness::SamePhone { phone } => format!("same phone {phone}"),
        Likeness::SameNameAndAddress { name, street } => {
            format!("same name and address {name}, {street}")
        }
    }
}

fn person_id(text: &str) -> Result<PersonId, Failure> {
    parse_id(text, "a person", "people search NAME").map(PersonId)
}

fn merge_field(field: MergeFieldArg) -> MergeField {
    match field {
        MergeFieldArg::Name => MergeField::Name,
        MergeFieldArg::Pronouns => MergeField::Pronouns,
        MergeFieldArg::Address => MergeField::Address,
        MergeFieldArg::PreferredLanguage => MergeField::PreferredLanguage,
        MergeFieldArg::Union => MergeField::Union,
        MergeFieldArg::Workplace => MergeField::Workplace,
        MergeFieldArg::AccessNeeds => MergeField::AccessNeeds,
        MergeFieldArg::Responsibilities => MergeField::Responsibilities,
        MergeFieldArg::Membership => MergeField::Membership,
        MergeFieldArg::LadderLevel => MergeField::LadderLevel,
    }
}

fn print_report(r: &ImportReport) -> Result<(), Failure> {
    say!(
        "{} rows: {} created, {} updated, {} unchanged",
        r.rows,
        r.created,
        r.updated,
        r.unchanged
    );
    say!("read as a {} ({})", r.format.label(), r.read_as);
    match r.folded {
        0 => {}
        1 => say!("1 row was the same person as an earlier row and was folded into it"),
        n => say!("{n} rows were the same person as an earlier row and were folded into it"),
    }
    if !r.skipped.is_empty() {
        say!("left out ({}):", r.skipped.len());
        for why in &r.skipped {
            say!("  {why}");
        }
    }
    if !r.lapsed.is_empty() {
        say!(
            "lapsed since the last list ({}): {}",
            r.lapsed.len(),
            r.lapsed.join(", ")
        );
    }
    if !r.renewed.is_empty() {
        say!(
            "renewed since the last list ({}): {}",
            r.renewed.len(),
            r.renewed.join(", ")
        );
    }
    if !r.unknown_columns.is_empty() {
        say!("columns not read: {}", r.unknown_columns.join(", "));
    }
    Ok(())
}

pub fn import(db_path: &Path, file: &Path, format: ImportFormat) -> Result<(), Failure> {
    let chapter = RefCell::new(open(db_path)?);
    // Whatever stops an import (a problem with the file, a row, or the database), nothing of
    // the file is kept: the merge is one transaction.
    let failed = |e: workflows::Error| {
        let told = match &e {
            // A problem with the whole file names it already.
            workflows::Error::Core(CoreError::InvalidFile { .. }) => {
                format!("{e}; nothing was imported")
            }
            _ => format!("{}: {e}; nothing was imported", file.display()),
        };
        Failure::from(e).told(told)
    };
    let report = with_progress(|job| {
        lists::import_file(&chapter, file, format.list_format(), job, Utc::now()).map_err(failed)
    })?;
    print_report(&report)
}

pub fn export(db_path: &Path, format: PeopleFormat, out: Option<PathBuf>) -> Result<(), Failure> {
    let chapter = RefCell::new(open(db_path)?);
    let mut stdout = std::io::stdout();
    let to = match &out {
        Some(path) => ExportTo::File(path),
        None => ExportTo::Stream(&mut stdout),
    };
    let file = lists::export_people(&chapter, format.into(), to)?;
    // The summary goes to standard error so standard output stays the file itself.
    let to = out
        .as_ref()
        .map(|p| format!(" to {}", p.display()))
        .unwrap_or_default();
    eprintln!("Exported {} people{to}", file.rows);
    for left in file.left_out {
        eprintln!("Left out {} {}", left.count, left.why);
    }
    Ok(())
}
