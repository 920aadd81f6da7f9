//! A map as a poster for the meeting room's wall: the map enlarged across `n` sheets in each
//! direction, each sheet marked at the corners of the part to keep, after a first page that
//! shows the whole map cut into its sheets, so anyone can put them together.
//!
//! Every sheet is a page of the same document, framed like any other (chapter, map, date,
//! page): the frame falls outside the corner marks and is cut away. The sheets are named like
//! a street map: rows A, B, C… from the top, columns 1, 2, 3… from the left.

use super::crop;
use super::scene::Scene;
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::page::{Area, Page};
use crate::layout::Frame;
use crate::PrintError;

/// The most sheets across (and down) a poster takes: five by five is already taller than a
/// person, and a sheet of a bigger one would hold less than a node.
pub const MAX_TILES: u8 = 5;

/// The strip kept free inside the frame around a sheet's picture, for the corner marks and
/// the sheet's name.
const GUTTER: f32 = 20.0;
/// A corner mark's length, and how far it stays from the corner so it does not print into
/// the picture.
const MARK: f32 = 11.0;
const MARK_GAP: f32 = 3.0;
const NOTE_SIZE: f32 = 10.0;

/// "B3": the sheet in the second row from the top, third from the left.
pub fn sheet_name(row: usize, column: usize) -> String {
    let letter = char::from(b'A' + (row as u8).min(25));
    format!("{letter}{}", column + 1)
}

/// Draws `scene` (laid out to fill `area` of an ordinary page) as a poster of `n` by `n`
/// sheets: the guide page, then the sheets row by row.
pub(super) fn draw(
    frame: &mut Frame<'_>,
    scene: &Scene,
    draw_scene: fn(&mut Page, &Scene),
    area: Area,
    n: usize,
) -> Result<(), PrintError> {
    guide(frame, scene, draw_scene, area, n)?;
    for row in 0..n {
        for column in 0..n {
            sheet(frame, scene, draw_scene, area, n, (row, column))?;
        }
    }
    Ok(())
}

/// Each language's words for `id`, joined, wrapped to `width`.
fn note(
    frame: &Frame<'_>,
    id: &str,
    args: &[(&str, fluent_bundle::FluentValue<'_>)],
    width: f32,
) -> Result<Vec<String>, PrintError> {
    let said: Vec<String> = frame
        .catalogs()
        .iter()
        .map(|c| c.text_with(id, args))
        .collect::<Result<_, _>>()?;
    Ok(wrap(&said.join(" / "), Face::Regular, NOTE_SIZE, width))
}

/// The first page: the whole map as on a one-page print, the cuts drawn over it as dashed
/// lines and each sheet's name in its corner.
fn guide(
    frame: &mut Frame<'_>,
    scene: &Scene,
    draw_scene: fn(&mut Page, &Scene),
    area: Area,
    n: usize,
) -> Result<(), PrintError> {
    let page = frame.new_page();
    draw_scene(page, scene);
    let (cell_w, cell_h) = (area.width / n as f32, area.height / n as f32);
    for k in 1..n {
        let x = area.x + cell_w * k as f32;
        let y = area.top + cell_h * k as f32;
        dashed(page, (x, area.top), (x, area.top + area.height));
        dashed(page, (area.x, y), (area.x + area.width, y));
    }
    for row in 0..n {
        for column in 0..n {
            let name = sheet_name(row, column);
            let (x, top) = (
                area.x + cell_w * column as f32,
                area.top + cell_h * row as f32,
            );
            let width = crate::fonts::face(Face::Bold).width(&name, 14.0) + 10.0;
            // A white card under the name, so it reads over whatever the map has there.
            page.bar(x + 2.0, top + 2.0, width, 20.0, 1.0);
            page.text(x + 7.0, top + 17.0, &name, Face::Bold, 14.0);
        }
    }
    Ok(())
}

/// A cut line: short strokes with gaps, the usual sign for "cut here", drawn one by one so
/// that no stroke reads as a line to write on.
fn dashed(page: &mut Page, from: (f32, f32), to: (f32, f32)) {
    const DASH: f32 = 9.0;
    const GAP: f32 = 5.0;
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt();
    let mut at = 0.0;
    while at < length {
        let end = (at + DASH).min(length);
        let point = |d: f32| (from.0 + dx * d / length, from.1 + dy * d / length);
        page.line_in(point(at), point(end), 1.5, 0.15);
        at += DASH + GAP;
    }
}

/// One sheet: its part of the map enlarged, the corner marks, and its name below.
fn sheet(
    frame: &mut Frame<'_>,
    scene: &Scene,
    draw_scene: fn(&mut Page, &Scene),
    area: Area,
    n: usize,
    (row, column): (usize, usize),
) -> Result<(), PrintError> {
    let name = sheet_name(row, column);
    let count = (n * n) as i64;
    let lines = note(
        frame,
        "map-poster-sheet",
        &[
            ("sheet", name.as_str().into()),
            ("count", count.into()),
            ("row", name[..1].into()),
            ("column", (column as i64 + 1).into()),
        ],
        area.width - 2.0 * GUTTER,
    )?;
    let below = lines.len() as f32 * (NOTE_SIZE + 3.0) + 4.0;
    // A line of text cut by the sheet's top or bottom edge is drawn whole and clipped; the
    // strip above and below is deep enough for the part that is clipped away, enlarged.
    let strip = GUTTER.max(12.0 * n as f32);
    let room = Area {
        x: area.x + GUTTER,
        top: area.top + strip,
        width: area.width - 2.0 * GUTTER,
        height: area.height - 2.0 * strip - below,
    };
    // Every sheet shows the same share of the map at the same scale, so that the pieces meet.
    let (part_w, part_h) = (area.width / n as f32, area.height / n as f32);
    let scale = (room.width / part_w).min(room.height / part_h);
    let window = Area {
        x: room.x + (room.width - part_w * scale) / 2.0,
        top: room.top,
        width: part_w * scale,
        height: part_h * scale,
    };
    let part = Area {
        x: area.x + part_w * column as f32,
        top: area.top + part_h * row as f32,
        width: part_w,
        height: part_h,
    };
    let shown = crop::to_part(scene, part);
    let page = frame.new_page();
    page.in_view(window, part, |p| draw_scene(p, &shown));
    corner_marks(page, window);
    let mut y = window.top + window.height + strip;
    for line in &lines {
        y += NOTE_SIZE + 3.0;
        page.text(room.x, y, line, Face::Regular, NOTE_SIZE);
    }
    Ok(())
}

/// Two short strokes at each corner of `window`, pointing along its edges from outside it:
/// cut from mark to mark.
fn corner_marks(page: &mut Page, window: Area) {
    let (left, right) = (window.x, window.x + window.width);
    let (top, bottom) = (window.top, window.top + window.height);
    for (x, out_x) in [(left, -1.0), (right, 1.0)] {
        for (y, out_y) in [(top, -1.0), (bottom, 1.0)] {
            let near = MARK_GAP;
            let far = MARK_GAP + MARK;
            page.line((x + out_x * near, y), (x + out_x * far, y), 0.5);
            page.line((x, y + out_y * near), (x, y + out_y * far), 0.5);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheets_are_named_by_row_letter_and_column_number() {
        assert_eq!(sheet_name(0, 0), "A1");
        assert_eq!(sheet_name(1, 2), "B3");
        assert_eq!(sheet_name(4, 4), "E5");
    }
}
