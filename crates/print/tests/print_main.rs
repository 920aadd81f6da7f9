//! Integration tests for printed documents: each PDF is parsed back with qpdf and pdftotext
//! (poppler-utils), which `make test` installs.

mod connections_form;
mod grant_application;
mod needs_form;
mod needs_report;
mod sign_in;
mod training;

use std::path::Path;
use std::process::Command;

pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

pub fn qpdf_ok(path: &Path) {
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(path)
        .output()
        .expect("qpdf is installed by make test");
    assert!(
        out.status.success(),
        "qpdf --check: {}",
        String::from_utf8_lossy(&out.stdout)
    );
}

pub fn text_of(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

pub fn page_size(path: &Path) -> String {
    let out = Command::new("pdfinfo").arg(path).output().expect("pdfinfo");
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .find(|l| l.starts_with("Page size:"))
        .unwrap_or_default()
        .to_owned()
}

/// Each page's width and height in points, as `pdfinfo` reads them page by page.
pub fn page_sizes(path: &Path) -> Vec<(f32, f32)> {
    let out = Command::new("pdfinfo")
        .args(["-f", "1", "-l", "999"])
        .arg(path)
        .output()
        .expect("pdfinfo");
    let info = String::from_utf8(out.stdout).unwrap();
    info.lines()
        .filter(|l| l.starts_with("Page") && l.contains(" size:"))
        .map(|l| {
            let numbers: Vec<f32> = l
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            // "Page    3 size: 792 x 612 pts (letter)": the page, then its width and height.
            (numbers[1], numbers[2])
        })
        .collect()
}

/// How many check boxes the document draws: stroked squares of the check box's size, read from
/// the content streams qpdf writes out uncompressed.
pub fn check_boxes(path: &Path) -> usize {
    let out = Command::new("qpdf")
        .args(["--qdf", "--object-streams=disable"])
        .arg(path)
        .arg("-")
        .output()
        .expect("qpdf");
    let content = String::from_utf8_lossy(&out.stdout);
    let side = 4.5 * 72.0 / 25.4;
    content
        .lines()
        .filter(|line| {
            let parts: Vec<&str> = line.split_whitespace().collect();
            parts.len() == 5
                && parts[4] == "re"
                && parts[2..4]
                    .iter()
                    .all(|n| n.parse::<f32>().is_ok_and(|v| (v - side).abs() < 0.05))
        })
        .count()
}
