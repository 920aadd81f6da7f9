//! A needs assessment's survey taken to the doors. A door is no place for the whole form, so
//! a canvass asks its "top three" question: the walk sheet numbers the needs, the canvasser
//! writes up to three numbers, and each door's answers become one form of the assessment
//! (numbered after its printed forms, marked door to door and as coming from this canvass),
//! counted in its tallies like any other. "Wants to get involved" joins that form as the
//! survey's "would you come to a meeting" answer.

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use super::door_result::{DoorResult, ResultInput};
use crate::db::codes::to_code;
use crate::ids::{AssessmentId, CanvassId, DoorId, ResponseId};
use crate::needs::assessment::{self, AreaKind, Method};
use crate::needs::response::{check_value, AnswerValue};
use crate::needs::survey::{Question, Survey, Texts, COME_TO_MEETING, TOP_THREE};
use crate::{msg, CoreError, Result};

/// A need the sheet lists, by the number the canvasser writes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct NumberedNeed {
    /// From 1, in the survey's order.
    pub number: u32,
    /// The survey's choice key ("housing").
    pub key: String,
    pub text: Texts,
}

/// What a canvass asks at the doors, from its assessment's survey.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct DoorQuestions {
    pub assessment: AssessmentId,
    /// The assessment's name, as the canvass shows it.
    pub name: String,
    /// The "top three" question in each language.
    pub question: Texts,
    pub needs: Vec<NumberedNeed>,
    /// Whether the survey asks "would you come to a meeting" (ticked as "wants to get involved").
    pub asks_to_meet: bool,
}

fn top_three(survey: &Survey) -> Option<&Question> {
    survey.question(TOP_THREE).filter(|q| !q.choices.is_empty())
}

/// The questions the canvass takes to its doors; none when it carries no survey, or when the
/// survey has no "top three" question to ask.
pub fn of(conn: &Connection, canvass: CanvassId) -> Result<Option<DoorQuestions>> {
    let Some(id) = carried(conn, canvass)? else {
        return Ok(None);
    };
    let name = assessment::get(conn, id)?.name;
    let survey = assessment::survey(conn, id)?;
    Ok(top_three(&survey).map(|question| DoorQuestions {
        assessment: id,
        name,
        question: question.text.clone(),
        needs: question
            .choices
            .iter()
            .zip(1..)
            .map(|(choice, number)| NumberedNeed {
                number,
                key: choice.key.clone(),
                text: choice.text.clone(),
            })
            .collect(),
        asks_to_meet: survey.question(COME_TO_MEETING).is_some(),
    }))
}

fn carried(conn: &Connection, canvass: CanvassId) -> Result<Option<AssessmentId>> {
    Ok(conn
        .prepare_cached("SELECT assessment_id FROM canvass WHERE id = ?1")?
        .query_row(params![canvass], |r| r.get(0))
        .optional()?
        .flatten())
}

/// A door's needs as [`check`] passed them, for [`write`]: read once, outside the write.
pub(super) struct CheckedNeeds {
    assessment: AssessmentId,
    /// The choice keys, trimmed, each once, in order.
    keys: Vec<String>,
    /// The survey asks "would you come to a meeting", which "wants to get involved" answers.
    asks_to_meet: bool,
}

/// Checks the needs typed for a door before anything is written: a survey to answer, a
/// conversation to have answered it in, and choices of its question (three at most). None:
/// no need was named.
pub(super) fn check(
    conn: &Connection,
    canvass: CanvassId,
    input: &ResultInput,
) -> Result<Option<CheckedNeeds>> {
    if input.needs.is_empty() {
        return Ok(None);
    }
    let field = || msg!("field-door-needs");
    let Some(id) = carried(conn, canvass)? else {
        return Err(CoreError::invalid(field(), msg!("canvass-needs-no-survey")).at("needs"));
    };
    if input.result != DoorResult::Talked {
        return Err(CoreError::invalid(field(), msg!("canvass-needs-without-talk")).at("needs"));
    }
    let survey = assessment::survey(conn, id)?;
    let question = top_three(&survey)
        .ok_or_else(|| CoreError::invalid(field(), msg!("canvass-needs-no-question")))?;
    let keys = unique(&input.needs);
    check_value(question, &AnswerValue::Choices(keys.clone())).map_err(|e| e.at("needs"))?;
    Ok(Some(CheckedNeeds {
        assessment: id,
        keys,
        asks_to_meet: survey.question(COME_TO_MEETING).is_some(),
    }))
}

fn unique(needs: &[String]) -> Vec<String> {
    let mut keys: Vec<String> = needs.iter().map(|k| k.trim().to_owned()).collect();
    keys.sort();
    keys.dedup();
    keys
}

