//! `canvass` and `print walk-sheets`: doors from voter files and the people records, canvasses
//! cut into turfs in walking order, and what happened at each door. The subcommands' arguments
//! live here rather than in `args.rs`, which holds the older areas'.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, Utc};
use clap::{Subcommand, ValueEnum};
use groundwork_core::canvass::people_at::doors_from_people;
use groundwork_core::canvass::{
    canvasses, door_list, door_survey, door_typed, doors_file, going_back, results, summary, turfs,
    CanvassDoor, CanvassInput, CutInput, DoorResult, ResultInput,
};
use groundwork_core::ids::{AssessmentId, CanvassId, DoorId};
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_workflows::documents::walk_sheets::{self, WalkSheetsRequest};
use groundwork_workflows::documents::SaveTo;
use serde::Serialize;

use crate::chapter_file::{chapter_of, open};
use crate::choices::parse_id;
use crate::failure::Failure;
use crate::output::say;

#[derive(Subcommand)]
pub enum Canvass {
    /// The doors the chapter may knock.
    Doors {
        #[command(subcommand)]
        what: Doors,
    },
    /// Start a canvass; prints its id.
    New {
        #[arg(long)]
        name: String,
        /// The day (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        on: String,
        /// The short script printed on each walk sheet.
        #[arg(long)]
        script: Option<String>,
        /// What to bring to the doors.
        #[arg(long)]
        literature: Option<String>,
        /// The needs assessment whose "top three" question is asked at the doors.
        #[arg(long, value_name = "ASSESSMENT")]
        survey: Option<String>,
    },
    /// Take a needs assessment's survey to the canvass's doors, or stop (--clear).
    Survey {
        #[arg(long)]
        canvass: String,
        #[arg(long, required_unless_present = "clear")]
        assessment: Option<String>,
        #[arg(long, conflicts_with = "assessment")]
        clear: bool,
    },
    /// The doors to go back to ("come back", and someone wants to get involved), as JSON.
    GoBack {
        #[arg(long)]
        canvass: String,
    },
    /// Someone went back to a door: it leaves the list.
    WentBack {
        #[arg(long)]
        canvass: String,
        /// The turf's number on the sheet ("3" for T3).
        #[arg(long)]
        turf: u32,
        #[arg(long)]
        order: u32,
    },
    /// Every canvass, the latest first.
    List,
    /// Cut the canvass's doors into turfs of about N doors, each in walking order; prints the
    /// turfs made (their id, name and doors).
    Turfs {
        #[arg(long)]
        canvass: String,
        #[arg(long, value_name = "N")]
        doors_per_turf: u32,
        /// Only doors in this ZIP code.
        #[arg(long, value_name = "Z")]
        zip: Option<String>,
        /// Only doors on this street.
        #[arg(long)]
        street: Option<String>,
        /// Only this door (its id from `canvass doors list`); give it once for each door picked.
        #[arg(long = "door", value_name = "ID")]
        doors: Vec<String>,
    },
    /// The canvass's doors, turf by turf in walking order, with their results (null until
    /// entered).
    Results {
        #[arg(long)]
        canvass: String,
        #[arg(long, value_enum, default_value_t = JsonOnly::Json)]
        format: JsonOnly,
    },
    /// Who walks a turf, and in which shift.
    Assign {
        #[arg(long)]
        canvass: String,
        /// The turf's number on the sheet ("3" for T3).
        #[arg(long)]
        turf: u32,
        /// The pair who walk it ("Ana Reyes, Luis Tran").
        #[arg(long)]
        canvassers: Option<String>,
        #[arg(long)]
        shift: Option<String>,
    },
    /// How the canvass went: doors knocked, conversations, contact rate, new contacts, per turf.
    Summary {
        #[arg(long)]
        canvass: String,
    },
    /// Enter what happened at a door, found by its turf and its place on the sheet.
    Record {
        #[arg(long)]
        canvass: String,
        /// The turf's number on the sheet ("3" for T3).
        #[arg(long)]
        turf: u32,
        /// The door's place in the turf's walk.
        #[arg(long)]
        order: u32,
        #[arg(long, value_enum)]
        result: ResultArg,
        #[arg(long)]
        notes: Option<String>,
        /// The needs named, by their numbers on the sheet or the survey's keys ("1,5" or
        /// "housing,food"); three at most.
        #[arg(long, value_delimiter = ',')]
        needs: Vec<String>,
        /// Someone at the door wants to get involved.
        #[arg(long)]
        involved: bool,
        /// Not home at every door of this door's building still without a result.
        #[arg(long, conflicts_with_all = ["notes", "needs", "involved"])]
        building: bool,
        /// Not home at every door of this door's block (its street, its hundred) still without
        /// a result.
        #[arg(long, conflicts_with_all = ["notes", "needs", "involved", "building"])]
        block: bool,
    },
}

