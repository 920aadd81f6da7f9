//! `canvass` and `print walk-sheets` on real files, as the team's checks run them.

use crate::{cli, fails, fails_with, named_chapter, ok, pdf_text, qpdf_ok};

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

const VAN: &str = "Voter File VANID\tLastName\tFirstName\tAddress\tCity\tState\tZip5\n\
100\tReyes\tAna\t183 Larch Ct Apt 2\tChicago\tIL\t60608\n\
101\tReyes\tLuis\t183 LARCH COURT #2\tChicago\tIL\t60608\n\
102\tOkafor\tBen\t183 Larch Ct. Unit 3\tChicago\tIL\t60608\n\
103\tLe\tDolores\t186 Larch Ct\tChicago\tIL\t60608\n\
104\tBrown\tRosa\t185 Larch Ct\tChicago\tIL\t60608\n\
105\tMensah\tKofi\t12 Elm St\tChicago\tIL\t60609\n";

#[test]
fn a_van_export_is_cut_into_turfs_printed_in_walking_order_and_entered() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let file = dir.path().join("van.txt");
    std::fs::write(&file, VAN).unwrap();
    let said = ok(&cli(
        &db,
        &["canvass", "doors", "import", file.to_str().unwrap()],
    ));
    assert!(said.starts_with("5 doors and 5 households made"), "{said}");
    let canvass = ok(&cli(
        &db,
        &[
            "canvass",
            "new",
            "--name",
            "Larch Saturday",
            "--on",
            "2026-12-12",
        ],
    ))
    .trim()
    .to_owned();
    let turfs = ok(&cli(
        &db,
        &[
            "canvass",
            "turfs",
            "--canvass",
            &canvass,
            "--doors-per-turf",
            "5",
            "--zip",
            "60608",
        ],
    ));
    assert_eq!(turfs.lines().count(), 1, "{turfs}");
    assert!(turfs.contains("Larch Ct\t4 doors"), "{turfs}");

    let doors = json(&ok(&cli(
        &db,
        &[
            "canvass",
            "results",
            "--canvass",
            &canvass,
            "--format",
            "json",
        ],
    )));
    let walk: Vec<(u64, &str)> = doors
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["order"].as_u64().unwrap(), d["address"].as_str().unwrap()))
        .collect();
    // Up the odd side, back down the even.
    assert_eq!(
        walk,
        vec![
            (1, "183 Larch Ct Apt 2"),
            (2, "183 Larch Ct Unit 3"),
            (3, "185 Larch Ct"),
            (4, "186 Larch Ct"),
        ]
    );
    assert!(doors
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["result"].is_null() && d["turf"] == "Larch Ct"));

    let pdf = dir.path().join("walk.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "walk-sheets",
            "--canvass",
            &canvass,
            "--out",
            pdf.to_str().unwrap(),
            "--lang",
            "en",
        ],
    ));
    qpdf_ok(&pdf);
    let text = pdf_text(&pdf);
    let at = |address: &str| {
        text.find(address)
            .unwrap_or_else(|| panic!("{address} in {text}"))
    };
    assert!(at("183 Larch Ct Apt 2") < at("183 Larch Ct Unit 3"));
    assert!(at("183 Larch Ct Unit 3") < at("185 Larch Ct"));
    assert!(at("185 Larch Ct") < at("186 Larch Ct"));
    assert!(text.contains("Ana Reyes") && text.contains("Luis Reyes"));

    ok(&cli(
        &db,
        &[
            "canvass",
            "record",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--order",
            "3",
            "--result",
            "talked",
        ],
    ));
    let building = ok(&cli(
        &db,
        &[
            "canvass",
            "record",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--order",
            "1",
            "--result",
            "not-home",
            "--building",
        ],
    ));
    assert!(building.starts_with("2 doors"), "{building}");
    let doors = json(&ok(&cli(
        &db,
        &["canvass", "results", "--canvass", &canvass],
    )));
    let results: Vec<&str> = doors
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["result"].as_str().unwrap_or("-"))
        .collect();
    assert_eq!(results, vec!["not_home", "not_home", "talked", "-"]);

    // Who walks it, and how it went.
    let assigned = ok(&cli(
        &db,
        &[
            "canvass",
            "assign",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--canvassers",
            "Ana Reyes, Luis Tran",
            "--shift",
            "10 to noon",
        ],
    ));
    assert!(assigned.starts_with("T1 (Larch Ct)"), "{assigned}");
    let summary = json(&ok(&cli(
        &db,
        &["canvass", "summary", "--canvass", &canvass],
    )));
    assert_eq!(summary["all"]["doors"], 4);
    assert_eq!(summary["all"]["knocked"], 3);
    assert_eq!(summary["all"]["conversations"], 1);
    assert_eq!(summary["all"]["contact_rate"], 33);
    let report = dir.path().join("summary.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "canvass-summary",
            "--canvass",
            &canvass,
            "--out",
            report.to_str().unwrap(),
            "--lang",
            "es",
        ],
    ));
    qpdf_ok(&report);
    let text = pdf_text(&report)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("se tocaron 3 de 4 puertas, 1 conversación"),
        "{text}"
    );
    let sheets = dir.path().join("walk-again.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "walk-sheets",
            "--canvass",
            &canvass,
            "--out",
            sheets.to_str().unwrap(),
            "--lang",
            "en",
        ],
    ));
    assert!(pdf_text(&sheets).contains("Ana Reyes, Luis Tran"));

    let refused = fails_with(
        &cli(
            &db,
            &[
                "canvass",
                "turfs",
                "--canvass",
                &canvass,
                "--doors-per-turf",
                "5",
            ],
        ),
        5,
    );
    assert!(refused.contains("as they were printed"), "{refused}");
    let missing = fails_with(
        &cli(
            &db,
            &[
                "canvass",
                "record",
                "--canvass",
                &canvass,
                "--turf",
                "9",
                "--order",
                "1",
                "--result",
                "talked",
            ],
        ),
        3,
    );
    assert!(missing.contains("no door 1 on turf 9"), "{missing}");
}

