use crate::{cli, fails, fails_with, named_chapter, ok};

#[test]
fn init_then_show_reports_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Westside Tenants");
    let shown = ok(&cli(&db, &["show"]));
    assert!(shown.contains("name: Westside Tenants"));
    assert!(shown.contains("paper: a4"));
    assert!(shown.contains("print languages: en, es"));
    assert!(shown.contains("sample: no"));
}

#[test]
fn init_refuses_a_blank_name_and_keeps_the_old_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Kept Name");
    let err = fails(&cli(&db, &["init", "--name", "   "]));
    assert!(err.contains("chapter name"), "{err}");
    assert!(ok(&cli(&db, &["show"])).contains("name: Kept Name"));
}

#[test]
fn init_refuses_an_unknown_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let err = fails(&cli(
        &db,
        &["init", "--name", "X", "--time-zone", "Mars/Olympus"],
    ));
    assert!(err.contains("time zone"), "{err}");
}

#[test]
fn demo_fills_an_empty_database_but_not_a_real_chapter() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("sample.sqlite");
    ok(&cli(&sample, &["demo"]));
    let shown = ok(&cli(&sample, &["show"]));
    assert!(
        shown.contains("sample: yes") && shown.contains("(sample)"),
        "{shown}"
    );
    let real = named_chapter(dir.path(), "Real Chapter");
    let err = fails(&cli(&real, &["demo"]));
    assert!(err.contains("Real Chapter"), "{err}");
}

#[test]
fn a_newer_database_is_refused_with_a_clear_reason() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Future");
    let conn = groundwork_core_conn(&db);
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let err = fails(&cli(&db, &["show"]));
    assert!(err.contains("newer Groundwork"), "{err}");
}

#[test]
fn each_kind_of_failure_leaves_with_its_own_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Codes");
    // 3: what was typed cannot be used.
    fails_with(&cli(&db, &["init", "--name", "  "]), 3);
    let err = fails_with(
        &cli(
            &db,
            &[
                "print",
                "needs-report",
                "--assessment",
                "nope",
                "--out",
                "x.pdf",
            ],
        ),
        3,
    );
    assert!(err.contains("needs list"), "{err}");
    // 4: no such record.
    let unknown = "0194b0a0-0000-7000-8000-00000000abcd";
    let out = dir.path().join("r.pdf");
    let out = out.to_str().unwrap();
    fails_with(
        &cli(
            &db,
            &[
                "print",
                "needs-report",
                "--assessment",
                unknown,
                "--out",
                out,
            ],
        ),
        4,
    );
    // 6: a file refused as a whole.
    let empty = dir.path().join("empty.csv");
    std::fs::write(&empty, "").unwrap();
    fails_with(&cli(&db, &["import", empty.to_str().unwrap()]), 6);
    let future = named_chapter(&dir.path().join("future"), "Future");
    groundwork_core_conn(&future)
        .pragma_update(None, "user_version", 999)
        .unwrap();
    fails_with(&cli(&future, &["show"]), 6);
    // 2: clap's, for a command line it cannot read.
    assert_eq!(cli(&db, &["no-such-command"]).status.code(), Some(2));
    // The codes are listed where a script writer looks.
    let help = ok(&cli(&db, &["--help"]));
    assert!(
        help.contains("Exit codes") && help.contains("6  refused file"),
        "{help}"
    );
}

fn groundwork_core_conn(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

#[test]
fn every_subcommand_has_help() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    for args in [
        vec!["--help"],
        vec!["init", "--help"],
        vec!["demo", "--help"],
        vec!["show", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
        vec!["print", "--help"],
        vec!["print", "sign-in", "--help"],
        vec!["import", "--help"],
        vec!["meetings", "add", "--help"],
        vec!["meetings", "list", "--help"],
        vec!["export", "people", "--help"],
    ] {
        let out = ok(&cli(&db, &args));
        assert!(out.contains("Usage:"), "{args:?}: {out}");
    }
}
