//! The summary of a needs assessment, for the chapter meeting: every need ranked by how widely
//! it is felt, with how deeply, drawn as bar charts; then the leading needs of each area and
//! each language.
//!
//! Bars are grey with a black outline and carry their number in words beside them, so the
//! chart reads the same on a black-and-white photocopy.

use chrono::NaiveDate;
use fluent_bundle::FluentValue;
use groundwork_core::needs::programs::Candidate;
use groundwork_core::needs::ranking::{GroupRanking, NeedRank, Ranking};
use groundwork_core::needs::summary::Summary;
use groundwork_core::needs::survey::Survey;
use groundwork_core::settings::{Chapter, LanguageChoice, PaperSize};

use crate::catalog::Catalog;
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::{Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "needs summary";
/// Needs shown for each area or language: the ones a meeting would talk about.
const TOP_PER_GROUP: usize = 5;
const BAR_GREY: f32 = 0.55;

pub struct NeedsReport<'a> {
    pub chapter_name: &'a str,
    pub assessment_name: &'a str,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub areas: &'a [String],
    /// For the needs' titles in each language.
    pub survey: &'a Survey,
    pub overall: &'a Ranking,
    pub by_area: &'a [GroupRanking],
    pub by_language: &'a [GroupRanking],
    /// The service programs as ranked for this assessment: the shortlist (or, before there is
    /// one, the strongest few) prints after the charts.
    pub candidates: &'a [Candidate],
    pub language: LanguageChoice,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
}

impl<'a> NeedsReport<'a> {
    /// The summary for the chapter: its name, paper and sample mark; `language` for the words.
    pub fn for_chapter(
        chapter: &'a Chapter,
        summary: &'a Summary,
        language: LanguageChoice,
        printed_on: NaiveDate,
    ) -> NeedsReport<'a> {
        let a = &summary.assessment;
        NeedsReport {
            chapter_name: &chapter.settings.name,
            assessment_name: &a.name,
            starts_on: a.starts_on,
            ends_on: a.ends_on,
            areas: &a.areas,
            survey: &summary.survey,
            overall: &summary.overall,
            by_area: &summary.by_area,
            by_language: &summary.by_language,
            candidates: &summary.candidates,
            language,
            paper: chapter.settings.paper_size,
            printed_on,
            is_sample: chapter.is_sample || a.is_sample,
        }
    }
}

struct Writer<'f, 'a> {
    frame: &'f mut Frame<'a>,
    paper: Paper,
    y: f32,
}

impl Writer<'_, '_> {
    fn room_for(&mut self, height: f32) {
        if self.y + height > self.frame.content_bottom() {
            self.frame.new_page();
            self.y = self.frame.content_top();
        }
    }

    /// Wrapped text across the full width; the first text in `first`, the others below it in
    /// `second` (a translation).
    fn text(&mut self, texts: &[String], first: Style, second: Style) {
        let width = self.paper.inner_width();
        for (i, text) in texts.iter().enumerate() {
            let style = if i == 0 { first } else { second };
            for line in wrap(text, style.face(), style.size(), width) {
                let size = style.size();
                self.room_for(Style::leading(size));
                let (x, y) = (self.paper.left(), self.y + size);
                self.frame.page().text(x, y, &line, style.face(), size);
                self.y += Style::leading(size);
            }
        }
    }

    /// One need as a chart row: rank and title on the left; the share as a bar with its
    /// percent at the end; beneath the bar, the numbers in words, in each language.
    fn need_row(&mut self, need: &NeedRank, titles: &[String], words: &[String]) {
        let size = Style::Body.size();
        let small = Style::Table.size();
        let leading = Style::leading(size);
        let left = self.paper.left();
        let label_width = self.paper.inner_width() * 0.34;
        let bar_left = left + label_width + 10.0;
        let percent = format!("{:.0}%", need.share * 100.0);
        let bar_room = self.paper.right() - bar_left - 40.0;
        let words_width = self.paper.right() - bar_left;
        let label = format!("{}. {}", need.rank, titles.join(" / "));
        let label_lines = wrap(&label, Face::Regular, size, label_width);
        let word_lines: Vec<String> = words
            .iter()
            .flat_map(|w| wrap(w, Face::Regular, small, words_width))
            .collect();
        let right_height = leading + Style::leading(small) * word_lines.len() as f32;
        let height = (leading * label_lines.len() as f32).max(right_height) + 6.0;
        self.room_for(height);
        let top = self.y;
        let page = self.frame.page();
        for (i, line) in label_lines.iter().enumerate() {
            page.text(
                left,
                top + size + leading * i as f32,
                line,
                Face::Regular,
                size,
            );
        }
        let bar_width = (bar_room * need.share as f32).max(1.0);
        page.bar(bar_left, top + 2.0, bar_width, size, BAR_GREY);
        page.text(
            bar_left + bar_width + 5.0,
            top + size,
            &percent,
            Face::Bold,
            size,
        );
        let mut baseline = top + leading + small;
        for line in &word_lines {
            page.text(bar_left, baseline, line, Face::Regular, small);
            baseline += Style::leading(small);
        }
        self.y += height;
    }
}