#[test]
fn a_list_without_addresses_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let file = dir.path().join("names.csv");
    std::fs::write(&file, "Name,Phone\nAna Reyes,3125550101\n").unwrap();
    let refused = fails(&cli(
        &db,
        &["canvass", "doors", "import", file.to_str().unwrap()],
    ));
    assert!(refused.contains("no street address column"), "{refused}");
}

#[test]
fn needs_named_at_the_doors_count_in_the_assessment_and_doors_to_go_back_to_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let file = dir.path().join("van.txt");
    std::fs::write(&file, VAN).unwrap();
    ok(&cli(
        &db,
        &["canvass", "doors", "import", file.to_str().unwrap()],
    ));
    let assessment = ok(&cli(
        &db,
        &["needs", "new", "--name", "Larch needs", "--lang", "en,es"],
    ))
    .trim()
    .to_owned();
    let canvass = ok(&cli(
        &db,
        &[
            "canvass",
            "new",
            "--name",
            "Larch Saturday",
            "--on",
            "2026-12-12",
            "--survey",
            &assessment,
        ],
    ))
    .trim()
    .to_owned();
    ok(&cli(
        &db,
        &[
            "canvass",
            "turfs",
            "--canvass",
            &canvass,
            "--doors-per-turf",
            "5",
            "--zip",
            "60608",
        ],
    ));
    let record = |order: &str, extra: &[&str]| {
        let mut args = vec![
            "canvass",
            "record",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--order",
            order,
        ];
        args.extend_from_slice(extra);
        cli(&db, &args)
    };
    // By the numbers on the sheet (1 is the survey's first need, housing) or by key.
    ok(&record(
        "1",
        &["--result", "talked", "--needs", "1,food", "--involved"],
    ));
    ok(&record("2", &["--result", "talked", "--needs", "housing"]));
    ok(&record(
        "3",
        &["--result", "come-back", "--notes", "After 6 pm"],
    ));
    let e = fails_with(
        &record("4", &["--result", "not-home", "--needs", "housing"]),
        3,
    );
    assert!(e.contains("where someone talked"), "{e}");
    let e = fails_with(
        &record("4", &["--result", "talked", "--needs", "1,2,3,4"]),
        3,
    );
    assert!(e.contains("4"), "{e}");

    let ranking = json(&ok(&cli(
        &db,
        &["needs", "ranking", "--assessment", &assessment],
    )));
    let text = ranking.to_string();
    assert!(text.contains("\"responses\":2"), "{text}");
    let housing = ranking["needs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["key"] == "housing")
        .unwrap();
    assert_eq!(housing["respondents"], 2, "{housing}");

    let doors = json(&ok(&cli(
        &db,
        &["canvass", "results", "--canvass", &canvass],
    )));
    assert_eq!(doors[0]["needs"], serde_json::json!(["food", "housing"]));
    assert_eq!(doors[0]["wants_involved"], true);

    let back = json(&ok(&cli(
        &db,
        &["canvass", "go-back", "--canvass", &canvass],
    )));
    let listed: Vec<(u64, bool, bool)> = back
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["order"].as_u64().unwrap(),
                d["come_back"].as_bool().unwrap(),
                d["wants_involved"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(listed, vec![(1, false, true), (3, true, false)]);
    ok(&cli(
        &db,
        &[
            "canvass",
            "went-back",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--order",
            "3",
        ],
    ));
    let back = json(&ok(&cli(
        &db,
        &["canvass", "go-back", "--canvass", &canvass],
    )));
    assert_eq!(back.as_array().unwrap().len(), 1);

    // The sheets number the needs and have a column for them; the summary counts them.
    let pdf = dir.path().join("walk.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "walk-sheets",
            "--canvass",
            &canvass,
            "--out",
            pdf.to_str().unwrap(),
        ],
    ));
    qpdf_ok(&pdf);
    let sheets = pdf_text(&pdf);
    assert!(sheets.contains("1 Housing and rent"), "{sheets}");
    assert!(sheets.contains("Needs"), "{sheets}");
    let report = dir.path().join("summary.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "canvass-summary",
            "--canvass",
            &canvass,
            "--out",
            report.to_str().unwrap(),
            "--lang",
            "en",
        ],
    ));
    let summary = pdf_text(&report)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(summary.contains("Needs named at the doors"), "{summary}");
    assert!(summary.contains("Housing and rent 2"), "{summary}");
    assert!(
        summary.contains("1 door where someone wants to get involved"),
        "{summary}"
    );

    // Once doors have answered, the canvass keeps its survey.
    let e = fails_with(
        &cli(
            &db,
            &["canvass", "survey", "--canvass", &canvass, "--clear"],
        ),
        5,
    );
    assert!(e.contains("answered"), "{e}");
}

