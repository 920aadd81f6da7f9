use chrono::NaiveDate;
use groundwork_core::needs::survey::Survey;
use groundwork_core::settings::PaperSize;
use groundwork_print::needs_form::{pages_per_form, render, NeedsForms};

use groundwork_core::progress::{unattended, CancelToken, Job};
use groundwork_print::PrintError;

use crate::{page_size, qpdf_ok, text_of, write};

fn render_all(forms: &NeedsForms<'_>) -> Result<groundwork_print::Printed, PrintError> {
    unattended(|job| render(forms, job))
}

#[test]
fn printing_reports_each_form_and_stops_on_cancel() {
    let survey = Survey::template();
    let seen = std::sync::Mutex::new(Vec::new());
    let cancel = CancelToken::new();
    let on_progress = |p: groundwork_core::progress::Progress| {
        seen.lock().unwrap().push(p.done);
        if p.done == 1 {
            cancel.cancel();
        }
    };
    let job = Job {
        cancel: &cancel,
        on_progress: &on_progress,
    };
    let err = render(&forms(&survey, &["en"], PaperSize::Letter), &job).unwrap_err();
    assert!(matches!(err, PrintError::Cancelled), "{err}");
    assert_eq!(*seen.lock().unwrap(), [0, 1]);
}

fn forms<'a>(survey: &'a Survey, languages: &[&str], paper: PaperSize) -> NeedsForms<'a> {
    NeedsForms {
        chapter_name: "Nguyễn Skłodowska Chapter",
        survey,
        code: "K7QF",
        serials: 41..=43,
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        paper,
        printed_on: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        is_sample: false,
    }
}

#[test]
fn numbered_forms_print_in_both_languages_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let survey = Survey::template();
    let printed = render_all(&forms(&survey, &["en", "es"], PaperSize::Letter)).unwrap();
    let path = write(dir.path(), "forms.pdf", &printed.bytes);
    qpdf_ok(&path);
    assert!(
        page_size(&path).contains("612 x 792"),
        "{}",
        page_size(&path)
    );
    let text = text_of(&path);
    for expected in [
        "Nguyễn Skłodowska Chapter",
        "Neighbourhood Needs Survey",
        "Encuesta sobre las necesidades del vecindario",
        "Form / Formulario K7QF-0041",
        "K7QF-0042",
        "K7QF-0043",
        "Housing and rent",
        "Vivienda y renta",
        "Yes / Sí",
        "I agree / Estoy de acuerdo",
    ] {
        assert!(text.contains(expected), "missing {expected:?}");
    }
    assert!(!text.contains("K7QF-0044"));
    // Every form starts on a page of its own: the same number of pages each.
    assert_eq!(printed.pages % 3, 0, "{} pages", printed.pages);
}

#[test]
fn one_language_on_a4_prints_only_that_language() {
    let dir = tempfile::tempdir().unwrap();
    let survey = Survey::template();
    let printed = render_all(&forms(&survey, &["es"], PaperSize::A4)).unwrap();
    let path = write(dir.path(), "es.pdf", &printed.bytes);
    qpdf_ok(&path);
    assert!(page_size(&path).contains("595"), "{}", page_size(&path));
    let text = text_of(&path);
    assert!(text.contains("Formulario K7QF-0041"));
    assert!(text.contains("Estoy de acuerdo"));
    assert!(!text.contains("Housing and rent"));
}

#[test]
fn a_language_still_untranslated_is_refused_with_what_is_missing() {
    let mut survey = Survey::template();
    survey.add_language("vi").unwrap();
    survey.title.insert("vi".into(), "Khảo sát nhu cầu".into());
    let err = render_all(&forms(&survey, &["en", "vi"], PaperSize::Letter))
        .unwrap_err()
        .to_string();
    assert!(err.contains("not yet translated into 'vi'"), "{err}");
    assert!(err.contains("intro, consent, housing: title"), "{err}");
    let err = render_all(&forms(&survey, &["fr"], PaperSize::Letter))
        .unwrap_err()
        .to_string();
    assert!(err.contains("does not run in 'fr'"), "{err}");
}

/// One form of the survey, alone in its PDF.
fn one_form<'a>(survey: &'a Survey, languages: &[&str], paper: PaperSize) -> NeedsForms<'a> {
    NeedsForms {
        serials: 7..=7,
        ..forms(survey, languages, paper)
    }
}

