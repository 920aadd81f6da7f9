//! `projects list` and `grants new|budget add|list`, on real files: the contract other tools
//! rely on.

use crate::{cli, fails_with, ok};

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn an_application_is_started_refused_outside_the_rules_and_its_budget_added_to() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.sqlite");
    ok(&cli(&db, &["demo"]));
    let projects = json(&ok(&cli(&db, &["projects", "list", "--format", "json"])));
    let project = projects
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["title"] == "Eastside tenant union")
        .expect("the sample's project");
    let project = project["id"].as_str().unwrap().to_owned();
    // The sample's own application is complete.
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["complete"], true);
    assert_eq!(listed[0]["amount_cents"], 80_000);
    assert_eq!(listed[0]["project"], project.as_str());

    let new = |amount: &str, ends: &str| {
        cli(
            &db,
            &[
                "grants",
                "new",
                "--project",
                &project,
                "--amount",
                amount,
                "--starts",
                "2027-02-01",
                "--ends",
                ends,
            ],
        )
    };
    let too_much = fails_with(&new("1200", "2027-06-30"), 3);
    assert!(
        too_much.contains("$1,200.00") && too_much.contains("$1,000.00"),
        "{too_much}"
    );
    let too_long = fails_with(&new("800", "2027-09-30"), 3);
    assert!(too_long.contains("8 months"), "{too_long}");
    let not_money = fails_with(&new("eight hundred", "2027-06-30"), 3);
    assert!(not_money.contains("--amount"), "{not_money}");
    assert_eq!(
        json(&ok(&cli(&db, &["grants", "list", "--format", "json"])))
            .as_array()
            .unwrap()
            .len(),
        1,
        "nothing was kept"
    );

    let id = ok(&new("800", "2027-06-30")).trim().to_owned();
    let added = ok(&cli(
        &db,
        &[
            "grants",
            "budget",
            "add",
            "--application",
            &id,
            "--item",
            "Childcare",
            "--quantity",
            "10",
            "--unit-cost",
            "40",
        ],
    ));
    assert!(
        added.contains("$400.00") && added.contains("$800.00"),
        "{added}"
    );
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    let mine = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == id.as_str())
        .unwrap();
    assert_eq!(mine["status"], "draft");
    assert_eq!(mine["complete"], false);
    assert_eq!(mine["budget_total_cents"], 40_000);
    let missing: Vec<&str> = mine["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(missing.iter().any(|m| m.contains("$400.00")), "{missing:?}");
    // A line with nothing to pay for is refused, and the budget stays as it was.
    let nameless = fails_with(
        &cli(
            &db,
            &[
                "grants",
                "budget",
                "add",
                "--application",
                &id,
                "--item",
                " ",
                "--quantity",
                "1",
                "--unit-cost",
                "5",
            ],
        ),
        3,
    );
    assert!(nameless.contains("budget item"), "{nameless}");
}

#[test]
fn the_sample_application_prints_in_both_languages_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.sqlite");
    ok(&cli(&db, &["demo"]));
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    let out = dir.path().join("application.pdf");
    let said = ok(&cli(
        &db,
        &[
            "print",
            "grant-application",
            "--application",
            &id,
            "--out",
            out.to_str().unwrap(),
            "--lang",
            "en+es",
            "--paper",
            "a4",
        ],
    ));
    assert!(said.starts_with("Wrote "), "{said}");
    crate::qpdf_ok(&out);
    let text = crate::pdf_text(&out)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "Application for a small grant",
        "Solicitud de una pequeña subvención",
        "Eastside tenant union",
        "Amount requested: $800.00",
        "Cantidad solicitada: $800.00",
        "Total of the budget / Total del presupuesto $800.00",
        "The need it answers",
        "residents who answered the",
        // The campaign's power map, attached on a page of its own.
        "Who decides on the repairs Power map: who decides",
    ] {
        assert!(text.contains(words), "no '{words}' in {text}");
    }
    let missing = fails_with(
        &cli(
            &db,
            &[
                "print",
                "grant-application",
                "--application",
                "0190f0c4-0000-7000-8000-000000000000",
                "--out",
                out.to_str().unwrap(),
            ],
        ),
        4,
    );
    assert!(missing.contains("grant application"), "{missing}");
}

