//! Numbered needs-assessment forms: the survey on paper, in one language or two, with check
//! boxes, 1–5 scales and write-in rows sized for a pen, the consent statement before any
//! contact details, and the form's number on every page so a loose page finds its form again.
//!
//! The form is compact so that a survey meant for five minutes at a door stays a few pages:
//! each need is one row, its title and question on the left and its 1–5 scale beside them;
//! yes/no and number answers sit beside their question too; choices take as many columns as
//! save height; short labels carry their two languages on one line. Sizes never go below
//! PAPER.md's minimums.
//!
//! A form starts on a new page; a question and its answers never split across two pages, and
//! one too long for any page is refused as an overflow naming it. [`pages_per_form`] lays one
//! form out without writing a PDF, for the survey editor.
//!
//! The page flow and the widgets (boxes, scales, rows to write in, the consent block, the
//! number) are the layout layer's, shared with every document; this module holds what is a
//! needs survey's own: which widget answers each kind of question, and what the form says.

mod questions;

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use groundwork_core::needs::assessment::Assessment;
use groundwork_core::needs::survey::Survey;
use groundwork_core::numbered::form_number;
use groundwork_core::progress::Job;
use groundwork_core::settings::{Chapter, PaperSize};

use crate::catalog::{in_each, Catalog};
use crate::layout::bilingual::joined;
use crate::layout::widgets::{
    Consent, ConsentTexts, Fields, FormNumber, SectionHeading, WRITE_ROW_MM,
};
use crate::layout::{mm, Block, Flow, Frame, FrameSpec, Lines, Paper, Style};
use crate::survey_paper::{catalogs_for, in_languages, Asked, GAP};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "needs assessment form";
/// Between the survey's introduction and the scale's legend.
const BELOW_INTRO: f32 = 4.0;

pub struct NeedsForms<'a> {
    pub chapter_name: &'a str,
    pub survey: &'a Survey,
    /// The assessment's code, printed before each serial: "K7QF-0042".
    pub code: &'a str,
    pub serials: RangeInclusive<u32>,
    /// One or two of the survey's language codes, in print order.
    pub languages: Vec<String>,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

impl<'a> NeedsForms<'a> {
    /// The next `count` numbered forms of the assessment, for the chapter: its name, paper and
    /// sample mark. `languages` empty: the chapter's print languages the survey runs in.
    pub fn next_batch(
        chapter: &'a Chapter,
        assessment: &'a Assessment,
        survey: &'a Survey,
        count: u32,
        languages: Vec<String>,
        printed_on: NaiveDate,
    ) -> NeedsForms<'a> {
        let languages = languages_for(chapter, survey, languages);
        let first = assessment.forms_printed + 1;
        NeedsForms {
            chapter_name: &chapter.settings.name,
            survey,
            code: &assessment.code,
            serials: first..=assessment.forms_printed + count,
            languages,
            paper: chapter.settings.paper_size,
            printed_on,
            is_sample: chapter.is_sample || assessment.is_sample,
        }
    }
}

/// The languages forms print in: those asked for, or when none are, the chapter's print
/// languages that the survey runs in.
pub fn languages_for(chapter: &Chapter, survey: &Survey, asked: Vec<String>) -> Vec<String> {
    if asked.is_empty() {
        survey.default_print_languages(&chapter.settings.print_languages)
    } else {
        asked
    }
}

/// Refuses a language the survey does not run in, or one with texts still untranslated,
/// naming what is missing.
fn check_languages(survey: &Survey, languages: &[String]) -> Result<(), PrintError> {
    match survey.print_language_problem(languages) {
        Some(why) => Err(PrintError::InvalidRequest(why)),
        None => Ok(()),
    }
}

/// The form's own words (not the survey's), in each print language, looked up once.
struct Labels {
    number: String,
    yes_no: Vec<String>,
    area: String,
    date: String,
    collected_by: String,
    legend: Vec<String>,
    about: Vec<String>,
    contact: Vec<String>,
    /// "I agree" and "Please contact me", each in every print language.
    agree: Vec<String>,
    contact_me: Vec<String>,
    contact_rows: [String; 3],
}

impl Labels {
    fn new(catalogs: &[Catalog]) -> Result<Labels, PrintError> {
        let each = |id: &str| in_each(catalogs, id);
        let one = |id: &str| each(id).map(|t| joined(&t));
        let field = |id: &str| one(id).map(|t| format!("{t}:"));
        Ok(Labels {
            number: one("form-number")?,
            yes_no: vec![one("form-yes")?, one("form-no")?],
            area: field("form-area")?,
            date: field("form-date")?,
            collected_by: field("form-collected-by")?,
            legend: each("form-scale-legend")?,
            about: each("form-about")?,
            contact: each("form-contact")?,
            agree: each("form-consent-agree")?,
            contact_me: each("form-contact-me")?,
            contact_rows: [
                field("form-contact-name")?,
                field("form-contact-phone")?,
                field("form-contact-email")?,
            ],
        })
    }
}

/// The frame around the forms' pages: the chapter's name and the survey's title in each
/// print language.
fn frame_of<'c>(forms: &NeedsForms<'c>, catalogs: &'c [Catalog]) -> Result<Frame<'c>, PrintError> {
    let titles = forms
        .languages
        .iter()
        .map(|l| forms.survey.title.get(l).cloned().unwrap_or_default())
        .collect();
    Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: Paper::of(forms.paper),
        chapter_name: forms.chapter_name,
        title_id: "form-number",
        titles: Some(titles),
        catalogs,
        printed_on: forms.printed_on,
        is_sample: forms.is_sample,
    })
}