/// "148 named it · severity 3.3 of 5 · rated 1 to 5: 0-1-4-10-3", in each language (the
/// percent is beside the bar).
fn words_for(need: &NeedRank, catalogs: &[Catalog]) -> Result<Vec<String>, PrintError> {
    catalogs
        .iter()
        .map(|c| {
            let named = c.text_with(
                "report-named",
                &[("count", FluentValue::from(need.respondents))],
            )?;
            let mut parts = vec![named];
            if let Some(mean) = need.mean_severity {
                let mean = format!("{mean:.1}");
                parts.push(c.text_with(
                    "report-severity",
                    &[("mean", FluentValue::from(mean.as_str()))],
                )?);
            }
            if need.rated > 0 {
                // How the ratings spread: a mean of 3 from all 3s reads differently from one
                // made of 1s and 5s.
                let spread = need.distribution.map(|n| n.to_string()).join("-");
                parts.push(c.text_with(
                    "report-spread",
                    &[("spread", FluentValue::from(spread.as_str()))],
                )?);
            }
            Ok(parts.join(" · "))
        })
        .collect()
}

fn titles_of(survey: &Survey, key: &str, catalogs: &[Catalog], fallback: &str) -> Vec<String> {
    let domain = survey.domains.iter().find(|d| d.key == key);
    let mut titles: Vec<String> = Vec::new();
    for c in catalogs {
        let title = domain
            .and_then(|d| d.title.get(c.lang().code()))
            .cloned()
            .unwrap_or_else(|| fallback.to_owned());
        if !titles.contains(&title) {
            titles.push(title);
        }
    }
    titles
}

fn texts(
    catalogs: &[Catalog],
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<Vec<String>, PrintError> {
    catalogs.iter().map(|c| c.text_with(id, args)).collect()
}

pub fn render(report: &NeedsReport<'_>) -> Result<Printed, PrintError> {
    let catalogs: Vec<Catalog> = report
        .language
        .languages()
        .iter()
        .map(|l| Catalog::new(*l))
        .collect();
    let paper = Paper::of(report.paper);
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper,
        chapter_name: report.chapter_name,
        title_id: "report-title",
        titles: None,
        catalogs: &catalogs,
        printed_on: report.printed_on,
        is_sample: report.is_sample,
    })?;
    frame.new_page();
    let top = frame.content_top();
    let mut w = Writer {
        frame: &mut frame,
        paper,
        y: top,
    };
    w.text(
        &[report.assessment_name.to_owned()],
        Style::Heading,
        Style::Heading,
    );
    let mut facts = texts(
        &catalogs,
        "report-forms",
        &[("count", FluentValue::from(report.overall.responses))],
    )?;
    if let (Some(from), Some(to)) = (report.starts_on, report.ends_on) {
        let period = catalogs
            .iter()
            .map(|c| {
                c.text_with(
                    "report-period",
                    &[
                        ("from", crate::dates::day(c, from)?.into()),
                        ("to", crate::dates::day(c, to)?.into()),
                    ],
                )
            })
            .collect::<Result<Vec<_>, PrintError>>()?;
        for (fact, period) in facts.iter_mut().zip(period) {
            fact.push_str(" · ");
            fact.push_str(&period);
        }
    }
    if !report.areas.is_empty() {
        let areas = report.areas.join(", ");
        for fact in &mut facts {
            fact.push_str(" · ");
            fact.push_str(&areas);
        }
    }
    w.text(&facts, Style::Body, Style::BodySecond);
    w.y += 8.0;

    if report.overall.responses == 0 {
        w.text(
            &texts(&catalogs, "report-none", &[])?,
            Style::Body,
            Style::BodySecond,
        );
        return frame.finish();
    }

    w.text(
        &texts(&catalogs, "report-overall", &[])?,
        Style::Heading,
        Style::BodySecond,
    );
    w.text(
        &texts(&catalogs, "report-explain", &[])?,
        Style::Table,
        Style::Table,
    );
    w.y += 6.0;
    for need in &report.overall.needs {
        let titles = titles_of(report.survey, &need.key, &catalogs, &need.title);
        let words = words_for(need, &catalogs)?;
        w.need_row(need, &titles, &words);
    }

    for (heading, groups) in [
        ("report-by-area", report.by_area),
        ("report-by-language", report.by_language),
    ] {
        if groups.len() < 2 {
            // One group is the overall chart again.
            continue;
        }
        w.y += 10.0;
        w.room_for(120.0);
        w.text(
            &texts(&catalogs, heading, &[])?,
            Style::Heading,
            Style::BodySecond,
        );
        for group in groups {
            w.y += 4.0;
            w.room_for(Style::leading(Style::Body.size()) * 4.0);
            let mut line = Vec::new();
            for catalog in &catalogs {
                let name = group_name(catalog, &group.group)?;
                line.push(catalog.text_with(
                    "report-group",
                    &[
                        ("group", FluentValue::from(name.as_str())),
                        ("count", FluentValue::from(group.ranking.responses)),
                    ],
                )?);
            }
            w.text(&line, Style::TableHeader, Style::TableHeaderSecond);
            for need in group.ranking.needs.iter().take(TOP_PER_GROUP) {
                let titles = titles_of(report.survey, &need.key, &catalogs, &need.title);
                let words = words_for(need, &catalogs)?;
                w.need_row(need, &titles, &words);
            }
        }
    }
    programs(&mut w, report, &catalogs)?;
    frame.finish()
}

