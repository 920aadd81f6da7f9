//! A laid-out map as an SVG document: what the CLI's `export map --format svg` writes, and
//! what a chapter can drop into a slide or a grant application.

use std::fmt::Write;

use groundwork_core::power_map::NodeKind;

use super::look::{fill_hex, outline, short_of, LIGHT_SIGN};
use super::scene::{EdgeLine, NodeShape, Scene, Text, NODE_RADIUS};
use crate::fonts::Face;

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

/// The outline of a node's shape ([`outline`]) as SVG path data.
pub fn shape_path(kind: NodeKind, centre: (f32, f32)) -> String {
    let mut d = String::new();
    for (i, (x, y)) in outline(kind, centre).into_iter().enumerate() {
        let _ = write!(d, "{}{x:.1},{y:.1} ", if i == 0 { "M" } else { "L" });
    }
    d.push('Z');
    d
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
    let fill = if n.judged {
        fill_hex(step)
    } else {
        "#ffffff".to_owned()
    };
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
