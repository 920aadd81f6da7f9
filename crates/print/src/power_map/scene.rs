//! The map laid out on a landscape page, in points from the top-left corner.

use groundwork_core::power_map::paths::PathIn;
use groundwork_core::power_map::{Direction, NodeKind, PowerMap, ALIGNMENT, POWER};
use groundwork_core::settings::PaperSize;

use crate::catalog::{in_each, Catalog};
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::layout::Paper;

use super::labels::Placer;
use crate::PrintError;

/// Node labels: the size of table text, the smallest PAPER.md allows for reading.
pub const LABEL_SIZE: f32 = 10.0;
const LABEL_WIDTH: f32 = 96.0;
/// A node's shape fits in a circle this wide.
pub const NODE_RADIUS: f32 = 9.0;
/// The legend's column, right of the grid.
pub(super) const LEGEND_WIDTH: f32 = 190.0;
/// The legend's words: the size of table text, like the labels.
pub(super) const LEGEND_SIZE: f32 = 10.0;

/// What is printed with the map.
#[derive(Clone, Copy)]
pub struct MapPaper<'a> {
    pub map: &'a PowerMap,
    pub paths: &'a [PathIn],
    pub chapter_name: &'a str,
    pub paper: PaperSize,
    pub catalogs: &'a [Catalog],
    /// Where a page frame leaves room for the map (its top and bottom), when a frame draws the
    /// header and footer (the PDF); `None`: the picture draws its own header (the SVG).
    pub framed: Option<(f32, f32)>,
    /// Prints the map's name in bold above the line that says what the page is, in a frame
    /// whose header does not name it (a map attached to a grant application).
    pub named: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub x: f32,
    pub y: f32,
    pub text: String,
    pub size: f32,
    pub face: Face,
    /// Placed by its middle rather than its start.
    pub centred: bool,
    /// Grey rather than black (the quadrants' names, under everything else).
    pub quiet: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub from: (f32, f32),
    pub to: (f32, f32),
    pub width: f32,
    pub quiet: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NodeShape {
    pub centre: (f32, f32),
    pub kind: NodeKind,
    /// -2 … 2, rounded: which of the five colours and signs.
    pub step: i8,
    pub sign: &'static str,
    pub judged: bool,
    pub target: bool,
    /// How many members can reach it (paths in), shown as a number on its shoulder.
    pub reach: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EdgeLine {
    pub from: (f32, f32),
    pub to: (f32, f32),
    pub arrow_at_end: bool,
    pub arrow_at_start: bool,
    pub width: f32,
}

/// Everything on the page, in drawing order within each list.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f32,
    pub height: f32,
    /// The grid's box: left, top, right, bottom.
    pub grid: (f32, f32, f32, f32),
    /// How far down the map may go (the legend stops above it).
    pub bottom: f32,
    pub rules: Vec<Rule>,
    pub edges: Vec<EdgeLine>,
    pub nodes: Vec<NodeShape>,
    pub texts: Vec<Text>,
}

/// The five alignment steps' signs, from strongly opposed to strongly allied.
pub const SIGNS: [&str; 5] = ["−−", "−", "0", "+", "++"];

pub(super) fn joined(catalogs: &[Catalog], id: &str) -> Result<String, PrintError> {
    Ok(in_each(catalogs, id)?.join(" / "))
}

pub(super) fn text(x: f32, y: f32, text: String, size: f32, face: Face) -> Text {
    Text {
        x,
        y,
        text,
        size,
        face,
        centred: false,
        quiet: false,
    }
}

