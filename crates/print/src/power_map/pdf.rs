//! A laid-out map on paper: one landscape page in the frame every document has (the chapter
//! and the map's name on top, the date and page number below), drawn from the same scene as
//! the SVG.

use super::look::{circle, fill_fractions, outline, short_of, LIGHT_SIGN};
use super::poster;
use super::scene::{joined, lay_out, MapPaper, NodeShape, Scene, NODE_RADIUS};
use crate::fonts::{face, Face};
use crate::layout::page::{Area, Page};
use crate::layout::{Frame, FrameSpec, Paper};
use crate::{PrintError, Printed};
use chrono::NaiveDate;

/// What a printed map needs beyond the map: the day it is printed and whether it comes from the
/// sample chapter.
pub struct PrintedMap<'a> {
    pub paper: MapPaper<'a>,
    pub printed_on: NaiveDate,
    pub is_sample: bool,
    /// Sheets across (and down) for a poster; 1 is one page.
    pub tiles: u8,
}

fn centred(page: &mut Page, x: f32, y: f32, text: &str, face_: Face, size: f32, grey: f32) {
    let width = face(face_).width(text, size);
    page.text_in(x - width / 2.0, y, text, face_, size, grey);
}

fn node(page: &mut Page, n: &NodeShape) {
    let step = (n.step + 2).clamp(0, 4) as usize;
    if n.target {
        page.shape(&circle(n.centre, NODE_RADIUS + 5.0), None, 1.5, false);
    }
    let fill = if n.judged {
        fill_fractions(step)
    } else {
        (1.0, 1.0, 1.0)
    };
    page.shape(&outline(n.kind, n.centre), Some(fill), 1.0, !n.judged);
    if !n.sign.is_empty() {
        let grey = if n.judged && LIGHT_SIGN[step] {
            1.0
        } else {
            0.0
        };
        centred(
            page,
            n.centre.0,
            n.centre.1 + 3.0,
            n.sign,
            Face::Bold,
            8.0,
            grey,
        );
    }
    if n.reach > 0 {
        let badge = (n.centre.0 + NODE_RADIUS, n.centre.1 - NODE_RADIUS);
        page.shape(&circle(badge, 6.0), Some((1.0, 1.0, 1.0)), 0.75, false);
        centred(
            page,
            badge.0,
            badge.1 + 3.0,
            &n.reach.to_string(),
            Face::Bold,
            8.0,
            0.0,
        );
    }
}

