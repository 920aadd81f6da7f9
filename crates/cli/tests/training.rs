//! `training` and `print handout|module` on real files, as the team's checks run them.

use crate::{cli, fails_with, named_chapter, ok, pdf_text, qpdf_ok};

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn squashed(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_library_lists_the_built_ins_and_prints_a_handout_a_booklet_and_a_module() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let listed = json(&ok(&cli(&db, &["training", "list", "--format", "json"])));
    let modules = listed.as_array().unwrap();
    assert!(modules.len() >= 11);
    for m in modules {
        assert!(m["id"].is_string() && m["title"].is_string());
        assert_eq!(m["languages"], serde_json::json!(["en", "es"]));
        assert_eq!(m["built_in"], true);
    }
    let one_on_ones = modules
        .iter()
        .find(|m| m["title"] == "One-on-one conversations")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();

    let handout = dir.path().join("handout.pdf");
    let said = ok(&cli(
        &db,
        &[
            "print",
            "handout",
            "--module",
            &one_on_ones,
            "--out",
            handout.to_str().unwrap(),
            "--lang",
            "es",
        ],
    ));
    assert!(said.starts_with("Wrote "), "{said}");
    qpdf_ok(&handout);
    let text = squashed(&pdf_text(&handout));
    assert!(text.contains("Conversaciones uno a uno"), "{text}");
    assert!(!text.contains("One-on-one conversations"), "Spanish only");

    let worksheet = dir.path().join("worksheet.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "handout",
            "--module",
            "one-on-ones",
            "--part",
            "worksheet",
            "--out",
            worksheet.to_str().unwrap(),
        ],
    ));
    qpdf_ok(&worksheet);

    let booklet = dir.path().join("booklet.pdf");
    let said = ok(&cli(
        &db,
        &[
            "print",
            "handout",
            "--module",
            &one_on_ones,
            "--out",
            booklet.to_str().unwrap(),
            "--lang",
            "en",
            "--booklet",
        ],
    ));
    assert!(said.contains("folded sheets"), "{said}");
    qpdf_ok(&booklet);

    let packet = dir.path().join("module.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "module",
            "--module",
            &one_on_ones,
            "--out",
            packet.to_str().unwrap(),
        ],
    ));
    qpdf_ok(&packet);
    let text = squashed(&pdf_text(&packet));
    assert!(text.contains("One-on-one conversations") && text.contains("Conversaciones uno a uno"));

    let unknown = fails_with(
        &cli(
            &db,
            &[
                "print",
                "handout",
                "--module",
                "no-such-module",
                "--out",
                packet.to_str().unwrap(),
            ],
        ),
        3,
    );
    assert!(unknown.contains("training list"), "{unknown}");
}

#[test]
fn a_chapters_own_handout_comes_in_once_goes_out_as_a_file_and_prints() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let md = dir.path().join("tenants.md");
    std::fs::write(
        &md,
        "# Our tenant meeting\n\nWhat we ask of the landlord:\n\n| Building | Repair | Since |\n|--|--|--|\n| 12 Larch | Heat | October |\n|  |  |  |\n\n- [ ] Childcare\n- [ ] Interpretation\n\nYour name: ___\n___\n",
    )
    .unwrap();
    let id = ok(&cli(
        &db,
        &[
            "training",
            "import",
            md.to_str().unwrap(),
            "--title",
            "Tenant meeting",
        ],
    ))
    .trim()
    .to_owned();
    let again = cli(
        &db,
        &[
            "training",
            "import",
            md.to_str().unwrap(),
            "--title",
            "Tenant meeting",
        ],
    );
    assert_eq!(
        ok(&again).trim(),
        id,
        "the same handout imported twice is recognized"
    );
    assert!(String::from_utf8_lossy(&again.stderr).contains("Already imported"));
    let listed = json(&ok(&cli(&db, &["training", "list"])));
    let ours: Vec<_> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["built_in"] == false)
        .collect();
    assert_eq!(ours.len(), 1);
    assert_eq!(ours[0]["title"], "Tenant meeting");
    assert_eq!(ours[0]["languages"], serde_json::json!(["en"]));

    let pdf = dir.path().join("ours.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "handout",
            "--module",
            &id,
            "--out",
            pdf.to_str().unwrap(),
        ],
    ));
    qpdf_ok(&pdf);
    let text = squashed(&pdf_text(&pdf));
    assert!(text.contains("12 Larch Heat October"), "{text}");
    assert!(
        text.contains("Childcare") && text.contains("Your name:"),
        "{text}"
    );

    // Shared with another chapter as a file, recognized there the second time too.
    let file = dir.path().join("tenants.json");
    ok(&cli(
        &db,
        &[
            "training",
            "export",
            "--module",
            &id,
            "--out",
            file.to_str().unwrap(),
        ],
    ));
    let other = dir.path().join("other.sqlite");
    ok(&cli(&other, &["init", "--name", "Lakeview Chapter"]));
    let theirs = ok(&cli(
        &other,
        &["training", "import", file.to_str().unwrap()],
    ));
    let twice = ok(&cli(
        &other,
        &["training", "import", file.to_str().unwrap()],
    ));
    assert_eq!(theirs, twice);

    let nothing = dir.path().join("nothing.md");
    std::fs::write(&nothing, "Just words without a title.").unwrap();
    let untitled = fails_with(
        &cli(&db, &["training", "import", nothing.to_str().unwrap()]),
        3,
    );
    assert!(untitled.contains("title"), "{untitled}");
}

