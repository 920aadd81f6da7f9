//! The command line, run as a user would: real database files, real PDFs, exit codes and the
//! one-line reasons on stderr.

mod backup;
mod canvass;
mod chapter;
mod grants;
mod laptop;
mod maps;
mod needs;
mod orgs;
mod people;
mod print;
mod tools;
mod training;

use std::path::Path;
use std::process::{Command, Output};

pub fn cli(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_groundwork-cli"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("GROUNDWORK_DB")
        .output()
        .expect("run groundwork-cli")
}

pub fn ok(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// A failure that left with exit `code`, its one line on stderr returned.
pub fn fails_with(output: &Output, code: i32) -> String {
    let err = fails(output);
    assert_eq!(output.status.code(), Some(code), "{err}");
    err
}

/// A failure with exactly one line on stderr, which is returned.
pub fn fails(output: &Output) -> String {
    assert!(!output.status.success(), "should have failed");
    let err = String::from_utf8_lossy(&output.stderr)
        .trim_end()
        .to_owned();
    assert_eq!(err.lines().count(), 1, "reason should be one line: {err}");
    err
}

pub fn named_chapter(dir: &Path, name: &str) -> std::path::PathBuf {
    let db = dir.join("chapter.sqlite");
    ok(&cli(
        &db,
        &["init", "--name", name, "--lang", "en,es", "--paper", "a4"],
    ));
    db
}

/// Fails unless `qpdf --check` passes the PDF.
pub fn qpdf_ok(path: &Path) {
    let check = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf is installed by make test");
    assert!(
        check.status.success(),
        "qpdf: {}",
        String::from_utf8_lossy(&check.stdout)
    );
}

/// The text of a PDF, as `pdftotext` reads it.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    String::from_utf8(out.stdout).unwrap()
}