/// Candidates shown when nothing is shortlisted yet.
const STRONGEST_SHOWN: usize = 5;

fn programs(
    w: &mut Writer<'_, '_>,
    report: &NeedsReport<'_>,
    catalogs: &[Catalog],
) -> Result<(), PrintError> {
    let shortlisted: Vec<&Candidate> = report.candidates.iter().filter(|c| c.shortlisted).collect();
    let shown: Vec<&Candidate> = if shortlisted.is_empty() {
        report.candidates.iter().take(STRONGEST_SHOWN).collect()
    } else {
        shortlisted
    };
    if shown.is_empty() {
        return Ok(());
    }
    w.y += 10.0;
    w.room_for(120.0);
    w.text(
        &texts(catalogs, "report-programs", &[])?,
        Style::Heading,
        Style::BodySecond,
    );
    w.text(
        &texts(catalogs, "report-programs-explain", &[])?,
        Style::Table,
        Style::Table,
    );
    w.y += 4.0;
    for c in shown {
        let score = |own: Option<u8>, suggested: Option<u8>| {
            own.or(suggested)
                .map_or_else(|| "–".to_owned(), |s| s.to_string())
        };
        let s = &c.scores;
        let values = [
            ("widely", score(s.widely_felt, c.suggested.widely_felt)),
            ("deeply", score(s.deeply_felt, c.suggested.deeply_felt)),
            ("winnable", score(s.winnable, None)),
            ("base", score(s.builds_base, None)),
            ("resources", score(s.resources, None)),
            ("partners", score(s.partners, None)),
        ];
        let mut args: Vec<(&str, FluentValue<'_>)> = values
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        args.push(("total", FluentValue::from(c.total)));
        let mut title = format!("{}. {}", c.rank, c.program.name);
        if c.shortlisted {
            title.push_str(&format!(
                " ({})",
                texts(catalogs, "report-shortlisted", &[])?.join(" / ")
            ));
        }
        let lines = texts(catalogs, "report-program-scores", &args)?;
        w.room_for(Style::leading(Style::Body.size()) * (1 + lines.len()) as f32 + 6.0);
        w.text(&[title], Style::TableHeader, Style::TableHeader);
        w.text(&lines, Style::Table, Style::Table);
        w.y += 4.0;
    }
    Ok(())
}

/// An area as typed; a language group (stored as its code, "es") by its name in the catalog's
/// language, or as its code for a language the catalogs do not name; "not given" in words.
fn group_name(catalog: &Catalog, group: &str) -> Result<String, PrintError> {
    if group == groundwork_core::needs::ranking::NOT_GIVEN {
        return catalog.text("report-not-given");
    }
    Ok(catalog
        .text(&format!("language-{group}"))
        .unwrap_or_else(|_| group.to_owned()))
}
