//! Entering a member's connections form: on paper by the number printed on it, or filled in
//! on the laptop passed around a meeting. The organizations named become ties (one per member
//! and organization, brought up to date by a later form); workplace and union go on the
//! member's record; the survey's own questions stay with the form. All of it or none: a form
//! with one bad line changes nothing.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::assessment::{self, ConnectionsAssessment};
use super::tie::{self, TieInput, TieRole};
use crate::db::{timestamp, Database};
use crate::ids::{ConnectionsResponseId, OrganizationId, PersonId};
use crate::msg;
use crate::needs::response::{check_value, Answer};
use crate::numbered::{form_number, parse_form_number};
use crate::people::model::display_name;
use crate::text::trimmed;
use crate::{CoreError, Result};

/// One line of the form: an organization already in the directory (a new one is added to the
/// directory first, in one keystroke, by the entry screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TieAnswer {
    pub organization_id: OrganizationId,
    pub role: TieRole,
    pub strength: u8,
    pub would_introduce: bool,
    pub title: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, TS)]
pub struct ConnectionsResponseInput {
    /// The number on the paper form as typed ("K7QF-0042", "42"); `None` when filled in on
    /// the laptop.
    pub form: Option<String>,
    pub person_id: PersonId,
    /// The language the form was filled in.
    pub language: Option<String>,
    pub workplace: Option<String>,
    pub industry: Option<String>,
    /// Their union and local, as written.
    pub union_name: Option<String>,
    pub ties: Vec<TieAnswer>,
    /// Answers to the survey's own questions; only what was answered.
    pub answers: Vec<Answer>,
    pub entered_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct EnteredConnections {
    pub id: ConnectionsResponseId,
    /// "K7QF-0042"; `None` for a form filled in on the laptop.
    pub form: Option<String>,
    pub person_id: PersonId,
    pub person_name: String,
    pub ties: u32,
    pub entered_by: String,
    /// When, in UTC.
    pub entered_at: String,
}

/// The serial a typed number means, refusing another code, a number never printed and a form
/// already entered.
fn serial_for(tx: &Transaction<'_>, found: &ConnectionsAssessment, typed: &str) -> Result<u32> {
    let refuse = |reason| CoreError::invalid(msg!("field-form-number"), reason).at("form");
    let (code, serial) = parse_form_number(typed).map_err(|e| e.at("form"))?;
    let shown = form_number(&found.code, serial);
    if let Some(code) = code.filter(|c| *c != found.code) {
        return Err(refuse(msg!(
            "connections-form-other-code",
            form = form_number(&code, serial),
            code = found.code.as_str()
        )));
    }
    if serial > found.forms_printed {
        return Err(refuse(msg!(
            "form-never-printed",
            form = shown,
            printed = found.forms_printed
        )));
    }
    let earlier: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT entered_by, created_at FROM connections_response
             WHERE assessment_id = ?1 AND serial = ?2",
        )?
        .query_row(params![found.id, serial], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((by, at)) = earlier {
        return Err(refuse(msg!(
            "form-already-entered",
            form = shown,
            by = by,
            day = &at[..10]
        )));
    }
    Ok(serial)
}

/// Enters one form, told on `filled_on`. `is_sample`: the chapter is the sample one.
pub fn enter(
    db: &mut Database,
    input: &ConnectionsResponseInput,
    filled_on: NaiveDate,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<EnteredConnections> {
    let id = db.write(|tx| enter_in(tx, input, filled_on, is_sample, now))?;
    get(db.conn(), id)
}

/// Checks and writes one form inside `tx`, for a caller that writes more in the same
/// transaction (organizations named on the laptop).
pub(crate) fn enter_in(
    tx: &Transaction<'_>,
    input: &ConnectionsResponseInput,
    filled_on: NaiveDate,
    is_sample: bool,
    now: DateTime<Utc>,
) -> Result<ConnectionsResponseId> {
    let entered_by = input.entered_by.trim();
    if entered_by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-entered-by"), msg!("form-entered-by-missing"))
                .at("entered_by"),
        );
    }
    for (i, line) in input.ties.iter().enumerate() {
        tie::checked_strength(i64::from(line.strength))
            .map_err(|e| e.at(format!("ties.{i}.strength")))?;
    }
    let found = assessment::ensure(tx, is_sample, now)?;
    let survey = &found.survey;
    let mut seen = std::collections::BTreeSet::new();
    for answer in &input.answers {
        let key = || format!("answers.{}", answer.question);
        let question = survey.question(&answer.question).ok_or_else(|| {
            CoreError::invalid(&answer.question, msg!("answer-no-such-question")).at(key())
        })?;
        check_value(question, &answer.value).map_err(|e| e.at(key()))?;
        if !seen.insert(answer.question.as_str()) {
            return Err(CoreError::invalid(&answer.question, msg!("answer-twice")).at(key()));
        }
    }
    let serial = match trimmed(&input.form) {
        Some(typed) => Some(serial_for(tx, &found, &typed)?),
        None => None,
    };
    crate::people::store::check_exists(tx, input.person_id)?;
    let mut orgs = std::collections::BTreeSet::new();
    for (i, line) in input.ties.iter().enumerate() {
        if !orgs.insert(line.organization_id) {
            let name = crate::orgs::store::get(tx, line.organization_id)?
                .fields
                .name;
            return Err(CoreError::invalid(
                msg!("field-organization"),
                msg!("connections-org-twice", name = name),
            )
            .at(format!("ties.{i}.organization_id")));
        }
    }
    let id = ConnectionsResponseId::new();
    let at = timestamp::to_text(now);
    let (workplace, industry, union_name) = (
        trimmed(&input.workplace),
        trimmed(&input.industry),
        trimmed(&input.union_name),
    );
    let answers = serde_json::to_string(&input.answers)
        .map_err(|e| CoreError::invalid_file(crate::Message::plain(e.to_string())))?;
    tx.prepare_cached(
        "INSERT INTO connections_response (id, assessment_id, serial, person_id, method,
             language, workplace, industry, union_name, answers, filled_on, entered_by,
             is_sample, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
    )?
    .execute(params![
        id,
        found.id,
        serial,
        input.person_id,
        if serial.is_some() { "paper" } else { "laptop" },
        trimmed(&input.language),
        workplace,
        industry,
        union_name,
        answers,
        filled_on.to_string(),
        entered_by,
        is_sample,
        at,
    ])?;
    for (i, line) in input.ties.iter().enumerate() {
        let told = TieInput {
            person_id: input.person_id,
            organization_id: line.organization_id,
            role: line.role,
            title: line.title.clone(),
            strength: line.strength,
            would_introduce: line.would_introduce,
        };
        let tie = tie::write(tx, &told, filled_on, is_sample, now)
            .map_err(|e| e.at(format!("ties.{i}.organization_id")))?;
        tx.prepare_cached("UPDATE tie SET response_id = ?2 WHERE id = ?1")?
            .execute(params![tie, id])?;
    }
    // What the member said of their work goes on their record, over what it held.
    if workplace.is_some() || union_name.is_some() {
        tx.prepare_cached(
            "UPDATE person SET workplace = coalesce(?2, workplace),
                    union_name = coalesce(?3, union_name), updated_at = ?4
             WHERE id = ?1",
        )?
        .execute(params![input.person_id, workplace, union_name, at])?;
    }
    Ok(id)
}

