//! Entering filled forms: by the number printed on each, checked against the survey, so a form
//! is never entered twice or under the wrong assessment, and contact details are kept only
//! with the respondent's consent.

use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension, Transaction};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::assessment::{self, Assessment, Method};
use super::survey::{QuestionKind, Survey, TOP_THREE};
use crate::db::codes::to_code;
use crate::db::{timestamp, Database};
use crate::ids::{AssessmentId, PersonId, ResponseId};
use crate::msg;
use crate::numbered::{form_number, parse_form_number};
use crate::people::model::{PersonInput, PhoneInput};
use crate::people::phone::to_e164;
use crate::people::store::{self, Origin};
use crate::people::validate;
use crate::text::trimmed;
use crate::{CoreError, Result};

/// The largest household a form can record; anything above is a slip of the pen.
const MOST_IN_HOUSEHOLD: u32 = 30;
const LONGEST_TEXT: usize = 2_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum AnswerValue {
    Scale(u8),
    Choice(String),
    Choices(Vec<String>),
    YesNo(bool),
    Number(u32),
    Text(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Answer {
    pub question: String,
    pub value: AnswerValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Deserialize, TS)]
pub struct ResponseInput {
    /// The number on the form as typed: "K7QF-0042", "k7qf 42", or just "42".
    pub form: String,
    pub area: Option<String>,
    /// The language the form was filled in.
    pub language: Option<String>,
    pub method: Option<Method>,
    /// Only what was answered: a form can be partial.
    pub answers: Vec<Answer>,
    pub consent: bool,
    pub contact_name: Option<String>,
    pub contact_phone: Option<String>,
    pub contact_email: Option<String>,
    /// Asked to be contacted (needs consent).
    pub wants_contact: bool,
    pub entered_by: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Entered {
    pub id: ResponseId,
    /// "K7QF-0042"
    pub form: String,
    /// The person the respondent became (or was already), when they asked to be contacted.
    pub person: Option<PersonId>,
}

/// Checks one answer against its question; the message names the question.
fn check_answer(survey: &Survey, answer: &Answer) -> Result<()> {
    let question = survey
        .question(&answer.question)
        .ok_or_else(|| CoreError::invalid(&answer.question, msg!("answer-no-such-question")))?;
    check_value(question, &answer.value)
}

/// Checks an answer's value against the question it answers; the message names the question.
pub(crate) fn check_value(question: &super::survey::Question, value: &AnswerValue) -> Result<()> {
    let field = || question.key.clone();
    let choice_ok = |key: &str| question.choices.iter().any(|c| c.key == key);
    match (value, question.kind) {
        (AnswerValue::Scale(n), QuestionKind::Scale) => {
            if !(1..=5).contains(n) {
                return Err(CoreError::invalid(
                    field(),
                    msg!("answer-scale-range", value = *n),
                ));
            }
        }
        (AnswerValue::Choice(key), QuestionKind::Single) => {
            if !choice_ok(key) {
                return Err(CoreError::invalid(
                    field(),
                    msg!("answer-not-a-choice", choice = key),
                ));
            }
        }
        (AnswerValue::Choices(keys), QuestionKind::Multiple | QuestionKind::TopThree) => {
            if let Some(stray) = keys.iter().find(|k| !choice_ok(k)) {
                return Err(CoreError::invalid(
                    field(),
                    msg!("answer-not-a-choice", choice = stray),
                ));
            }
            if question.kind == QuestionKind::TopThree && keys.len() > 3 {
                return Err(CoreError::invalid(
                    field(),
                    msg!("answer-top-three-too-many", count = keys.len()),
                ));
            }
        }
        (AnswerValue::YesNo(_), QuestionKind::YesNo) => {}
        (AnswerValue::Number(n), QuestionKind::Number) => {
            if *n > MOST_IN_HOUSEHOLD {
                return Err(CoreError::invalid(
                    field(),
                    msg!(
                        "answer-number-too-big",
                        value = *n,
                        most = MOST_IN_HOUSEHOLD
                    ),
                ));
            }
        }
        (AnswerValue::Text(text), QuestionKind::Text) => {
            if text.chars().count() > LONGEST_TEXT {
                return Err(CoreError::invalid(
                    field(),
                    msg!("answer-text-too-long", most = LONGEST_TEXT),
                ));
            }
        }
        _ => {
            return Err(CoreError::invalid(field(), msg!("answer-wrong-kind")));
        }
    }
    Ok(())
}

/// The rows an answer is stored as: one per choice picked, else one.
fn stored_values(value: &AnswerValue) -> Vec<String> {
    match value {
        AnswerValue::Scale(n) => vec![n.to_string()],
        AnswerValue::Choice(key) => vec![key.clone()],
        AnswerValue::Choices(keys) => {
            let mut keys = keys.clone();
            keys.sort();
            keys.dedup();
            keys
        }
        AnswerValue::YesNo(yes) => vec![if *yes { "yes" } else { "no" }.to_owned()],
        AnswerValue::Number(n) => vec![n.to_string()],
        AnswerValue::Text(text) => vec![text.trim().to_owned()],
    }
}

/// Which assessment and serial a typed form number means, refusing another assessment's form,
/// a number never printed, and a form already entered.
fn form_for(tx: &Transaction<'_>, assessment: &Assessment, typed: &str) -> Result<u32> {
    let (code, serial) = parse_form_number(typed)?;
    let shown = form_number(&assessment.code, serial);
    if let Some(code) = code.filter(|c| *c != assessment.code) {
        let other = assessment::by_code(tx, &code)?;
        let reason = match other {
            Some(other) => msg!(
                "form-other-assessment",
                form = form_number(&code, serial),
                other = other.name,
                assessment = assessment.name.as_str()
            ),
            None => msg!("form-code-unknown", code = code),
        };
        return Err(CoreError::invalid(msg!("field-form-number"), reason));
    }
    if serial > assessment.forms_printed {
        return Err(CoreError::invalid(
            msg!("field-form-number"),
            msg!(
                "form-never-printed",
                form = shown,
                printed = assessment.forms_printed
            ),
        ));
    }
    let earlier: Option<(String, String)> = tx
        .prepare_cached(
            "SELECT entered_by, created_at FROM needs_response WHERE assessment_id = ?1 AND serial = ?2",
        )?
        .query_row(params![assessment.id, serial], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    if let Some((by, at)) = earlier {
        return Err(CoreError::invalid(
            msg!("field-form-number"),
            msg!(
                "form-already-entered",
                form = shown,
                by = by,
                day = &at[..10]
            ),
        ));
    }
    Ok(serial)
}

/// Enters one filled form. Nothing is kept unless all of it is valid.
pub fn enter(
    db: &mut Database,
    id: AssessmentId,
    input: &ResponseInput,
    now: DateTime<Utc>,
) -> Result<Entered> {
    let assessment = assessment::get(db.conn(), id)?;
    let survey = assessment::survey(db.conn(), id)?;
    let entered_by = input.entered_by.trim().to_owned();
    if entered_by.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-entered-by"), msg!("form-entered-by-missing"))
                .at("entered_by"),
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    for answer in &input.answers {
        // An answer's key is its question's: the form shows answers by question.
        let key = || format!("answers.{}", answer.question);
        check_answer(&survey, answer).map_err(|e| e.at(key()))?;
        if !seen.insert(answer.question.as_str()) {
            return Err(CoreError::invalid(&answer.question, msg!("answer-twice")).at(key()));
        }
    }
    let area = trimmed(&input.area);
    if let Some(area) = &area {
        if !assessment.areas.is_empty()
            && !assessment
                .areas
                .iter()
                .any(|a| a.eq_ignore_ascii_case(area))
        {
            return Err(CoreError::invalid(
                msg!("field-area"),
                msg!(
                    "form-area-unknown",
                    area = area,
                    areas = assessment.areas.join(", ")
                ),
            )
            .at("area"));
        }
    }
    let language = trimmed(&input.language);
    let (name, phone, email) = (
        trimmed(&input.contact_name),
        trimmed(&input.contact_phone),
        trimmed(&input.contact_email),
    );
    let has_contact = name.is_some() || phone.is_some() || email.is_some();
    if !input.consent && (has_contact || input.wants_contact) {
        return Err(CoreError::invalid(
            msg!("field-consent"),
            msg!("form-contact-without-consent"),
        )
        .at("consent"));
    }
    if let Some(phone) = &phone {
        if to_e164(phone).is_none() {
            return Err(CoreError::invalid(
                msg!("field-phone"),
                msg!("phone-invalid", phone = phone),
            )
            .at("contact_phone"));
        }
    }
    if let Some(email) = &email {
        if !validate::email_is_plausible(email) {
            return Err(CoreError::invalid(
                msg!("field-email"),
                msg!("email-invalid", email = email),
            )
            .at("contact_email"));
        }
    }
    if input.wants_contact && phone.is_none() && email.is_none() {
        return Err(
            CoreError::invalid(msg!("field-phone"), msg!("form-contact-missing"))
                .at("contact_phone"),
        );
    }

    let response = ResponseId::new();
    let at = timestamp::to_text(now);
    db.write(|tx| {
        let serial = form_for(tx, &assessment, &input.form).map_err(|e| e.at("form"))?;
        let person = if input.wants_contact {
            Some(respondent_person(
                tx,
                &assessment,
                &survey,
                input,
                (&name, &phone, &email),
                now,
            )?)
        } else {
            None
        };
        tx.prepare_cached(
            "INSERT INTO needs_response (id, assessment_id, serial, area, language, method, consent,
                 contact_name, contact_phone, contact_email, wants_contact, person_id, entered_by,
                 is_sample, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
        )?
        .execute(params![
            response,
            id,
            serial,
            area,
            language,
            input.method.as_ref().map(to_code),
            input.consent,
            name,
            phone,
            email,
            input.wants_contact,
            person,
            entered_by,
            assessment.is_sample,
            at
        ])?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO needs_answer (id, response_id, question_key, value, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        )?;
        for answer in &input.answers {
            for value in stored_values(&answer.value) {
                if !value.is_empty() {
                    insert.execute(params![
                        uuid::Uuid::now_v7().to_string(),
                        response,
                        answer.question,
                        value,
                        at
                    ])?;
                }
            }
        }
        Ok(Entered {
            id: response,
            form: form_number(&assessment.code, serial),
            person,
        })
    })
}

/// The person a respondent who asked to be contacted becomes: someone already known by that
/// phone or email, or a new person from this assessment, tagged with the needs they named.
fn respondent_person(
    tx: &Transaction<'_>,
    assessment: &Assessment,
    survey: &Survey,
    input: &ResponseInput,
    (name, phone, email): (&Option<String>, &Option<String>, &Option<String>),
    now: DateTime<Utc>,
) -> Result<PersonId> {
    // Known by phone first, then by email.
    let by_phone = match phone.as_deref().and_then(to_e164) {
        Some(e164) => store::by_phone(tx, &e164)?,
        None => None,
    };
    let known = match (by_phone, email) {
        (Some(known), _) => Some(known),
        (None, Some(email)) => store::by_email(tx, email)?,
        (None, None) => None,
    };
    if let Some(known) = known {
        return Ok(known);
    }
    let full = name.clone().unwrap_or_default();
    let (first, last) = match full.split_once(' ') {
        Some((first, last)) => (first.trim().to_owned(), last.trim().to_owned()),
        None => (full.trim().to_owned(), String::new()),
    };
    let first = if first.is_empty() && last.is_empty() {
        "Respondent".to_owned()
    } else {
        first
    };
    let named: Vec<String> = input
        .answers
        .iter()
        .find(|a| a.question == TOP_THREE)
        .map(|a| match &a.value {
            AnswerValue::Choices(keys) => keys.clone(),
            _ => Vec::new(),
        })
        .unwrap_or_default();
    let lang = input.language.clone().unwrap_or_else(|| "en".into());
    let tags = named
        .iter()
        .filter_map(|key| survey.domains.iter().find(|d| d.key == *key))
        .map(|d| {
            let title = d.title.get("en").or_else(|| d.title.get(&lang)).cloned();
            format!(
                "need: {}",
                title.unwrap_or_else(|| d.key.clone()).to_lowercase()
            )
        })
        .collect();
    let input = validate::person_input(PersonInput {
        first_name: first,
        last_name: last,
        phones: phone
            .iter()
            .map(|p| PhoneInput {
                number: p.clone(),
                label: None,
            })
            .collect(),
        emails: email.iter().cloned().collect(),
        tags,
        notes: Some(format!(
            "Asked to be contacted on a needs assessment form ({}).",
            assessment.name
        )),
        ..Default::default()
    })?;
    let source = format!("needs assessment: {}", assessment.name);
    store::insert(
        tx,
        &input,
        Origin {
            source: &source,
            is_sample: assessment.is_sample,
        },
        now,
    )
}
