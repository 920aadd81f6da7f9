//! The part of a scene one poster sheet shows: what lies wholly outside the part is left out,
//! and a line of text cut by the part's left or right edge keeps only the letters that fall
//! inside. The sheet's clip would hide the rest anyway, but a letter drawn and clipped away is
//! still in the file for anything that reads it (a screen reader, a search, a paper check),
//! and the PDF is smaller for leaving out what no sheet shows.

use super::scene::{Scene, Text, NODE_RADIUS};
use crate::fonts::face;
use crate::layout::page::Area;

/// How far a node's drawing reaches from its centre: its target ring and its badge.
const NODE_REACH: f32 = NODE_RADIUS + 8.0;

fn overlaps(a: (f32, f32), b: (f32, f32)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

fn spans(p: f32, q: f32) -> (f32, f32) {
    (p.min(q), p.max(q))
}

/// Whether the line from `from` to `to` may cross `part` (its box does).
fn line_touches(part: Area, from: (f32, f32), to: (f32, f32), slack: f32) -> bool {
    let across = (part.x - slack, part.x + part.width + slack);
    let down = (part.top - slack, part.top + part.height + slack);
    overlaps(spans(from.0, to.0), across) && overlaps(spans(from.1, to.1), down)
}

/// The text's letters that fall inside `across`, placed where they were; `None` when none do
/// or the line is wholly above or below the part.
fn cropped_text(t: &Text, across: (f32, f32), down: (f32, f32)) -> Option<Text> {
    let font = face(t.face);
    let whole = font.width(&t.text, t.size);
    let start = if t.centred { t.x - whole / 2.0 } else { t.x };
    if !overlaps((t.y - t.size, t.y + t.size * 0.3), down) {
        return None;
    }
    if start >= across.0 && start + whole <= across.1 {
        return Some(t.clone());
    }
    let mut kept = String::new();
    let mut first = None;
    let mut before = String::new();
    for c in t.text.chars() {
        let left = start + font.width(&before, t.size);
        before.push(c);
        let right = start + font.width(&before, t.size);
        if overlaps((left, right), across) {
            first.get_or_insert(left);
            kept.push(c);
        }
    }
    let x = first?;
    Some(Text {
        x,
        text: kept,
        centred: false,
        ..t.clone()
    })
}

/// What of `scene` a sheet showing `part` needs to draw.
pub(super) fn to_part(scene: &Scene, part: Area) -> Scene {
    let across = (part.x, part.x + part.width);
    let down = (part.top, part.top + part.height);
    let near = |(x, y): (f32, f32)| {
        overlaps((x - NODE_REACH, x + NODE_REACH), across)
            && overlaps((y - NODE_REACH, y + NODE_REACH), down)
    };
    Scene {
        width: scene.width,
        height: scene.height,
        grid: scene.grid,
        bottom: scene.bottom,
        rules: scene
            .rules
            .iter()
            .filter(|r| line_touches(part, r.from, r.to, r.width))
            .cloned()
            .collect(),
        edges: scene
            .edges
            .iter()
            .filter(|e| line_touches(part, e.from, e.to, 8.0))
            .cloned()
            .collect(),
        nodes: scene
            .nodes
            .iter()
            .filter(|n| near(n.centre))
            .cloned()
            .collect(),
        texts: scene
            .texts
            .iter()
            .filter_map(|t| cropped_text(t, across, down))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::Face;

    fn line(x: f32, text: &str, centred: bool) -> Text {
        Text {
            x,
            y: 100.0,
            text: text.into(),
            size: 10.0,
            face: Face::Regular,
            centred,
            quiet: false,
        }
    }

    #[test]
    fn a_line_cut_by_the_edge_keeps_the_letters_inside_where_they_were() {
        let font = face(Face::Regular);
        let t = line(100.0, "Mayor's Office", false);
        let edge = 100.0 + font.width("Mayor", 10.0) - 1.0;
        let left = cropped_text(&t, (0.0, edge), (0.0, 200.0)).unwrap();
        assert_eq!(left.text, "Mayor");
        assert_eq!(left.x, 100.0);
        let right = cropped_text(&t, (edge, 500.0), (0.0, 200.0)).unwrap();
        assert_eq!(right.text, "r's Office");
        let at = 100.0 + font.width("Mayo", 10.0);
        assert!((right.x - at).abs() < 0.01);
        // Wholly inside: as it was, still centred; wholly outside or below: nothing.
        let centred = line(250.0, "Mayor's Office", true);
        assert_eq!(
            cropped_text(&centred, (0.0, 500.0), (0.0, 200.0)),
            Some(centred.clone())
        );
        assert_eq!(cropped_text(&t, (300.0, 500.0), (0.0, 200.0)), None);
        assert_eq!(cropped_text(&t, (0.0, 500.0), (150.0, 200.0)), None);
    }
}
