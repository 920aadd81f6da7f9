//! Numbered connections forms: what a member fills in at a chapter meeting about the
//! organizations and communities they belong to. Their name and phone (so the form finds their
//! record), a line per organization with their role, how strong the tie is and whether they
//! would introduce the chapter, their work and union, then the chapter's own questions; in one
//! language or two, with the form's number on every page.

mod ties_grid;

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use groundwork_core::connections::survey::ConnectionsSurvey;
use groundwork_core::numbered::form_number;
use groundwork_core::progress::Job;
use groundwork_core::settings::{Chapter, PaperSize};

use crate::catalog::{in_each, Catalog};
use crate::layout::bilingual::joined;
use crate::layout::widgets::{Fields, FormNumber, SectionHeading, WRITE_ROW_MM};
use crate::layout::{mm, Block, Flow, Frame, FrameSpec, Lines, Paper, Style};
use crate::survey_paper::{catalogs_for, in_languages, Asked, GAP};
use crate::{PrintError, Printed};
use ties_grid::{GridTexts, TiesGrid};

const DOCUMENT: &str = "connections form";

pub struct ConnectionsForms<'a> {
    pub chapter_name: &'a str,
    pub survey: &'a ConnectionsSurvey,
    /// The assessment's code, printed before each serial: "K7QF-0042".
    pub code: &'a str,
    pub serials: RangeInclusive<u32>,
    /// One or two of the survey's language codes, in print order.
    pub languages: Vec<String>,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

impl<'a> ConnectionsForms<'a> {
    /// The next `count` forms after the `printed` so far, for the chapter (its name, paper and
    /// sample mark). `languages` empty: the chapter's print languages the survey runs in.
    pub fn next_batch(
        chapter: &'a Chapter,
        survey: &'a ConnectionsSurvey,
        code: &'a str,
        printed: u32,
        count: u32,
        languages: Vec<String>,
        printed_on: NaiveDate,
    ) -> ConnectionsForms<'a> {
        let languages = if languages.is_empty() {
            survey.default_print_languages(&chapter.settings.print_languages)
        } else {
            languages
        };
        ConnectionsForms {
            chapter_name: &chapter.settings.name,
            survey,
            code,
            serials: printed + 1..=printed + count,
            languages,
            paper: chapter.settings.paper_size,
            printed_on,
            is_sample: chapter.is_sample,
        }
    }
}

/// The form's own words (not the survey's), in each print language, looked up once.
struct Labels {
    number: String,
    yes_no: Vec<String>,
    who: Vec<Vec<(String, f32)>>,
    organizations: Vec<String>,
    grid: GridTexts,
    work: Vec<String>,
    work_fields: Vec<String>,
    more: Vec<String>,
}

impl Labels {
    fn new(catalogs: &[Catalog]) -> Result<Labels, PrintError> {
        let each = |id: &str| in_each(catalogs, id);
        let one = |id: &str| each(id).map(|t| joined(&t));
        let field = |id: &str| one(id).map(|t| format!("{t}:"));
        Ok(Labels {
            number: one("form-number")?,
            yes_no: vec![one("form-yes")?, one("form-no")?],
            who: vec![
                vec![(field("cx-your-name")?, 0.64), (field("form-date")?, 1.0)],
                vec![(field("cx-your-phone")?, 1.0)],
            ],
            organizations: each("cx-orgs")?,
            grid: GridTexts {
                organization: each("cx-col-org")?,
                role: each("cx-col-role")?,
                roles: [
                    each("cx-role-member")?,
                    each("cx-role-active")?,
                    each("cx-role-leader")?,
                    each("cx-role-staff")?,
                ],
                strength: each("cx-col-strength")?,
                introduce: each("cx-col-introduce")?,
            },
            work: each("cx-work")?,
            work_fields: vec![
                field("cx-workplace")?,
                field("cx-industry")?,
                field("cx-union")?,
            ],
            more: each("cx-more")?,
        })
    }
}

fn frame_of<'c>(
    forms: &ConnectionsForms<'c>,
    catalogs: &'c [Catalog],
) -> Result<Frame<'c>, PrintError> {
    Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(forms.paper),
        chapter_name: forms.chapter_name,
        title_id: "form-number",
        titles: Some(in_languages(&forms.languages, &forms.survey.title)),
        catalogs,
        printed_on: forms.printed_on,
        is_sample: forms.is_sample,
    })
}