/// Every language choice of the built-in survey, with the most pages one form may take:
/// two sheets printed on both sides in two languages, one sheet in one.
const MOST_PAGES: [(&[&str], usize); 4] = [
    (&["en", "es"], 4),
    (&["es", "en"], 4),
    (&["en"], 2),
    (&["es"], 2),
];

#[test]
fn the_built_in_survey_prints_on_two_sheets_in_two_languages_and_one_in_one() {
    let survey = Survey::template();
    for paper in [PaperSize::Letter, PaperSize::A4] {
        for (languages, most) in MOST_PAGES {
            let printed = render_all(&one_form(&survey, languages, paper)).unwrap();
            assert!(
                printed.pages <= most,
                "{languages:?} on {paper:?}: {} pages, at most {most}",
                printed.pages
            );
        }
    }
}

fn codes(languages: &[&str]) -> Vec<String> {
    languages.iter().map(|l| (*l).to_owned()).collect()
}

#[test]
fn pages_per_form_says_what_printing_takes() {
    let survey = Survey::template();
    // A name long enough for two lines leaves no room for the form's number beside it.
    let long =
        "Eastside, Riverbend and Mill Hill Tenants, Workers and Neighbours United for Housing";
    for chapter_name in ["Nguyễn Skłodowska Chapter", long] {
        for paper in [PaperSize::Letter, PaperSize::A4] {
            for (languages, _) in MOST_PAGES {
                let counted =
                    pages_per_form(chapter_name, &survey, &codes(languages), paper).unwrap();
                let printed = render_all(&NeedsForms {
                    chapter_name,
                    ..forms(&survey, languages, paper)
                })
                .unwrap();
                assert_eq!(
                    printed.pages,
                    3 * counted,
                    "{chapter_name}: {languages:?} on {paper:?}, three forms"
                );
            }
        }
    }
}

#[test]
fn pages_per_form_follows_the_survey_as_it_is_edited() {
    let mut survey = Survey::template();
    let en = codes(&["en"]);
    let before = pages_per_form("Eastside", &survey, &en, PaperSize::Letter).unwrap();
    // Every need asks a long list of things: the form grows.
    let problems = survey.question("housing_problems").unwrap().clone();
    for (i, domain) in survey.domains.iter_mut().enumerate() {
        let mut more = problems.clone();
        more.key = format!("problems_{i}");
        domain.questions.push(more);
    }
    let after = pages_per_form("Eastside", &survey, &en, PaperSize::Letter).unwrap();
    assert!(after > before, "{before} then {after} pages");
}

#[test]
fn pages_per_form_refuses_what_printing_refuses() {
    let mut survey = Survey::template();
    survey.add_language("vi").unwrap();
    let err = pages_per_form("Eastside", &survey, &codes(&["en", "vi"]), PaperSize::A4)
        .unwrap_err()
        .to_string();
    assert!(err.contains("not yet translated into 'vi'"), "{err}");
    let err = pages_per_form("Eastside", &survey, &codes(&["fr"]), PaperSize::A4)
        .unwrap_err()
        .to_string();
    assert!(err.contains("does not run in 'fr'"), "{err}");
}

#[test]
fn a_question_too_long_for_any_page_is_refused_naming_it() {
    let mut survey = Survey::template();
    let problems = survey
        .domains
        .iter_mut()
        .flat_map(|d| d.questions.iter_mut())
        .find(|q| q.key == "housing_problems")
        .unwrap();
    let first = problems.choices[0].clone();
    // More choices than one page holds, even in four columns: it could only run off the page.
    for i in 0..400 {
        let mut more = first.clone();
        more.key = format!("problem_{i}");
        problems.choices.push(more);
    }
    let err = pages_per_form(
        "Eastside",
        &survey,
        &codes(&["en", "es"]),
        PaperSize::Letter,
    )
    .unwrap_err();
    assert!(matches!(err, PrintError::Overflow { .. }), "{err}");
    let message = err.to_string();
    assert!(
        message.starts_with("needs assessment form: question 'housing_problems' does not fit"),
        "{message}"
    );
    let err = render_all(&forms(&survey, &["en", "es"], PaperSize::Letter)).unwrap_err();
    assert!(err.to_string().contains("'housing_problems'"), "{err}");
}
