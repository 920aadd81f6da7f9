//! The training toolkit on paper: every built-in module's parts in each language on either
//! paper, a packet, and a handout as a folded booklet.

use chrono::NaiveDate;
use groundwork_core::db::Database;
use groundwork_core::settings::{Lang, PaperSize};
use groundwork_core::training::{builtin, store, Module, Part};
use groundwork_print::training::{render, TrainingPaper};

use crate::{page_sizes, qpdf_ok, text_of, write};

fn module(key: &str) -> Module {
    let db = Database::open_in_memory().unwrap();
    store::get(db.conn(), builtin::by_key(key).unwrap().id()).unwrap()
}

fn paper<'a>(
    module: &'a Module,
    parts: &'a [Part],
    langs: &'a [Lang],
    size: PaperSize,
) -> TrainingPaper<'a> {
    TrainingPaper {
        module,
        parts,
        langs,
        chapter_name: "Riverside Chapter",
        paper: size,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 7).unwrap(),
        is_sample: false,
        booklet: false,
    }
}

fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_built_in_part_prints_in_each_language_on_either_paper_without_overflowing() {
    for b in builtin::ALL {
        let m = module(b.key);
        for lang in Lang::ALL {
            for size in [PaperSize::Letter, PaperSize::A4] {
                for part in Part::ALL {
                    let printed = render(&paper(&m, &[part], &[lang], size)).unwrap_or_else(|e| {
                        panic!("{} {:?} {:?} {:?}: {e}", b.key, lang, size, part)
                    });
                    assert!(printed.pages >= 1);
                }
                let booklet = render(&TrainingPaper {
                    booklet: true,
                    ..paper(&m, &[Part::Handout], &[lang], size)
                })
                .unwrap_or_else(|e| panic!("{} {:?} booklet: {e}", b.key, lang));
                assert_eq!(booklet.pages % 2, 0, "a booklet's sheets have two sides");
            }
        }
    }
}

#[test]
fn a_handout_prints_its_words_check_boxes_and_lines_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let m = module("one-on-ones");
    let printed = render(&paper(&m, &[Part::Handout], &[Lang::Es], PaperSize::Letter)).unwrap();
    let path = write(dir.path(), "handout.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = squashed(&text_of(&path));
    assert!(text.contains(&m.text(Lang::Es).title), "{text}");
    assert!(text.contains("Riverside Chapter"));
    assert!(
        !text.contains("___"),
        "lines to write on are drawn, not typed: {text}"
    );
    assert!(!text.contains("**"), "bold is a face, not stars: {text}");
    assert!(text.contains("página 1 de"), "{text}");
}

#[test]
fn a_packet_prints_the_guide_handout_and_worksheet_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let m = module("power-mapping");
    let one = render(&paper(&m, &[Part::Handout], &[Lang::En], PaperSize::Letter)).unwrap();
    let packet = render(&paper(&m, &Part::ALL, &[Lang::En, Lang::Es], PaperSize::A4)).unwrap();
    assert!(
        packet.pages >= 6 && packet.pages > one.pages,
        "{} pages",
        packet.pages
    );
    let path = write(dir.path(), "packet.pdf", &packet.bytes);
    qpdf_ok(&path);
    let text = squashed(&text_of(&path));
    for title in [&m.text(Lang::En).title, &m.text(Lang::Es).title] {
        assert!(text.contains(title.as_str()), "{title}");
    }
}

#[test]
fn a_booklet_puts_two_half_pages_on_each_side_of_a_sideways_sheet_in_folding_order() {
    let dir = tempfile::tempdir().unwrap();
    let m = module("base-building");
    let flat = render(&TrainingPaper {
        booklet: false,
        paper: PaperSize::Letter,
        ..paper(&m, &[Part::Handout], &[Lang::En], PaperSize::Letter)
    })
    .unwrap();
    let booklet = render(&TrainingPaper {
        booklet: true,
        ..paper(&m, &[Part::Handout], &[Lang::En], PaperSize::Letter)
    })
    .unwrap();
    let path = write(dir.path(), "booklet.pdf", &booklet.bytes);
    qpdf_ok(&path);
    let sizes = page_sizes(&path);
    assert!(
        sizes
            .iter()
            .all(|(w, h)| (*w - 792.0).abs() < 1.0 && (*h - 612.0).abs() < 1.0),
        "{sizes:?}"
    );
    // Half pages hold less than whole ones: more of them, padded to a multiple of four.
    let half_pages = booklet.pages * 2;
    assert_eq!(half_pages % 4, 0);
    assert!(
        half_pages >= flat.pages,
        "{half_pages} half pages for {} pages",
        flat.pages
    );
    // The first side carries the last page on its left and the first on its right.
    let first_side = squashed(
        &String::from_utf8(
            std::process::Command::new("pdftotext")
                .args(["-f", "1", "-l", "1", "-layout"])
                .arg(&path)
                .arg("-")
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap(),
    );
    assert!(first_side.contains("page 1 of"), "{first_side}");
}