/// An open arrowhead at `tip`, pointing away from `from`: two short strokes, which read as an
/// arrow at any angle (a filled triangle at a slant would look like a small box to fill in).
fn arrowhead(page: &mut Page, from: (f32, f32), tip: (f32, f32)) {
    let (dx, dy) = (tip.0 - from.0, tip.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    let (ux, uy) = (dx / length, dy / length);
    let (back, half) = (7.0, 3.5);
    let base = (tip.0 - ux * back, tip.1 - uy * back);
    for side in [1.0, -1.0] {
        let wing = (base.0 - uy * half * side, base.1 + ux * half * side);
        page.line_in(wing, tip, 1.0, 0.27);
    }
}

/// Draws a laid-out map on `page` (a landscape page of a map's own or of a document it is
/// attached to).
pub fn draw(page: &mut Page, scene: &Scene) {
    for rule in &scene.rules {
        if rule.quiet {
            page.line_in(rule.from, rule.to, rule.width, 0.73);
        } else {
            page.line(rule.from, rule.to, rule.width);
        }
    }
    for t in scene.texts.iter().filter(|t| t.quiet) {
        if t.centred {
            centred(page, t.x, t.y, &t.text, t.face, t.size, 0.46);
        } else {
            page.text_in(t.x, t.y, &t.text, t.face, t.size, 0.46);
        }
    }
    let gap = NODE_RADIUS + 2.0;
    for e in &scene.edges {
        let start = if e.arrow_at_start {
            short_of(e.to, e.from, gap)
        } else {
            e.from
        };
        let end = if e.arrow_at_end {
            short_of(e.from, e.to, gap)
        } else {
            e.to
        };
        page.line_in(start, end, e.width, 0.27);
        if e.arrow_at_end {
            arrowhead(page, start, end);
        }
        if e.arrow_at_start {
            arrowhead(page, end, start);
        }
    }
    for n in &scene.nodes {
        node(page, n);
    }
    for t in scene.texts.iter().filter(|t| !t.quiet) {
        if t.centred {
            centred(page, t.x, t.y, &t.text, t.face, t.size, 0.0);
        } else {
            page.text(t.x, t.y, &t.text, t.face, t.size);
        }
    }
}

/// The map as a one-page landscape PDF, or as a poster of `tiles` by `tiles` sheets.
pub fn render(map: &PrintedMap<'_>) -> Result<Printed, PrintError> {
    let input = &map.paper;
    let mut frame = Frame::new(FrameSpec {
        document: "power map",
        paper: Paper::of(input.paper).landscape(),
        chapter_name: input.chapter_name,
        title_id: "map-subtitle",
        titles: Some(vec![input.map.name.clone()]),
        catalogs: input.catalogs,
        printed_on: map.printed_on,
        is_sample: map.is_sample,
    })?;
    let scene = lay_out(&MapPaper {
        framed: Some((frame.content_top(), frame.content_bottom())),
        ..*input
    })?;
    let tiles = map.tiles.clamp(1, poster::MAX_TILES) as usize;
    if tiles == 1 {
        draw(frame.new_page(), &scene);
    } else {
        let area = Area {
            x: frame.paper().left(),
            top: frame.content_top(),
            width: frame.paper().inner_width(),
            height: frame.content_bottom() - frame.content_top(),
        };
        poster::draw(&mut frame, &scene, draw, area, tiles)?;
    }
    if !input.paths.is_empty() {
        paths_page(&mut frame, input)?;
    }
    frame.finish()
}

/// A page listing every path in: for each node a member can reach, who, their role there, how
/// strong the tie is, and whether they would introduce the chapter. The map's key has room for
/// only the first few.
fn paths_page(frame: &mut Frame<'_>, input: &MapPaper<'_>) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let (left, width) = (frame.paper().left(), frame.paper().inner_width());
    let bottom = frame.content_bottom();
    let mut y = frame.content_top() + 14.0;
    let heading = joined(cats, "map-paths-in")?;
    frame.new_page().text(left, y, &heading, Face::Bold, 14.0);
    y += 22.0;
    for node in &input.map.nodes {
        let reach: Vec<_> = input
            .paths
            .iter()
            .filter(|p| p.node_id == node.id)
            .collect();
        if reach.is_empty() {
            continue;
        }
        if y + 30.0 > bottom {
            frame.new_page();
            y = frame.content_top() + 14.0;
        }
        frame
            .page()
            .text(left, y, &node.fields.label, Face::Bold, 11.0);
        y += 15.0;
        // The role and "would introduce us" in every language the map is printed in, as
        // the map's own words are.
        let people: Vec<String> = reach
            .iter()
            .map(|p| {
                let role = joined(
                    cats,
                    &format!("map-role-{}", groundwork_core::db::codes::to_code(&p.role)),
                )?;
                let introduce = if p.would_introduce {
                    format!(" · {}", joined(cats, "map-would-introduce")?)
                } else {
                    String::new()
                };
                Ok(format!(
                    "{} ({role}, {}/5{introduce})",
                    p.person_name, p.strength
                ))
            })
            .collect::<Result<_, PrintError>>()?;
        for line in crate::layout::measure::wrap(&people.join("; "), Face::Regular, 10.0, width) {
            if y + 12.0 > bottom {
                frame.new_page();
                y = frame.content_top() + 14.0;
            }
            frame.page().text(left, y, &line, Face::Regular, 10.0);
            y += 13.0;
        }
        y += 8.0;
    }
    Ok(())
}