#[test]
fn a_complete_application_is_exported_signed_and_an_incomplete_one_is_refused_with_what_is_missing()
{
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.sqlite");
    ok(&cli(&db, &["demo"]));
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    let sample = listed[0]["id"].as_str().unwrap().to_owned();
    let project = listed[0]["project"].as_str().unwrap().to_owned();
    let draft = ok(&cli(
        &db,
        &[
            "grants",
            "new",
            "--project",
            &project,
            "--amount",
            "600",
            "--starts",
            "2027-03-01",
            "--ends",
            "2027-06-30",
        ],
    ));
    let refused_file = dir.path().join("draft.json");
    let refused = fails_with(
        &cli(
            &db,
            &[
                "grants",
                "export",
                "--application",
                draft.trim(),
                "--out",
                refused_file.to_str().unwrap(),
            ],
        ),
        3,
    );
    assert!(
        refused.contains("budget") && refused.contains("milestones"),
        "{refused}"
    );
    assert!(!refused_file.exists());

    let out = dir.path().join("application.json");
    let said = ok(&cli(
        &db,
        &[
            "grants",
            "export",
            "--application",
            &sample,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    assert!(said.contains("signed with the chapter's key"), "{said}");
    let file = json(&std::fs::read_to_string(&out).unwrap());
    assert_eq!(file["format"], "groundwork/grant-application");
    assert!(file["signature"].as_str().is_some_and(|s| !s.is_empty()));
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    let sent = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == sample.as_str())
        .unwrap();
    assert_eq!(sent["status"], "submitted");
}

/// A demo chapter in `dir/name.sqlite`, its complete application sent to `dir/name.json`.
fn chapter_sends(dir: &std::path::Path, name: &str) -> (std::path::PathBuf, String) {
    let db = dir.join(format!("{name}.sqlite"));
    ok(&cli(&db, &["demo"]));
    let listed = json(&ok(&cli(&db, &["grants", "list", "--format", "json"])));
    let id = listed[0]["id"].as_str().unwrap().to_owned();
    let file = dir.join(format!("{name}.json"));
    ok(&cli(
        &db,
        &[
            "grants",
            "export",
            "--application",
            &id,
            "--out",
            file.to_str().unwrap(),
        ],
    ));
    (file, id)
}

#[test]
fn a_committee_imports_the_files_decides_and_keeps_the_round_within_its_budget() {
    let dir = tempfile::tempdir().unwrap();
    let (riverside, first) = chapter_sends(dir.path(), "riverside");
    let (northside, second) = chapter_sends(dir.path(), "northside");
    let national = dir.path().join("national.sqlite");
    let said = ok(&cli(
        &national,
        &["init", "--national", "--name", "National grants committee"],
    ));
    assert!(said.contains("National committee"), "{said}");
    // A chapter's commands are refused on a committee's database, and the other way round.
    let chapter_only = fails_with(
        &cli(
            &national,
            &[
                "grants",
                "new",
                "--project",
                &first,
                "--amount",
                "800",
                "--starts",
                "2027-02-01",
                "--ends",
                "2027-06-30",
            ],
        ),
        5,
    );
    assert!(
        chapter_only.contains("national committee"),
        "{chapter_only}"
    );
    let national_only = fails_with(
        &cli(
            &dir.path().join("riverside.sqlite"),
            &[
                "grants",
                "round",
                "new",
                "--name",
                "X",
                "--deadline",
                "2027-02-15",
            ],
        ),
        5,
    );
    assert!(national_only.contains("init --national"), "{national_only}");

    let default_round = ok(&cli(
        &national,
        &[
            "grants",
            "round",
            "new",
            "--name",
            "Spring 2027",
            "--deadline",
            "2027-02-15",
        ],
    ));
    let ledger = |round: &str| {
        json(&ok(&cli(
            &national,
            &["grants", "ledger", "--round", round, "--format", "json"],
        )))
    };
    assert_eq!(ledger(default_round.trim())["budget"], 2_000_000);
    let round = ok(&cli(
        &national,
        &[
            "grants",
            "round",
            "new",
            "--name",
            "Small round",
            "--budget",
            "1000",
            "--deadline",
            "2027-03-01",
        ],
    ));
    let round = round.trim();

    let import = |file: &std::path::Path| {
        cli(
            &national,
            &["grants", "import", file.to_str().unwrap(), "--round", round],
        )
    };
    assert_eq!(ok(&import(&riverside)).trim(), first);
    let again = import(&riverside);
    assert_eq!(ok(&again).trim(), first);
    assert!(String::from_utf8_lossy(&again.stderr).contains("already imported"));
    assert_eq!(ok(&import(&northside)).trim(), second);

    // Changed on the way: the amount in the payload, the signature left as it was.
    let mut envelope = json(&std::fs::read_to_string(&riverside).unwrap());
    envelope["payload"] = envelope["payload"]
        .as_str()
        .unwrap()
        .replacen('A', "B", 1)
        .into();
    let altered = dir.path().join("altered.json");
    std::fs::write(&altered, serde_json::to_vec(&envelope).unwrap()).unwrap();
    let refused = fails_with(&import(&altered), 6);
    assert!(
        refused.contains("altered.json") && refused.contains("changed after"),
        "{refused}"
    );

    let listed = json(&ok(&cli(
        &national,
        &["grants", "list", "--round", round, "--format", "json"],
    )));
    assert_eq!(listed.as_array().unwrap().len(), 2);
    for a in listed.as_array().unwrap() {
        assert_eq!(a["status"], "received");
        assert_eq!(a["complete"], true);
        assert_eq!(a["amount_cents"], 80_000);
        assert!(a["project"].as_str().is_some());
    }

    // Two reviewers: one scores, the other declares a conflict of interest.
    let ana = ok(&cli(
        &national,
        &["grants", "reviewer", "add", "--name", "Ana Reyes"],
    ));
    let tom = ok(&cli(
        &national,
        &["grants", "reviewer", "add", "--name", "Tom Okafor"],
    ));
    let rubric = json(&ok(&cli(
        &national,
        &["grants", "rubric", "show", "--round", round],
    )));
    assert_eq!(rubric.as_array().unwrap().len(), 5);
    let scored = json(&ok(&cli(
        &national,
        &[
            "grants",
            "review",
            "--application",
            &first,
            "--reviewer",
            ana.trim(),
            "--scores",
            "5,4,4,4,4",
            "--notes",
            "Door by door",
        ],
    )));
    assert!(
        (scored["mean"].as_f64().unwrap() - 4.3).abs() < 1e-9,
        "{scored}"
    );
    ok(&cli(
        &national,
        &[
            "grants",
            "recuse",
            "--application",
            &first,
            "--reviewer",
            tom.trim(),
            "--reason",
            "Family in the union",
        ],
    ));
    let refused = fails_with(
        &cli(
            &national,
            &[
                "grants",
                "review",
                "--application",
                &first,
                "--reviewer",
                tom.trim(),
                "--scores",
                "1,1,1,1,1",
            ],
        ),
        5,
    );
    assert!(refused.contains("conflict of interest"), "{refused}");
    let hidden = fails_with(
        &cli(
            &national,
            &[
                "grants",
                "reviews",
                "--application",
                &first,
                "--as",
                tom.trim(),
            ],
        ),
        5,
    );
    assert!(hidden.contains("cannot see"), "{hidden}");
    let seen = json(&ok(&cli(
        &national,
        &[
            "grants",
            "reviews",
            "--application",
            &first,
            "--as",
            ana.trim(),
        ],
    )));
    assert_eq!(seen["reviews"].as_array().unwrap().len(), 1);
    assert_eq!(seen["recused"][0]["name"], "Tom Okafor");

    let decide = |application: &str, args: &[&str]| {
        let mut all = vec!["grants", "decide", "--application", application];
        all.extend_from_slice(args);
        cli(&national, &all)
    };
    ok(&decide(&first, &["--award", "800"]));
    let over = fails_with(&decide(&second, &["--award", "800"]), 5);
    assert!(
        over.contains("$200.00 is left") && over.contains("$600.00 short"),
        "{over}"
    );
    let no_reason = fails_with(&decide(&second, &["--decline"]), 3);
    assert!(no_reason.contains("--reason"), "{no_reason}");
    ok(&decide(
        &second,
        &[
            "--award",
            "200",
            "--reason",
            "Reduced to what the round has left",
        ],
    ));
    let l = ledger(round);
    assert_eq!(
        (
            l["budget"].as_i64(),
            l["committed"].as_i64(),
            l["disbursed"].as_i64(),
            l["remaining"].as_i64()
        ),
        (Some(100_000), Some(100_000), Some(0), Some(0))
    );
    ok(&cli(
        &national,
        &[
            "grants",
            "disburse",
            "--application",
            &first,
            "--amount",
            "400",
            "--on",
            "2027-03-15",
        ],
    ));
    assert_eq!(ledger(round)["disbursed"], 40_000);
}

#[test]
fn the_sample_committee_lists_its_round_and_its_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("national.sqlite");
    ok(&cli(&db, &["demo", "--national"]));
    let rounds = json(&ok(&cli(
        &db,
        &["grants", "round", "list", "--format", "json"],
    )));
    let round = rounds[0]["id"].as_str().unwrap().to_owned();
    let listed = json(&ok(&cli(
        &db,
        &["grants", "list", "--round", &round, "--format", "json"],
    )));
    let statuses: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["status"].as_str().unwrap())
        .collect();
    assert!(statuses.contains(&"awarded") && statuses.contains(&"declined"));
    assert!(statuses.contains(&"received"));
    let ledger = json(&ok(&cli(
        &db,
        &["grants", "ledger", "--round", &round, "--format", "json"],
    )));
    assert_eq!(ledger["budget"], 2_000_000);
    assert!(ledger["disbursed"].as_i64().unwrap() > 0);
    // Without a round, a committee's list says how to ask.
    let asked = fails_with(&cli(&db, &["grants", "list", "--format", "json"]), 3);
    assert!(asked.contains("--round"), "{asked}");
}