/// Writes the door's form (checked by [`check`]): replaces what an earlier entry of the door
/// wrote, and removes the form when no need is named any more.
pub(super) fn write(
    tx: &Transaction<'_>,
    canvass: CanvassId,
    door: DoorId,
    input: &ResultInput,
    checked: Option<&CheckedNeeds>,
    at: &str,
) -> Result<()> {
    let existing: Option<ResponseId> = tx
        .prepare_cached("SELECT id FROM needs_response WHERE canvass_id = ?1 AND door_id = ?2")?
        .query_row(params![canvass, door], |r| r.get(0))
        .optional()?;
    let Some(checked) = checked else {
        if let Some(response) = existing {
            tx.prepare_cached("DELETE FROM needs_response WHERE id = ?1")?
                .execute(params![response])?;
        }
        return Ok(());
    };
    let response = match existing {
        Some(response) => {
            tx.prepare_cached("DELETE FROM needs_answer WHERE response_id = ?1")?
                .execute(params![response])?;
            tx.prepare_cached(
                "UPDATE needs_response SET language = ?2, updated_at = ?3 WHERE id = ?1",
            )?
            .execute(params![response, answered_in(tx, input)?, at])?;
            response
        }
        None => new_form(tx, checked.assessment, canvass, door, input, at)?,
    };
    let mut insert = tx.prepare_cached(
        "INSERT INTO needs_answer (id, response_id, question_key, value, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
    )?;
    let mut answers: Vec<(&str, &str)> = checked
        .keys
        .iter()
        .map(|k| (TOP_THREE, k.as_str()))
        .collect();
    if input.wants_involved && checked.asks_to_meet {
        answers.push((COME_TO_MEETING, "yes"));
    }
    for (question, value) in answers {
        insert.execute(params![
            uuid::Uuid::now_v7().to_string(),
            response,
            question,
            value,
            at
        ])?;
    }
    Ok(())
}

/// A new form for the door, numbered after every form the assessment has numbered so far (so
/// a batch printed later never takes its number).
fn new_form(
    tx: &Transaction<'_>,
    assessment_id: AssessmentId,
    canvass: CanvassId,
    door: DoorId,
    input: &ResultInput,
    at: &str,
) -> Result<ResponseId> {
    let found = assessment::get(tx, assessment_id)?;
    let serial: u32 = tx
        .prepare_cached(
            "UPDATE assessment SET forms_printed = forms_printed + 1 WHERE id = ?1
             RETURNING forms_printed",
        )?
        .query_row(params![assessment_id], |r| r.get(0))?;
    let (zip, entered_by, is_sample): (String, String, bool) = tx
        .prepare_cached(
            "SELECT d.zip, c.name, c.is_sample FROM door d, canvass c WHERE d.id = ?1 AND c.id = ?2",
        )?
        .query_row(params![door, canvass], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    // A ZIP-code assessment files the door's form under its ZIP, when it is one of its areas.
    let area = (found.area_kind == AreaKind::ZipCodes
        && (found.areas.is_empty() || found.areas.iter().any(|a| a.trim() == zip))
        && !zip.is_empty())
    .then_some(zip);
    let response = ResponseId::new();
    tx.prepare_cached(
        "INSERT INTO needs_response (id, assessment_id, serial, area, language, method, consent,
             wants_contact, entered_by, is_sample, canvass_id, door_id, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, ?7, ?8, ?9, ?10, ?11, ?11)",
    )?
    .execute(params![
        response,
        assessment_id,
        serial,
        area,
        answered_in(tx, input)?,
        to_code(&Method::DoorToDoor),
        entered_by,
        is_sample,
        canvass,
        door,
        at
    ])?;
    Ok(response)
}

/// The language of whoever answered, when the sheet names them and it is known.
fn answered_in(tx: &Transaction<'_>, input: &ResultInput) -> Result<Option<String>> {
    let Some(resident) = input.resident else {
        return Ok(None);
    };
    Ok(tx
        .prepare_cached("SELECT language FROM resident WHERE id = ?1")?
        .query_row(params![resident], |r| r.get(0))
        .optional()?
        .flatten())
}

/// How often each need was named at this canvass's doors, most first.
pub fn tally(conn: &Connection, canvass: CanvassId) -> Result<Vec<(String, u32)>> {
    Ok(conn
        .prepare_cached(
            "SELECT a.value, count(*) FROM needs_answer a
             JOIN needs_response r ON r.id = a.response_id
             WHERE r.canvass_id = ?1 AND a.question_key = ?2
             GROUP BY a.value ORDER BY count(*) DESC, a.value",
        )?
        .query_map(params![canvass, TOP_THREE], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}