/// The widest number any form prints: "Form / Formulario WWWW-99999".
fn widest_number(labels: &Labels) -> String {
    format!("{} {}", labels.number, form_number("WWWW", 99_999))
}

/// The numbered blank forms, reporting each form done; Cancel stops before the next form.
pub fn render(forms: &NeedsForms<'_>, job: &Job<'_>) -> Result<Printed, PrintError> {
    check_languages(forms.survey, &forms.languages)?;
    if forms.serials.is_empty() || *forms.serials.start() == 0 {
        return Err(PrintError::InvalidRequest(
            "no form numbers to print".into(),
        ));
    }
    let catalogs = catalogs_for(&forms.languages);
    let labels = Labels::new(&catalogs)?;
    let mut frame = frame_of(forms, &catalogs)?;
    let widest = widest_number(&labels);
    let total = u64::from(forms.serials.end() - forms.serials.start() + 1);
    for (done, serial) in (0_u64..).zip(forms.serials.clone()) {
        if job.cancel.is_cancelled() {
            return Err(PrintError::Cancelled);
        }
        job.report(done, total, "forms");
        let number = format!("{} {}", labels.number, form_number(forms.code, serial));
        form(&mut frame, number, &widest, forms, &labels)?;
    }
    job.report(total, total, "forms");
    frame.finish()
}

/// How many pages one form of `survey` takes in `languages` (one or two of its own, in print
/// order) on `paper`, under the chapter's name (a long one takes two lines of the header):
/// the form laid out as [`render`] would, without writing a PDF. Refused as `render` would
/// refuse it, for a language the survey does not run in or one still untranslated.
pub fn pages_per_form(
    chapter_name: &str,
    survey: &Survey,
    languages: &[String],
    paper: PaperSize,
) -> Result<usize, PrintError> {
    let forms = NeedsForms {
        chapter_name,
        survey,
        code: "WWWW",
        serials: 1..=1,
        languages: languages.to_vec(),
        paper,
        printed_on: NaiveDate::default(),
        is_sample: false,
    };
    check_languages(survey, languages)?;
    let catalogs = catalogs_for(languages);
    let labels = Labels::new(&catalogs)?;
    let mut frame = frame_of(&forms, &catalogs)?;
    let widest = widest_number(&labels);
    form(&mut frame, widest.clone(), &widest, &forms, &labels)?;
    Ok(frame.pages())
}

/// One whole form, from a new page headed by its `number` (decided on `widest`, see
/// [`FormNumber::new`]).
fn form(
    frame: &mut Frame<'_>,
    number: String,
    widest: &str,
    forms: &NeedsForms<'_>,
    labels: &Labels,
) -> Result<(), PrintError> {
    let number = FormNumber::new(frame, number, widest)?;
    let mut flow = Flow::new(frame, Some(&number))?;
    let (survey, languages) = (forms.survey, &forms.languages[..]);
    let width = flow.paper().inner_width();
    flow.place(
        &tracking(labels, number.in_header()),
        "who gathered the form",
    )?;
    let intro = in_languages(languages, &survey.intro);
    let intro = Lines::paragraph(&intro, Style::Body, Style::BodySecond, 0.0, width);
    flow.place(&intro, "the survey's introduction")?;
    flow.gap(BELOW_INTRO);
    let legend = Lines::paragraph(
        &labels.legend,
        Style::TableHeader,
        Style::TableHeaderSecond,
        0.0,
        width,
    );
    flow.place(&legend, "the scale's legend")?;
    flow.gap(GAP);
    for domain in &survey.domains {
        questions::need(&mut flow, domain, languages, &labels.yes_no)?;
    }
    let about: Vec<Asked<'_>> = survey
        .about
        .iter()
        .map(|q| Asked::new(q, languages, &labels.yes_no, 0.0, width))
        .collect();
    let heading = SectionHeading::new(&labels.about, width);
    // The heading stays with the first question under it.
    flow.keep(heading.height() + about.first().map_or(0.0, Block::height));
    flow.place(&heading, "the heading over the household's questions")?;
    for asked in &about {
        asked.place(&mut flow)?;
    }
    let consent = Consent::new(
        &ConsentTexts {
            heading: &labels.contact,
            statement: &in_languages(languages, &survey.consent),
            boxes: &[labels.agree.clone(), labels.contact_me.clone()],
            rows: &labels.contact_rows,
        },
        width,
    );
    flow.place(&consent, "the consent and contact details")
}

/// Who gathered the form, where and when, written by the canvasser and typed in with the
/// answers: area and date on one row, then who collected it (names run long).
fn tracking(labels: &Labels, number_in_header: bool) -> Fields {
    // Each rule a handwriting row (9 mm) below what is above it: the header's closing rule,
    // or the form's number when a long chapter name pushed it onto a line of its own.
    let first = if number_in_header {
        12.0
    } else {
        mm(WRITE_ROW_MM) - 7.0
    };
    let rows = vec![
        vec![(labels.area.clone(), 0.6), (labels.date.clone(), 1.0)],
        vec![(labels.collected_by.clone(), 1.0)],
    ];
    Fields::new(rows, first, 12.0)
}