#[test]
fn doors_picked_one_by_one_make_a_turf() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let file = dir.path().join("van.txt");
    std::fs::write(&file, VAN).unwrap();
    ok(&cli(
        &db,
        &["canvass", "doors", "import", file.to_str().unwrap()],
    ));
    let found = json(&ok(&cli(
        &db,
        &["canvass", "doors", "list", "--find", "larch court"],
    )));
    assert_eq!(found["total"], 4, "{found}");
    let id = |n: usize| found["doors"][n]["id"].as_str().unwrap().to_owned();
    let (first, third) = (id(0), id(2));
    let canvass = ok(&cli(
        &db,
        &[
            "canvass",
            "new",
            "--name",
            "Two doors",
            "--on",
            "2026-12-12",
        ],
    ))
    .trim()
    .to_owned();
    let turfs = ok(&cli(
        &db,
        &[
            "canvass",
            "turfs",
            "--canvass",
            &canvass,
            "--doors-per-turf",
            "5",
            "--door",
            &third,
            "--door",
            &first,
        ],
    ));
    assert!(turfs.contains("Larch Ct\t2 doors"), "{turfs}");
    let e = fails_with(
        &cli(
            &db,
            &[
                "canvass",
                "turfs",
                "--canvass",
                &canvass,
                "--doors-per-turf",
                "5",
                "--door",
                "not-an-id",
            ],
        ),
        3,
    );
    assert!(e.contains("door"), "{e}");
}

#[test]
fn a_door_is_typed_in_and_a_block_nobody_answered_is_marked_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let file = dir.path().join("van.txt");
    std::fs::write(&file, VAN).unwrap();
    ok(&cli(
        &db,
        &["canvass", "doors", "import", file.to_str().unwrap()],
    ));
    let added = ok(&cli(
        &db,
        &[
            "canvass",
            "doors",
            "add",
            "--address",
            "188 Larch Court",
            "--zip",
            "60608",
            "--name",
            "Iris Chen",
        ],
    ));
    assert!(added.trim_end().ends_with("\t188 Larch Ct"), "{added}");
    let e = fails_with(
        &cli(
            &db,
            &[
                "canvass",
                "doors",
                "add",
                "--address",
                "Larch Court",
                "--zip",
                "60608",
            ],
        ),
        3,
    );
    assert!(e.contains("house number"), "{e}");
    let canvass = ok(&cli(
        &db,
        &["canvass", "new", "--name", "Larch", "--on", "2026-12-12"],
    ))
    .trim()
    .to_owned();
    ok(&cli(
        &db,
        &[
            "canvass",
            "turfs",
            "--canvass",
            &canvass,
            "--doors-per-turf",
            "10",
            "--street",
            "Larch Ct",
        ],
    ));
    let marked = ok(&cli(
        &db,
        &[
            "canvass",
            "record",
            "--canvass",
            &canvass,
            "--turf",
            "1",
            "--order",
            "1",
            "--result",
            "not-home",
            "--block",
        ],
    ));
    assert!(marked.starts_with("5 doors on the block of"), "{marked}");
}