#[derive(Subcommand)]
pub enum Doors {
    /// Doors from a VAN export (tab-delimited) or a voter file (CSV), columns found by name;
    /// prints how many doors and households it made.
    Import { file: PathBuf },
    /// Doors from the people records: everyone with a street address.
    FromPeople,
    /// A door typed in by hand, with who lives there (--name, once a person); prints the door's
    /// id and address.
    Add {
        /// As on an envelope: "183 Larch Ct Apt 2".
        #[arg(long)]
        address: String,
        #[arg(long)]
        zip: String,
        #[arg(long = "name", value_name = "NAME")]
        names: Vec<String>,
    },
    /// The chapter's doors whose number, street or ZIP code hold every word of --find, in
    /// house order, as JSON (`doors`, each with `id`, `address`, `zip`, `residents`; `total`).
    List {
        #[arg(long, default_value = "")]
        find: String,
        #[arg(long, default_value_t = 500)]
        limit: u32,
    },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum JsonOnly {
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ResultArg {
    NotHome,
    Talked,
    Refused,
    Moved,
    ComeBack,
    Inaccessible,
}

fn result_of(arg: ResultArg) -> DoorResult {
    match arg {
        ResultArg::NotHome => DoorResult::NotHome,
        ResultArg::Talked => DoorResult::Talked,
        ResultArg::Refused => DoorResult::Refused,
        ResultArg::Moved => DoorResult::Moved,
        ResultArg::ComeBack => DoorResult::ComeBack,
        ResultArg::Inaccessible => DoorResult::Inaccessible,
    }
}

fn canvass_id(text: &str) -> Result<CanvassId, Failure> {
    parse_id(text, "a canvass", "canvass list").map(CanvassId)
}

/// A door in `canvass results`.
#[derive(Serialize)]
struct DoorLine {
    turf: String,
    turf_id: String,
    order: u32,
    address: String,
    result: Option<DoorResult>,
    door: String,
    wants_involved: bool,
    needs: Vec<String>,
}

fn assessment_id(text: &str) -> Result<AssessmentId, Failure> {
    parse_id(text, "an assessment", "needs list").map(AssessmentId)
}

/// The door a sheet's turf number and row mean.
fn door_at(
    db: &groundwork_core::db::Database,
    canvass: CanvassId,
    turf: u32,
    order: u32,
) -> Result<CanvassDoor, Failure> {
    let turfs = turfs::list(db.conn(), canvass)?;
    let doors = results::list(db.conn(), canvass)?;
    turfs
        .iter()
        .find(|t| t.position == turf)
        .and_then(|t| {
            doors
                .into_iter()
                .find(|d| d.turf_id == t.id && d.order == order)
        })
        .ok_or_else(|| {
            Failure::bad_input(format!(
                "no door {order} on turf {turf}; see `groundwork-cli canvass results --canvass ID`"
            ))
        })
}

/// Needs as typed: their numbers on the sheet, or the survey's keys.
fn need_keys(
    db: &groundwork_core::db::Database,
    canvass: CanvassId,
    typed: &[String],
) -> Result<Vec<String>, Failure> {
    let typed: Vec<&str> = typed
        .iter()
        .map(|t| t.trim())
        .filter(|t| !t.is_empty())
        .collect();
    if typed.is_empty() {
        return Ok(Vec::new());
    }
    let asked = door_survey::of(db.conn(), canvass)?;
    typed
        .into_iter()
        .map(|t| match t.parse::<u32>() {
            Ok(number) => asked
                .as_ref()
                .and_then(|a| a.needs.iter().find(|n| n.number == number))
                .map(|n| n.key.clone())
                .ok_or_else(|| {
                    Failure::bad_input(format!(
                        "--needs: no need numbered {number} on this canvass's sheets"
                    ))
                }),
            Err(_) => Ok(t.to_owned()),
        })
        .collect()
}

pub fn run(db_path: &Path, what: Canvass) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    chapter_of(&db)?;
    let now = Utc::now();
    match what {
        Canvass::Doors {
            what: Doors::Import { file },
        } => {
            let made = doors_file::import(&mut db, &file, now)?;
            for why in &made.left_out {
                eprintln!("left out: {why}");
            }
            say!(
                "{} doors and {} households made ({} doors already known, {} people at them, {} rows left out)",
                made.doors,
                made.households,
                made.doors_known,
                made.residents,
                made.left_out.len()
            );
        }
        Canvass::Doors {
            what: Doors::List { find, limit },
        } => {
            let found = door_list::find(db.conn(), &find, limit)?;
            say!("{}", serde_json::to_string_pretty(&found)?);
        }
        Canvass::Doors {
            what:
                Doors::Add {
                    address,
                    zip,
                    names,
                },
        } => {
            let added = door_typed::add(
                &mut db,
                &door_typed::TypedDoor {
                    address,
                    zip,
                    residents: names,
                },
                now,
            )?;
            let known = if added.new { "" } else { " (already known)" };
            say!("{}\t{}{known}", added.door, added.address);
        }
        Canvass::Doors {
            what: Doors::FromPeople,
        } => {
            let made = doors_from_people(&mut db, now)?;
            say!(
                "{} doors made, {} people at them",
                made.doors,
                made.residents
            );
        }
        Canvass::New {
            name,
            on,
            script,
            literature,
            survey,
        } => {
            let held_on: NaiveDate = on.trim().parse().map_err(|_| {
                Failure::bad_input(format!("--on '{on}' is not a day (YYYY-MM-DD)"))
            })?;
            let input = CanvassInput {
                name,
                held_on,
                script,
                literature,
                assessment: survey.as_deref().map(assessment_id).transpose()?,
            };
            say!("{}", canvasses::create(&mut db, &input, false, now)?);
        }
        Canvass::Survey {
            canvass,
            assessment,
            clear: _,
        } => {
            let assessment = assessment.as_deref().map(assessment_id).transpose()?;
            let canvass = canvass_id(&canvass)?;
            canvasses::carry_survey(&mut db, canvass, assessment, now)?;
            match door_survey::of(db.conn(), canvass)? {
                Some(asked) => say!(
                    "the doors are asked the top three needs of \"{}\" ({} needs numbered on the sheets)",
                    asked.name,
                    asked.needs.len()
                ),
                None => say!("the canvass carries no survey"),
            }
        }
        Canvass::GoBack { canvass } => {
            let list = going_back::of(db.conn(), canvass_id(&canvass)?)?;
            say!("{}", serde_json::to_string_pretty(&list)?);
        }
        Canvass::WentBack {
            canvass,
            turf,
            order,
        } => {
            let canvass = canvass_id(&canvass)?;
            let door = door_at(&db, canvass, turf, order)?;
            going_back::gone_back(&mut db, canvass, door.door, now)?;
            say!("{}: gone back", door.address);
        }
        Canvass::List => {
            say!(
                "{}",
                serde_json::to_string_pretty(&canvasses::list(db.conn())?)?
            );
        }
        Canvass::Turfs {
            canvass,
            doors_per_turf,
            zip,
            street,
            doors,
        } => {
            let doors = doors
                .iter()
                .map(|d| parse_id(d, "a door", "canvass doors list").map(DoorId))
                .collect::<Result<Vec<_>, _>>()?;
            let made = turfs::cut(
                &mut db,
                canvass_id(&canvass)?,
                &CutInput {
                    doors_per_turf,
                    zip,
                    street,
                    doors,
                },
                now,
            )?;
            for turf in &made {
                say!("{}\t{}\t{} doors", turf.id, turf.name, turf.doors);
            }
        }
        Canvass::Results { canvass, format: _ } => {
            let lines: Vec<DoorLine> = results::list(db.conn(), canvass_id(&canvass)?)?
                .into_iter()
                .map(|d| DoorLine {
                    turf: d.turf,
                    turf_id: d.turf_id.to_string(),
                    order: d.order,
                    address: d.address,
                    result: d.result,
                    door: d.door.to_string(),
                    wants_involved: d.wants_involved,
                    needs: d.needs,
                })
                .collect();
            say!("{}", serde_json::to_string_pretty(&lines)?);
        }
        Canvass::Assign {
            canvass,
            turf,
            canvassers,
            shift,
        } => {
            let canvass = canvass_id(&canvass)?;
            let found = turfs::list(db.conn(), canvass)?
                .into_iter()
                .find(|t| t.position == turf)
                .ok_or_else(|| {
                    Failure::bad_input(format!(
                        "no turf {turf} in this canvass; see `groundwork-cli canvass results --canvass ID`"
                    ))
                })?;
            turfs::assign(&mut db, canvass, found.id, &canvassers, &shift)?;
            say!("T{turf} ({}): assigned", found.name);
        }
        Canvass::Summary { canvass } => {
            let s = summary::of(db.conn(), canvass_id(&canvass)?)?;
            say!("{}", serde_json::to_string_pretty(&s)?);
        }
        Canvass::Record {
            canvass,
            turf,
            order,
            result,
            notes,
            needs,
            involved,
            building,
            block,
        } => {
            let canvass = canvass_id(&canvass)?;
            let door = door_at(&db, canvass, turf, order)?;
            if building || block {
                let marked = if block {
                    results::not_home_block(&mut db, canvass, door.door, now)?
                } else {
                    results::not_home_building(&mut db, canvass, door.door, now)?
                };
                let doors = if marked == 1 { "door" } else { "doors" };
                let around = if block { "on the block of" } else { "at" };
                say!("{marked} {doors} {around} {} marked not home", door.address);
            } else {
                let needs = need_keys(&db, canvass, &needs)?;
                results::record(
                    &mut db,
                    canvass,
                    door.door,
                    &ResultInput {
                        result: result_of(result),
                        resident: None,
                        notes,
                        wants_involved: involved,
                        needs,
                    },
                    now,
                )?;
                say!("{}: entered", door.address);
            }
        }
    }
    Ok(())
}

/// `print walk-sheets` and `print canvass-summary --canvass ID --out FILE.pdf [--lang …]
/// [--paper …]` (`summary` true).
pub fn print_walk_sheets(
    db_path: &Path,
    canvass: &str,
    out: &Path,
    lang: Option<LanguageChoice>,
    paper: Option<PaperSize>,
    summary: bool,
) -> Result<(), Failure> {
    let canvass = canvass_id(canvass)?;
    let db = open(db_path)?;
    chapter_of(&db)?;
    let request = WalkSheetsRequest {
        canvass,
        lang,
        paper,
    };
    let chapter = RefCell::new(db);
    let printed = if summary {
        walk_sheets::print_summary(&chapter, &request, SaveTo::File(out), Utc::now())?
    } else {
        walk_sheets::print(&chapter, &request, SaveTo::File(out), Utc::now())?
    };
    let unit = if printed.pages == 1 { "page" } else { "pages" };
    say!("Wrote {} ({} {unit})", out.display(), printed.pages);
    Ok(())
}
