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
fn a_list_with_a_bad_row_is_refused_with_its_line_and_nothing_kept() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let list = dir.path().join("members.csv");
    let mut csv = String::from("AK_ID,first_name,last_name,Join_Date\r\n");
    for i in 0..600 {
        let date = if i == 550 { "31/31/2020" } else { "2020-01-01" };
        csv.push_str(&format!("{i},Ana,Diaz{i},{date}\r\n"));
    }
    std::fs::write(&list, csv).unwrap();
    let err = fails(&cli(&db, &["import", list.to_str().unwrap()]));
    assert!(
        err.contains("line 552: join date '31/31/2020' is not a date"),
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

#[test]
fn people_are_found_paired_and_merged_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    // Two VAN records of one person: another VANID and phone, the same name at one address.
    let van = dir.path().join("van.txt");
    std::fs::write(
        &van,
        "Voter File VANID\tLastName\tFirstName\tAddress\tZip5\tCell Phone\tEmail\n\
         9001\tGarcía\tJosé\t1820 S. Racine Ave\t60608\t(312) 555-0142\tjose@example.org\n\
         9002\tGarcia\tJose\t1820 s racine avenue\t60608\t312.555.0199\t\n\
         9003\tOkafor\tAda\t14 Elm St\t60608\t(312) 555-0177\t\n",
    )
    .unwrap();
    ok(&cli(&db, &["import", van.to_str().unwrap()]));

    let found: serde_json::Value = serde_json::from_str(&ok(&cli(
        &db,
        &["people", "search", "jose", "--format", "json"],
    )))
    .unwrap();
    let people = found["people"].as_array().unwrap();
    assert_eq!(people.len(), 2, "{found}");
    assert_eq!(found["total"], 2);
    assert!(people
        .iter()
        .all(|p| p["id"].is_string() && p["display_name"].is_string()));

    let pairs: serde_json::Value = serde_json::from_str(&ok(&cli(
        &db,
        &["people", "duplicates", "--format", "json"],
    )))
    .unwrap();
    assert_eq!(pairs["total"], 1, "{pairs}");
    let pair = &pairs["pairs"][0];
    let (a, b) = (
        pair["a"]["id"].as_str().unwrap(),
        pair["b"]["id"].as_str().unwrap(),
    );
    assert_eq!(pair["a"]["display_name"], "José García");
    assert_eq!(pair["likeness"][0]["kind"], "same_name_and_address");

    let kept = ok(&cli(&db, &["people", "merge", "--keep", a, "--merge", b]));
    assert_eq!(kept.trim(), a);
    let pairs = ok(&cli(&db, &["people", "duplicates", "--format", "json"]));
    assert!(pairs.contains("\"total\": 0"), "{pairs}");
    let found = ok(&cli(&db, &["people", "search", "jose"]));
    assert!(found.contains("\"total\": 1"), "{found}");

    // A record merged away, or an id that is none, is refused in one line.
    let err = fails(&cli(&db, &["people", "merge", "--keep", a, "--merge", b]));
    assert!(err.contains("not found") || err.contains(b), "{err}");
    let err = fails(&cli(&db, &["people", "merge", "--keep", "x", "--merge", b]));
    assert!(err.contains("'x' is not a person id"), "{err}");
    let csv = ok(&cli(
        &db,
        &["people", "search", "okafor", "--format", "csv"],
    ));
    assert!(
        csv.starts_with("id,name,phone,email,zip,ladder_level\n"),
        "{csv}"
    );
    assert!(csv.contains("Ada Okafor,(312) 555-0177"), "{csv}");
}
