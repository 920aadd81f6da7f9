//! Other tools' files through the command line: Spoke, VAN, zipped and Excel lists in; Action
//! Network and Spoke uploads out.

use std::path::PathBuf;

use crate::{cli, fails, ok};

fn fixture(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn spoke_and_van_files_import_by_name_or_by_their_columns() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let out = ok(&cli(
        &db,
        &[
            "import",
            &fixture("spoke/contacts.csv"),
            "--format",
            "spoke",
        ],
    ));
    assert!(out.contains("6 rows: 3 created"), "{out}");
    assert!(out.contains("read as a Spoke contact list (CSV)"), "{out}");
    assert!(
        out.contains("line 5: '555-0133' is not a phone number"),
        "{out}"
    );
    assert!(out.contains("1 row was the same person"), "{out}");

    let out = ok(&cli(&db, &["import", &fixture("van/export.txt")]));
    assert!(
        out.contains("read as a VAN export (tab-separated text)"),
        "{out}"
    );
    assert!(out.contains("3 rows: 3 created"), "{out}");

    // Told the wrong kind, the file is refused whole.
    let err = fails(&cli(
        &db,
        &["import", &fixture("van/export.txt"), "--format", "dsa"],
    ));
    assert!(
        err.contains("ActionKit id") && err.contains("nothing was imported"),
        "{err}"
    );
}

#[test]
fn zipped_and_excel_lists_import_like_their_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let out = ok(&cli(&db, &["import", &fixture("national-list/2024.zip")]));
    assert!(out.contains("7 rows: 7 created"), "{out}");
    let out = ok(&cli(&db, &["import", &fixture("national-list/2024.csv")]));
    assert!(out.contains("7 unchanged"), "{out}");
    let out = ok(&cli(&db, &["import", &fixture("national-list/2019.xlsx")]));
    assert!(
        out.contains("read as a national membership list (Excel workbook"),
        "{out}"
    );
}

#[test]
fn upload_exports_say_who_was_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    ok(&cli(&db, &["import", &fixture("national-list/2024.csv")]));
    ok(&cli(&db, &["import", &fixture("spoke/contacts.csv")]));
    let out = dir.path().join("spoke.csv");
    let run = cli(
        &db,
        &[
            "export",
            "people",
            "--format",
            "spoke",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    ok(&run);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("Exported"), "{stderr}");
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with("firstName,lastName,cell,zip,external_id"));
    // The 2024 list has one member who opted out of texts (p2ptext_optout).
    assert!(stderr.contains("who asked not to be texted"), "{stderr}");

    let an = ok(&cli(
        &db,
        &["export", "people", "--format", "action-network"],
    ));
    assert!(an.starts_with("first_name,last_name,email,zip_code,can2_phone"));
    assert!(!an.contains("Ortiz"), "people without email are left out");
}

#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.sqlite");
    crate::ok(&crate::cli(&db, &["demo"]));
    let searches = ["people", "search", "", "--limit", "200", "--format"];
    for args in [
        [&searches[..], &["json"]].concat(),
        [&searches[..], &["csv"]].concat(),
        vec!["needs", "list", "--format", "json"],
    ] {
        // As `groundwork-cli … | head -0` would: the reading end is closed before the
        // command writes (or, if it wrote first, the pipe took it: both must end well).
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_groundwork-cli"))
            .arg("--db")
            .arg(&db)
            .args(&args)
            .env_remove("GROUNDWORK_DB")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&output.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(output.status.success(), "{args:?}: {err}");
    }
}
