//! Walk sheets for a canvass, every turf in one packet: for each turf a cover (its streets,
//! the day, who walks it, what to bring), its script card (the script, the survey's question
//! with the needs numbered, what each mark means), then its
//! doors in walking order on sideways pages, a row a door with the people known there, boxes
//! for the result and room for what was said. Each sheet carries its turf's number and each
//! row its place in the walk, so results are entered in the order of the paper. A door where
//! everyone asked not to be contacted says so, with no boxes: nobody knocks there.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::canvass::doors::Resident;
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::dates;
use crate::fonts::{face, Face};
use crate::layout::bilingual::joined;
use crate::layout::measure::wrap;
use crate::layout::page::{CHECK_BOX_MM, RULE};
use crate::layout::prose::{each, heading, own_words, place_words};
use crate::layout::widgets::{Fields, WRITE_ROW_MM};
use crate::layout::{mm, Block, Flow, Frame, FrameSpec, Lines, Page, Paper, Slot, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "walk sheets";

/// A door as its row prints it.
pub struct SheetDoor {
    pub order: u32,
    pub address: String,
    pub residents: Vec<Resident>,
}

pub struct SheetTurf {
    pub position: u32,
    pub name: String,
    pub canvassers: Option<String>,
    pub shift: Option<String>,
    pub doors: Vec<SheetDoor>,
}

/// The needs survey's question taken to the doors, in each language of the sheet.
pub struct SheetSurvey {
    /// The question, a text per language.
    pub question: Vec<String>,
    /// The needs in the survey's order (numbered from 1 on paper), each a text per language.
    pub needs: Vec<Vec<String>>,
}

impl SheetSurvey {
    /// "1 Housing and rent · 2 Health care …" in the sheet's `n`th language.
    fn legend(&self, n: usize) -> String {
        self.needs
            .iter()
            .zip(1..)
            .filter_map(|(texts, number)| texts.get(n).map(|t| format!("{number} {t}")))
            .collect::<Vec<_>>()
            .join("  ·  ")
    }
}

pub struct WalkSheetsPaper<'a> {
    pub canvass: &'a str,
    pub held_on: NaiveDate,
    pub script: Option<&'a str>,
    pub literature: Option<&'a str>,
    pub turfs: &'a [SheetTurf],
    /// What is asked at the doors, when the canvass carries a needs survey.
    pub survey: Option<&'a SheetSurvey>,
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

/// The result boxes, in the order they print, with their short codes' catalog ids.
const RESULTS: [&str; 6] = [
    "walk-not-home",
    "walk-talked",
    "walk-refused",
    "walk-moved",
    "walk-come-back",
    "walk-inaccessible",
];

pub fn render(input: &WalkSheetsPaper<'_>) -> Result<Printed, PrintError> {
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(input.paper).landscape(),
        chapter_name: input.chapter_name,
        title_id: "walk-title",
        titles: None,
        catalogs: input.catalogs,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    for (n, turf) in input.turfs.iter().enumerate() {
        if n > 0 {
            flow.new_page();
        }
        cover(&mut flow, input, turf)?;
        // On the back of the cover when printed on both sides: what the pair holds at the door.
        flow.new_page();
        script_card(&mut flow, input, turf)?;
        flow.new_page();
        doors(&mut flow, input, turf)?;
    }
    frame.finish()
}

/// A turf's script card: what is said and asked at its doors, the needs by their numbers, and
/// the marks for each door, on a page of its own for the pair to hold.
fn script_card(
    flow: &mut Flow<'_, '_>,
    input: &WalkSheetsPaper<'_>,
    turf: &SheetTurf,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let width = flow.paper().inner_width();
    let title = joined(&in_each(cats, "walk-card-title")?);
    flow.place(
        &Lines::paragraph(
            &[format!("{title} · {}", sheet_name(cats, turf)?)],
            Style::Heading,
            Style::Heading,
            0.0,
            width,
        ),
        "the card's title",
    )?;
    if let Some(script) = input.script {
        heading(flow, cats, "walk-script")?;
        own_words(flow, script, "the script")?;
    }
    if let Some(survey) = input.survey {
        heading(flow, cats, "walk-ask")?;
        place_words(
            flow,
            &survey.question,
            (Style::Body, Style::BodySecond),
            "the survey's question",
        )?;
        let legend: Vec<String> = (0..cats.len()).map(|n| survey.legend(n)).collect();
        place_words(
            flow,
            &legend,
            (Style::Body, Style::BodySecond),
            "the needs by number",
        )?;
        place_words(
            flow,
            &in_each(cats, "walk-needs-means")?,
            (Style::Body, Style::BodySecond),
            "how to write the needs",
        )?;
    }
    heading(flow, cats, "walk-codes")?;
    // One line a result, its languages side by side.
    // "Do not knock" is explained where the turf has such a door.
    let any_do_not_knock = turf.doors.iter().any(do_not_knock);
    for id in RESULTS
        .iter()
        .chain([&INVOLVED])
        .map(|id| format!("{id}-means"))
        .chain(any_do_not_knock.then(|| "walk-dnc-means".to_owned()))
    {
        let line = in_each(cats, &id)?.join("  ·  ");
        place_words(
            flow,
            &[line],
            (Style::Body, Style::Body),
            "a result's meaning",
        )?;
    }
    Ok(())
}

/// The turf's cover: what it is, the languages at its doors, who walks it and when, and what
/// to bring; its script card follows.
fn cover(
    flow: &mut Flow<'_, '_>,
    input: &WalkSheetsPaper<'_>,
    turf: &SheetTurf,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let width = flow.paper().inner_width();
    flow.place(
        &Lines::paragraph(
            &[sheet_name(cats, turf)?],
            Style::Heading,
            Style::Heading,
            0.0,
            width,
        ),
        "the turf's name",
    )?;
    let facts = cats
        .iter()
        .map(|c| {
            c.text_with(
                "walk-cover-facts",
                &[
                    ("canvass", input.canvass.into()),
                    ("day", dates::day(c, input.held_on)?.into()),
                    ("doors", FluentValue::from(turf.doors.len())),
                ],
            )
        })
        .collect::<Result<Vec<_>, PrintError>>()?;
    place_words(
        flow,
        &facts,
        (Style::Body, Style::BodySecond),
        "the turf's facts",
    )?;
    // The languages spoken behind these doors, most first: who should walk it, with whom.
    let mut languages: Vec<(String, usize)> = Vec::new();
    for r in turf.doors.iter().flat_map(|d| &d.residents) {
        if let Some(language) = r
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            match languages
                .iter_mut()
                .find(|(l, _)| l.eq_ignore_ascii_case(language))
            {
                Some((_, n)) => *n += 1,
                None => languages.push((language.to_owned(), 1)),
            }
        }
    }
    if !languages.is_empty() {
        languages.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let listed = languages
            .iter()
            .map(|(l, n)| format!("{l} ({n})"))
            .collect::<Vec<_>>()
            .join(", ");
        let said = each(cats, "walk-languages", &[("languages", listed.into())])?;
        place_words(
            flow,
            &said,
            (Style::Body, Style::BodySecond),
            "the languages",
        )?;
    }
    flow.gap(6.0);
    let canvassers = turf.canvassers.clone().unwrap_or_default();
    let shift = turf.shift.clone().unwrap_or_default();
    let labels = [
        (joined(&in_each(cats, "walk-canvassers")?), canvassers),
        (joined(&in_each(cats, "walk-shift")?), shift),
    ];
    // What is not known yet is written in by hand, side by side on one row.
    let mut to_write = Vec::new();
    for (label, filled) in labels {
        if filled.is_empty() {
            to_write.push((label, 0.62));
        } else {
            place_words(
                flow,
                &[format!("{label}: {filled}")],
                (Style::Body, Style::Body),
                "who walks it",
            )?;
        }
    }
    if !to_write.is_empty() {
        let line = Fields::new(vec![to_write], mm(WRITE_ROW_MM), 4.0);
        flow.place(&line, "a line to write on")?;
    }
    if let Some(literature) = input.literature {
        heading(flow, cats, "walk-bring")?;
        own_words(flow, literature, "what to bring")?;
    }
    Ok(())
}