pub(crate) fn get(conn: &Connection, id: ConnectionsResponseId) -> Result<EnteredConnections> {
    recent_where(conn, "r.id = ?1", &id, 1)?
        .pop()
        .ok_or_else(|| CoreError::NotFound {
            what: msg!("thing-connections-form", id = id.to_string()),
        })
}

fn recent_where(
    conn: &Connection,
    condition: &str,
    key: &dyn rusqlite::ToSql,
    limit: u32,
) -> Result<Vec<EnteredConnections>> {
    let sql = format!(
        "SELECT r.id, a.code, r.serial, r.person_id, p.preferred_name, p.first_name, p.last_name,
                (SELECT count(*) FROM tie t WHERE t.response_id = r.id), r.entered_by, r.created_at
         FROM connections_response r
         JOIN connections_assessment a ON a.id = r.assessment_id
         JOIN person p ON p.id = r.person_id
         WHERE {condition} ORDER BY r.created_at DESC, r.id DESC LIMIT {limit}"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_map([key], |r| {
            let code: String = r.get(1)?;
            let serial: Option<u32> = r.get(2)?;
            let preferred: Option<String> = r.get(4)?;
            let first: String = r.get(5)?;
            let last: String = r.get(6)?;
            Ok(EnteredConnections {
                id: r.get(0)?,
                form: serial.map(|s| form_number(&code, s)),
                person_id: r.get(3)?,
                person_name: display_name(preferred.as_deref(), &first, &last),
                ties: r.get(7)?,
                entered_by: r.get(8)?,
                entered_at: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?)
}

/// The forms entered last, newest first.
pub fn recent(conn: &Connection, limit: u32) -> Result<Vec<EnteredConnections>> {
    recent_where(conn, "1 = ?1", &1, limit.clamp(1, 500))
}

/// Takes back an entered form: it and the ties it was the last to tell are removed, and its
/// number can be entered again.
pub fn remove(db: &mut Database, id: ConnectionsResponseId) -> Result<()> {
    let removed = db.write(|tx| {
        tx.prepare_cached("DELETE FROM tie WHERE response_id = ?1")?
            .execute(params![id])?;
        Ok(tx
            .prepare_cached("DELETE FROM connections_response WHERE id = ?1")?
            .execute(params![id])?)
    })?;
    if removed == 0 {
        return Err(CoreError::NotFound {
            what: msg!("thing-connections-form", id = id.to_string()),
        });
    }
    Ok(())
}