/// Lays the map out on a landscape page of `paper`.
pub fn lay_out(input: &MapPaper<'_>) -> Result<Scene, PrintError> {
    let page = Paper::of(input.paper).landscape();
    let cats = input.catalogs;
    let left_margin = page.left();
    let (top, bottom) = input.framed.unwrap_or((page.top(), page.bottom()));
    let mut scene = Scene {
        width: page.width,
        height: page.height,
        grid: (0.0, 0.0, 0.0, 0.0),
        bottom,
        rules: Vec::new(),
        edges: Vec::new(),
        nodes: Vec::new(),
        texts: Vec::new(),
    };

    // The header: the chapter and the map's name (unless a frame prints them), and what the
    // page is.
    let mut y = top;
    if input.framed.is_none() {
        scene.texts.push(text(
            left_margin,
            y + 12.0,
            input.chapter_name.to_owned(),
            12.0,
            Face::Bold,
        ));
        scene.texts.push(text(
            left_margin,
            y + 34.0,
            input.map.name.clone(),
            18.0,
            Face::Bold,
        ));
        y += 40.0;
    } else if input.named {
        scene.texts.push(text(
            left_margin,
            y + 13.0,
            input.map.name.clone(),
            13.0,
            Face::Bold,
        ));
        y += 18.0;
    }
    scene.texts.push(text(
        left_margin,
        y + 12.0,
        joined(cats, "map-subtitle")?,
        10.0,
        Face::Italic,
    ));

    // The grid, with room on the left for the power axis and below for alignment's. Each step
    // of either axis is the middle of a band, so a node at an extreme is still inside.
    let grid_left = left_margin + 62.0;
    let grid_top = y + 38.0;
    let grid_right = page.right() - LEGEND_WIDTH - 16.0;
    let grid_bottom = bottom - 76.0;
    scene.grid = (grid_left, grid_top, grid_right, grid_bottom);
    let x_of = |alignment: f64| {
        let t = (alignment - ALIGNMENT.start() + 0.5) / (ALIGNMENT.end() - ALIGNMENT.start() + 1.0);
        grid_left + t as f32 * (grid_right - grid_left)
    };
    let y_of = |power: f64| {
        let t = (power - POWER.start() + 0.5) / (POWER.end() - POWER.start() + 1.0);
        grid_bottom - t as f32 * (grid_bottom - grid_top)
    };
    for edge in [-1.5, -0.5, 0.5, 1.5] {
        scene.rules.push(Rule {
            from: (x_of(edge), grid_top),
            to: (x_of(edge), grid_bottom),
            width: 0.5,
            quiet: true,
        });
        scene.rules.push(Rule {
            from: (grid_left, y_of(edge + 2.0)),
            to: (grid_right, y_of(edge + 2.0)),
            width: 0.5,
            quiet: true,
        });
    }
    // The quadrants: neutral down the middle, moderate power across it.
    let mid_x = x_of(0.0);
    let mid_y = y_of(2.0);
    scene.rules.push(Rule {
        from: (mid_x, grid_top),
        to: (mid_x, grid_bottom),
        width: 1.0,
        quiet: false,
    });
    scene.rules.push(Rule {
        from: (grid_left, mid_y),
        to: (grid_right, mid_y),
        width: 1.0,
        quiet: false,
    });
    // The grid's frame.
    for (from, to) in [
        ((grid_left, grid_top), (grid_right, grid_top)),
        ((grid_left, grid_bottom), (grid_right, grid_bottom)),
        ((grid_left, grid_top), (grid_left, grid_bottom)),
        ((grid_right, grid_top), (grid_right, grid_bottom)),
    ] {
        scene.rules.push(Rule {
            from,
            to,
            width: 0.5,
            quiet: false,
        });
    }
    let quadrant_width = (grid_right - grid_left) / 2.0 - 16.0;
    for (id, centre_x, top_side) in [
        (
            "map-quadrant-powerful-opponents",
            (grid_left + mid_x) / 2.0,
            true,
        ),
        (
            "map-quadrant-powerful-allies",
            (mid_x + grid_right) / 2.0,
            true,
        ),
        (
            "map-quadrant-weak-opponents",
            (grid_left + mid_x) / 2.0,
            false,
        ),
        (
            "map-quadrant-weak-allies",
            (mid_x + grid_right) / 2.0,
            false,
        ),
    ] {
        let mut lines = Vec::new();
        for (i, catalog) in cats.iter().enumerate() {
            let face = if i == 0 { Face::Bold } else { Face::Italic };
            for line in wrap(&catalog.text(id)?, face, 11.0, quadrant_width) {
                lines.push((line, face));
            }
        }
        let step = 13.0;
        let mut y = if top_side {
            grid_top + 15.0
        } else {
            grid_bottom - 6.0 - step * (lines.len() as f32 - 1.0)
        };
        for (line, face) in lines {
            scene.texts.push(Text {
                centred: true,
                quiet: true,
                ..text(centre_x, y, line, 11.0, face)
            });
            y += step;
        }
    }

    // The axes: the alignment steps under the grid, the power steps beside it, each in every
    // language asked (the second in italic, under the first).
    let alignment_ids = [
        "map-alignment-strongly-opposed",
        "map-alignment-opposed",
        "map-alignment-neutral",
        "map-alignment-allied",
        "map-alignment-strongly-allied",
    ];
    for (step, id) in alignment_ids.iter().enumerate() {
        for (i, catalog) in cats.iter().enumerate() {
            let word = catalog.text(id)?;
            let (label, face) = if i == 0 {
                (format!("{} {word}", SIGNS[step]), Face::Regular)
            } else {
                (word, Face::Italic)
            };
            scene.texts.push(Text {
                centred: true,
                ..text(
                    x_of(step as f64 - 2.0),
                    grid_bottom + 13.0 + 12.0 * i as f32,
                    label,
                    10.0,
                    face,
                )
            });
        }
    }
    scene.texts.push(Text {
        centred: true,
        ..text(
            (grid_left + grid_right) / 2.0,
            grid_bottom + 17.0 + 12.0 * cats.len() as f32,
            joined(cats, "map-axis-alignment")?,
            10.0,
            Face::Bold,
        )
    });
    let power_ids = [
        "map-power-little",
        "map-power-some",
        "map-power-moderate",
        "map-power-high",
        "map-power-decisive",
    ];
    for (step, id) in power_ids.iter().enumerate() {
        for (i, catalog) in cats.iter().enumerate() {
            let face = if i == 0 { Face::Regular } else { Face::Italic };
            scene.texts.push(text(
                left_margin,
                y_of(step as f64) + 3.5 + 12.0 * i as f32,
                catalog.text(id)?,
                10.0,
                face,
            ));
        }
    }
    scene.texts.push(text(
        left_margin,
        grid_top - 8.0,
        joined(cats, "map-axis-power")?,
        10.0,
        Face::Bold,
    ));

    // Relationships under the nodes, then the nodes with their labels.
    let place = |id| {
        input
            .map
            .nodes
            .iter()
            .find(|n| n.id == id)
            .map(|n| (x_of(n.fields.alignment), y_of(n.fields.power)))
    };
    for edge in &input.map.edges {
        let f = &edge.fields;
        let (Some(from), Some(to)) = (place(f.from), place(f.to)) else {
            continue;
        };
        scene.edges.push(EdgeLine {
            from,
            to,
            arrow_at_end: matches!(f.direction, Direction::Directed | Direction::Mutual),
            arrow_at_start: f.direction == Direction::Mutual,
            width: 0.5 + 0.25 * f32::from(f.strength.unwrap_or(2)),
        });
    }
    let centres: Vec<(f32, f32)> = input
        .map
        .nodes
        .iter()
        .map(|n| (x_of(n.fields.alignment), y_of(n.fields.power)))
        .collect();
    let mut labels = Placer::new(scene.grid, &centres);
    // The quadrants' names stay readable: no label sits on them.
    for t in scene.texts.iter().filter(|t| t.quiet) {
        let half = crate::fonts::face(t.face).width(&t.text, t.size) / 2.0;
        labels.avoid((t.x - half, t.y - t.size, t.x + half, t.y + 2.0));
    }
    for (node, &centre) in input.map.nodes.iter().zip(&centres) {
        let f = &node.fields;
        let step = f.alignment.round().clamp(-2.0, 2.0) as i8;
        scene.nodes.push(NodeShape {
            centre,
            kind: f.kind,
            step,
            sign: if f.judged {
                SIGNS[(step + 2) as usize]
            } else {
                "?"
            },
            judged: f.judged,
            target: f.is_target,
            reach: input.paths.iter().filter(|p| p.node_id == node.id).count() as u32,
        });
        let label = if f.is_target {
            format!("{} ({})", f.label, cats[0].text("map-target")?)
        } else {
            f.label.clone()
        };
        let lines = wrap(&label, Face::Bold, LABEL_SIZE, LABEL_WIDTH);
        scene.texts.extend(labels.place(centre, lines));
    }

    super::legend::draw(&mut scene, input, page.right() - LEGEND_WIDTH, grid_top)?;
    // How to read the lines, under the axis, in the room left above the bottom.
    let note = joined(cats, "map-footer")?;
    let lines = wrap(&note, Face::Regular, 10.0, grid_right - left_margin);
    let mut y = bottom - 2.0 - 12.0 * (lines.len() as f32 - 1.0);
    for line in lines {
        scene
            .texts
            .push(text(left_margin, y, line, 10.0, Face::Regular));
        y += 12.0;
    }
    Ok(scene)
}
