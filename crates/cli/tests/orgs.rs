//! `orgs`, `ties` and `connections`, on real files: the contract other tools rely on.

use std::path::PathBuf;

use crate::{cli, fails_with, named_chapter, ok};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/organizations")
        .join(name)
        .display()
        .to_string()
}

fn json(text: &str) -> Vec<serde_json::Value> {
    serde_json::from_str::<serde_json::Value>(text)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn orgs_are_added_tied_to_people_and_ranked() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let union = ok(&cli(
        &db,
        &[
            "orgs",
            "add",
            "--name",
            "SEIU Local 32BJ",
            "--kind",
            "union",
            "--relationship",
            "partner",
            "--area",
            "Downtown",
        ],
    ))
    .trim()
    .to_owned();
    let church = ok(&cli(
        &db,
        &[
            "orgs",
            "add",
            "--name",
            "Iglesia San José",
            "--kind",
            "congregation",
        ],
    ))
    .trim()
    .to_owned();
    let people = dir.path().join("people.csv");
    std::fs::write(
        &people,
        "firstName,lastName,cell\nAna,Reyes,3125550101\nBen,Okafor,3125550102\n",
    )
    .unwrap();
    ok(&cli(
        &db,
        &["import", people.to_str().unwrap(), "--format", "spoke"],
    ));
    let page: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["people", "search", "Reyes"]))).unwrap();
    let ana = page["people"][0]["id"].as_str().unwrap().to_owned();
    let page: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["people", "search", "Okafor"]))).unwrap();
    let ben = page["people"][0]["id"].as_str().unwrap().to_owned();

    ok(&cli(
        &db,
        &[
            "ties",
            "add",
            "--person",
            &ana,
            "--org",
            &church,
            "--role",
            "leader",
            "--strength",
            "5",
            "--would-introduce",
        ],
    ));
    ok(&cli(
        &db,
        &[
            "ties",
            "add",
            "--person",
            &ben,
            "--org",
            &church,
            "--role",
            "member",
            "--strength",
            "2",
        ],
    ));
    ok(&cli(
        &db,
        &[
            "ties",
            "add",
            "--person",
            &ben,
            "--org",
            &union,
            "--role",
            "staff",
            "--strength",
            "4",
        ],
    ));

    let listed = json(&ok(&cli(&db, &["orgs", "list", "--format", "json"])));
    let line = listed.iter().find(|o| o["id"] == church.as_str()).unwrap();
    assert_eq!(line["name"], "Iglesia San José");
    assert_eq!(line["kind"], "congregation");
    assert_eq!(line["relationship"], "unknown");
    assert_eq!(line["ties"], 2);
    let csv = ok(&cli(&db, &["orgs", "list", "--format", "csv"]));
    assert!(
        csv.starts_with("id,name,kind,relationship,area,ties"),
        "{csv}"
    );
    assert!(
        csv.contains(",SEIU Local 32BJ,union,partner,Downtown,1"),
        "{csv}"
    );

    let ranked = json(&ok(&cli(
        &db,
        &["connections", "ranking", "--format", "json"],
    )));
    assert_eq!(ranked[0]["id"], church.as_str());
    assert_eq!(
        (
            ranked[0]["members"].as_u64(),
            ranked[0]["strength"].as_u64(),
            ranked[0]["rank"].as_u64()
        ),
        (Some(2), Some(7), Some(1))
    );
    assert_eq!(ranked[1]["id"], union.as_str());
    assert_eq!(ranked[1]["rank"], 2);
    let csv = ok(&cli(&db, &["connections", "ranking", "--format", "csv"]));
    assert!(csv.lines().nth(1).unwrap().starts_with("1,"), "{csv}");

    // Refused, with the reason, and nothing changed.
    for strength in ["0", "6"] {
        let err = fails_with(
            &cli(
                &db,
                &[
                    "ties",
                    "add",
                    "--person",
                    &ana,
                    "--org",
                    &union,
                    "--role",
                    "member",
                    "--strength",
                    strength,
                ],
            ),
            3,
        );
        assert!(err.contains("a tie's strength is 1 to 5"), "{err}");
    }
    let nobody = "01a24a0b-0000-7000-8000-000000000000";
    let err = fails_with(
        &cli(
            &db,
            &[
                "ties",
                "add",
                "--person",
                nobody,
                "--org",
                &union,
                "--role",
                "member",
                "--strength",
                "3",
            ],
        ),
        4,
    );
    assert!(err.contains("was not found"), "{err}");
    let err = fails_with(
        &cli(
            &db,
            &[
                "ties",
                "add",
                "--person",
                &ana,
                "--org",
                nobody,
                "--role",
                "member",
                "--strength",
                "3",
            ],
        ),
        4,
    );
    assert!(err.contains("organization"), "{err}");
    let err = fails_with(
        &cli(&db, &["orgs", "add", "--name", "  ", "--kind", "union"]),
        3,
    );
    assert!(err.contains("give the organization a name"), "{err}");
    let ranked_again = json(&ok(&cli(&db, &["connections", "ranking"])));
    assert_eq!(ranked_again[0]["strength"], 7);
}

