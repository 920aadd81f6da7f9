//! An assessment: where and when the chapter asks its neighbours what they need, how, and in
//! which languages, with the survey it asks.

use std::ops::RangeInclusive;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::survey::Survey;
use crate::db::codes::{column, to_code};
use crate::db::{timestamp, Database};
use crate::ids::AssessmentId;
use crate::msg;
use crate::numbered::{self, Counter};
use crate::{CoreError, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    Neighbourhoods,
    ZipCodes,
    Turfs,
}

/// How answers are gathered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Method {
    DoorToDoor,
    Tabling,
    ListeningSession,
    CommunityMeeting,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct AssessmentInput {
    pub name: String,
    pub area_kind: AreaKind,
    /// The neighbourhoods, ZIP codes or turfs covered.
    pub areas: Vec<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub methods: Vec<Method>,
    /// Language codes the survey runs in; English and Spanish come translated.
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Assessment {
    pub id: AssessmentId,
    pub name: String,
    /// Printed before every form number: "K7QF-0042".
    pub code: String,
    pub area_kind: AreaKind,
    pub areas: Vec<String>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub methods: Vec<Method>,
    pub languages: Vec<String>,
    /// Numbered forms printed so far (1 to this).
    pub forms_printed: u32,
    /// Forms entered so far.
    pub responses: u32,
    pub is_sample: bool,
}

fn checked(input: &AssessmentInput) -> Result<(String, Vec<String>)> {
    let name = input.name.trim().to_owned();
    if name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("assessment-name-missing")).at("name"),
        );
    }
    if let (Some(start), Some(end)) = (input.starts_on, input.ends_on) {
        if end < start {
            return Err(CoreError::invalid(
                msg!("field-end"),
                msg!("assessment-ends-before-start"),
            )
            .at("ends_on"));
        }
    }
    let mut areas: Vec<String> = Vec::new();
    for area in &input.areas {
        let area = area.trim();
        if !area.is_empty() && !areas.iter().any(|a| a.eq_ignore_ascii_case(area)) {
            areas.push(area.to_owned());
        }
    }
    Ok((name, areas))
}

/// A new assessment with the built-in survey in the languages asked for (English if none).
pub fn create(
    db: &mut Database,
    input: &AssessmentInput,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<Assessment> {
    let (name, areas) = checked(input)?;
    let mut survey = Survey::template();
    let wanted: Vec<String> = if input.languages.is_empty() {
        vec!["en".to_owned()]
    } else {
        input.languages.clone()
    };
    survey.languages.clear();
    for lang in &wanted {
        survey.add_language(lang).map_err(|e| e.at("languages"))?;
    }
    let id = AssessmentId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let mut code = numbered::new_code();
        while tx
            .prepare_cached("SELECT 1 FROM assessment WHERE code = ?1")?
            .query_row(params![code], |_| Ok(()))
            .optional()?
            .is_some()
        {
            code = numbered::new_code();
        }
        tx.prepare_cached(
            "INSERT INTO assessment (id, name, code, area_kind, areas, starts_on, ends_on, methods,
                 survey, is_sample, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
        )?
        .execute(params![
            id,
            name,
            code,
            to_code(&input.area_kind),
            json(&areas),
            input.starts_on.map(|d| d.to_string()),
            input.ends_on.map(|d| d.to_string()),
            json(&input.methods),
            json(&survey),
            is_sample,
            at
        ])?;
        Ok(())
    })?;
    get(db.conn(), id)
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data serializes")
}

const COLUMNS: &str = "a.id, a.name, a.code, a.area_kind, a.areas, a.starts_on, a.ends_on,
    a.methods, json_extract(a.survey, '$.languages'), a.forms_printed,
    (SELECT count(*) FROM needs_response r WHERE r.assessment_id = a.id), a.is_sample";

/// A JSON column as the type it holds.
fn decode<T: serde::de::DeserializeOwned>(r: &Row<'_>, i: usize) -> rusqlite::Result<T> {
    let text: String = r.get(i)?;
    serde_json::from_str(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
    })
}

