use std::process::Command;

use crate::{check_boxes, page_size, qpdf_ok, text_of, write};

use chrono::NaiveDate;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::sign_in_sheet::{render, MeetingFacts, SignInSheet};

fn sheet(language: LanguageChoice, paper: PaperSize, rows: Option<usize>) -> SignInSheet<'static> {
    SignInSheet {
        chapter_name: "Nguyễn Skłodowska Chapter",
        meeting_title: Some("General meeting: José and Siobhán report back"),
        paper,
        language,
        rows,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        is_sample: false,
        meeting: None,
        expected: Vec::new(),
    }
}

#[test]
fn english_letter_sheet_parses_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let printed = render(&sheet(LanguageChoice::En, PaperSize::Letter, None)).unwrap();
    assert_eq!(printed.pages, 1);
    let path = write(dir.path(), "en.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    for words in [
        "Nguyễn Skłodowska Chapter",
        "Meeting sign-in",
        "José and Siobhán",
        "Name",
        "Phone",
        "First",
        "Language",
        "page 1 of 1",
        "Printed November 25, 2026",
    ] {
        assert!(text.contains(words), "missing '{words}' in:\n{text}");
    }
    assert!(!text.contains("Nombre"));
    assert!(page_size(&path).contains("612 x 792"));
}

#[test]
fn spanish_a4_sheet_is_spanish_and_a4() {
    let dir = tempfile::tempdir().unwrap();
    let printed = render(&sheet(LanguageChoice::Es, PaperSize::A4, None)).unwrap();
    let path = write(dir.path(), "es.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    for words in [
        "Registro de asistencia",
        "Nombre",
        "Teléfono",
        "¿Primera",
        "Idioma",
        "página 1 de 1",
    ] {
        assert!(text.contains(words), "missing '{words}' in:\n{text}");
    }
    assert!(!text.contains("Meeting sign-in"));
    assert!(page_size(&path).contains("595.2"), "{}", page_size(&path));
}

#[test]
fn both_languages_share_the_page_and_headers_repeat() {
    let dir = tempfile::tempdir().unwrap();
    let printed = render(&sheet(LanguageChoice::EnEs, PaperSize::Letter, Some(60))).unwrap();
    assert!(
        printed.pages >= 3,
        "60 rows of 10 mm need several pages, got {}",
        printed.pages
    );
    let path = write(dir.path(), "both.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), printed.pages);
    for (i, page) in pages.iter().enumerate() {
        for words in [
            "Meeting sign-in",
            "Registro de asistencia",
            "Name",
            "Nombre",
            "Nguyễn Skłodowska Chapter",
        ] {
            assert!(page.contains(words), "page {} lacks '{words}'", i + 1);
        }
        let footer = format!(
            "page {} of {} · página {} de {}",
            i + 1,
            pages.len(),
            i + 1,
            pages.len()
        );
        assert!(page.contains(&footer), "page {} lacks its footer", i + 1);
    }
}

#[test]
fn fonts_are_embedded_and_subset() {
    let dir = tempfile::tempdir().unwrap();
    let printed = render(&sheet(LanguageChoice::En, PaperSize::Letter, None)).unwrap();
    assert!(
        printed.bytes.len() < 200_000,
        "a one-page sheet weighs {} bytes",
        printed.bytes.len()
    );
    let path = write(dir.path(), "fonts.pdf", &printed.bytes);
    let out = Command::new("pdffonts")
        .arg(&path)
        .output()
        .expect("pdffonts");
    let fonts = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty());
    for row in rows {
        assert!(row.contains("yes"), "font not embedded: {row}");
    }
}

#[test]
fn bad_requests_say_what_is_wrong() {
    let err = render(&sheet(LanguageChoice::En, PaperSize::Letter, Some(0))).unwrap_err();
    assert!(err.to_string().contains("rows"));
    let long_name = "A".repeat(400);
    let mut s = sheet(LanguageChoice::En, PaperSize::Letter, None);
    s.chapter_name = &long_name;
    let err = render(&s).unwrap_err();
    assert!(err.to_string().contains("chapter name"), "{err}");
}

