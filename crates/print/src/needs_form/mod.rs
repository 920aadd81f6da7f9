//! Numbered needs-assessment forms: the survey on paper, in one language or two (the second in
//! italic just below the first), with check boxes, 1–5 scales and write-in rows sized for a
//! pen, the consent statement before any contact details, and the form's number on every page
//! so a loose page finds its form again.
//!
//! A form starts on a new page; a question and its answers never split across two pages.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use groundwork_core::needs::assessment::Assessment;
use groundwork_core::needs::survey::{Question, QuestionKind, Survey, Texts};
use groundwork_core::progress::Job;
use groundwork_core::settings::{Chapter, Lang, PaperSize};

use crate::catalog::Catalog;
use crate::fonts::{face, Face};
use crate::layout::measure::wrap;
use crate::layout::page::CHECK_BOX_MM;
use crate::layout::{mm, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "needs assessment form";
/// A row to write in by hand (PAPER.md).
const WRITE_ROW: f32 = 9.0;
/// Space between questions.
const GAP: f32 = 7.0;
/// From one box of a 1–5 scale to the next, number included.
const SCALE_STEP: f32 = 38.0;

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
        let languages = if languages.is_empty() {
            survey.default_print_languages(&chapter.settings.print_languages)
        } else {
            languages
        };
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

/// The survey's text in each print language. Checked up front, so this never misses.
fn texts_of(texts: &Texts, languages: &[String]) -> Vec<String> {
    languages
        .iter()
        .map(|l| texts.get(l).cloned().unwrap_or_default())
        .collect()
}

/// Refuses a language the survey does not run in, or one with texts still untranslated, naming
/// what is missing.
fn check_languages(forms: &NeedsForms<'_>) -> Result<(), PrintError> {
    if let Some(why) = forms.survey.print_language_problem(&forms.languages) {
        return Err(PrintError::InvalidRequest(why));
    }
    if forms.serials.is_empty() || *forms.serials.start() == 0 {
        return Err(PrintError::InvalidRequest(
            "no form numbers to print".into(),
        ));
    }
    Ok(())
}

/// The print catalog for a survey language: its own where Groundwork has one, else English
/// (the survey's texts are still the language's own; only fixed labels fall back).
fn catalog_for(code: &str) -> Catalog {
    Catalog::new(Lang::from_code(code).unwrap_or(Lang::En))
}

/// Draws one form after another, breaking pages between blocks.
struct Writer<'f, 'a> {
    frame: &'f mut Frame<'a>,
    paper: Paper,
    languages: &'f [String],
    /// "Form · Formulario K7QF-0042", on every page of the form.
    number: String,
    y: f32,
}

/// A line of text to draw: the style, its x offset and its words.
struct Line {
    style: Style,
    indent: f32,
    text: String,
}

impl Writer<'_, '_> {
    fn bottom(&self) -> f32 {
        self.frame.content_bottom()
    }

    /// A new page headed by the form's number.
    fn page(&mut self) {
        let top = self.frame.content_top();
        let right = self.paper.right();
        let size = Style::Heading.size();
        let width = face(Face::Bold).width(&self.number, size);
        let number = self.number.clone();
        let page = self.frame.new_page();
        page.text(right - width, top + size, &number, Face::Bold, size);
        self.y = top + Style::leading(size) + 4.0;
    }

    /// Moves to a new page unless `height` still fits on this one.
    fn room_for(&mut self, height: f32) {
        if self.y + height > self.bottom() {
            self.page();
        }
    }

    /// Text in each language, wrapped to `width`: the first in `first`, the others in
    /// `second` (italic) just below.
    fn lines(&self, texts: &[String], first: Style, second: Style, indent: f32) -> Vec<Line> {
        self.lines_within(
            texts,
            first,
            second,
            indent,
            self.paper.inner_width() - indent,
        )
    }

    /// As [`Self::lines`], wrapped to `width` (a question with its answer beside it).
    fn lines_within(
        &self,
        texts: &[String],
        first: Style,
        second: Style,
        indent: f32,
        width: f32,
    ) -> Vec<Line> {
        let mut out = Vec::new();
        for (i, text) in texts.iter().enumerate() {
            let style = if i == 0 { first } else { second };
            for line in wrap(text, style.face(), style.size(), width) {
                out.push(Line {
                    style,
                    indent,
                    text: line,
                });
            }
        }
        out
    }

    fn height_of(lines: &[Line]) -> f32 {
        lines.iter().map(|l| Style::leading(l.style.size())).sum()
    }

    fn draw(&mut self, lines: &[Line]) {
        let left = self.paper.left();
        for line in lines {
            let size = line.style.size();
            let y = self.y + size;
            self.frame
                .page()
                .text(left + line.indent, y, &line.text, line.style.face(), size);
            self.y += Style::leading(size);
        }
    }

    /// A label joined across languages: "Yes / Sí".
    fn both(texts: &[String]) -> String {
        let mut unique: Vec<&str> = Vec::new();
        for t in texts {
            if !unique.contains(&t.as_str()) {
                unique.push(t);
            }
        }
        unique.join(" / ")
    }

    /// Check boxes with labels, in as many columns (up to three) as keep every label to two
    /// lines (three with two languages): (column, column width, wrapped label).
    fn boxes(&self, labels: &[String]) -> Vec<(usize, f32, Vec<String>)> {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        let width = self.paper.inner_width() - 12.0;
        let wrapped = |columns: usize| -> Vec<Vec<String>> {
            let column_width = width / columns as f32;
            labels
                .iter()
                .map(|l| wrap(l, Face::Regular, size, column_width - side - 15.0))
                .collect()
        };
        // Two languages make every label twice as long: let it take a third line rather than
        // a row of its own.
        let most_lines = if self.languages.len() > 1 { 3 } else { 2 };
        let columns = (1..=labels.len().clamp(1, 3))
            .rev()
            .find(|&c| c == 1 || wrapped(c).iter().all(|lines| lines.len() <= most_lines))
            .unwrap_or(1);
        let column_width = width / columns as f32;
        wrapped(columns)
            .into_iter()
            .enumerate()
            .map(|(i, lines)| (i % columns, column_width, lines))
            .collect()
    }

    fn draw_boxes(&mut self, labels: &[String]) {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        let left = self.paper.left() + 12.0;
        let placed = self.boxes(labels);
        let mut row_height: f32 = 0.0;
        for (column, column_width, lines) in placed {
            if column == 0 && row_height > 0.0 {
                self.y += row_height;
                row_height = 0.0;
            }
            let x = left + column as f32 * column_width;
            let page = self.frame.page();
            page.check_box(x, self.y + 2.0);
            let mut baseline = self.y + side;
            for line in &lines {
                page.text(x + side + 5.0, baseline, line, Face::Regular, size);
                baseline += Style::leading(size);
            }
            let height = (Style::leading(size) * lines.len() as f32).max(side + 4.0) + 3.0;
            row_height = row_height.max(height);
        }
        self.y += row_height;
    }

    fn boxes_height(&self, labels: &[String]) -> f32 {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        let mut total = 0.0;
        let mut row: f32 = 0.0;
        for (column, _, lines) in self.boxes(labels) {
            if column == 0 {
                total += row;
                row = 0.0;
            }
            row = row.max((Style::leading(size) * lines.len() as f32).max(side + 4.0) + 3.0);
        }
        total + row
    }

    /// The five boxes of a 1–5 scale, each with its number, from `x` at `top`.
    fn draw_scale_at(&mut self, x: f32, top: f32) {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        let page = self.frame.page();
        for n in 1..=5u8 {
            let at = x + f32::from(n - 1) * SCALE_STEP;
            page.text(at, top + side, &n.to_string(), Face::Bold, size);
            page.check_box(at + 10.0, top + 2.0);
        }
    }

    /// "☐ Yes / Sí   ☐ No", from `x` at `top`.
    fn draw_yes_no_at(&mut self, x: f32, top: f32, labels: &[String]) {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        let page = self.frame.page();
        let mut at = x;
        for label in labels {
            page.check_box(at, top + 2.0);
            page.text(at + side + 5.0, top + side, label, Face::Regular, size);
            at += side + 5.0 + face(Face::Regular).width(label, size) + 16.0;
        }
    }

    /// Ruled rows to write on, the full width, each `WRITE_ROW` mm tall.
    fn draw_write_rows(&mut self, rows: usize, label: Option<&str>) {
        let left = self.paper.left() + 12.0;
        let right = self.paper.right();
        for _ in 0..rows {
            self.y += mm(WRITE_ROW);
            let page = self.frame.page();
            match label {
                Some(label) => page.write_in(left, self.y - 2.0, right, label, Style::Body.size()),
                None => page.line((left, self.y), (right, self.y), 0.5),
            }
        }
        self.y += 4.0;
    }

    /// The height [`Writer::draw_write_rows`] takes for `rows` rows.
    fn write_rows_height(rows: usize) -> f32 {
        mm(WRITE_ROW) * rows as f32 + 4.0
    }

    /// The height of an answer below its question.
    fn answer_height(&self, q: &Question, labels: &[String]) -> f32 {
        match q.kind {
            QuestionKind::Text => Writer::write_rows_height(2),
            _ => self.boxes_height(labels),
        }
    }

    /// How wide an answer is when it sits beside its question (a scale, yes/no, a number);
    /// `None` for answers that need the full width below.
    fn answer_beside(q: &Question, yes_no: &[String]) -> Option<f32> {
        let size = Style::Body.size();
        let side = mm(CHECK_BOX_MM);
        match q.kind {
            QuestionKind::Scale => Some(SCALE_STEP * 5.0),
            QuestionKind::YesNo => Some(
                yes_no
                    .iter()
                    .map(|l| side + 5.0 + face(Face::Regular).width(l, size) + 16.0)
                    .sum(),
            ),
            QuestionKind::Number => Some(mm(30.0)),
            _ => None,
        }
    }

    fn question(&mut self, q: &Question, yes_no: &[String]) {
        let text = texts_of(&q.text, self.languages);
        if let Some(answer_width) = Self::answer_beside(q, yes_no) {
            // The answer on the right of the question's first line: a form half as long.
            let width = self.paper.inner_width() - answer_width - 16.0;
            let lines = self.lines_within(&text, Style::Body, Style::BodySecond, 0.0, width);
            let side = mm(CHECK_BOX_MM);
            let answer_height = match q.kind {
                QuestionKind::Number => mm(WRITE_ROW),
                _ => side + 6.0,
            };
            self.room_for(Self::height_of(&lines).max(answer_height) + GAP);
            let top = self.y;
            let x = self.paper.right() - answer_width;
            match q.kind {
                QuestionKind::Scale => self.draw_scale_at(x, top),
                QuestionKind::YesNo => self.draw_yes_no_at(x, top, yes_no),
                _ => {
                    let y = top + mm(WRITE_ROW) - 4.0;
                    self.frame.page().line((x, y), (self.paper.right(), y), 0.5);
                }
            }
            self.draw(&lines);
            self.y = top + Self::height_of(&lines).max(answer_height) + GAP;
            return;
        }
        let lines = self.lines(&text, Style::Body, Style::BodySecond, 0.0);
        let labels: Vec<String> = q
            .choices
            .iter()
            .map(|c| Self::both(&texts_of(&c.text, self.languages)))
            .collect();
        let height = Self::height_of(&lines) + 3.0 + self.answer_height(q, &labels) + GAP;
        self.room_for(height);
        self.draw(&lines);
        self.y += 3.0;
        match q.kind {
            QuestionKind::Text => self.draw_write_rows(2, None),
            _ => self.draw_boxes(&labels),
        }
        self.y += GAP;
    }

    /// A section heading under a short thick rule (a full-width rule or band would read as a
    /// row to write on), kept with at least the first question of what follows.
    fn heading(&mut self, texts: &[String]) {
        let lines = self.lines(texts, Style::Heading, Style::BodySecond, 0.0);
        self.room_for(Self::height_of(&lines) + 70.0);
        self.y += 6.0;
        let (left, y) = (self.paper.left(), self.y);
        self.frame.page().line((left, y), (left + mm(30.0), y), 2.0);
        self.y += 4.0;
        self.draw(&lines);
        self.y += 4.0;
    }
}

/// The numbered blank forms, reporting each form done; Cancel stops before the next form.
pub fn render(forms: &NeedsForms<'_>, job: &Job<'_>) -> Result<Printed, PrintError> {
    check_languages(forms)?;
    let catalogs: Vec<Catalog> = forms.languages.iter().map(|l| catalog_for(l)).collect();
    let label = |id: &str| -> Result<Vec<String>, PrintError> {
        catalogs.iter().map(|c| c.text(id)).collect()
    };
    let survey = forms.survey;
    let paper = Paper::of(forms.paper);
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper,
        chapter_name: forms.chapter_name,
        title_id: "form-number",
        titles: Some(texts_of(&survey.title, &forms.languages)),
        catalogs: &catalogs,
        printed_on: forms.printed_on,
        is_sample: forms.is_sample,
    })?;
    let number_label = Writer::both(&label("form-number")?);
    let yes_no = vec![
        Writer::both(&label("form-yes")?),
        Writer::both(&label("form-no")?),
    ];
    let tracking = [
        format!("{}:", Writer::both(&label("form-area")?)),
        format!("{}:", Writer::both(&label("form-collected-by")?)),
        format!("{}:", Writer::both(&label("form-date")?)),
    ];
    let legend = label("form-scale-legend")?;
    let about = label("form-about")?;
    let contact_heading = label("form-contact")?;
    let agree = vec![Writer::both(&label("form-consent-agree")?)];
    let contact_me = vec![Writer::both(&label("form-contact-me")?)];
    let contact_rows = [
        format!("{}:", Writer::both(&label("form-contact-name")?)),
        format!("{}:", Writer::both(&label("form-contact-phone")?)),
        format!("{}:", Writer::both(&label("form-contact-email")?)),
    ];

    let total = u64::from(forms.serials.end() - forms.serials.start() + 1);
    for (done, serial) in (0_u64..).zip(forms.serials.clone()) {
        if job.cancel.is_cancelled() {
            return Err(PrintError::Cancelled);
        }
        job.report(done, total, "forms");
        let mut w = Writer {
            frame: &mut frame,
            paper,
            languages: &forms.languages,
            number: format!(
                "{number_label} {}",
                groundwork_core::needs::assessment::form_number(forms.code, serial)
            ),
            y: 0.0,
        };
        w.page();
        // Who gathered it, where and when: written by the canvasser, typed in with the answers.
        // Area and date share a row; who collected it has its own, as names run long.
        let (left, right) = (paper.left(), paper.right());
        let half = paper.inner_width() / 2.0;
        w.y += mm(WRITE_ROW) - 4.0;
        let y = w.y;
        let page = w.frame.page();
        page.write_in(
            left,
            y,
            left + half - 12.0,
            &tracking[0],
            Style::Body.size(),
        );
        page.write_in(left + half, y, right, &tracking[2], Style::Body.size());
        w.y += mm(WRITE_ROW);
        let y = w.y;
        w.frame
            .page()
            .write_in(left, y, right, &tracking[1], Style::Body.size());
        w.y += 10.0;
        let intro = w.lines(
            &texts_of(&survey.intro, &forms.languages),
            Style::Body,
            Style::BodySecond,
            0.0,
        );
        w.draw(&intro);
        let legend_lines = w.lines(&legend, Style::Body, Style::BodySecond, 0.0);
        w.y += 2.0;
        w.draw(&legend_lines);
        for domain in &survey.domains {
            w.heading(&texts_of(&domain.title, &forms.languages));
            for q in &domain.questions {
                w.question(q, &yes_no);
            }
        }
        w.heading(&about);
        for q in &survey.about {
            w.question(q, &yes_no);
        }
        // Consent comes before any contact details, and the rows to write them follow it.
        w.heading(&contact_heading);
        let consent = w.lines(
            &texts_of(&survey.consent, &forms.languages),
            Style::Body,
            Style::BodySecond,
            0.0,
        );
        // Kept on one page: the consent, its boxes and the rows it governs.
        let gap = 3.0;
        let rows_height = contact_rows.len() as f32 * Writer::write_rows_height(1);
        w.room_for(
            Writer::height_of(&consent)
                + gap
                + w.boxes_height(&agree)
                + rows_height
                + w.boxes_height(&contact_me),
        );
        w.draw(&consent);
        w.y += gap;
        w.draw_boxes(&agree);
        for row in &contact_rows {
            w.draw_write_rows(1, Some(row));
        }
        w.draw_boxes(&contact_me);
    }
    job.report(total, total, "forms");
    frame.finish()
}
