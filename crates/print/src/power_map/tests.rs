//! A map laid out and drawn: everything on the page, in both languages, on either paper.

use groundwork_core::ids::{EdgeId, MapId, NodeId};
use groundwork_core::power_map::{
    Direction, EdgeInput, MapEdge, MapNode, NodeInput, NodeKind, PowerMap,
};
use groundwork_core::settings::{Lang, PaperSize};

use super::scene::{lay_out, MapPaper};
use super::svg;
use crate::catalog::Catalog;

/// A crowded map: `n` nodes spread over the grid (some at its very edges), a chain of edges.
fn crowded(n: usize) -> PowerMap {
    let nodes: Vec<MapNode> = (0..n)
        .map(|i| {
            let mut input = NodeInput::named(
                &format!("Organization with a long name number {i}"),
                NodeKind::ALL[i % NodeKind::ALL.len()],
            );
            input.alignment = -2.0 + 4.0 * ((i * 7) % n) as f64 / (n - 1) as f64;
            input.power = 4.0 * ((i * 3) % n) as f64 / (n - 1) as f64;
            input.is_target = i % 9 == 0;
            input.judged = i % 5 != 0;
            MapNode {
                id: NodeId::new(),
                fields: input,
            }
        })
        .collect();
    let edges = nodes
        .windows(2)
        .map(|pair| MapEdge {
            id: EdgeId::new(),
            fields: EdgeInput {
                from: pair[0].id,
                to: pair[1].id,
                label: Some("funds".into()),
                strength: Some(3),
                direction: Direction::Mutual,
            },
        })
        .collect();
    PowerMap {
        id: MapId::new(),
        campaign_id: None,
        name: "Who decides on the repairs".into(),
        source: "groundwork".into(),
        nodes,
        edges,
        is_sample: false,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

#[test]
fn every_word_and_shape_stays_on_the_page_in_two_languages_on_either_paper() {
    let map = crowded(40);
    let catalogs = [Catalog::new(Lang::En), Catalog::new(Lang::Es)];
    for paper in [PaperSize::Letter, PaperSize::A4] {
        let scene = lay_out(&MapPaper {
            map: &map,
            paths: &[],
            chapter_name: "Riverside Chapter",
            paper,
            catalogs: &catalogs,
            framed: None,
            named: false,
        })
        .unwrap();
        let margin = 36.0;
        for t in &scene.texts {
            let half = crate::fonts::face(t.face).width(&t.text, t.size) / 2.0;
            let (left, right) = if t.centred {
                (t.x - half, t.x + half)
            } else {
                (t.x, t.x + 2.0 * half)
            };
            assert!(
                left >= margin - 1.0 && right <= scene.width - margin + 1.0,
                "{:?} runs past the side margins ({left}..{right} of {})",
                t.text,
                scene.width
            );
            assert!(
                t.y >= margin && t.y <= scene.height - margin,
                "{:?} runs past the top or bottom margin",
                t.text
            );
            assert!(t.size >= 8.0, "{:?} is smaller than fine print", t.text);
        }
        let (left, top, right, bottom) = scene.grid;
        for node in scene.nodes.iter().take(map.nodes.len()) {
            let (x, y) = node.centre;
            assert!(
                x > left && x < right && y > top && y < bottom,
                "a node off the grid"
            );
        }
        let drawn = svg::write(&scene);
        assert_eq!(
            drawn.matches("<path d=").count(),
            map.nodes.len() + NodeKind::ALL.len() + 2,
            "a shape per node, one per kind in the legend, and the two arrowheads"
        );
        assert!(drawn.contains("Aliados poderosos") && drawn.contains("Powerful allies"));
    }
}

#[test]
fn text_is_escaped_in_the_picture() {
    let mut map = crowded(3);
    map.nodes[0].fields.label = "Smith & Sons <Realty>".into();
    let catalogs = [Catalog::new(Lang::En)];
    let scene = lay_out(&MapPaper {
        map: &map,
        paths: &[],
        chapter_name: "Riverside \"East\"",
        paper: PaperSize::Letter,
        catalogs: &catalogs,
        framed: None,
        named: false,
    })
    .unwrap();
    let drawn = svg::write(&scene);
    assert!(drawn.contains("Smith &amp; Sons") && drawn.contains("&lt;Realty&gt;"));
    assert!(drawn.contains("Riverside &quot;East&quot;"));
    assert!(!drawn.contains("<Realty>"));
}

#[test]
fn a_poster_is_a_guide_page_then_its_sheets_row_by_row() {
    let map = crowded(30);
    let catalogs = [Catalog::new(Lang::En), Catalog::new(Lang::Es)];
    let print = |tiles| {
        super::pdf::render(&super::pdf::PrintedMap {
            paper: MapPaper {
                map: &map,
                paths: &[],
                chapter_name: "Riverside Chapter",
                paper: PaperSize::Letter,
                catalogs: &catalogs,
                framed: None,
                named: false,
            },
            printed_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
            is_sample: false,
            tiles,
        })
        .unwrap()
    };
    assert_eq!(print(1).pages, 1);
    assert_eq!(print(2).pages, 1 + 4);
    assert_eq!(print(3).pages, 1 + 9);
    // Past the largest poster, the largest is printed rather than thousands of sheets.
    assert_eq!(print(40).pages, 1 + 25);
}
