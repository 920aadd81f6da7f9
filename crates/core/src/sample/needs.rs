//! The sample chapter's needs assessment: a few hundred invented forms from three
//! neighbourhoods, so a newcomer sees a ranking, its charts and its breakdowns at once.
//!
//! Answers come from a fixed pseudo-random sequence, shaped so each neighbourhood has its own
//! story: rent and repairs in Eastside, shut-offs and food in Riverbend, work and transport in
//! Mill Hill, with immigration weighing more on forms filled in Spanish.

use chrono::{DateTime, Utc};

use crate::db::Database;
use crate::needs::assessment::{self, AreaKind, AssessmentInput, Method};
use crate::needs::programs::{self, CandidateInput, Scores};
use crate::needs::response::{self, Answer, AnswerValue, ResponseInput};
use crate::needs::survey::{self, QuestionKind, Survey};
use crate::Result;

const FORMS: u32 = 300;
const ENTERED: u32 = 264;
const AREAS: [&str; 3] = ["Eastside", "Riverbend", "Mill Hill"];
/// Invented respondents who asked to be contacted: every 29th form, nine of those entered.
/// Names of their own, so they do not read as duplicates of the sample's people.
const RESPONDENTS: [(&str, &str); 9] = [
    ("Graciela", "Montoya"),
    ("Terrence", "Boyd"),
    ("Ngozi", "Eze"),
    ("Paulina", "Ortega"),
    ("Vernon", "Mitchell"),
    ("Thu", "Phạm"),
    ("Rashida", "Coleman"),
    ("Efraín", "Salinas"),
    ("Bernadette", "Kowalski"),
];

/// A small, fixed sequence: the same sample on every machine.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as u32
    }

    /// 0 to n - 1.
    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }
}

/// How hard each need tends to be in an area (1–5, before chance), by domain key.
fn leaning(area: &str, domain: &str, spanish: bool) -> i32 {
    let base = match (area, domain) {
        ("Eastside", "housing") => 4,
        ("Eastside", "health") => 3,
        ("Riverbend", "utilities") => 4,
        ("Riverbend", "food") => 4,
        ("Mill Hill", "work") => 4,
        ("Mill Hill", "transport") => 4,
        (_, "care") => 3,
        (_, "housing") => 3,
        (_, "environment" | "schools" | "access") => 1,
        _ => 2,
    };
    base + i32::from(spanish && domain == "immigration") * 2
}

fn form(survey: &Survey, serial: u32, seq: &mut Sequence) -> ResponseInput {
    let area = AREAS[seq.below(3) as usize];
    let spanish = seq.below(100) < 45;
    let mut answers = Vec::new();
    let mut felt: Vec<(i32, String)> = Vec::new();
    for domain in &survey.domains {
        // Some forms are partial: a need left blank now and then.
        if seq.below(100) < 8 {
            continue;
        }
        let severity = (leaning(area, &domain.key, spanish) + seq.below(3) as i32 - 1).clamp(1, 5);
        felt.push((severity * 10 + seq.below(10) as i32, domain.key.clone()));
        for question in &domain.questions {
            let value = match question.kind {
                QuestionKind::Scale => AnswerValue::Scale(severity as u8),
                QuestionKind::Multiple if severity >= 3 => {
                    let pick = seq.below(question.choices.len() as u32) as usize;
                    AnswerValue::Choices(vec![question.choices[pick].key.clone()])
                }
                QuestionKind::Single => {
                    let pick = seq.below(question.choices.len() as u32) as usize;
                    AnswerValue::Choice(question.choices[pick].key.clone())
                }
                QuestionKind::YesNo => AnswerValue::YesNo(severity >= 4),
                _ => continue,
            };
            answers.push(Answer {
                question: question.key.clone(),
                value,
            });
        }
    }
    felt.sort_by(|a, b| b.cmp(a));
    answers.push(Answer {
        question: survey::TOP_THREE.into(),
        value: AnswerValue::Choices(felt.iter().take(3).map(|(_, k)| k.clone()).collect()),
    });
    answers.push(Answer {
        question: "household_size".into(),
        value: AnswerValue::Number(1 + seq.below(6)),
    });
    answers.push(Answer {
        question: survey::LANGUAGE.into(),
        value: AnswerValue::Choice(if spanish { "es" } else { "en" }.into()),
    });
    answers.push(Answer {
        question: survey::COME_TO_MEETING.into(),
        value: AnswerValue::YesNo(seq.below(100) < 38),
    });
    // A few asked to be contacted, with invented names and example.org addresses.
    let respondent = serial
        .is_multiple_of(29)
        .then(|| RESPONDENTS[(serial / 29 - 1) as usize % RESPONDENTS.len()]);
    let wants_contact = respondent.is_some();
    ResponseInput {
        form: serial.to_string(),
        area: Some(area.into()),
        language: Some(if spanish { "es" } else { "en" }.into()),
        method: Some(if serial.is_multiple_of(3) {
            Method::Tabling
        } else {
            Method::DoorToDoor
        }),
        answers,
        consent: wants_contact,
        contact_name: respondent.map(|(first, last)| format!("{first} {last}")),
        contact_email: respondent.map(|(first, last)| {
            format!("{}.{}@example.org", ascii_lower(first), ascii_lower(last))
        }),
        wants_contact,
        entered_by: "Sample organizer".into(),
        ..Default::default()
    }
}

/// "Efraín" -> "efrain", "Phạm" -> "pham": an invented address that reads plainly.
fn ascii_lower(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'ạ' => 'a',
            'í' => 'i',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

pub fn add(db: &mut Database, now: DateTime<Utc>) -> Result<()> {
    let today = now.date_naive();
    let input = AssessmentInput {
        name: "Neighbourhood needs 2026 (sample)".into(),
        area_kind: AreaKind::Neighbourhoods,
        areas: AREAS.iter().map(|a| (*a).to_owned()).collect(),
        starts_on: today.checked_sub_days(chrono::Days::new(60)),
        ends_on: today.checked_add_days(chrono::Days::new(30)),
        methods: vec![Method::DoorToDoor, Method::Tabling],
        languages: vec!["en".into(), "es".into()],
    };
    let created = assessment::create(db, &input, true, now)?;
    assessment::number_forms(db, created.id, FORMS, now)?;
    let survey = assessment::survey(db.conn(), created.id)?;
    let mut seq = Sequence(2026);
    for serial in 1..=ENTERED {
        response::enter(db, created.id, &form(&survey, serial, &mut seq), now)?;
    }
    // The chapter has talked it over: a tenant union is on the shortlist.
    let tenants = programs::candidates(db.conn(), created.id)?
        .into_iter()
        .find(|c| c.program.name == "Tenant union");
    if let Some(tenants) = tenants {
        let scored = CandidateInput {
            program_id: tenants.program.id,
            scores: Scores {
                widely_felt: None,
                deeply_felt: None,
                winnable: Some(4),
                builds_base: Some(5),
                resources: Some(4),
                partners: Some(3),
            },
            notes: Some("Two buildings on Elm St already meet about repairs.".into()),
            shortlisted: true,
        };
        let program_id = scored.program_id.clone();
        programs::score(db, created.id, &scored, now)?;
        // ... and made it the project the sample campaign grows out of.
        programs::make_project(
            db,
            created.id,
            &program_id,
            "Eastside tenant union",
            true,
            now,
        )?;
    }
    Ok(())
}
