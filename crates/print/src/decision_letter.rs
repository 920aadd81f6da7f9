//! The committee's letter to a chapter on its application, in the chapter's language: an
//! award (with what the committee saw in it, or why it is less than asked, and when the
//! progress reports are due) or a decline with the committee's reasons; lines to sign.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::grants::money::dollars;
use groundwork_core::grants::national::{Received, ReceivedStatus, Round};
use groundwork_core::grants::rules::report_days;
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::layout::bilingual::joined;
use crate::layout::prose::{heading, own_words, place_words};
use crate::layout::widgets::Signature;
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "decision letter";

pub struct DecisionLetterPaper<'a> {
    pub committee_name: &'a str,
    pub round: &'a Round,
    pub application: &'a Received,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// `id` in each language, its arguments worked out per language (dates in words).
fn said(
    catalogs: &[Catalog],
    id: &str,
    args: impl Fn(&Catalog) -> Result<Vec<(&'static str, FluentValue<'static>)>, PrintError>,
) -> Result<Vec<String>, PrintError> {
    catalogs
        .iter()
        .map(|c| c.text_with(id, &args(c)?))
        .collect()
}

pub fn render(input: &DecisionLetterPaper<'_>) -> Result<Printed, PrintError> {
    let a = input.application;
    if a.status == ReceivedStatus::Received {
        return Err(PrintError::InvalidRequest(format!(
            "{DOCUMENT}: the committee has not decided on {} yet",
            a.sent.content.initiative.title
        )));
    }
    let cats = input.catalogs;
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.committee_name,
        title_id: "letter-title",
        titles: None,
        catalogs: cats,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let c = &a.sent.content;
    let chapter = c.chapter.name.clone();
    let title = c.initiative.title.clone();
    let round = input.round.fields.name.clone();
    let body = (Style::Body, Style::BodySecond);

    for (id, value) in [
        ("letter-to", chapter.clone()),
        ("letter-about", title.clone()),
        ("letter-round", round.clone()),
    ] {
        let texts = said(cats, id, |_| Ok(vec![("value", value.clone().into())]))?;
        place_words(&mut flow, &texts, body, "the letter's heading")?;
    }
    flow.gap(10.0);

    let reason = a.decision_reason.as_deref();
    match (a.status, a.awarded_cents) {
        (ReceivedStatus::Awarded, Some(award)) => {
            let asked = c.application.amount_cents;
            let (from, to) = (c.application.starts_on, c.application.ends_on);
            let texts = said(cats, "letter-awarded", |cat| {
                Ok(vec![
                    ("chapter", chapter.clone().into()),
                    ("award", dollars(award).into()),
                    ("title", title.clone().into()),
                    ("from", dates::day(cat, from)?.into()),
                    ("to", dates::day(cat, to)?.into()),
                ])
            })?;
            place_words(&mut flow, &texts, body, "the award")?;
            if award < asked {
                flow.gap(6.0);
                let texts = said(cats, "letter-reduced", |_| {
                    Ok(vec![("asked", dollars(asked).into())])
                })?;
                place_words(&mut flow, &texts, body, "the reduced award")?;
            }
            if let Some(reason) = reason {
                let id = if award < asked {
                    "letter-reasons"
                } else {
                    "letter-what-we-saw"
                };
                heading(&mut flow, cats, id)?;
                own_words(&mut flow, reason, "the committee's words")?;
            }
            heading(&mut flow, cats, "letter-next")?;
            let (midpoint, end) = report_days(from, to);
            let texts = said(cats, "letter-reports", |cat| {
                Ok(vec![
                    ("midpoint", dates::day(cat, midpoint)?.into()),
                    ("end", dates::day(cat, end)?.into()),
                ])
            })?;
            place_words(&mut flow, &texts, body, "the reports due")?;
        }
        _ => {
            let texts = said(cats, "letter-declined", |_| {
                Ok(vec![
                    ("title", title.clone().into()),
                    ("round", round.clone().into()),
                ])
            })?;
            place_words(&mut flow, &texts, body, "the decline")?;
            if let Some(reason) = reason {
                heading(&mut flow, cats, "letter-reasons")?;
                own_words(&mut flow, reason, "the committee's reasons")?;
            }
            flow.gap(8.0);
            let texts = said(cats, "letter-again", |_| {
                Ok(vec![("chapter", chapter.clone().into())])
            })?;
            place_words(&mut flow, &texts, body, "applying again")?;
        }
    }

    flow.gap(14.0);
    let closing = in_each(cats, "letter-closing")?;
    place_words(&mut flow, &closing, body, "the closing")?;
    place_words(
        &mut flow,
        &[input.committee_name.to_owned()],
        (Style::Body, Style::Body),
        "the committee's name",
    )?;
    flow.gap(6.0);
    flow.place(
        &Signature {
            signed: joined(&in_each(cats, "letter-signed")?),
            date: joined(&in_each(cats, "grant-signed-date")?),
        },
        "the signature lines",
    )?;
    frame.finish()
}
