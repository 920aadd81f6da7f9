//! `orgs`, `ties` and `connections`: the directory of organizations, members' ties to them,
//! and the ranking those ties make. Kinds are written as they are typed ("tenant-association").

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::Utc;
use groundwork_core::connections::{self, tie, TieInput, TieRole};
use groundwork_core::ids::{OrgMergeId, OrganizationId, PersonId};
use groundwork_core::orgs::duplicates::{self as org_duplicates, OrgLikeness};
use groundwork_core::orgs::merge as org_merge;
use groundwork_core::orgs::store::{self, NewOrg};
use groundwork_core::orgs::transfer::{self, kind_word, relationship_word, OrgFormat};
use groundwork_core::orgs::{OrgInput, OrgKind, Relationship};
use groundwork_core::settings::{self, PaperSize};
use groundwork_workflows::documents::connections_forms::{self, ConnectionsFormsRequest};
use groundwork_workflows::documents::starting_points::{self, StartingPointsRequest};
use groundwork_workflows::documents::SaveTo;
use groundwork_workflows::lists::ExportTo;
use groundwork_workflows::orgs as workflow;
use serde::Serialize;

use crate::args::{
    Connections, ExportFormat, LanguageChoice, OrgKindArg, Orgs, RelationshipArg, TieRoleArg, Ties,
};
use crate::chapter_file::{chapter_of, open};
use crate::choices::{parse_id, who};
use crate::failure::Failure;
use crate::output::{csv_out, say, with_progress};

fn kind(arg: OrgKindArg) -> OrgKind {
    match arg {
        OrgKindArg::Union => OrgKind::Union,
        OrgKindArg::Congregation => OrgKind::Congregation,
        OrgKindArg::School => OrgKind::School,
        OrgKindArg::TenantAssociation => OrgKind::TenantAssociation,
        OrgKindArg::NeighbourhoodAssociation => OrgKind::NeighbourhoodAssociation,
        OrgKindArg::CommunityGroup => OrgKind::CommunityGroup,
        OrgKindArg::MutualAid => OrgKind::MutualAid,
        OrgKindArg::Workplace => OrgKind::Workplace,
        OrgKindArg::BaseBuilding => OrgKind::BaseBuilding,
        OrgKindArg::ServiceProvider => OrgKind::ServiceProvider,
        OrgKindArg::Business => OrgKind::Business,
        OrgKindArg::Government => OrgKind::Government,
        OrgKindArg::ElectedOffice => OrgKind::ElectedOffice,
        OrgKindArg::Other => OrgKind::Other,
    }
}

fn relationship(arg: RelationshipArg) -> Relationship {
    match arg {
        RelationshipArg::Partner => Relationship::Partner,
        RelationshipArg::Ally => Relationship::Ally,
        RelationshipArg::Friendly => Relationship::Friendly,
        RelationshipArg::Unknown => Relationship::Unknown,
        RelationshipArg::Neutral => Relationship::Neutral,
        RelationshipArg::Opposed => Relationship::Opposed,
    }
}

fn role(arg: TieRoleArg) -> TieRole {
    match arg {
        TieRoleArg::Member => TieRole::Member,
        TieRoleArg::Active => TieRole::Active,
        TieRoleArg::Leader => TieRole::Leader,
        TieRoleArg::Staff => TieRole::Staff,
    }
}

/// One line of `orgs list`.
#[derive(Serialize)]
struct Listed {
    id: String,
    name: String,
    kind: String,
    relationship: String,
    area: String,
    ties: u32,
}