#[test]
fn a_directory_is_imported_exported_and_read_back_and_a_bad_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let out = ok(&cli(&db, &["orgs", "import", &fixture("directory.csv")]));
    assert!(
        out.contains("5 organizations added, 0 already in the directory"),
        "{out}"
    );
    let err = fails_with(&cli(&db, &["orgs", "import", &fixture("bad-kind.csv")]), 3);
    assert!(
        err.contains("line 3") && err.contains("'spaceship'"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");

    let out_json = dir.path().join("orgs.json");
    ok(&cli(
        &db,
        &[
            "orgs",
            "export",
            "--format",
            "json",
            "--out",
            out_json.to_str().unwrap(),
        ],
    ));
    let exported = json(&std::fs::read_to_string(&out_json).unwrap());
    assert_eq!(exported.len(), 5);
    let tenants = exported
        .iter()
        .find(|o| o["name"] == "Eastside Tenants Union")
        .unwrap();
    assert_eq!(tenants["kind"], "tenant-association");
    assert_eq!(tenants["relationship"], "partner");
    assert_eq!(tenants["languages"], "English; Spanish");
    assert_eq!(tenants["zip"], "60622");

    let csv = ok(&cli(&db, &["orgs", "export", "--format", "csv"]));
    let copy = dir.path().join("copy.csv");
    std::fs::write(&copy, &csv).unwrap();
    let other = dir.path().join("other.sqlite");
    ok(&cli(&other, &["init", "--name", "Other"]));
    let out = ok(&cli(&other, &["orgs", "import", copy.to_str().unwrap()]));
    assert!(out.contains("5 organizations added"), "{out}");
    let again = ok(&cli(&other, &["orgs", "import", copy.to_str().unwrap()]));
    assert!(
        again.contains("0 organizations added, 5 already in the directory"),
        "{again}"
    );
}

fn qpdf_ok(path: &std::path::Path) {
    let out = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf");
    assert!(out.status.success(), "qpdf --check {}", path.display());
}

#[test]
fn connections_forms_are_numbered_on_from_the_last_batch_and_the_report_prints_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Asociación Vecinal Nguyễn");
    let forms = dir.path().join("forms.pdf");
    let out = ok(&cli(
        &db,
        &[
            "print",
            "connections-form",
            "--count",
            "2",
            "--out",
            forms.to_str().unwrap(),
            "--lang",
            "en+es",
        ],
    ));
    assert!(out.contains("-0001 to ") && out.contains("-0002"), "{out}");
    qpdf_ok(&forms);
    let text = crate::pdf_text(&forms);
    assert!(text.contains("Asociación Vecinal Nguyễn"));
    // (Column titles wrap in their columns: look for the ones that fit on a line.)
    assert!(
        text.contains("Your role") && text.contains("Su papel"),
        "{text}"
    );
    assert!(
        text.contains("Tie, 1 to 5") && text.contains("Vínculo, 1 a 5"),
        "{text}"
    );
    assert!(
        text.contains("Union and local") && text.contains("Sindicato y local"),
        "{text}"
    );
    let es = dir.path().join("es.pdf");
    let out = ok(&cli(
        &db,
        &[
            "print",
            "connections-form",
            "--count",
            "1",
            "--out",
            es.to_str().unwrap(),
            "--lang",
            "es",
        ],
    ));
    assert!(out.contains("-0003"), "{out}");
    let text = crate::pdf_text(&es);
    assert!(
        text.contains("Su papel") && !text.contains("Your role"),
        "{text}"
    );
    let err = fails_with(
        &cli(
            &db,
            &[
                "print",
                "connections-form",
                "--count",
                "0",
                "--out",
                es.to_str().unwrap(),
            ],
        ),
        3,
    );
    assert!(err.contains("between 1 and 5,000"), "{err}");

    // The report, on a chapter with a tie.
    let org = ok(&cli(
        &db,
        &[
            "orgs",
            "add",
            "--name",
            "Iglesia San José",
            "--kind",
            "congregation",
        ],
    ))
    .trim()
    .to_owned();
    let people = dir.path().join("people.csv");
    std::fs::write(&people, "firstName,lastName,cell\nAna,Reyes,3125550101\n").unwrap();
    ok(&cli(
        &db,
        &["import", people.to_str().unwrap(), "--format", "spoke"],
    ));
    let page: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["people", "search", "Reyes"]))).unwrap();
    let ana = page["people"][0]["id"].as_str().unwrap().to_owned();
    ok(&cli(
        &db,
        &[
            "ties",
            "add",
            "--person",
            &ana,
            "--org",
            &org,
            "--role",
            "leader",
            "--strength",
            "5",
            "--would-introduce",
        ],
    ));
    let report = dir.path().join("start.pdf");
    let out = ok(&cli(
        &db,
        &[
            "print",
            "starting-points",
            "--out",
            report.to_str().unwrap(),
            "--lang",
            "en+es",
        ],
    ));
    assert!(out.contains("Wrote"), "{out}");
    qpdf_ok(&report);
    let text = crate::pdf_text(&report);
    assert!(
        text.contains("Starting points") && text.contains("Puntos de partida"),
        "{text}"
    );
    assert!(
        text.contains("Iglesia San José") && text.contains("Ana Reyes"),
        "{text}"
    );
    assert!(
        text.contains("Where we have no ties yet") && text.contains("sindicato"),
        "{text}"
    );
}