/// The box ticked when someone at the door wants to get involved, after the results'.
const INVOLVED: &str = "walk-involved";

/// Where the columns of a door's row start, across `width`.
struct Columns {
    address: f32,
    people: f32,
    boxes: f32,
    /// Where the needs are written, when the canvass carries a survey.
    needs: Option<f32>,
    notes: f32,
}

/// Room for each box: the six results and "wants to get involved".
const BOX_COLUMN: f32 = 31.0;
const BOXES: usize = RESULTS.len() + 1;
/// Room for up to three needs' numbers.
const NEEDS_COLUMN: f32 = 72.0;
/// The space between the needs column and the notes.
const NEEDS_GAP: f32 = 6.0;

impl Columns {
    fn across(width: f32, survey: bool) -> Columns {
        let number = 26.0;
        // A survey's column is taken from the address and the people.
        let (address, people) = if survey {
            (width * 0.18, width * 0.24)
        } else {
            (width * 0.20, width * 0.30)
        };
        let boxes = number + address + people;
        let after_boxes = boxes + BOX_COLUMN * BOXES as f32 + 6.0;
        let (needs, notes) = if survey {
            (Some(after_boxes), after_boxes + NEEDS_COLUMN + NEEDS_GAP)
        } else {
            (None, after_boxes)
        };
        Columns {
            address: number,
            people: number + address,
            boxes,
            needs,
            notes,
        }
    }
}

