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
//! A form starts on a new page; a question and its answers never split across two pages.
//! [`pages_per_form`] lays one form out without writing a PDF, for the survey editor.

mod answers;
mod questions;
mod writer;

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use groundwork_core::needs::assessment::{form_number, Assessment};
use groundwork_core::needs::survey::Survey;
use groundwork_core::progress::Job;
use groundwork_core::settings::{Chapter, Lang, PaperSize};

use crate::catalog::Catalog;
use crate::layout::{mm, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};
use answers::{Choices, WRITE_ROW_MM};
use writer::{height_of, joined, Writer};

const DOCUMENT: &str = "needs assessment form";
/// Space between questions.
const GAP: f32 = 6.0;
/// Between a question's text and the answer beside it.
const GUTTER: f32 = 12.0;
/// Check boxes sit this far in under their question.
const CHOICES_INDENT: f32 = 12.0;
/// Above and below a section heading's text: its rule and the space around it.
const HEADING_SPACE: f32 = 10.0;

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

/// The print catalog for each survey language: its own where Groundwork has one, else
/// English (the survey's texts are still the language's own; only fixed labels fall back).
fn catalogs_for(languages: &[String]) -> Vec<Catalog> {
    languages
        .iter()
        .map(|code| Catalog::new(Lang::from_code(code).unwrap_or(Lang::En)))
        .collect()
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
        let each = |id: &str| -> Result<Vec<String>, PrintError> {
            catalogs.iter().map(|c| c.text(id)).collect()
        };
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
        let mut w = Writer::new(&mut frame, &forms.languages, number, &widest)?;
        form(&mut w, forms.survey, &labels);
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
    let mut w = Writer::new(&mut frame, languages, widest.clone(), &widest)?;
    form(&mut w, survey, &labels);
    Ok(frame.pages())
}

/// One whole form, from a new page.
fn form(w: &mut Writer<'_, '_>, survey: &Survey, labels: &Labels) {
    w.new_page();
    tracking(w, labels);
    let width = w.paper.inner_width();
    let intro = w.texts(&survey.intro);
    let intro = w.paragraph(&intro, Style::Body, Style::BodySecond, 0.0, width);
    w.draw(&intro);
    w.y += 4.0;
    let legend = w.paragraph(
        &labels.legend,
        Style::TableHeader,
        Style::TableHeaderSecond,
        0.0,
        width,
    );
    w.draw(&legend);
    w.y += GAP;
    for domain in &survey.domains {
        questions::need(w, domain, &labels.yes_no);
    }
    let about: Vec<questions::Asked<'_>> = survey
        .about
        .iter()
        .map(|q| questions::Asked::new(w, q, 0.0, &labels.yes_no))
        .collect();
    heading(w, &labels.about, about.first().map_or(0.0, |q| q.height()));
    for asked in &about {
        w.room_for(asked.height());
        asked.draw(w);
    }
    contact(w, survey, labels);
}

/// Who gathered the form, where and when, written by the canvasser and typed in with the
/// answers: area and date on one row, then who collected it (names run long).
fn tracking(w: &mut Writer<'_, '_>, labels: &Labels) {
    let (left, right) = (w.paper.left(), w.paper.right());
    let size = Style::Body.size();
    // Each rule a handwriting row (9 mm) below what is above it: the header's closing rule,
    // or the form's number when a long chapter name pushed it onto a line of its own.
    let first = w.y
        + if w.number_in_header() {
            12.0
        } else {
            mm(WRITE_ROW_MM) - 7.0
        };
    let second = first + mm(WRITE_ROW_MM);
    let area_end = left + w.paper.inner_width() * 0.6;
    let page = w.page();
    page.write_in(left, first, area_end, &labels.area, size);
    page.write_in(area_end + 14.0, first, right, &labels.date, size);
    page.write_in(left, second, right, &labels.collected_by, size);
    w.y = second + 12.0;
}

/// A section heading under a short thick rule (a full-width rule or band would read as a
/// row to write on), kept with the first `keep` points of what follows.
fn heading(w: &mut Writer<'_, '_>, texts: &[String], keep: f32) {
    let width = w.paper.inner_width();
    let lines = w.label(texts, Style::Heading, Style::BodySecond, 0.0, width);
    w.room_for(HEADING_SPACE + height_of(&lines) + keep);
    w.y += 4.0;
    let (left, y) = (w.paper.left(), w.y);
    w.page().line((left, y), (left + mm(30.0), y), 2.0);
    w.y += 3.0;
    w.draw(&lines);
    w.y += 3.0;
}

/// Consent first, then the boxes and the rows it governs, all on one page: a promise read
/// out of sight of the details it covers would mean little.
fn contact(w: &mut Writer<'_, '_>, survey: &Survey, labels: &Labels) {
    let width = w.paper.inner_width();
    let consent = w.texts(&survey.consent);
    let consent = w.paragraph(&consent, Style::Body, Style::BodySecond, 0.0, width);
    let boxes = Choices::new(
        &[labels.agree.clone(), labels.contact_me.clone()],
        width - CHOICES_INDENT,
    );
    let rows = labels.contact_rows.len() as f32 * mm(WRITE_ROW_MM);
    let heading_lines = w.label(
        &labels.contact,
        Style::Heading,
        Style::BodySecond,
        0.0,
        width,
    );
    w.room_for(
        HEADING_SPACE
            + height_of(&heading_lines)
            + height_of(&consent)
            + 3.0
            + boxes.height()
            + rows,
    );
    heading(w, &labels.contact, 0.0);
    w.draw(&consent);
    w.y += 3.0;
    let (left, right) = (w.paper.left(), w.paper.right());
    let top = w.y;
    w.y += boxes.draw(w.page(), left + CHOICES_INDENT, top);
    for row in &labels.contact_rows {
        w.y += mm(WRITE_ROW_MM);
        let baseline = w.y - 2.0;
        w.page()
            .write_in(left, baseline, right, row, Style::Body.size());
    }
}
