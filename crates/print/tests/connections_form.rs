use chrono::NaiveDate;
use groundwork_core::connections::survey::{ConnectionsSurvey, MOST_ROWS};
use groundwork_core::progress::unattended;
use groundwork_core::settings::PaperSize;
use groundwork_print::connections_form::{render, ConnectionsForms};

use crate::{page_size, qpdf_ok, text_of, write};

fn forms<'a>(
    survey: &'a ConnectionsSurvey,
    languages: &[&str],
    paper: PaperSize,
) -> ConnectionsForms<'a> {
    ConnectionsForms {
        chapter_name: "Nguyễn Skłodowska Chapter",
        survey,
        code: "K7QF",
        serials: 7..=8,
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        paper,
        printed_on: NaiveDate::from_ymd_opt(2026, 12, 6).unwrap(),
        is_sample: false,
    }
}

#[test]
fn the_most_lines_a_form_takes_fit_both_papers_in_both_languages_with_every_form_numbered() {
    let dir = tempfile::tempdir().unwrap();
    let mut survey = ConnectionsSurvey::template();
    survey.rows = MOST_ROWS;
    for paper in [PaperSize::Letter, PaperSize::A4] {
        let printed = unattended(|job| render(&forms(&survey, &["en", "es"], paper), job)).unwrap();
        let path = write(dir.path(), &format!("{paper:?}.pdf"), &printed.bytes);
        qpdf_ok(&path);
        let text = text_of(&path);
        assert!(
            text.contains("K7QF-0007") && text.contains("K7QF-0008"),
            "{text}"
        );
        assert!(text.contains("Nguyễn Skłodowska Chapter"));
        assert!(text.contains("Your role") && text.contains("Su papel"));
        let size = page_size(&path);
        assert!(
            size.contains(if paper == PaperSize::A4 { "595" } else { "612" }),
            "{size}"
        );
    }
}

#[test]
fn a_language_the_survey_does_not_run_in_is_refused_before_anything_prints() {
    let survey = ConnectionsSurvey::template();
    let err =
        unattended(|job| render(&forms(&survey, &["vi"], PaperSize::Letter), job)).unwrap_err();
    assert!(err.to_string().contains("does not run in 'vi'"), "{err}");
}
