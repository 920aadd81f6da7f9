//! `campaigns`, `import-map` and `export map`, on real files: the contract other tools rely on.

use std::path::PathBuf;

use crate::{cli, fails_with, named_chapter, ok};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/maps")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn a_kumu_map_comes_into_a_campaign_and_goes_out_as_json_kumu_and_svg() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Pilsen Chapter");
    let campaign = ok(&cli(
        &db,
        &["campaigns", "add", "--name", "Heat at 2400 Cermak"],
    ))
    .trim()
    .to_owned();
    let imported = ok(&cli(
        &db,
        &[
            "import-map",
            &fixture("cermak-kumu.json"),
            "--campaign",
            &campaign,
        ],
    ));
    let (map, counts) = imported.trim().split_once(": ").unwrap();
    assert_eq!(counts, "4 nodes, 3 edges");

    let listed: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["campaigns", "list", "--format", "json"]))).unwrap();
    assert_eq!(listed[0]["id"], campaign.as_str());
    assert_eq!(listed[0]["name"], "Heat at 2400 Cermak");
    assert_eq!(listed[0]["maps"][0], map);

    let exported: serde_json::Value = serde_json::from_str(&ok(&cli(
        &db,
        &["export", "map", "--map", map, "--format", "json"],
    )))
    .unwrap();
    let nodes = exported["nodes"].as_array().unwrap();
    assert_eq!(nodes.len(), 4);
    for node in nodes {
        for key in ["id", "label", "kind", "power", "alignment"] {
            assert!(!node[key].is_null(), "a node without {key}: {node}");
        }
    }
    assert_eq!(nodes[1]["label"], "Acme Realty");
    assert_eq!(nodes[1]["kind"], "business");
    let edges = exported["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 3);
    for key in ["from", "to", "label", "direction"] {
        assert!(edges[0].get(key).is_some(), "an edge without {key}");
    }
    assert_eq!(edges[0]["label"], "donor");
    assert_eq!(edges[1]["direction"], "mutual");

    // Kumu out, and back in: the same nodes and relationships.
    let kumu = dir.path().join("map.kumu.json");
    ok(&cli(
        &db,
        &[
            "export",
            "map",
            "--map",
            map,
            "--format",
            "kumu",
            "--out",
            kumu.to_str().unwrap(),
        ],
    ));
    let again = ok(&cli(&db, &["import-map", kumu.to_str().unwrap()]));
    assert!(again.trim().ends_with(": 4 nodes, 3 edges"), "{again}");

    // A picture, with the map's names in it.
    let svg = dir.path().join("map.svg");
    ok(&cli(
        &db,
        &[
            "export",
            "map",
            "--map",
            map,
            "--format",
            "svg",
            "--out",
            svg.to_str().unwrap(),
        ],
    ));
    let picture = std::fs::read_to_string(&svg).unwrap();
    assert!(picture.starts_with("<svg") && picture.trim_end().ends_with("</svg>"));
    for name in [
        "Acme Realty",
        "Mayor Lee",
        "Powerful allies",
        "Aliados poderosos",
    ] {
        assert!(picture.contains(name), "the picture lacks {name}");
    }
}

/// The sample chapter in `dir`, and its campaign's map's id.
fn sample_map(dir: &std::path::Path) -> (PathBuf, String) {
    let db = dir.join("sample.sqlite");
    ok(&cli(&db, &["demo"]));
    let listed: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["campaigns", "list", "--format", "json"]))).unwrap();
    let map = listed[0]["maps"][0].as_str().unwrap().to_owned();
    (db, map)
}

