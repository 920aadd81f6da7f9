use crate::{cli, fails, ok};

fn sample() -> (tempfile::TempDir, std::path::PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("chapter.sqlite");
    ok(&cli(&db, &["demo"]));
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(&db, &["needs", "list"]))).unwrap();
    let id = list[0]["id"].as_str().unwrap().to_owned();
    (dir, db, id)
}

#[test]
fn the_demo_assessment_is_listed_and_ranked() {
    let (_dir, db, id) = sample();
    let csv = ok(&cli(&db, &["needs", "list", "--format", "csv"]));
    assert!(csv.starts_with("id,name,code,areas,languages,forms_printed,responses\n"));
    assert!(csv.contains(&id));

    let ranking: serde_json::Value = serde_json::from_str(&ok(&cli(
        &db,
        &["needs", "ranking", "--assessment", &id, "--format", "json"],
    )))
    .unwrap();
    let responses = ranking["responses"].as_u64().unwrap();
    assert!(responses >= 200, "{responses}");
    let needs = ranking["needs"].as_array().unwrap();
    assert_eq!(needs.len(), 12);
    for (n, need) in needs.iter().enumerate() {
        assert_eq!(need["rank"].as_u64(), Some(n as u64 + 1));
        for key in ["key", "respondents", "share", "mean_severity"] {
            assert!(!need[key].is_null(), "{key} in {need}");
        }
    }
    let shares: Vec<f64> = needs.iter().map(|n| n["share"].as_f64().unwrap()).collect();
    assert!(shares.windows(2).all(|w| w[0] >= w[1]), "{shares:?}");

    let csv = ok(&cli(
        &db,
        &[
            "needs",
            "ranking",
            "--assessment",
            &id,
            "--format",
            "csv",
            "--by",
            "language",
        ],
    ));
    assert!(csv.starts_with("group,rank,need,title,respondents,responses,share,mean_severity\n"));
    assert!(csv.contains("\nes,1,"), "{csv}");
}

#[test]
fn a_wrong_assessment_id_says_where_to_look() {
    let (_dir, db, _id) = sample();
    let err = fails(&cli(&db, &["needs", "ranking", "--assessment", "eastside"]));
    assert!(
        err.contains("'eastside' is not an assessment id; see `groundwork-cli needs list`"),
        "{err}"
    );
    let err = fails(&cli(
        &db,
        &[
            "needs",
            "ranking",
            "--assessment",
            "01a212fd-8217-77be-b6fc-ef5772c05552",
        ],
    ));
    assert!(
        err.contains("not found") || err.contains("no assessment"),
        "{err}"
    );
}

#[test]
fn numbered_forms_print_after_the_last_batch() {
    let (dir, db, id) = sample();
    let out = dir.path().join("forms.pdf");
    // The sample's paper forms and the forms its canvass's doors answered are numbered so far.
    let before: serde_json::Value =
        serde_json::from_str(&ok(&cli(&db, &["needs", "list"]))).unwrap();
    let numbered = before[0]["forms_printed"].as_u64().unwrap();
    let said = ok(&cli(
        &db,
        &[
            "print",
            "needs-forms",
            "--assessment",
            &id,
            "--count",
            "3",
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "en+es",
        ],
    ));
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(&db, &["needs", "list"]))).unwrap();
    let code = list[0]["code"].as_str().unwrap();
    assert_eq!(list[0]["forms_printed"].as_u64(), Some(numbered + 3));
    let (first, last) = (numbered + 1, numbered + 3);
    assert!(
        said.contains(&format!("forms {code}-{first:04} to {code}-{last:04}")),
        "{said}"
    );
    let text = crate::pdf_text(&out);
    assert!(
        text.contains(&format!("Form / Formulario {code}-{last:04}")),
        "{text}"
    );
    assert!(text.contains("Vivienda y renta"));

    // A language the survey does not run in prints nothing and numbers nothing.
    let err = fails(&cli(
        &db,
        &[
            "print",
            "needs-forms",
            "--assessment",
            &id,
            "--count",
            "3",
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "vi",
        ],
    ));
    assert!(err.contains("does not run in 'vi'"), "{err}");
    let list: serde_json::Value = serde_json::from_str(&ok(&cli(&db, &["needs", "list"]))).unwrap();
    assert_eq!(list[0]["forms_printed"].as_u64(), Some(last));
}

#[test]
fn the_summary_report_prints_the_ranking() {
    let (dir, db, id) = sample();
    let out = dir.path().join("summary.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "needs-report",
            "--assessment",
            &id,
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "es",
        ],
    ));
    let text = crate::pdf_text(&out);
    assert!(text.contains("Lo que necesitan nuestros vecinos"), "{text}");
    assert!(text.contains("1. Vivienda y renta"), "{text}");
    assert!(text.contains("Por zona"), "{text}");
    // The sample's shortlist prints after the charts.
    assert!(
        text.contains("Programas de servicio como puntos de entrada"),
        "{text}"
    );
    assert!(text.contains("Tenant union (en la lista corta)"), "{text}");
}

#[test]
fn programs_are_listed_as_ranked_candidates() {
    let (_dir, db, id) = sample();
    let csv = ok(&cli(
        &db,
        &["needs", "programs", "--assessment", &id, "--format", "csv"],
    ));
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("rank,program,needs,widely_felt,deeply_felt,winnable,builds_base,resources,partners,total,shortlisted")
    );
    assert_eq!(lines.count(), 8);
    assert!(csv.contains("Tenant union"), "{csv}");
}
