//! How long a large power map takes to lay out and draw as SVG: 300 nodes and 900
//! relationships, bilingual, on Letter. `cargo run --release -p groundwork-print --example
//! map_bench` prints the median and slowest of 20 runs, then of 10 runs as a PDF.

use std::time::{Duration, Instant};

use groundwork_core::ids::{EdgeId, MapId, NodeId};
use groundwork_core::power_map::{
    Direction, EdgeInput, MapEdge, MapNode, NodeInput, NodeKind, PowerMap,
};
use groundwork_core::settings::{Lang, PaperSize};
use groundwork_print::catalog::Catalog;
use groundwork_print::power_map::pdf::{self, PrintedMap};
use groundwork_print::power_map::{scene, svg, MapPaper};

fn big_map(nodes: usize, edges: usize) -> PowerMap {
    let nodes: Vec<MapNode> = (0..nodes)
        .map(|i| {
            let mut input = NodeInput::named(
                &format!("Institution {i}"),
                NodeKind::ALL[i % NodeKind::ALL.len()],
            );
            // A spread that is the same every run.
            input.alignment = ((i * 37) % 401) as f64 / 100.0 - 2.0;
            input.power = ((i * 53) % 401) as f64 / 100.0;
            MapNode {
                id: NodeId::new(),
                fields: input,
            }
        })
        .collect();
    let edges = (0..edges)
        .map(|i| MapEdge {
            id: EdgeId::new(),
            fields: EdgeInput {
                from: nodes[i % nodes.len()].id,
                to: nodes[(i * 7 + 1) % nodes.len()].id,
                label: Some("funds".into()),
                strength: Some((i % 5 + 1) as u8),
                direction: Direction::Directed,
            },
        })
        .collect();
    PowerMap {
        id: MapId::new(),
        campaign_id: None,
        name: "A large map".into(),
        source: "groundwork".into(),
        nodes,
        edges,
        is_sample: false,
        created_at: String::new(),
        updated_at: String::new(),
    }
}

fn main() {
    let map = big_map(300, 900);
    let catalogs = [Catalog::new(Lang::En), Catalog::new(Lang::Es)];
    // The map on Letter, as the SVG and the PDF are drawn from it.
    let paper = || MapPaper {
        map: &map,
        paths: &[],
        chapter_name: "Benchmark Chapter",
        paper: PaperSize::Letter,
        catalogs: &catalogs,
        framed: None,
        named: false,
    };
    let print = |tiles| {
        pdf::render(&PrintedMap {
            paper: paper(),
            printed_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 6).expect("a day"),
            is_sample: false,
            tiles,
        })
        .expect("print")
    };
    let mut times: Vec<Duration> = Vec::new();
    let mut bytes = 0;
    for _ in 0..20 {
        let start = Instant::now();
        let laid = scene::lay_out(&paper()).expect("lay out");
        bytes = svg::write(&laid).len();
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "a map of 300 nodes and 900 relationships as SVG: median {:.1} ms, slowest {:.1} ms, {} bytes (target: under 50 ms)",
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0,
        bytes
    );
    let mut pdf_times: Vec<Duration> = Vec::new();
    let mut pages = 0;
    for _ in 0..10 {
        let start = Instant::now();
        let printed = print(1);
        pages = printed.pages;
        pdf_times.push(start.elapsed());
    }
    pdf_times.sort();
    println!(
        "the same map as a PDF: median {:.1} ms, slowest {:.1} ms, {pages} page(s) (target: under 200 ms)",
        pdf_times[pdf_times.len() / 2].as_secs_f64() * 1000.0,
        pdf_times[pdf_times.len() - 1].as_secs_f64() * 1000.0,
    );
    // The same map as a wall poster: a guide page and 3 × 3 enlarged sheets.
    let start = Instant::now();
    let poster = print(3);
    println!(
        "as a poster of 3 × 3 sheets: {:.1} ms, {} pages, {} bytes",
        start.elapsed().as_secs_f64() * 1000.0,
        poster.pages,
        poster.bytes.len()
    );
}
