//! The training toolkit on paper: a module's facilitator's guide, handout or worksheet, in
//! one language or several, or the whole module as a packet; a handout as a folded booklet
//! too. Written in the markup ([`groundwork_core::training::markup`]) and laid out here block
//! by block.

pub mod blocks;
pub mod call_sheet;
pub mod rich;

use chrono::NaiveDate;
use groundwork_core::settings::{Lang, PaperSize};
use groundwork_core::training::markup::parse;
use groundwork_core::training::{Module, Part};

use crate::catalog::{in_each, Catalog};
use crate::layout::prose::place_words;
use crate::layout::{Flow, Frame, FrameSpec, Paper, Style};
use crate::{PrintError, Printed};

const DOCUMENT: &str = "training handout";

pub struct TrainingPaper<'a> {
    pub module: &'a Module,
    /// In the order they print: one for a handout, all three for a packet.
    pub parts: &'a [Part],
    /// The languages asked for; a module not written in one prints in those it has.
    pub langs: &'a [Lang],
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
    /// Half pages, imposed two to a sheet to fold into a booklet.
    pub booklet: bool,
}

/// The languages that print: those asked for that the module is written in, else its first.
fn languages(module: &Module, asked: &[Lang]) -> Vec<Lang> {
    let have = module.languages();
    let both: Vec<Lang> = asked.iter().copied().filter(|l| have.contains(l)).collect();
    if both.is_empty() {
        have.into_iter().take(1).collect()
    } else {
        both
    }
}

pub fn render(input: &TrainingPaper<'_>) -> Result<Printed, PrintError> {
    let langs = languages(input.module, input.langs);
    let catalogs: Vec<Catalog> = langs.iter().map(|l| Catalog::new(*l)).collect();
    let titles: Vec<String> = langs
        .iter()
        .map(|l| input.module.text(*l).title.clone())
        .collect();
    let titles = if titles.len() == 2 && titles[0] == titles[1] {
        titles[..1].to_vec()
    } else {
        titles
    };
    let paper = Paper::of(input.paper);
    let mut frame = Frame::new(FrameSpec {
        document: DOCUMENT,
        paper: if input.booklet { paper.half() } else { paper },
        chapter_name: input.chapter_name,
        title_id: "training-title",
        titles: Some(titles),
        catalogs: &catalogs,
        printed_on: input.printed_on,
        is_sample: input.is_sample,
    })?;
    let mut flow = Flow::new(&mut frame, None)?;
    let mut first = true;
    for part in input.parts {
        for lang in &langs {
            let text = input.module.text(*lang).part(*part);
            if !first {
                flow.new_page();
            }
            first = false;
            if text.trim().is_empty() {
                let catalog = Catalog::new(*lang);
                let note = in_each(std::slice::from_ref(&catalog), "training-part-empty")?;
                place_words(
                    &mut flow,
                    &note,
                    (Style::Body, Style::Body),
                    "an empty part",
                )?;
                continue;
            }
            blocks::place(&mut flow, &parse(text), 0.0)?;
        }
    }
    if input.booklet {
        frame.finish_booklet()
    } else {
        frame.finish()
    }
}
