//! Running text down a flow: a catalog's words in each language, a section's heading kept with
//! what follows it, and the chapter's own paragraphs, for the documents that read as letters
//! and reports rather than forms.

use fluent_bundle::FluentValue;

use super::{Flow, Lines, Style};
use crate::catalog::{in_each, Catalog};
use crate::PrintError;

/// Room kept below a heading for what follows it.
const KEEP_WITH_HEADING: f32 = 60.0;

/// `id` in each language, with `args`.
pub fn each(
    catalogs: &[Catalog],
    id: &str,
    args: &[(&str, FluentValue<'_>)],
) -> Result<Vec<String>, PrintError> {
    catalogs.iter().map(|c| c.text_with(id, args)).collect()
}

/// Texts (one per language) across the page, the first in `first`, the others just below in
/// `second`; line by line, so a long one may go on overleaf.
pub fn place_words(
    flow: &mut Flow<'_, '_>,
    texts: &[String],
    (first, second): (Style, Style),
    the_box: &str,
) -> Result<(), PrintError> {
    let lines = Lines::paragraph(texts, first, second, 0.0, flow.paper().inner_width());
    flow.place_each(lines.lines(), the_box)
}

/// A section's heading in each language, kept with what follows it.
pub fn heading(flow: &mut Flow<'_, '_>, catalogs: &[Catalog], id: &str) -> Result<(), PrintError> {
    flow.gap(12.0);
    flow.keep(KEEP_WITH_HEADING);
    let words = in_each(catalogs, id)?;
    let lines = Lines::label(
        &words,
        Style::Heading,
        Style::BodySecond,
        0.0,
        flow.paper().inner_width(),
    );
    flow.place(&lines, "a heading")?;
    flow.gap(2.0);
    Ok(())
}

/// Someone's own words (a chapter's, a committee's), a paragraph for each they wrote.
pub fn own_words(flow: &mut Flow<'_, '_>, text: &str, the_box: &str) -> Result<(), PrintError> {
    for (i, paragraph) in text
        .split('\n')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .enumerate()
    {
        if i > 0 {
            flow.gap(4.0);
        }
        place_words(
            flow,
            &[paragraph.to_owned()],
            (Style::Body, Style::Body),
            the_box,
        )?;
    }
    Ok(())
}
