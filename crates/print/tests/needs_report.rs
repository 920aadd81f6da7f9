use chrono::NaiveDate;
use groundwork_core::needs::ranking::{GroupRanking, NeedRank, Ranking};
use groundwork_core::needs::survey::Survey;
use groundwork_core::settings::{LanguageChoice, PaperSize};
use groundwork_print::needs_report::{render, NeedsReport};

use crate::{qpdf_ok, text_of, write};

fn need(rank: u32, key: &str, respondents: u32, of: u32, mean: f64) -> NeedRank {
    NeedRank {
        rank,
        key: key.into(),
        title: key.into(),
        respondents,
        share: f64::from(respondents) / f64::from(of),
        rated: of,
        mean_severity: Some(mean),
        distribution: [0, 0, of, 0, 0],
    }
}

fn ranking(of: u32) -> Ranking {
    Ranking {
        responses: of,
        needs: vec![
            need(1, "housing", of * 56 / 100, of, 3.3),
            need(2, "food", of / 4, of, 2.6),
        ],
    }
}

fn report<'a>(
    survey: &'a Survey,
    overall: &'a Ranking,
    by_area: &'a [GroupRanking],
    language: LanguageChoice,
) -> NeedsReport<'a> {
    NeedsReport {
        chapter_name: "Nguyễn Skłodowska Chapter",
        assessment_name: "Eastside 2026",
        starts_on: NaiveDate::from_ymd_opt(2026, 9, 1),
        ends_on: NaiveDate::from_ymd_opt(2026, 11, 30),
        areas: &[],
        survey,
        overall,
        by_area,
        by_language: &[],
        candidates: &[],
        language,
        paper: PaperSize::Letter,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        is_sample: false,
    }
}

#[test]
fn the_summary_charts_every_need_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let survey = Survey::template();
    let overall = ranking(100);
    let areas = [
        GroupRanking {
            group: "Eastside".into(),
            ranking: ranking(60),
        },
        GroupRanking {
            group: "Riverbend".into(),
            ranking: ranking(40),
        },
    ];
    let printed = render(&report(&survey, &overall, &areas, LanguageChoice::EnEs)).unwrap();
    let path = write(dir.path(), "summary.pdf", &printed.bytes);
    qpdf_ok(&path);
    let text = text_of(&path);
    for expected in [
        "What our neighbours need",
        "Lo que necesitan nuestros vecinos",
        "100 forms entered",
        "1. Housing and rent / Vivienda y",
        "2. Food / Alimentación",
        "56%",
        "56 named it · severity 3.3 of 5 · rated 1 to 5: 0-0-100-0-0",
        "56 la nombraron · gravedad 3.3 de 5",
        "Eastside: 60 forms",
        "Riverbend: 40 forms",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}

#[test]
fn an_assessment_with_no_forms_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let survey = Survey::template();
    let empty = Ranking {
        responses: 0,
        needs: Vec::new(),
    };
    let printed = render(&report(&survey, &empty, &[], LanguageChoice::Es)).unwrap();
    let path = write(dir.path(), "empty.pdf", &printed.bytes);
    qpdf_ok(&path);
    assert!(text_of(&path).contains("Todavía no hay formularios ingresados."));
}