#[test]
fn the_sample_map_prints_on_a_landscape_page_with_its_paths_in_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let (db, map) = sample_map(dir.path());
    for paper in ["letter", "a4"] {
        let pdf = dir.path().join(format!("map-{paper}.pdf"));
        let said = ok(&cli(
            &db,
            &[
                "print",
                "power-map",
                "--map",
                &map,
                "--out",
                pdf.to_str().unwrap(),
                "--paper",
                paper,
            ],
        ));
        assert!(said.contains("(2 pages)"), "{said}");
        crate::qpdf_ok(&pdf);
        let text = crate::pdf_text(&pdf);
        for words in [
            "Who decides on the repairs",
            "Powerful allies",
            "Aliados poderosos",
            "Eastside Tenants United",
            "Our paths in",
            "would introduce us",
        ] {
            assert!(text.contains(words), "{paper}: the map lacks {words}");
        }
    }
    let err = fails_with(
        &cli(
            &db,
            &["print", "power-map", "--map", "nope", "--out", "x.pdf"],
        ),
        3,
    );
    assert!(err.contains("campaigns list"), "{err}");
}

#[test]
fn a_map_prints_as_a_poster_of_sheets_with_a_guide_first() {
    let dir = tempfile::tempdir().unwrap();
    let (db, map) = sample_map(dir.path());
    let pdf = dir.path().join("poster.pdf");
    let print = |tiles: &str| {
        cli(
            &db,
            &[
                "print",
                "power-map",
                "--map",
                &map,
                "--out",
                pdf.to_str().unwrap(),
                "--tiles",
                tiles,
            ],
        )
    };
    // The guide, 3 × 3 sheets, then who can reach whom.
    let said = ok(&print("3"));
    assert!(said.contains("(11 pages)"), "{said}");
    let text = crate::pdf_text(&pdf);
    for words in [
        "Sheet A1 of 9",
        "Sheet C3 of 9",
        "Hoja B2 de 9",
        "Our paths in",
    ] {
        assert!(text.contains(words), "the poster lacks {words}");
    }
    crate::qpdf_ok(&pdf);
    // One sheet is one page; more than five across is refused before anything is written.
    assert!(ok(&print("1")).contains("(2 pages)"));
    std::fs::remove_file(&pdf).unwrap();
    let refused = print("9");
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("--tiles") && err.contains("1..=5"), "{err}");
    assert!(!pdf.exists());
}

#[test]
fn an_oligrapher_map_keeps_its_title_and_its_arrows() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let imported = ok(&cli(
        &db,
        &["import-map", &fixture("landlords-oligrapher.json")],
    ));
    let (map, counts) = imported.trim().split_once(": ").unwrap();
    assert_eq!(counts, "3 nodes, 2 edges", "the caption is not a node");
    let exported: serde_json::Value = serde_json::from_str(&ok(&cli(
        &db,
        &["export", "map", "--map", map, "--format", "json"],
    )))
    .unwrap();
    assert_eq!(exported["name"], "Who backs Premier");
    let label = |id: &serde_json::Value| {
        exported["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == *id)
            .unwrap()["label"]
            .clone()
    };
    // "2->1": the donor edge runs from the landlord to the alderperson.
    let donor = &exported["edges"][1];
    assert_eq!(label(&donor["from"]), "Premier Property Management");
    assert_eq!(label(&donor["to"]), "Alderperson Rivera");
}

#[test]
fn a_bad_map_file_is_refused_with_what_and_where_and_nothing_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let err = fails_with(
        &cli(&db, &["import-map", &fixture("broken-edge-kumu.json")]),
        6,
    );
    assert!(
        err.contains("connection 1") && err.contains("nobody-here"),
        "{err}"
    );
    let not_a_map = dir.path().join("people.json");
    std::fs::write(&not_a_map, r#"{"people": [{"name": "Ana"}]}"#).unwrap();
    let err = fails_with(&cli(&db, &["import-map", not_a_map.to_str().unwrap()]), 6);
    assert!(err.contains("not a map"), "{err}");
    let listed = ok(&cli(&db, &["campaigns", "list", "--format", "json"]));
    assert_eq!(listed.trim(), "[]");
    let err = fails_with(
        &cli(
            &db,
            &[
                "import-map",
                &fixture("cermak-kumu.json"),
                "--campaign",
                "nope",
            ],
        ),
        3,
    );
    assert!(err.contains("campaigns list"), "{err}");
}
