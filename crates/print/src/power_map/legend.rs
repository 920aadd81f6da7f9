//! The map's key, right of the grid: the kinds by shape, the marks this map uses, and the
//! members who can reach each node (our paths in), as far as the page has room.

use groundwork_core::power_map::paths::PathIn;
use groundwork_core::power_map::NodeKind;

use super::scene::{text, MapPaper, NodeShape, Scene, LEGEND_SIZE, LEGEND_WIDTH, NODE_RADIUS};
use crate::catalog::{in_each, Catalog};
use crate::fonts::Face;
use crate::layout::measure::wrap;
use crate::PrintError;

/// A heading of the legend, a line per language (the second in italic), wrapped to the
/// column; answers the baseline of the next line.
fn heading(
    scene: &mut Scene,
    cats: &[Catalog],
    id: &str,
    left: f32,
    mut y: f32,
) -> Result<f32, PrintError> {
    for (i, catalog) in cats.iter().enumerate() {
        let face = if i == 0 { Face::Bold } else { Face::Italic };
        for line in wrap(&catalog.text(id)?, face, 11.0, LEGEND_WIDTH) {
            scene.texts.push(text(left, y, line, 11.0, face));
            y += 13.0;
        }
    }
    Ok(y)
}

/// The legend: the kinds by shape, the signs, the marks, and who can reach whom.
pub fn draw(
    scene: &mut Scene,
    input: &MapPaper<'_>,
    left: f32,
    top: f32,
) -> Result<(), PrintError> {
    let cats = input.catalogs;
    let mut y = top;
    y = heading(scene, cats, "map-legend", left, y)? + 6.0;
    // The kinds by shape, in two columns.
    let column = LEGEND_WIDTH / 2.0;
    for (i, kind) in NodeKind::ALL.into_iter().enumerate() {
        let x = left + column * (i % 2) as f32;
        let row_y = y + (2.0 * NODE_RADIUS + 4.0) * (i / 2) as f32;
        scene.nodes.push(NodeShape {
            centre: (x + NODE_RADIUS, row_y - 3.5),
            kind,
            step: 0,
            sign: "",
            judged: true,
            target: false,
            reach: 0,
        });
        let id = format!("map-kind-{}", groundwork_core::db::codes::to_code(&kind));
        let words = in_each(cats, &id)?;
        let mut line_y = row_y - if cats.len() > 1 { 5.0 } else { 0.0 };
        for (j, word) in words.into_iter().enumerate() {
            let face = if j == 0 { Face::Regular } else { Face::Italic };
            scene.texts.push(text(
                x + 2.0 * NODE_RADIUS + 5.0,
                line_y,
                word,
                LEGEND_SIZE,
                face,
            ));
            line_y += LEGEND_SIZE + 1.0;
        }
    }
    y += (2.0 * NODE_RADIUS + 4.0) * NodeKind::ALL.len().div_ceil(2) as f32 + 2.0;
    // The marks this map uses explained in each language, the second in italic: fine print,
    // like a key.
    let nodes = &input.map.nodes;
    let marks = [
        ("map-legend-signs", true),
        (
            "map-legend-target",
            nodes.iter().any(|n| n.fields.is_target),
        ),
        (
            "map-legend-not-placed",
            nodes.iter().any(|n| !n.fields.judged),
        ),
        ("map-legend-reach", !input.paths.is_empty()),
    ];
    for id in marks.iter().filter(|(_, shown)| *shown).map(|(id, _)| *id) {
        for (i, catalog) in cats.iter().enumerate() {
            let face = if i == 0 { Face::Regular } else { Face::Italic };
            for line in wrap(&catalog.text(id)?, face, LEGEND_SIZE, LEGEND_WIDTH) {
                scene.texts.push(text(left, y, line, LEGEND_SIZE, face));
                y += LEGEND_SIZE + 2.0;
            }
        }
        y += 4.0;
    }
    if input.paths.is_empty() {
        return Ok(());
    }
    y += 6.0;
    y = heading(scene, cats, "map-paths-in", left, y)? + 3.0;
    // Down to the footer.
    let bottom = scene.bottom - 16.0;
    for node in &input.map.nodes {
        let reach: Vec<&PathIn> = input
            .paths
            .iter()
            .filter(|p| p.node_id == node.id)
            .collect();
        if reach.is_empty() {
            continue;
        }
        // At most three names a line, so every node with a way in gets its line.
        let mut names: Vec<String> = reach
            .iter()
            .take(3)
            .map(|p| p.person_name.clone())
            .collect();
        if reach.len() > 3 {
            names.push(format!("+{}", reach.len() - 3));
        }
        let line = format!("{}: {}", node.fields.label, names.join(", "));
        for part in wrap(&line, Face::Regular, 10.0, LEGEND_WIDTH) {
            if y + 12.0 > bottom {
                scene
                    .texts
                    .push(text(left, y, "…".into(), 10.0, Face::Regular));
                return Ok(());
            }
            scene.texts.push(text(left, y, part, 10.0, Face::Regular));
            y += 12.0;
        }
    }
    Ok(())
}
