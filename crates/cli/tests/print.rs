use std::process::Command;

use crate::{cli, fails, named_chapter, ok, pdf_text as pdftotext};

#[test]
fn print_sign_in_uses_the_chapter_settings_and_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Asociación Vecinal Nguyễn");
    let both = dir.path().join("both.pdf");
    let out = ok(&cli(
        &db,
        &["print", "sign-in", "--out", both.to_str().unwrap()],
    ));
    assert!(out.contains("(1 page)"), "{out}");
    let text = pdftotext(&both);
    assert!(text.contains("Asociación Vecinal Nguyễn"));
    assert!(text.contains("Meeting sign-in") && text.contains("Registro de asistencia"));

    let es = dir.path().join("out/es.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "sign-in",
            "--lang",
            "es",
            "--rows",
            "50",
            "--out",
            es.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&es);
    assert!(text.contains("Registro de asistencia") && !text.contains("Meeting sign-in"));
    assert!(text.contains("página 1 de"));
    let status = Command::new("qpdf")
        .arg("--check")
        .arg(&es)
        .status()
        .expect("qpdf");
    assert!(status.success());
}

#[test]
fn print_before_init_explains_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.sqlite");
    let out = dir.path().join("x.pdf");
    let err = fails(&cli(
        &db,
        &["print", "sign-in", "--out", out.to_str().unwrap()],
    ));
    assert!(err.contains("init"), "{err}");
    assert!(!out.exists());
}

#[test]
fn print_refuses_zero_rows() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Rows");
    let out = dir.path().join("x.pdf");
    let err = fails(&cli(
        &db,
        &[
            "print",
            "sign-in",
            "--rows",
            "0",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(err.contains("rows"), "{err}");
    assert!(!out.exists());
}

#[test]
fn a_scheduled_meetings_sheet_prints_its_time_place_and_offers() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Eastside Tenants");
    let id = ok(&cli(
        &db,
        &[
            "meetings",
            "add",
            "--title",
            "Tenant union general meeting",
            "--starts",
            "2026-12-03T18:30",
            "--place",
            "St. Pius basement",
            "--childcare",
            "--food",
            "--interpretation",
            "Spanish",
        ],
    ));
    let id = id.trim();
    let listed = ok(&cli(&db, &["meetings", "list"]));
    assert!(
        listed.contains(id) && listed.contains("2026-12-03T18:30"),
        "{listed}"
    );
    let out = dir.path().join("meeting.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "sign-in",
            "--meeting",
            id,
            "--expected",
            "--lang",
            "en+es",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&out);
    for words in [
        "Tenant union general meeting",
        "Thursday, December 3, 2026, 6:30 pm",
        "jueves, 3 de diciembre de 2026, 18:30",
        "St. Pius basement",
        "Childcare provided",
        "Interpretación: Spanish",
    ] {
        assert!(text.contains(words), "missing {words}");
    }
    let err = fails(&cli(
        &db,
        &[
            "print",
            "sign-in",
            "--meeting",
            "not-an-id",
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(err.contains("meetings list"), "{err}");
}