#[test]
fn the_committee_prints_its_letters_in_the_chapters_language_and_the_rounds_summary() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("national.sqlite");
    ok(&cli(&db, &["demo", "--national"]));
    let rounds = json(&ok(&cli(&db, &["grants", "round", "list"])));
    let round = rounds[0]["id"].as_str().unwrap().to_owned();
    let listed = json(&ok(&cli(&db, &["grants", "list", "--round", &round])));
    let find = |status: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["status"] == status)
            .unwrap()["id"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    let letter = |id: &str, name: &str, extra: &[&str]| {
        let out = dir.path().join(name);
        let mut args = vec![
            "print",
            "decision-letter",
            "--application",
            id,
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        (cli(&db, &args), out)
    };
    let squashed = |path: &std::path::Path| {
        crate::qpdf_ok(path);
        crate::pdf_text(path)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };

    let (said, awarded) = letter(&find("awarded"), "awarded.pdf", &["--lang", "es"]);
    ok(&said);
    let text = squashed(&awarded);
    for words in [
        "Decisión sobre una solicitud de subvención",
        "El comité nacional otorga a Lakeview Chapter (sample) $1,000.00",
        "Lo que sigue",
        "Por el comité nacional",
    ] {
        assert!(text.contains(words), "no '{words}' in {text}");
    }
    let (said, declined) = letter(&find("declined"), "declined.pdf", &[]);
    ok(&said);
    let text = squashed(&declined);
    assert!(
        text.contains("is not able to fund Hill Country newsletter")
            && text.contains("The committee's reasons")
            && text.contains("does not build a base"),
        "{text}"
    );
    let (said, _) = letter(&find("received"), "waiting.pdf", &[]);
    assert!(fails_with(&said, 3).contains("not decided"));

    let summary = dir.path().join("summary.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "round-summary",
            "--round",
            &round,
            "--out",
            summary.to_str().unwrap(),
            "--lang",
            "en+es",
        ],
    ));
    let text = squashed(&summary);
    for words in [
        "Grant round summary",
        "Resumen de la ronda de subvenciones",
        "Budget / Presupuesto $20,000.00",
        "Committed to awards / Comprometido en subvenciones $1,000.00",
        "5 applications: 1 awarded, 1 declined, 3 still to decide.",
        "Lakeview bus riders' union",
        "Lakeview Chapter (sample) (Great Lakes)",
        "By region / Por región",
        "Great Lakes 1 1 $1,000.00",
        "Southeast 2 0 $0.00",
        "Region not set / Región sin indicar 1 0 $0.00",
    ] {
        assert!(text.contains(words), "no '{words}' in {text}");
    }

    // A chapter is put in another region, and taken out of it.
    let chapter = find("received");
    let region = |args: &[&str]| {
        let mut all = vec!["grants", "region", "--application", chapter.as_str()];
        all.extend_from_slice(args);
        cli(&db, &all)
    };
    assert!(ok(&region(&["--region", "Mountain West"])).contains("in Mountain West"));
    assert!(ok(&region(&["--clear"])).contains("in no region"));
}

