//! Entering and tallying needs-assessment forms at scale: 5,000 forms entered one by one (each
//! its own transaction, as at the keyboard), then the ranking overall and by area.
//! `cargo run --release -p groundwork-core --example needs_bench -- DB.sqlite`

use std::time::Instant;

use chrono::Utc;
use groundwork_core::db::Database;
use groundwork_core::needs::assessment::{self, AreaKind, AssessmentInput};
use groundwork_core::needs::ranking::{self, Breakdown};
use groundwork_core::needs::response::{self, Answer, AnswerValue, ResponseInput};
use groundwork_core::needs::survey;

const FORMS: u32 = 5_000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .expect("usage: needs_bench DB.sqlite");
    let mut db = Database::open(std::path::Path::new(&path), Utc::now())?;
    let areas = ["Eastside", "Riverbend", "Mill Hill", "Old Town"];
    let input = AssessmentInput {
        name: "Benchmark assessment".into(),
        area_kind: AreaKind::Neighbourhoods,
        areas: areas.iter().map(|a| (*a).to_owned()).collect(),
        starts_on: None,
        ends_on: None,
        methods: Vec::new(),
        languages: vec!["en".into(), "es".into()],
    };
    let a = assessment::create(&mut db, &input, false, Utc::now())?;
    assessment::number_forms(&mut db, a.id, FORMS, Utc::now())?;
    let survey = assessment::survey(db.conn(), a.id)?;
    let start = Instant::now();
    for serial in 1..=FORMS {
        let mut answers = Vec::new();
        for (i, domain) in survey.domains.iter().enumerate() {
            let n = ((serial as usize * 7 + i * 3) % 5 + 1) as u8;
            answers.push(Answer {
                question: domain.questions[0].key.clone(),
                value: AnswerValue::Scale(n),
            });
        }
        let top: Vec<String> = (0..3)
            .map(|k| {
                survey.domains[(serial as usize + k * 4) % survey.domains.len()]
                    .key
                    .clone()
            })
            .collect();
        answers.push(Answer {
            question: survey::TOP_THREE.into(),
            value: AnswerValue::Choices(top),
        });
        let form = ResponseInput {
            form: serial.to_string(),
            area: Some(areas[serial as usize % areas.len()].into()),
            language: Some(if serial % 3 == 0 { "es" } else { "en" }.into()),
            answers,
            entered_by: "Bench".into(),
            ..Default::default()
        };
        response::enter(&mut db, a.id, &form, Utc::now())?;
    }
    let entered = start.elapsed().as_secs_f64();
    let start = Instant::now();
    let overall = ranking::overall(db.conn(), a.id, "en")?;
    let by_area = ranking::by(db.conn(), a.id, "en", Breakdown::Area)?;
    let tallied = start.elapsed().as_secs_f64();
    println!(
        "{FORMS} forms entered one by one in {entered:.2} s ({:.2} ms each); ranking overall and by {} areas in {:.0} ms (top need: {})",
        entered * 1000.0 / f64::from(FORMS),
        by_area.len(),
        tallied * 1000.0,
        overall.needs[0].key
    );
    Ok(())
}