/// The needs column's label in each language, then the needs by number as wrapped lines
/// (true: a line in the second language).
type NeedsLegend = (Vec<String>, Vec<(String, bool)>);

/// The header of a turf's door pages: the sheet's turf, then the columns' names, each in
/// every language of the sheet, one below the other.
struct DoorHeader {
    sheet: String,
    /// Address, who lives there, notes: each in each language.
    labels: [Vec<String>; 3],
    /// Each result's short code, then "wants to get involved", in each language.
    codes: Vec<Vec<String>>,
    /// With a survey: the needs column's label in each language, and the needs by number.
    needs: Option<NeedsLegend>,
}

const SIZE: f32 = 10.0;

impl DoorHeader {
    fn languages(&self) -> usize {
        self.labels[0].len().max(1)
    }

    fn legend_lines(&self) -> f32 {
        self.needs
            .as_ref()
            .map_or(0.0, |(_, legend)| legend.len() as f32)
    }
}

impl Block for DoorHeader {
    fn height(&self) -> f32 {
        SIZE * 1.25 * (1.5 + self.legend_lines() + self.languages() as f32) + 8.0
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let c = Columns::across(slot.width(), self.needs.is_some());
        let top = slot.top + SIZE;
        page.text(slot.left, top, &self.sheet, Face::Bold, SIZE + 1.0);
        let x = |at: f32| slot.left + at;
        // The needs by number stay in sight on every page of the sheet.
        if let Some((_, legend)) = &self.needs {
            for (n, (line, second)) in legend.iter().enumerate() {
                let y = top + SIZE * 1.25 * (1.25 + n as f32);
                let f = if *second { Face::Italic } else { Face::Regular };
                page.text(slot.left, y, line, f, SIZE);
            }
        }
        let below = self.legend_lines();
        for n in 0..self.languages() {
            let y = top + SIZE * 1.25 * (1.5 + below + n as f32);
            let f = if n == 0 { Face::Bold } else { Face::Italic };
            if n == 0 {
                page.text(x(0.0), y, "#", f, SIZE);
            }
            for (label, at) in self.labels.iter().zip([c.address, c.people, c.notes]) {
                if let Some(text) = label.get(n) {
                    page.text(x(at), y, text, f, SIZE);
                }
            }
            if let (Some(at), Some((label, _))) = (c.needs, &self.needs) {
                if let Some(text) = label.get(n) {
                    page.text(x(at), y, text, f, SIZE);
                }
            }
            for (i, code) in self.codes.iter().enumerate() {
                if let Some(code) = code.get(n) {
                    let w = face(f).width(code, SIZE);
                    let centre = c.boxes + BOX_COLUMN * (i as f32 + 0.5);
                    page.text(x(centre) - w / 2.0, y, code, f, SIZE);
                }
            }
        }
        let bottom = slot.top + self.height() - 2.0;
        page.line((slot.left, bottom), (slot.right, bottom), 1.0);
    }
}

/// A door's row: its place in the walk, its address, the people known there, a box for each
/// result and room for notes.
struct DoorRow {
    order: String,
    address: Vec<String>,
    people: Vec<String>,
    /// Everyone there asked not to be contacted: no boxes, and the words instead.
    do_not_knock: Option<String>,
    /// A line to write the needs on.
    survey: bool,
    height: f32,
}

impl DoorRow {
    fn new(
        door: &SheetDoor,
        width: f32,
        cats: &[Catalog],
        survey: bool,
    ) -> Result<DoorRow, PrintError> {
        let c = Columns::across(width, survey);
        let address = wrap(&door.address, Face::Bold, SIZE, c.people - c.address - 6.0);
        let mut people = Vec::new();
        for r in &door.residents {
            let mut line = r.name.clone();
            if let Some(language) = &r.language {
                line.push_str(&format!(" · {language}"));
            }
            if r.member {
                line.push_str(&format!(" · {}", joined(&in_each(cats, "walk-member")?)));
            }
            if let Some(day) = &r.last_contact {
                line.push_str(&format!(
                    " · {} {day}",
                    joined(&in_each(cats, "walk-last-talked")?)
                ));
            }
            people.extend(wrap(&line, Face::Regular, SIZE, c.boxes - c.people - 6.0));
        }
        let do_not_knock = do_not_knock(door)
            .then(|| in_each(cats, "walk-do-not-knock").map(|t| joined(&t)))
            .transpose()?;
        let lines = address.len().max(people.len()).max(1) as f32;
        let height = (lines * SIZE * 1.25 + 10.0)
            .max(mm(WRITE_ROW_MM + 1.5))
            .max(mm(CHECK_BOX_MM) + 10.0);
        Ok(DoorRow {
            order: door.order.to_string(),
            address,
            people,
            do_not_knock,
            survey,
            height,
        })
    }
}