fn from_row(r: &Row<'_>) -> rusqlite::Result<Assessment> {
    let date = |i: usize| -> rusqlite::Result<Option<NaiveDate>> {
        let text: Option<String> = r.get(i)?;
        text.map(|t| {
            t.parse().map_err(|e: chrono::ParseError| {
                rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, e.into())
            })
        })
        .transpose()
    };
    Ok(Assessment {
        id: r.get(0)?,
        name: r.get(1)?,
        code: r.get(2)?,
        area_kind: column(r.get(3)?)?,
        areas: decode(r, 4)?,
        starts_on: date(5)?,
        ends_on: date(6)?,
        methods: decode(r, 7)?,
        languages: decode(r, 8)?,
        forms_printed: r.get(9)?,
        responses: r.get(10)?,
        is_sample: r.get(11)?,
    })
}

/// Every assessment, the newest first.
pub fn list(conn: &Connection) -> Result<Vec<Assessment>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessment a ORDER BY a.created_at DESC, a.id DESC"
    ))?;
    let rows = stmt.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn get(conn: &Connection, id: AssessmentId) -> Result<Assessment> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM assessment a WHERE a.id = ?1"
    ))?
    .query_row(params![id], from_row)
    .optional()?
    .ok_or_else(|| CoreError::NotFound {
        what: msg!("thing-assessment", id = id.to_string()),
    })
}

/// The assessment whose forms carry `code`.
pub fn by_code(conn: &Connection, code: &str) -> Result<Option<Assessment>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM assessment a WHERE a.code = ?1"
        ))?
        .query_row(params![code.to_ascii_uppercase()], from_row)
        .optional()?)
}

pub fn survey(conn: &Connection, id: AssessmentId) -> Result<Survey> {
    let text: String = conn
        .prepare_cached("SELECT survey FROM assessment WHERE id = ?1")?
        .query_row(params![id], |r| r.get(0))
        .optional()?
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-assessment", id = id.to_string()),
        })?;
    serde_json::from_str(&text).map_err(|e| {
        CoreError::invalid(
            msg!("field-survey"),
            msg!("survey-unreadable", problem = e.to_string()),
        )
    })
}

/// Saves an edited survey. A question or choice that already has answers cannot be taken
/// away (the answers would lose their meaning); the message says which and how many.
pub fn save_survey(
    db: &mut Database,
    id: AssessmentId,
    survey: &Survey,
    now: DateTime<Utc>,
) -> Result<()> {
    survey.check()?;
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let mut stmt = tx.prepare_cached(
            "SELECT n.question_key, n.value, count(*) FROM needs_answer n
             JOIN needs_response r ON r.id = n.response_id
             WHERE r.assessment_id = ?1 GROUP BY n.question_key, n.value",
        )?;
        let answered = stmt.query_map(params![id], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, u32>(2)?,
            ))
        })?;
        for row in answered {
            let (key, value, count) = row?;
            let Some(question) = survey.question(&key) else {
                return Err(CoreError::invalid(
                    msg!("field-survey"),
                    msg!("survey-question-answered", question = key, count = count),
                ));
            };
            if question.kind.has_choices() && !question.choices.iter().any(|c| c.key == value) {
                return Err(CoreError::invalid(
                    msg!("field-survey"),
                    msg!(
                        "survey-choice-picked",
                        choice = value,
                        question = key,
                        count = count
                    ),
                ));
            }
        }
        let changed = tx
            .prepare_cached("UPDATE assessment SET survey = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, json(survey), at])?;
        if changed == 0 {
            return Err(CoreError::NotFound {
                what: msg!("thing-assessment", id = id.to_string()),
            });
        }
        Ok(())
    })
}

/// Where an assessment counts the numbered forms printed for it.
const PRINTED: Counter = Counter {
    table: "assessment",
    column: "forms_printed",
    what: |id| msg!("thing-assessment", id = id),
};

/// Numbers the next `count` forms (for printing): the first and last serial of the batch.
/// Numbers are never handed out twice, so two printed batches never share a form number.
pub fn number_forms(
    db: &mut Database,
    id: AssessmentId,
    count: u32,
    now: DateTime<Utc>,
) -> Result<(u32, u32)> {
    numbered::check_batch(count)?;
    numbered::claim(db, PRINTED, &id, None, count, now)
}

/// Takes the numbers of a batch already printed with `serials`, once its PDF is written
/// ([`numbered::claim`]): if another batch took them meanwhile, nothing is taken.
pub fn number_printed(
    db: &mut Database,
    id: AssessmentId,
    serials: RangeInclusive<u32>,
    now: DateTime<Utc>,
) -> Result<()> {
    numbered::claim_printed(db, PRINTED, &id, serials, now)
}
