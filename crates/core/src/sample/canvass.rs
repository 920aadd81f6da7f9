//! An invented canvass for the sample chapter: the sample people's doors (and their
//! neighbours' from an invented voter file), cut into turfs, with results entered on the first
//! turf, so the walk sheets, the entry and the summary have something to show.

use chrono::{DateTime, Duration, Utc};

use crate::canvass::people_at::doors_from_people;
use crate::canvass::results::{self, DoorResult, ResultInput};
use crate::canvass::{canvasses, doors_file, turfs, CanvassInput, CutInput};
use crate::db::Database;
use crate::interop::table::Table;
use crate::Result;

/// Neighbours of the sample people on Elm Street, as a voter file would list them.
const NEIGHBOURS: &str =
    "Voter File VANID\tFirstName\tLastName\tAddress\tCity\tState\tZip5\tLanguage\n\
90001\tGloria\tSantos\t101 Elm St\tChicago\tIL\t60608\tSpanish\n\
90002\tErnesto\tSantos\t101 Elm St\tChicago\tIL\t60608\tSpanish\n\
90003\tPatrice\tWilliams\t102 Elm St Apt 1\tChicago\tIL\t60608\t\n\
90004\tMinh\tNguyen\t102 Elm St Apt 2\tChicago\tIL\t60608\tVietnamese\n\
90005\tDarnell\tHayes\t102 Elm St Apt 3\tChicago\tIL\t60608\t\n\
90006\tTeresa\tMolina\t103 Elm St\tChicago\tIL\t60608\tSpanish\n\
90007\tAbdul\tRahman\t104 Elm St\tChicago\tIL\t60608\t\n\
90008\tLinda\tKowalski\t105 Elm St\tChicago\tIL\t60608\t\n\
90009\tJorge\tPeña\t106 Elm St\tChicago\tIL\t60608\tSpanish\n\
90010\tAisha\tBello\t107 Elm St\tChicago\tIL\t60608\t\n\
90011\tSam\tOduya\t108 Elm St\tChicago\tIL\t60608\t\n\
90012\tRocío\tFlores\t109 Elm St\tChicago\tIL\t60608\tSpanish\n";

pub fn add(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    doors_from_people(db, now)?;
    let table = Table::from_bytes("neighbours.txt", NEIGHBOURS.as_bytes().to_vec())?;
    doors_file::import_table(db, &table, now)?;
    db.write(|tx| {
        tx.execute("UPDATE door SET is_sample = 1", [])?;
        Ok(())
    })?;
    let canvass = canvasses::create(
        db,
        &CanvassInput {
            name: "Elm Street doors (sample)".into(),
            held_on: (now - Duration::days(2)).date_naive(),
            script: Some(
                "Hi, I'm with the Riverside tenant union, your neighbours. We're asking people on the block what's hardest about living here right now. Do you have two minutes?"
                    .into(),
            ),
            literature: Some("Flyers for the next tenant union meeting, sign-up sheets, pens".into()),
            // The sample assessment's "top three" question is asked at the doors.
            assessment: crate::needs::assessment::list(db.conn())?
                .first()
                .map(|a| a.id),
        },
        true,
        now,
    )?;
    turfs::cut(
        db,
        canvass,
        &CutInput {
            doors_per_turf: 12,
            zip: Some("60608".into()),
            street: None,
            doors: Vec::new(),
        },
        now,
    )?;
    let Some(first_turf) = turfs::list(db.conn(), canvass)?.first().map(|t| t.id) else {
        return Ok(());
    };
    let first: Vec<_> = results::list(db.conn(), canvass)?
        .into_iter()
        .filter(|d| d.turf_id == first_turf)
        .collect();
    let entered: [(DoorResult, Option<&str>, bool, &[&str]); 6] = [
        (
            DoorResult::Talked,
            Some("Rent went up $150; would come to a meeting"),
            true,
            &["housing", "utilities"],
        ),
        (DoorResult::NotHome, None, false, &[]),
        (
            DoorResult::Talked,
            Some("Mold in the bathroom, landlord won't answer"),
            false,
            &["housing", "health", "care"],
        ),
        (DoorResult::Refused, None, false, &[]),
        (
            DoorResult::ComeBack,
            Some("Come back Saturday morning"),
            false,
            &[],
        ),
        (DoorResult::NotHome, None, false, &[]),
    ];
    for (door, (result, notes, wants_involved, needs)) in first.iter().zip(entered) {
        results::record(
            db,
            canvass,
            door.door,
            &ResultInput {
                result,
                resident: None,
                notes: notes.map(str::to_owned),
                wants_involved,
                needs: needs.iter().map(|n| n.to_string()).collect(),
            },
            now,
        )?;
    }
    Ok(())
}