impl Block for DoorRow {
    fn height(&self) -> f32 {
        self.height
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let c = Columns::across(slot.width(), self.survey);
        let x = |at: f32| slot.left + at;
        let first = slot.top + 5.0 + SIZE;
        page.text(x(0.0), first, &self.order, Face::Bold, SIZE);
        for (i, line) in self.address.iter().enumerate() {
            page.text(
                x(c.address),
                first + i as f32 * SIZE * 1.25,
                line,
                Face::Bold,
                SIZE,
            );
        }
        for (i, line) in self.people.iter().enumerate() {
            page.text(
                x(c.people),
                first + i as f32 * SIZE * 1.25,
                line,
                Face::Regular,
                SIZE,
            );
        }
        match &self.do_not_knock {
            Some(words) => page.text(x(c.boxes), first, words, Face::Bold, SIZE),
            None => {
                let side = mm(CHECK_BOX_MM);
                for i in 0..BOXES {
                    let centre = c.boxes + BOX_COLUMN * (i as f32 + 0.5);
                    page.check_box(x(centre) - side / 2.0, slot.top + 5.0);
                }
                if let Some(at) = c.needs {
                    let y = slot.top + 5.0 + side;
                    page.line((x(at), y), (x(at + NEEDS_COLUMN), y), RULE);
                }
            }
        }
        let bottom = slot.top + self.height;
        page.line((slot.left, bottom), (slot.right, bottom), RULE);
    }
}

/// Everyone known at the door asked not to be contacted: nobody knocks there.
fn do_not_knock(door: &SheetDoor) -> bool {
    !door.residents.is_empty() && door.residents.iter().all(|r| r.do_not_contact)
}

/// "Sheet T3 / Hoja T3: Larch Ct, Elm St": the turf's number on the sheet, and its streets.
fn sheet_name(cats: &[Catalog], turf: &SheetTurf) -> Result<String, PrintError> {
    let sheet = each(
        cats,
        "walk-sheet",
        &[("sheet", format!("T{}", turf.position).into())],
    )?;
    Ok(format!("{}: {}", joined(&sheet), turf.name))
}

/// The turf's doors in walking order, the header again on every page.
fn doors(
    flow: &mut Flow<'_, '_>,
    input: &WalkSheetsPaper<'_>,
    turf: &SheetTurf,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let width = flow.paper().inner_width();
    let sheet = sheet_name(cats, turf)?;
    let header = DoorHeader {
        sheet,
        labels: [
            in_each(cats, "walk-address")?,
            in_each(cats, "walk-people")?,
            in_each(cats, "walk-notes")?,
        ],
        codes: RESULTS
            .iter()
            .chain([&INVOLVED])
            .map(|id| in_each(cats, id))
            .collect::<Result<Vec<_>, PrintError>>()?,
        needs: match input.survey {
            Some(survey) => Some((
                in_each(cats, "walk-needs")?,
                (0..cats.len())
                    .flat_map(|n| {
                        wrap(&survey.legend(n), Face::Regular, SIZE, width)
                            .into_iter()
                            .map(move |line| (line, n > 0))
                    })
                    .collect(),
            )),
            None => None,
        },
    };
    flow.place(&header, "the sheet's header")?;
    for door in &turf.doors {
        let row = DoorRow::new(door, width, cats, input.survey.is_some())?;
        if row.height() > flow.room() {
            flow.new_page();
            flow.place(&header, "the sheet's header")?;
        }
        flow.place(&row, "a door's row")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use groundwork_core::settings::Lang;

    /// The needs column's heading, in bold, ends clear of the notes' heading after it:
    /// "Necesidades" once ran into "Lo que dijeron".
    #[test]
    fn the_needs_heading_fits_its_column_in_every_language() {
        for lang in [Lang::En, Lang::Es] {
            let label = Catalog::new(lang).text("walk-needs").unwrap();
            let width = face(Face::Bold).width(&label, SIZE);
            assert!(
                width + 4.0 <= NEEDS_COLUMN + NEEDS_GAP,
                "{label}: {width} pt against {} pt",
                NEEDS_COLUMN + NEEDS_GAP
            );
        }
    }
}