pub fn run_orgs(db_path: &Path, what: Orgs) -> Result<(), Failure> {
    match what {
        Orgs::Add {
            name,
            kind: kind_arg,
            relationship: relationship_arg,
            area,
            by,
        } => {
            let mut db = open(db_path)?;
            let mut input = OrgInput::named(&name, kind(kind_arg));
            input.area = area;
            let who = who(by);
            let org = store::create(
                &mut db,
                NewOrg {
                    input,
                    relationship: relationship(relationship_arg),
                    added_by: &who,
                    is_sample: false,
                },
                Utc::now(),
            )?;
            say!("{}", org.id);
        }
        Orgs::List { format } => {
            let db = open(db_path)?;
            let listed: Vec<Listed> = transfer::exported(db.conn())?
                .into_iter()
                .map(|o| Listed {
                    id: o.id,
                    name: o.name,
                    kind: o.kind,
                    relationship: o.relationship,
                    area: o.area,
                    ties: o.ties,
                })
                .collect();
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&listed)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record(["id", "name", "kind", "relationship", "area", "ties"])?;
                    for o in &listed {
                        w.write_record([
                            o.id.as_str(),
                            &o.name,
                            &o.kind,
                            &o.relationship,
                            &o.area,
                            &o.ties.to_string(),
                        ])?;
                    }
                    Ok(())
                })?,
            }
        }
        Orgs::Import { file, by } => import(db_path, &file, &who(by))?,
        Orgs::Export { format, out } => export(db_path, format, out)?,
        Orgs::Duplicates { format } => duplicates(db_path, format)?,
        Orgs::Merge { keep, merge, by } => {
            let mut db = open(db_path)?;
            let kept = OrganizationId(parse_id(&keep, "an organization", "orgs list")?);
            let merged = OrganizationId(parse_id(&merge, "an organization", "orgs list")?);
            org_merge::merge(&mut db, kept, merged, &who(by), Utc::now())?;
            let done = org_merge::into(db.conn(), kept)?;
            if let Some(newest) = done.first() {
                say!("{}", newest.id);
            }
        }
        Orgs::UndoMerge { merge_id } => {
            let mut db = open(db_path)?;
            let id = OrgMergeId(parse_id(&merge_id, "a merge", "orgs duplicates")?);
            let back = org_merge::undo(&mut db, id, Utc::now())?;
            say!("{}", back.id);
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct LikelyPair {
    a_id: String,
    a_name: String,
    b_id: String,
    b_name: String,
    evidence: Vec<&'static str>,
}

fn evidence(likeness: OrgLikeness) -> &'static str {
    match likeness {
        OrgLikeness::SameWords => "same-words",
        OrgLikeness::NameWithin => "name-within",
        OrgLikeness::SameWebsite => "same-website",
        OrgLikeness::SamePhone => "same-phone",
        OrgLikeness::SameEmail => "same-email",
    }
}

fn duplicates(db_path: &Path, format: ExportFormat) -> Result<(), Failure> {
    let db = open(db_path)?;
    let pairs: Vec<LikelyPair> = org_duplicates::find(db.conn())?
        .into_iter()
        .map(|p| LikelyPair {
            a_id: p.a.id.to_string(),
            a_name: p.a.name,
            b_id: p.b.id.to_string(),
            b_name: p.b.name,
            evidence: p.likeness.into_iter().map(evidence).collect(),
        })
        .collect();
    match format {
        ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&pairs)?),
        ExportFormat::Csv => csv_out(|w| {
            w.write_record(["a_id", "a_name", "b_id", "b_name", "evidence"])?;
            for p in &pairs {
                w.write_record([
                    &p.a_id,
                    &p.a_name,
                    &p.b_id,
                    &p.b_name,
                    &p.evidence.join("; "),
                ])?;
            }
            Ok(())
        })?,
    }
    Ok(())
}

fn import(db_path: &Path, file: &Path, by: &str) -> Result<(), Failure> {
    let chapter = RefCell::new(open(db_path)?);
    let report = workflow::import_file(&chapter, file, by, Utc::now()).map_err(|e| {
        let told = format!("{}: {e}; nothing was imported", file.display());
        Failure::from(e).told(told)
    })?;
    say!(
        "{} organizations added, {} already in the directory (read as {})",
        report.added,
        report.already_there,
        report.read_as
    );
    Ok(())
}