#[test]
fn a_meeting_sheet_prints_its_facts_and_the_names_expected() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = sheet(LanguageChoice::EnEs, PaperSize::Letter, None);
    s.meeting_title = Some("Tenant union general meeting");
    s.meeting = Some(MeetingFacts {
        when: chrono::NaiveDateTime::parse_from_str("2026-03-04T18:30", "%Y-%m-%dT%H:%M").unwrap(),
        place: Some("St. Pius church basement"),
        childcare: true,
        interpretation: vec!["Spanish".into()],
        food: true,
        step_free: true,
    });
    // A long name takes two lines of its row rather than shrinking below 10 pt.
    s.expected = vec!["María de los Ángeles Skłodowska".to_owned()];
    s.expected
        .extend((1..=30).map(|i| format!("Ana Nguyễn {i:02}")));
    let printed = render(&s).unwrap();
    let path = write(dir.path(), "meeting.pdf", &printed.bytes);
    qpdf_ok(&path);
    let size = page_size(&path);
    assert!(
        size.contains("792") && size.contains("x 612"),
        "landscape: {size}"
    );
    if let Some(keep) = std::env::var_os("KEEP_PDF") {
        std::fs::copy(&path, keep).unwrap();
    }
    let text = text_of(&path);
    for words in [
        "Tenant union general meeting",
        "St. Pius church basement",
        "Wednesday, March 4, 2026, 6:30 pm",
        "miércoles, 4 de marzo de 2026, 18:30",
        "Childcare provided",
        "Interpretation: Spanish",
        "Acceso sin",
        "tick your name",
        "Ana Nguyễn 01",
        "Ana Nguyễn 30",
        "Skłodowska",
        "next time?",
        "Help:",
    ] {
        assert!(text.contains(words), "missing '{words}'");
    }
    assert!(!text.contains("2026-03-04"), "no ISO dates on paper");
    assert!(
        printed.pages <= 3,
        "31 people expected fit on 3 pages with room for newcomers: {} pages",
        printed.pages
    );
    // A box to tick beside each name expected, besides the table's own boxes.
    let boxes = check_boxes(&path);
    let table_boxes_per_row = 5;
    assert!(
        boxes >= 31 + table_boxes_per_row * 15,
        "{boxes} check boxes: one per name expected and five per row to write in"
    );
    let names_only = render(&SignInSheet { rows: Some(1), ..s }).unwrap();
    let path = write(dir.path(), "names.pdf", &names_only.bytes);
    assert_eq!(
        check_boxes(&path),
        31 + table_boxes_per_row,
        "a box per name"
    );
}

#[test]
fn a_long_list_of_names_to_tick_runs_over_pages_and_the_table_follows() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = sheet(LanguageChoice::En, PaperSize::A4, Some(3));
    s.meeting = Some(MeetingFacts {
        when: chrono::NaiveDateTime::parse_from_str("2026-03-04T18:30", "%Y-%m-%dT%H:%M").unwrap(),
        place: None,
        childcare: false,
        interpretation: Vec::new(),
        food: false,
        step_free: false,
    });
    s.expected = (1..=200).map(|i| format!("Member {i:03}")).collect();
    let printed = render(&s).unwrap();
    let path = write(dir.path(), "long.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    assert!(text.contains("Member 001") && text.contains("Member 200"));
    assert!(printed.pages >= 2, "{} pages", printed.pages);
    assert_eq!(check_boxes(&path), 200 + 5 * 3);
}

#[test]
fn a_meeting_sheet_prints_in_every_language_on_every_paper() {
    // Spanish alone on Letter once overflowed the narrow "childcare next time?" column.
    for language in [LanguageChoice::En, LanguageChoice::Es, LanguageChoice::EnEs] {
        for paper in [PaperSize::Letter, PaperSize::A4] {
            let mut s = sheet(language, paper, None);
            s.meeting = Some(MeetingFacts {
                when: chrono::NaiveDateTime::parse_from_str("2026-03-04T18:30", "%Y-%m-%dT%H:%M")
                    .unwrap(),
                place: Some("St. Pius church basement"),
                childcare: true,
                interpretation: vec!["Spanish".into()],
                food: true,
                step_free: true,
            });
            render(&s).unwrap_or_else(|e| panic!("{language:?} on {paper:?}: {e}"));
        }
    }
}