/// The numbered blank forms, reporting each form done; Cancel stops before the next form.
pub fn render(forms: &ConnectionsForms<'_>, job: &Job<'_>) -> Result<Printed, PrintError> {
    if let Some(why) = forms.survey.print_language_problem(&forms.languages) {
        return Err(PrintError::InvalidRequest(why));
    }
    if forms.serials.is_empty() || *forms.serials.start() == 0 {
        return Err(PrintError::InvalidRequest(
            "no form numbers to print".into(),
        ));
    }
    let catalogs = catalogs_for(&forms.languages);
    let labels = Labels::new(&catalogs)?;
    let mut frame = frame_of(forms, &catalogs)?;
    let widest = format!("{} {}", labels.number, form_number("WWWW", 99_999));
    let laid = Laid::new(forms, &labels, Paper::of(forms.paper).inner_width());
    let total = u64::from(forms.serials.end() - forms.serials.start() + 1);
    for (done, serial) in (0_u64..).zip(forms.serials.clone()) {
        if job.cancel.is_cancelled() {
            return Err(PrintError::Cancelled);
        }
        job.report(done, total, "forms");
        let number = format!("{} {}", labels.number, form_number(forms.code, serial));
        form(&mut frame, number, &widest, &laid)?;
    }
    job.report(total, total, "forms");
    frame.finish()
}

/// A form's parts, laid out once for the whole batch: only the number differs from form to
/// form, so measuring and wrapping every text again for each of 500 forms would be waste.
struct Laid<'q> {
    who: Fields,
    who_below_number: Fields,
    intro: Lines,
    organizations: SectionHeading,
    prompt: Lines,
    grid: TiesGrid,
    work_heading: SectionHeading,
    work: Fields,
    more: SectionHeading,
    asked: Vec<Asked<'q>>,
}

impl<'q> Laid<'q> {
    fn new(forms: &ConnectionsForms<'q>, labels: &Labels, width: f32) -> Laid<'q> {
        let (survey, languages) = (forms.survey, &forms.languages[..]);
        let paragraph = |texts| {
            Lines::paragraph(
                &in_languages(languages, texts),
                Style::Body,
                Style::BodySecond,
                0.0,
                width,
            )
        };
        // Each rule a handwriting row below what is above it: the header's closing rule, or
        // the form's number when a long chapter name pushed it onto a line of its own.
        Laid {
            who: Fields::new(labels.who.clone(), 12.0, 12.0),
            who_below_number: Fields::new(labels.who.clone(), mm(WRITE_ROW_MM) - 7.0, 12.0),
            intro: paragraph(&survey.intro),
            organizations: SectionHeading::new(&labels.organizations, width),
            prompt: paragraph(&survey.ties_prompt),
            grid: TiesGrid::new(&labels.grid, usize::from(survey.rows), width),
            work_heading: SectionHeading::new(&labels.work, width),
            work: Fields::one_per_row(&labels.work_fields, mm(WRITE_ROW_MM) - 4.0, 12.0),
            more: SectionHeading::new(&labels.more, width),
            asked: survey
                .questions
                .iter()
                .map(|q| Asked::new(q, languages, &labels.yes_no, 0.0, width))
                .collect(),
        }
    }
}

/// One whole form, from a new page headed by its number.
fn form(
    frame: &mut Frame<'_>,
    number: String,
    widest: &str,
    laid: &Laid<'_>,
) -> Result<(), PrintError> {
    let number = FormNumber::new(frame, number, widest)?;
    let mut flow = Flow::new(frame, Some(&number))?;
    let who = if number.in_header() {
        &laid.who
    } else {
        &laid.who_below_number
    };
    flow.place(who, "who filled in the form")?;
    flow.place(&laid.intro, "the survey's introduction")?;
    flow.gap(GAP);
    flow.keep(laid.organizations.height() + laid.prompt.height() + laid.grid.height());
    flow.place(&laid.organizations, "the heading over the organizations")?;
    flow.place(&laid.prompt, "what to write about each organization")?;
    flow.gap(4.0);
    flow.place(&laid.grid, "the lines for organizations")?;
    flow.keep(laid.work_heading.height() + laid.work.height());
    flow.place(&laid.work_heading, "the heading over their work")?;
    flow.place(&laid.work, "their workplace, industry and union")?;
    if laid.asked.is_empty() {
        return Ok(());
    }
    flow.keep(laid.more.height() + laid.asked.first().map_or(0.0, Block::height));
    flow.place(&laid.more, "the heading over the chapter's questions")?;
    laid.asked.iter().try_for_each(|a| a.place(&mut flow))
}