#[test]
fn a_session_is_held_attended_and_shows_in_the_persons_skills() {
    let dir = tempfile::tempdir().unwrap();
    let db = named_chapter(dir.path(), "Riverside Chapter");
    let people = dir.path().join("people.csv");
    std::fs::write(&people, "firstName,lastName,cell\nAna,Reyes,3125550101\n").unwrap();
    ok(&cli(
        &db,
        &["import", people.to_str().unwrap(), "--format", "spoke"],
    ));
    let page = json(&ok(&cli(&db, &["people", "search", "Reyes"])));
    let ana = page["people"][0]["id"].as_str().unwrap().to_owned();

    let session = ok(&cli(
        &db,
        &[
            "training",
            "sessions",
            "add",
            "--module",
            "power-mapping",
            "--on",
            "2026-12-12",
        ],
    ))
    .trim()
    .to_owned();
    assert_eq!(
        json(&ok(&cli(
            &db,
            &["training", "skills", "--person", &ana, "--format", "json"]
        ))),
        serde_json::json!([])
    );
    ok(&cli(
        &db,
        &[
            "training",
            "attend",
            "--session",
            &session,
            "--person",
            &ana,
        ],
    ));
    let skills = json(&ok(&cli(
        &db,
        &["training", "skills", "--person", &ana, "--format", "json"],
    )));
    assert_eq!(skills.as_array().unwrap().len(), 1);
    assert_eq!(skills[0]["module"], "1337aa5e-5b96-5f4f-ab9d-77480081ea3b");
    assert_eq!(skills[0]["title"], "Power mapping");
    assert_eq!(skills[0]["learned_on"], "2026-12-12");

    // The session is a meeting too: it is on the meetings list, with Ana signed in.
    let meetings = json(&ok(&cli(&db, &["meetings", "list", "--format", "json"])));
    assert_eq!(meetings[0]["id"], session.as_str());
    assert_eq!(meetings[0]["attended"], 1);

    let bad_day = fails_with(
        &cli(
            &db,
            &[
                "training",
                "sessions",
                "add",
                "--module",
                "power-mapping",
                "--on",
                "12/12",
            ],
        ),
        3,
    );
    assert!(bad_day.contains("YYYY-MM-DD"), "{bad_day}");
    let nobody = fails_with(
        &cli(
            &db,
            &[
                "training",
                "attend",
                "--session",
                &session,
                "--person",
                "0190f0c4-0000-7000-8000-000000000000",
            ],
        ),
        4,
    );
    assert!(nobody.contains("person"), "{nobody}");
}

#[test]
fn the_sample_chapters_call_sheet_lists_who_still_needs_a_module() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sample.sqlite");
    ok(&cli(&db, &["demo"]));
    let needs = json(&ok(&cli(
        &db,
        &["training", "needs", "--module", "power-mapping"],
    )));
    let invite = needs["invite"].as_array().unwrap();
    assert!(!invite.is_empty());
    let sheet = dir.path().join("call-sheet.pdf");
    ok(&cli(
        &db,
        &[
            "print",
            "call-sheet",
            "--module",
            "power-mapping",
            "--out",
            sheet.to_str().unwrap(),
            "--lang",
            "es",
        ],
    ));
    qpdf_ok(&sheet);
    let text = squashed(&pdf_text(&sheet));
    assert!(text.contains("A quién invitar: Mapa de poder"), "{text}");
    let first = invite[0]["name"].as_str().unwrap();
    assert!(text.contains(first), "{first} in {text}");
    // The sessions the sample held show in the library.
    let listed = json(&ok(&cli(&db, &["training", "list"])));
    let held: u64 = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["sessions"].as_u64().unwrap())
        .sum();
    assert_eq!(held, 3);
}