fn export(db_path: &Path, format: ExportFormat, out: Option<PathBuf>) -> Result<(), Failure> {
    let chapter = RefCell::new(open(db_path)?);
    let format = match format {
        ExportFormat::Json => OrgFormat::Json,
        ExportFormat::Csv => OrgFormat::Csv,
    };
    let mut stdout = std::io::stdout();
    let to = match &out {
        Some(path) => ExportTo::File(path),
        None => ExportTo::Stream(&mut stdout),
    };
    let file = workflow::export(&chapter, format, to)?;
    // The summary goes to standard error so standard output stays the file itself.
    let to = out
        .as_ref()
        .map(|p| format!(" to {}", p.display()))
        .unwrap_or_default();
    eprintln!("Exported {} organizations{to}", file.rows);
    Ok(())
}

pub fn run_ties(db_path: &Path, what: Ties) -> Result<(), Failure> {
    match what {
        Ties::Add {
            person,
            org,
            role: role_arg,
            strength,
            would_introduce,
            title,
        } => {
            let person = PersonId(parse_id(&person, "a person", "people search")?);
            let org = OrganizationId(parse_id(&org, "an organization", "orgs list")?);
            let strength = tie::checked_strength(strength)?;
            let mut db = open(db_path)?;
            let today = settings::today_of(&db, Utc::now());
            let tie = tie::set(
                &mut db,
                &TieInput {
                    person_id: person,
                    organization_id: org,
                    role: role(role_arg),
                    title,
                    strength,
                    would_introduce,
                },
                today,
                Utc::now(),
            )?;
            say!("{}", tie.id);
        }
    }
    Ok(())
}

/// One line of `connections ranking`.
#[derive(Serialize)]
struct Ranked {
    id: String,
    name: String,
    kind: String,
    relationship: String,
    members: u32,
    strength: u32,
    would_introduce: u32,
    rank: u32,
}

pub fn run_connections(db_path: &Path, what: Connections) -> Result<(), Failure> {
    let db = open(db_path)?;
    match what {
        Connections::Ranking { format } => {
            let ranked: Vec<Ranked> = connections::ranking(db.conn())?
                .into_iter()
                .map(|r| Ranked {
                    id: r.id.to_string(),
                    name: r.name,
                    kind: kind_word(r.kind),
                    relationship: relationship_word(r.relationship),
                    members: r.members,
                    strength: r.strength,
                    would_introduce: r.would_introduce,
                    rank: r.rank,
                })
                .collect();
            match format {
                ExportFormat::Json => say!("{}", serde_json::to_string_pretty(&ranked)?),
                ExportFormat::Csv => csv_out(|w| {
                    w.write_record([
                        "rank",
                        "id",
                        "name",
                        "kind",
                        "relationship",
                        "members",
                        "strength",
                        "would_introduce",
                    ])?;
                    for r in &ranked {
                        w.write_record([
                            r.rank.to_string(),
                            r.id.clone(),
                            r.name.clone(),
                            r.kind.clone(),
                            r.relationship.clone(),
                            r.members.to_string(),
                            r.strength.to_string(),
                            r.would_introduce.to_string(),
                        ])?;
                    }
                    Ok(())
                })?,
            }
        }
    }
    Ok(())
}

/// The survey language codes a `--lang` choice names: "en+es" is both.
fn survey_languages(lang: Option<LanguageChoice>) -> Vec<String> {
    match lang {
        None => Vec::new(),
        Some(LanguageChoice::En) => vec!["en".into()],
        Some(LanguageChoice::Es) => vec!["es".into()],
        Some(LanguageChoice::EnEs) => vec!["en".into(), "es".into()],
    }
}

/// `print connections-form`: the next `count` numbered forms.
pub fn print_forms(
    db_path: &Path,
    count: u32,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = ConnectionsFormsRequest {
        count,
        languages: survey_languages(lang),
        paper,
    };
    let chapter = RefCell::new(db);
    let printed = with_progress(|job| {
        connections_forms::print(&chapter, &request, SaveTo::File(out), job, Utc::now())
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

/// `print starting-points`: the report for the chapter meeting.
pub fn print_starting_points(
    db_path: &Path,
    out: &Path,
    lang: Option<groundwork_core::settings::LanguageChoice>,
    paper: Option<PaperSize>,
) -> Result<(), Failure> {
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = StartingPointsRequest { lang, paper };
    let printed =
        starting_points::print(&RefCell::new(db), &request, SaveTo::File(out), Utc::now())?;
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}
