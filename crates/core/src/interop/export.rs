//! Exporting people for other tools and for the chapter's own records.
//!
//! The JSON and CSV exports carry one row per person with the primary phone (E.164) and email,
//! the five-digit ZIP, membership facts and the do-not-contact flags. A phone is left out for
//! someone who asked not to be called or texted, and an email for someone who asked not to be
//! emailed, so a file made here can never be used to reach them that way.
//!
//! The upload files for campaign tools go further, because uploading someone to them is
//! reaching them: an Action Network upload leaves out whoever has no email or asked not to be
//! emailed, and carries a phone only for those who may be texted; a Spoke upload leaves out
//! whoever asked not to be texted or has no number that can take a text.

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db::codes::column;
use crate::people::model::MembershipStatus;
use crate::{msg, CoreError, Message, Result};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExportedPerson {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub preferred_name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub zip: Option<String>,
    pub membership_status: Option<MembershipStatus>,
    pub actionkit_id: Option<String>,
    pub do_not_call: bool,
    pub do_not_text: bool,
    pub do_not_email: bool,
    pub join_date: Option<String>,
    pub expires_on: Option<String>,
    pub ladder_level: String,
    pub needs_childcare: bool,
    pub preferred_language: Option<String>,
}

/// Everyone, sorted by name, with do-not-contact honoured as described above.
pub fn people(conn: &Connection) -> Result<Vec<ExportedPerson>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.first_name, p.last_name, p.preferred_name,
                (SELECT email FROM person_email WHERE person_id = p.id ORDER BY position LIMIT 1),
                (SELECT e164 FROM person_phone WHERE person_id = p.id AND e164 IS NOT NULL ORDER BY position LIMIT 1),
                p.zip, p.membership_status, p.actionkit_id, p.do_not_call, p.do_not_text, p.do_not_email,
                p.join_date, p.expires_on, p.ladder_level, p.needs_childcare, p.preferred_language
         FROM person p ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id",
    )?;
    let rows = stmt.query_map([], |r| {
        let status: Option<String> = r.get(7)?;
        let do_not_call: bool = r.get(9)?;
        let do_not_text: bool = r.get(10)?;
        let do_not_email: bool = r.get(11)?;
        let email: Option<String> = r.get(4)?;
        let phone: Option<String> = r.get(5)?;
        let zip: Option<String> = r.get(6)?;
        Ok(ExportedPerson {
            id: r.get(0)?,
            first_name: r.get(1)?,
            last_name: r.get(2)?,
            preferred_name: r.get(3)?,
            email: email.filter(|_| !do_not_email),
            phone: phone.filter(|_| !(do_not_call && do_not_text)),
            zip: zip.and_then(|z| crate::interop::values::zip(&z)),
            membership_status: status.map(column).transpose()?,
            actionkit_id: r.get(8)?,
            do_not_call,
            do_not_text,
            do_not_email,
            join_date: r.get(12)?,
            expires_on: r.get(13)?,
            ladder_level: r.get(14)?,
            needs_childcare: r.get(15)?,
            preferred_language: r.get(16)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn to_json(people: &[ExportedPerson]) -> Result<String> {
    serde_json::to_string_pretty(people)
        .map_err(|e| CoreError::invalid(msg!("field-export"), e.to_string()))
}

pub fn to_csv(people: &[ExportedPerson]) -> Result<Vec<u8>> {
    super::csv_out::serialized(people)
        .map_err(|e| CoreError::invalid(msg!("field-export"), e.to_string()))
}

/// An upload file for a campaign tool, with who was left out and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolUpload {
    pub bytes: Vec<u8>,
    pub rows: u32,
    /// (why, how many): "who asked not to be texted", 3. The reason reads after a count of
    /// people, one or many: "3 people who asked not to be texted" (its message has the count
    /// too, for the languages whose words follow it).
    pub left_out: Vec<(Message, u32)>,
}

/// Why an upload left someone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    AskedNotToBeEmailed,
    NoEmail,
    AskedNotToBeTexted,
    NoMobile,
}

impl Why {
    /// The reason, after a count of `count` people.
    fn said(self, count: u32) -> Message {
        match self {
            Why::AskedNotToBeEmailed => msg!("export-asked-no-email", count = count),
            Why::NoEmail => msg!("export-no-email", count = count),
            Why::AskedNotToBeTexted => msg!("export-asked-no-text", count = count),
            Why::NoMobile => msg!("export-no-mobile", count = count),
        }
    }
}

fn upload<const N: usize>(
    people: &[ExportedPerson],
    headers: [&str; N],
    row: impl Fn(&ExportedPerson) -> std::result::Result<[String; N], Why>,
) -> Result<ToolUpload> {
    let fail = |e: csv::Error| CoreError::invalid(msg!("field-export"), e.to_string());
    let mut writer = super::csv_out::CsvOut::new(Vec::new());
    writer.write_record(headers).map_err(fail)?;
    let mut rows = 0;
    let mut left_out: Vec<(Why, u32)> = Vec::new();
    for person in people {
        match row(person) {
            Ok(cells) => {
                writer.write_record(&cells).map_err(fail)?;
                rows += 1;
            }
            Err(why) => match left_out.iter_mut().find(|(w, _)| *w == why) {
                Some((_, n)) => *n += 1,
                None => left_out.push((why, 1)),
            },
        }
    }
    let bytes = writer.into_inner().map_err(fail)?;
    Ok(ToolUpload {
        bytes,
        rows,
        left_out: left_out
            .into_iter()
            .map(|(why, count)| (why.said(count), count))
            .collect(),
    })
}

/// Action Network's upload columns (the names its own export uses, so they match at once).
pub fn to_action_network(people: &[ExportedPerson]) -> Result<ToolUpload> {
    upload(
        people,
        ["first_name", "last_name", "email", "zip_code", "can2_phone"],
        |p| {
            if p.do_not_email {
                return Err(Why::AskedNotToBeEmailed);
            }
            let email = p.email.clone().ok_or(Why::NoEmail)?;
            let phone = p.phone.clone().filter(|_| !p.do_not_text);
            Ok([
                p.first_name.clone(),
                p.last_name.clone(),
                email,
                p.zip.clone().unwrap_or_default(),
                phone.unwrap_or_default(),
            ])
        },
    )
}

/// Spoke's contact upload: `firstName`, `lastName`, `cell`, `zip`, and Groundwork's id as
/// `external_id` so replies can be matched back.
pub fn to_spoke(people: &[ExportedPerson]) -> Result<ToolUpload> {
    upload(
        people,
        ["firstName", "lastName", "cell", "zip", "external_id"],
        |p| {
            if p.do_not_text {
                return Err(Why::AskedNotToBeTexted);
            }
            let cell = p.phone.clone().ok_or(Why::NoMobile)?;
            Ok([
                p.first_name.clone(),
                p.last_name.clone(),
                cell,
                p.zip.clone().unwrap_or_default(),
                p.id.clone(),
            ])
        },
    )
}

/// The files people can be exported as, from the CLI and from the window alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum PeopleFormat {
    Json,
    Csv,
    /// An Action Network upload: people who may be emailed.
    ActionNetwork,
    /// A Spoke contact upload: people who may be texted.
    Spoke,
}

impl PeopleFormat {
    pub fn extension(self) -> &'static str {
        match self {
            PeopleFormat::Json => "json",
            PeopleFormat::Csv | PeopleFormat::ActionNetwork | PeopleFormat::Spoke => "csv",
        }
    }

    /// A file name that says what the file is for, before the date.
    pub fn file_stem(self) -> &'static str {
        match self {
            PeopleFormat::Json | PeopleFormat::Csv => "people",
            PeopleFormat::ActionNetwork => "action-network-upload",
            PeopleFormat::Spoke => "spoke-upload",
        }
    }
}

/// Everyone in the chapter as a file of this format. The chapter's own formats hold everyone
/// (with contact details withheld as the person asked); the uploads say who they left out.
pub fn people_file(conn: &Connection, format: PeopleFormat) -> Result<ToolUpload> {
    let people = people(conn)?;
    match format {
        PeopleFormat::Json => Ok(ToolUpload {
            bytes: to_json(&people)?.into_bytes(),
            rows: people.len() as u32,
            left_out: Vec::new(),
        }),
        PeopleFormat::Csv => Ok(ToolUpload {
            bytes: to_csv(&people)?,
            rows: people.len() as u32,
            left_out: Vec::new(),
        }),
        PeopleFormat::ActionNetwork => to_action_network(&people),
        PeopleFormat::Spoke => to_spoke(&people),
    }
}
