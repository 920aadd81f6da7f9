//! A laid-out map as an SVG document: what the CLI's `export map --format svg` writes, and
//! what a chapter can drop into a slide or a grant application.

use std::fmt::Write;

use groundwork_core::power_map::NodeKind;

use super::scene::{EdgeLine, NodeShape, Scene, Text, NODE_RADIUS};
use crate::fonts::Face;

/// The five alignment steps' fills (a diverging red–blue scale that reads for most kinds of
/// colour blindness); the sign in the node says the same without colour.
const FILLS: [&str; 5] = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"];
/// The sign is white on the two darkest fills.
const LIGHT_SIGN: [bool; 5] = [true, false, false, false, true];

fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The outline of a node's shape, as SVG path data around its centre.
pub fn shape_path(kind: NodeKind, (x, y): (f32, f32)) -> String {
    let r = NODE_RADIUS;
    let polygon = |points: &[(f32, f32)]| {
        let mut d = String::new();
        for (i, (px, py)) in points.iter().enumerate() {
            let _ = write!(
                d,
                "{}{:.1},{:.1} ",
                if i == 0 { "M" } else { "L" },
                x + px,
                y + py
            );
        }
        d.push('Z');
        d
    };
    match kind {
        NodeKind::Person => format!(
            "M{:.1},{y:.1} a{r},{r} 0 1,0 {:.1},0 a{r},{r} 0 1,0 {:.1},0 Z",
            x - r,
            2.0 * r,
            -2.0 * r
        ),
        NodeKind::Organization => {
            polygon(&[(-r, -r * 0.8), (r, -r * 0.8), (r, r * 0.8), (-r, r * 0.8)])
        }
        NodeKind::Government => {
            polygon(&[(0.0, -r), (r, -r * 0.3), (r, r), (-r, r), (-r, -r * 0.3)])
        }
        NodeKind::Business => polygon(&[
            (0.0, -r * 1.15),
            (r * 1.15, 0.0),
            (0.0, r * 1.15),
            (-r * 1.15, 0.0),
        ]),
        NodeKind::Media => polygon(&[(0.0, -r * 1.1), (r * 1.1, r * 0.85), (-r * 1.1, r * 0.85)]),
        NodeKind::Other => {
            let points: Vec<(f32, f32)> = (0..6)
                .map(|i| {
                    let a = std::f32::consts::TAU * i as f32 / 6.0;
                    (r * a.cos(), r * a.sin())
                })
                .collect();
            polygon(&points)
        }
    }
}

fn text(out: &mut String, t: &Text) {
    let weight = match t.face {
        Face::Bold => " font-weight=\"bold\"",
        Face::Italic => " font-style=\"italic\"",
        Face::Regular => "",
    };
    let anchor = if t.centred {
        " text-anchor=\"middle\""
    } else {
        ""
    };
    // Black text wears a white halo, so a label over a line or another shape still reads.
    let fill = if t.quiet {
        "fill=\"#767676\""
    } else {
        "fill=\"#000\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\""
    };
    let _ = writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{}\"{weight}{anchor} {fill}>{}</text>",
        t.x,
        t.y,
        t.size,
        escaped(&t.text)
    );
}

/// Where a line from `from` towards `to` meets the edge of the node at `to`.
fn short_of(from: (f32, f32), to: (f32, f32), by: f32) -> (f32, f32) {
    let (dx, dy) = (to.0 - from.0, to.1 - from.1);
    let length = (dx * dx + dy * dy).sqrt().max(f32::EPSILON);
    (to.0 - dx / length * by, to.1 - dy / length * by)
}

fn edge(out: &mut String, e: &EdgeLine) {
    let gap = NODE_RADIUS + 2.0;
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
    let mut markers = String::new();
    if e.arrow_at_end {
        markers.push_str(" marker-end=\"url(#arrow)\"");
    }
    if e.arrow_at_start {
        markers.push_str(" marker-start=\"url(#arrow-back)\"");
    }
    let _ = writeln!(
        out,
        "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#444\" stroke-width=\"{:.2}\"{markers}/>",
        start.0, start.1, end.0, end.1, e.width
    );
}

fn node(out: &mut String, n: &NodeShape) {
    let step = (n.step + 2).clamp(0, 4) as usize;
    let fill = if n.judged { FILLS[step] } else { "#ffffff" };
    let dash = if n.judged {
        ""
    } else {
        " stroke-dasharray=\"3,2\""
    };
    let path = shape_path(n.kind, n.centre);
    if n.target {
        let _ = writeln!(
            out,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"none\" stroke=\"#000\" stroke-width=\"1.5\"/>",
            n.centre.0,
            n.centre.1,
            NODE_RADIUS + 5.0
        );
    }
    let _ = writeln!(
        out,
        "<path d=\"{path}\" fill=\"{fill}\" stroke=\"#000\" stroke-width=\"1\"{dash}/>"
    );
    if n.reach > 0 {
        // The number of members who know someone there, on the node's shoulder.
        let (bx, by) = (n.centre.0 + NODE_RADIUS, n.centre.1 - NODE_RADIUS);
        let _ = writeln!(
            out,
            "<circle cx=\"{bx:.1}\" cy=\"{by:.1}\" r=\"6\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"0.75\"/>\
             <text x=\"{bx:.1}\" y=\"{:.1}\" font-size=\"8\" font-weight=\"bold\" text-anchor=\"middle\">{}</text>",
            by + 3.0,
            n.reach
        );
    }
    if !n.sign.is_empty() {
        let colour = if n.judged && LIGHT_SIGN[step] {
            "#fff"
        } else {
            "#000"
        };
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"8\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{colour}\">{}</text>",
            n.centre.0,
            n.centre.1 + 3.0,
            escaped(n.sign)
        );
    }
}

/// The scene as a standalone SVG document, sized in points.
pub fn write(scene: &Scene) -> String {
    let mut out = String::with_capacity(
        256 + 220 * (scene.nodes.len() + scene.edges.len() + scene.texts.len()),
    );
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}pt\" height=\"{h}pt\" viewBox=\"0 0 {w} {h}\" font-family=\"DejaVu Sans, Verdana, sans-serif\">",
        w = scene.width,
        h = scene.height
    );
    out.push_str(
        "<defs>\
         <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 Z\" fill=\"#444\"/></marker>\
         <marker id=\"arrow-back\" viewBox=\"0 0 10 10\" refX=\"1\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M10,0 L0,5 L10,10 Z\" fill=\"#444\"/></marker>\
         </defs>\n",
    );
    let _ = writeln!(out, "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
    for rule in &scene.rules {
        let colour = if rule.quiet { "#bbb" } else { "#000" };
        let _ = writeln!(
            out,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"{}\"/>",
            rule.from.0, rule.from.1, rule.to.0, rule.to.1, rule.width
        );
    }
    for t in scene.texts.iter().filter(|t| t.quiet) {
        text(&mut out, t);
    }
    for e in &scene.edges {
        edge(&mut out, e);
    }
    for n in &scene.nodes {
        node(&mut out, n);
    }
    for t in scene.texts.iter().filter(|t| !t.quiet) {
        text(&mut out, t);
    }
    out.push_str("</svg>\n");
    out
}