#[test]
fn an_award_is_written_down_reported_on_and_the_committee_sees_the_reports_due() {
    let dir = tempfile::tempdir().unwrap();
    let (file, id) = chapter_sends(dir.path(), "riverside");
    let chapter = dir.path().join("riverside.sqlite");
    let national = dir.path().join("national.sqlite");
    ok(&cli(
        &national,
        &["init", "--national", "--name", "Committee"],
    ));
    let round = ok(&cli(
        &national,
        &[
            "grants",
            "round",
            "new",
            "--name",
            "Spring",
            "--deadline",
            "2027-02-15",
        ],
    ));
    let round = round.trim();
    ok(&cli(
        &national,
        &["grants", "import", file.to_str().unwrap(), "--round", round],
    ));
    ok(&cli(
        &national,
        &["grants", "decide", "--application", &id, "--award", "800"],
    ));

    let early = fails_with(
        &cli(
            &chapter,
            &[
                "grants",
                "report",
                "start",
                "--application",
                &id,
                "--kind",
                "midpoint",
            ],
        ),
        5,
    );
    assert!(early.contains("decision"), "{early}");
    ok(&cli(
        &chapter,
        &[
            "grants",
            "decision",
            "--application",
            &id,
            "--awarded",
            "800",
        ],
    ));
    let report = json(&ok(&cli(
        &chapter,
        &[
            "grants",
            "report",
            "start",
            "--application",
            &id,
            "--kind",
            "midpoint",
        ],
    )));
    assert!(report["fields"]["one_on_ones"].is_u64(), "{report}");
    let report_id = report["id"].as_str().unwrap().to_owned();
    let out = dir.path().join("midpoint.json");
    let no_story = fails_with(
        &cli(
            &chapter,
            &[
                "grants",
                "report",
                "export",
                "--report",
                &report_id,
                "--out",
                out.to_str().unwrap(),
            ],
        ),
        3,
    );
    assert!(no_story.contains("how the work went"), "{no_story}");
    ok(&cli(
        &chapter,
        &[
            "grants",
            "report",
            "save",
            "--report",
            &report_id,
            "--reached",
            "140",
            "--spent",
            "410",
            "--story",
            "Four of six buildings meet monthly.",
        ],
    ));
    ok(&cli(
        &chapter,
        &[
            "grants",
            "report",
            "export",
            "--report",
            &report_id,
            "--out",
            out.to_str().unwrap(),
        ],
    ));
    let pdf = dir.path().join("midpoint.pdf");
    ok(&cli(
        &chapter,
        &[
            "print",
            "grant-report",
            "--report",
            &report_id,
            "--out",
            pdf.to_str().unwrap(),
            "--lang",
            "en+es",
        ],
    ));
    crate::qpdf_ok(&pdf);
    let text = crate::pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for words in [
        "Progress report on a small grant",
        "The report halfway through",
        "Awarded $800.00; spent so far $410.00.",
        "People reached / Personas alcanzadas 300 140",
        "Four of six buildings meet monthly.",
    ] {
        assert!(text.contains(words), "no '{words}' in {text}");
    }
    let said = ok(&cli(
        &national,
        &["grants", "import-report", out.to_str().unwrap()],
    ));
    assert_eq!(said.trim(), format!("{id} midpoint"));
    let due = json(&ok(&cli(
        &national,
        &["grants", "reports", "--round", round, "--on", "2030-01-01"],
    )));
    assert_eq!(due[0]["kind"], "midpoint");
    assert_eq!(due[0]["received"], true);
    assert_eq!(due[1]["kind"], "final");
    assert_eq!(due[1]["overdue"], true);
}
