use std::path::PathBuf;

use crate::{cli, fails, ok};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/national-list")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn import_then_reimport_reports_changes_and_export_is_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let out = ok(&cli(&db, &["import", &fixture("2023.csv")]));
    assert!(
        out.contains("6 rows: 6 created, 0 updated, 0 unchanged"),
        "{out}"
    );
    let out = ok(&cli(
        &db,
        &["import", &fixture("2024.csv"), "--format", "dsa"],
    ));
    assert!(out.contains("1 created"), "{out}");
    assert!(
        out.contains("lapsed since the last list (1): Fatima Hassan"),
        "{out}"
    );
    assert!(
        out.contains("renewed since the last list (1): Darnell Jackson"),
        "{out}"
    );

    let json = ok(&cli(&db, &["export", "people", "--format", "json"]));
    let rows: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 7);
    let lupe = rows.iter().find(|r| r["actionkit_id"] == "100207").unwrap();
    assert_eq!(lupe["phone"], "+13125550107");
    assert_eq!(lupe["membership_status"], "good_standing");

    let csv_path = dir.path().join("people.csv");
    ok(&cli(
        &db,
        &[
            "export",
            "people",
            "--format",
            "csv",
            "--out",
            csv_path.to_str().unwrap(),
        ],
    ));
    assert_eq!(
        std::fs::read_to_string(csv_path).unwrap().lines().count(),
        8
    );
}

#[test]
fn a_broken_list_is_refused_with_its_line_and_nothing_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let err = fails(&cli(&db, &["import", &fixture("broken-extra-field.csv")]));
    assert!(
        err.contains("line 5: expected 30 fields, found 31"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    let json = ok(&cli(&db, &["export", "people"]));
    assert_eq!(json.trim(), "[]");
}

#[test]
fn a_file_that_is_no_list_is_refused_saying_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let empty = dir.path().join("members.csv");
    std::fs::write(&empty, "\u{feff}\r\n").unwrap();
    let err = fails(&cli(&db, &["import", empty.to_str().unwrap()]));
    assert!(err.contains("members.csv is empty"), "{err}");
    // Said once, not "members.csv: file: members.csv is empty".
    assert_eq!(err.matches("members.csv").count(), 1, "{err}");
    assert!(
        !err.contains(dir.path().to_str().unwrap()),
        "the file by its name, not its whole path: {err}"
    );
    let renamed = dir.path().join("members.xlsx");
    std::fs::copy(fixture("2024.csv"), &renamed).unwrap();
    let err = fails(&cli(&db, &["import", renamed.to_str().unwrap()]));
    assert!(
        err.contains("named as an Excel workbook but is not one"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
}

#[test]
fn an_action_network_export_is_recognised_and_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/action-network/activists.csv")
        .display()
        .to_string();
    let out = ok(&cli(&db, &["import", &file]));
    assert!(out.contains("3 rows: 3 created"), "{out}");
    let json = ok(&cli(&db, &["export", "people"]));
    assert!(json.contains("marcus.lee@example.net"));
}