#[test]
fn a_likely_duplicate_is_listed_merged_and_the_merge_undone() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside");
    let add = |name: &str| {
        ok(&cli(
            &db,
            &["orgs", "add", "--name", name, "--kind", "union"],
        ))
        .trim()
        .to_owned()
    };
    let first = add("SEIU Local 32BJ");
    let second = add("32BJ SEIU");
    add("Teamsters Local 830");

    let pairs = json(&ok(&cli(&db, &["orgs", "duplicates", "--format", "json"])));
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0]["evidence"][0], "same-words");
    let csv = ok(&cli(&db, &["orgs", "duplicates", "--format", "csv"]));
    assert!(csv.starts_with("a_id,a_name,b_id,b_name,evidence"), "{csv}");

    let unknown = "0190d5a4-0000-7000-8000-000000000000";
    fails_with(
        &cli(
            &db,
            &["orgs", "merge", "--keep", &first, "--merge", unknown],
        ),
        4,
    );
    fails_with(
        &cli(&db, &["orgs", "merge", "--keep", &first, "--merge", "nope"]),
        3,
    );
    assert_eq!(
        json(&ok(&cli(&db, &["orgs", "list"]))).len(),
        3,
        "nothing changed"
    );

    let merge_id = ok(&cli(
        &db,
        &[
            "orgs", "merge", "--keep", &first, "--merge", &second, "--by", "Rosa",
        ],
    ))
    .trim()
    .to_owned();
    let listed = json(&ok(&cli(&db, &["orgs", "list"])));
    assert_eq!(listed.len(), 2);
    assert!(listed.iter().all(|o| o["id"] != second.as_str()));
    assert!(json(&ok(&cli(&db, &["orgs", "duplicates"]))).is_empty());

    let back = ok(&cli(&db, &["orgs", "undo-merge", &merge_id]));
    assert_eq!(back.trim(), second);
    assert_eq!(json(&ok(&cli(&db, &["orgs", "list"]))).len(), 3);
    fails_with(&cli(&db, &["orgs", "undo-merge", &merge_id]), 5);
}
