//! Who to invite to a session on a module, on paper: the people who have come to the chapter
//! and have not learned it, furthest up the ladder first, each with a phone number and room to
//! mark the call. Nobody who asked not to be called or texted is on it; those who may only be
//! texted say so.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::people::ladder::LadderLevel;
use groundwork_core::settings::PaperSize;
use groundwork_core::training::skills::Invitations;

use crate::catalog::{in_each, Catalog};
use crate::layout::bilingual::joined;
use crate::layout::prose::{each, place_words};
use crate::layout::read_table::{place_table, Column, Row};
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "call sheet";

pub struct CallSheetPaper<'a> {
    /// The module's title in each of the sheet's languages.
    pub module_titles: &'a [String],
    pub invitations: &'a Invitations,
    pub levels: &'a [LadderLevel],
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

const COLUMNS: [Column; 6] = [
    Column {
        share: 3.0,
        numbers: false,
    },
    Column {
        share: 2.4,
        numbers: false,
    },
    Column {
        share: 2.7,
        numbers: false,
    },
    Column {
        share: 1.7,
        numbers: false,
    },
    Column {
        share: 1.7,
        numbers: false,
    },
    Column {
        share: 2.5,
        numbers: false,
    },
];

/// A ladder level as the chapter calls it: its own name, or the built-in one in each language.
fn level_name(
    key: &str,
    levels: &[LadderLevel],
    catalogs: &[Catalog],
) -> Result<String, PrintError> {
    match levels.iter().find(|l| l.key == key) {
        Some(level) if level.renamed => Ok(level.name.clone()),
        _ => Ok(joined(&in_each(
            catalogs,
            &format!("ladder-default-{key}"),
        )?)),
    }
}

pub fn render(input: &CallSheetPaper<'_>) -> Result<Printed, PrintError> {
    let cats = input.catalogs;
    let titles = cats
        .iter()
        .zip(input.module_titles)
        .map(|(c, module)| c.text_with("call-sheet-title", &[("module", module.clone().into())]))
        .collect::<Result<Vec<_>, PrintError>>()?;
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper),
        chapter_name: input.chapter_name,
        title_id: "call-sheet-title",
        titles: Some(titles),
        catalogs: cats,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let explain = each(
        cats,
        "call-sheet-explain",
        &[(
            "left_out",
            FluentValue::from(i64::from(input.invitations.left_out)),
        )],
    )?;
    place_words(
        &mut flow,
        &explain,
        (Style::Body, Style::BodySecond),
        "what the sheet is",
    )?;
    flow.gap(8.0);
    if input.invitations.invite.is_empty() {
        let none = in_each(cats, "call-sheet-none")?;
        place_words(&mut flow, &none, (Style::Body, Style::BodySecond), "nobody")?;
        return frame.finish();
    }
    let width = flow.paper().inner_width();
    let header = Row::header(
        &COLUMNS,
        width,
        &[
            in_each(cats, "call-sheet-name")?,
            in_each(cats, "call-sheet-phone")?,
            in_each(cats, "call-sheet-level")?,
            in_each(cats, "call-sheet-called")?,
            in_each(cats, "call-sheet-coming")?,
            in_each(cats, "call-sheet-notes")?,
        ],
    );
    let text_only = joined(&in_each(cats, "call-sheet-text-only")?);
    let rows = input
        .invitations
        .invite
        .iter()
        .map(|person| {
            let phone = match (&person.phone, person.text_only) {
                (Some(phone), true) => format!("{phone} ({text_only})"),
                (Some(phone), false) => phone.clone(),
                (None, _) => "—".to_owned(),
            };
            Ok(Row::new(
                &COLUMNS,
                width,
                &[
                    person.name.clone(),
                    phone,
                    level_name(&person.level, input.levels, cats)?,
                    String::new(),
                    String::new(),
                    String::new(),
                ],
                Style::Table,
            )
            .divided())
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_table(&mut flow, &header, &rows, "the people to call")?;
    frame.finish()
}
